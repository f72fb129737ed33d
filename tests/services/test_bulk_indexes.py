"""``bulk_insert.indexes_built_after``: which indexes an import into an empty database drops for
the load and creates again, and that they come back exactly (issue 19.2)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from reseau.core.enums import Country
from reseau.db.models import Organization, Person
from reseau.db.session import Database
from reseau.services.io.bulk_insert import indexes_built_after

pytestmark = pytest.mark.sqlite_only

FILLED = {
    "ix_person_name_key",
    "ix_person_organization_id",
    "ix_person_country",
    "ix_contact_point_normalized",
    "ix_contact_point_person_id",
    "ix_contact_point_organization_id",
}


def _indexes(session: Session) -> dict[str, str]:
    rows = session.connection().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    )
    return {name: sql for name, sql in rows}


def _begun(session: Session) -> None:
    """A write first, as the importer writes its batch row: the driver then begins a transaction."""
    session.connection().exec_driver_sql("DELETE FROM setting WHERE key = 'nothing'")


def _dropped_during(session: Session) -> set[str]:
    _begun(session)
    before = _indexes(session)
    with indexes_built_after(session):
        during = _indexes(session)
    assert _indexes(session) == before  # every one back, from its stored SQL
    return set(before) - set(during)


def test_a_new_database_gets_every_index_of_the_filled_tables_built_after(database: Database) -> None:
    with database.begin() as session:
        assert _dropped_during(session) == FILLED


def test_with_organizations_only_the_random_order_indexes(database: Database) -> None:
    with database.begin() as session:
        session.add(Organization(name="CLSC", name_key="clsc", country=Country.QUEBEC))
        session.flush()
        assert _dropped_during(session) == {
            "ix_person_name_key",
            "ix_person_organization_id",
            "ix_contact_point_normalized",
        }


def test_with_persons_none(database: Database) -> None:
    with database.begin() as session:
        session.add(Person(last_name="Roy", name_key="roy", country=Country.QUEBEC))
        session.flush()
        assert _dropped_during(session) == set()


def test_an_error_inside_rolls_the_drop_back(database: Database) -> None:
    with database.begin() as session:
        before = _indexes(session)
    with pytest.raises(RuntimeError, match="arrêt"), database.begin() as session:
        _begun(session)
        with indexes_built_after(session):
            assert "ix_person_name_key" not in _indexes(session)
            raise RuntimeError("arrêt")
    with database.begin() as session:
        assert _indexes(session) == before


def test_never_outside_a_transaction(database: Database) -> None:
    """Before any write the driver has no transaction open: a DROP would be committed at once
    and a rollback could not bring the index back, so nothing is dropped and it says why."""
    with database.begin() as session:
        before = _indexes(session)
        with pytest.raises(RuntimeError, match="outside a transaction"), indexes_built_after(session):
            pass
        assert _indexes(session) == before


def _organization_emails_plan(session: Session) -> str:
    plan = (
        session.connection()
        .exec_driver_sql("EXPLAIN QUERY PLAN SELECT other FROM search_organization_doc WHERE id = 1")
        .all()
    )
    return " | ".join(str(row[-1]) for row in plan)


def test_an_organizations_email_lookup_gets_its_index_when_asked(database: Database) -> None:
    """A company card's organization and contact points go through the organizations' search
    triggers, whose view reads the organization's e-mails by ``contact_point.organization_id``:
    without its index, every such write scanned every contact point written so far (the
    shared-switchboards benchmark, 10,000 organizations, once went from 15 s to 120 s). The
    importer asks for it before a card (``BuiltAfter.need``): it is back at once, the plan SQLite
    chooses for that read uses it, and it is not created a second time at the end."""
    with database.begin() as session:
        _begun(session)
        before = _indexes(session)
        with indexes_built_after(session) as built:
            assert "ix_contact_point_organization_id" not in _organization_emails_plan(session)
            built.need("ix_contact_point_organization_id")
            built.need("ix_contact_point_organization_id")  # once is enough
            assert "ix_contact_point_organization_id" in _organization_emails_plan(session)
            assert (
                _indexes(session)["ix_contact_point_organization_id"]
                == before["ix_contact_point_organization_id"]
            )
        assert _indexes(session) == before  # created once: a second CREATE INDEX would fail
