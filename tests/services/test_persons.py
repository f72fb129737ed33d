from __future__ import annotations

import dataclasses

import pytest

from reseau.core.enums import ContactKind, Country
from reseau.core.errors import ConflictError, NotFoundError, ValidationError
from reseau.db.session import Database
from reseau.services.organizations import records as organizations
from reseau.services.organizations.records import OrganizationInput
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput
from reseau.services.shared.contact_points import ContactInput


def _add_org(database: Database, name: str = "CNAF", country: Country = Country.FRANCE) -> int:
    with database.begin() as s:
        return organizations.add_organization(s, OrganizationInput(name=name, country=country)).value


def test_add_person_normalises_phone_and_email(database: Database) -> None:
    org = _add_org(database)
    data = PersonInput(
        last_name="Bézard",
        first_name="Jean-Marie",
        organization_id=org,
        country=Country.FRANCE,
        contacts=(
            ContactInput(ContactKind.PHONE, "05 56 00 11 22", "travail"),
            ContactInput(ContactKind.EMAIL, "jm.bezard@CNAF.fr", "travail"),
        ),
    )
    with database.begin() as s:
        outcome = persons.add_person(s, data)
    assert outcome.changes.persons
    with database.begin() as s:
        (row,) = persons.list_persons(s)
        detail = persons.get_person(s, outcome.value)
    assert row.name == "Jean-Marie Bézard"
    assert row.organization_name == "CNAF"
    assert row.phone == "+33 5 56 00 11 22"
    assert detail.data.contacts[0].value == "+33556001122"
    assert detail.contacts[1].normalized == "jm.bezard@cnaf.fr"


def test_invalid_email_and_phone_are_reported_per_field_and_nothing_saved(
    database: Database,
) -> None:
    data = PersonInput(
        last_name="Massé",
        country=Country.QUEBEC,
        contacts=(
            ContactInput(ContactKind.EMAIL, "richard@"),
            ContactInput(ContactKind.PHONE, "12"),
        ),
    )
    with pytest.raises(ValidationError) as info, database.begin() as s:
        persons.add_person(s, data)
    fields = [p.field for p in info.value.problems]
    assert fields == ["email[0]", "phone[1]"]
    assert "Courriel invalide" in str(info.value.problems[0].message)
    with database.begin() as s:
        assert persons.list_persons(s) == []


def test_last_name_is_required(database: Database) -> None:
    with pytest.raises(ValidationError, match="nom de famille"), database.begin() as s:
        persons.add_person(s, PersonInput(last_name="  "))


def test_update_with_a_stale_version_is_a_conflict(database: Database) -> None:
    with database.begin() as s:
        pid = persons.add_person(s, PersonInput(last_name="Morel", first_name="Michel")).value
    with database.begin() as s:
        detail = persons.get_person(s, pid)
    with database.begin() as s:
        persons.update_person(s, pid, dataclasses.replace(detail.data, title="coordination"), 1)
    with pytest.raises(ConflictError), database.begin() as s:
        persons.update_person(s, pid, dataclasses.replace(detail.data, title="autre"), 1)
    with database.begin() as s:
        assert persons.get_person(s, pid).data.title == "coordination"


def test_tags_are_shared_not_duplicated(database: Database) -> None:
    with database.begin() as s:
        persons.add_person(s, PersonInput(last_name="A", tags=("mission 2005", "santé")))
        persons.add_person(s, PersonInput(last_name="B", tags=("santé",)))
    with database.begin() as s:
        from sqlalchemy import func, select

        from reseau.db.models import Tag

        assert s.scalar(select(func.count()).select_from(Tag)) == 2


def test_delete_person(database: Database) -> None:
    with database.begin() as s:
        pid = persons.add_person(s, PersonInput(last_name="Trickey", first_name="Francine")).value
    with database.begin() as s:
        persons.delete_person(s, pid)
    with pytest.raises(NotFoundError), database.begin() as s:
        persons.get_person(s, pid)


def test_list_sorts_by_folded_name(database: Database) -> None:
    with database.begin() as s:
        for last in ("Morin", "Massé", "Massicotte", "Éthier", "Lebeuf"):
            persons.add_person(s, PersonInput(last_name=last))
    with database.begin() as s:
        names = [r.last_name for r in persons.list_persons(s)]
    assert names == ["Éthier", "Lebeuf", "Massé", "Massicotte", "Morin"]
