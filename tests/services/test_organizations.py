from __future__ import annotations

import dataclasses

import pytest

from reseau.core.enums import Country, OrgLevel
from reseau.core.errors import ValidationError
from reseau.db.session import Database
from reseau.services.organizations import records as organizations
from reseau.services.organizations.records import OrganizationInput
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput


def test_parent_and_children(database: Database) -> None:
    with database.begin() as s:
        cnaf = organizations.add_organization(
            s,
            OrganizationInput(
                name="Caisse nationale des allocations familiales",
                acronym="CNAF",
                country=Country.FRANCE,
                level=OrgLevel.NATIONAL,
            ),
        ).value
        caf = organizations.add_organization(
            s,
            OrganizationInput(
                name="CAF de la Gironde", country=Country.FRANCE, level=OrgLevel.DEPARTMENTAL, parent_id=cnaf
            ),
        ).value
    with database.begin() as s:
        rows = {r.id: r for r in organizations.list_organizations(s)}
        detail = organizations.get_organization(s, cnaf)
    assert rows[caf].parent_name == "Caisse nationale des allocations familiales"
    assert detail.children == ((caf, "CAF de la Gironde"),)


def test_an_organization_cannot_descend_from_itself(database: Database) -> None:
    with database.begin() as s:
        a = organizations.add_organization(s, OrganizationInput(name="A")).value
        b = organizations.add_organization(s, OrganizationInput(name="B", parent_id=a)).value
    with database.begin() as s:
        detail = organizations.get_organization(s, a)
    with pytest.raises(ValidationError, match="elle-même"), database.begin() as s:
        organizations.update_organization(s, a, dataclasses.replace(detail.data, parent_id=b), detail.version)


def test_name_is_required(database: Database) -> None:
    with pytest.raises(ValidationError, match="obligatoire"), database.begin() as s:
        organizations.add_organization(s, OrganizationInput(name=""))


def test_deleting_an_organization_keeps_its_members(database: Database) -> None:
    with database.begin() as s:
        org = organizations.add_organization(s, OrganizationInput(name="INSPQ")).value
        pid = persons.add_person(s, PersonInput(last_name="Massé", organization_id=org)).value
    with database.begin() as s:
        organizations.delete_organization(s, org)
    with database.begin() as s:
        detail = persons.get_person(s, pid)
    assert detail.data.organization_id is None


def test_member_count(database: Database) -> None:
    with database.begin() as s:
        org = organizations.add_organization(s, OrganizationInput(name="INSPQ")).value
        for last in ("Massé", "Morel", "Morin"):
            persons.add_person(s, PersonInput(last_name=last, organization_id=org))
    with database.begin() as s:
        (row,) = organizations.list_organizations(s)
    assert row.person_count == 3
