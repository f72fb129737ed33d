"""The version of a record covers its parts: every table that hangs off a record is listed."""

from __future__ import annotations

from reseau.db.aggregates import CHILD_OWNERS, LINK_OWNERS, NOT_COVERED, ROOTS
from reseau.db.models import Base


def test_every_table_hanging_off_a_record_is_covered_or_left_out_on_purpose() -> None:
    """A new child or link table (say, structured addresses) must say whether a change to it is
    a change of its owner: add it to CHILD_OWNERS / LINK_OWNERS, or to NOT_COVERED with why."""
    roots = {model.__table__.name for model in ROOTS}
    listed = {model.__table__.name for model in CHILD_OWNERS} | set(LINK_OWNERS) | NOT_COVERED
    hanging = {
        table.name
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name in roots and (fk.ondelete or "").upper() == "CASCADE"
    }
    assert hanging - roots - listed == set()
    assert listed - hanging == set()  # no stale name


def test_link_owners_are_ends_of_their_table() -> None:
    for name, owners in LINK_OWNERS.items():
        table = Base.metadata.tables[name]
        ends = {fk.column.table.name for fk in table.foreign_keys}
        assert {model.__table__.name for model in owners} <= ends, name
    for child, owners in CHILD_OWNERS.items():
        for key, relation, model in owners:
            assert child.__table__.c[key].references(model.__table__.c.id)
            assert getattr(child, relation).property.mapper.class_ is model
