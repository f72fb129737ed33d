"""Undo an import batch as a whole; list past batches; save and load column mappings by name."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind
from reseau.core.errors import NotFoundError, ReseauError
from reseau.core.messages import tr
from reseau.core.outcome import Outcome
from reseau.db.base import utcnow
from reseau.db.models import (
    ContactPoint,
    ImportBatch,
    ImportBatchItem,
    ImportMapping,
    Organization,
    Person,
    Tag,
)

CHANGED = Changes(persons=True, organizations=True, tags=True)


@dataclass(frozen=True)
class BatchRow:
    id: int
    source: str
    created_at: datetime
    created: int
    updated: int
    undone: bool


def snapshot(person: Person) -> dict[str, Any]:
    """What an update may change, as JSON, so that undo can put it back."""
    return {
        "first_name": person.first_name,
        "title": person.title,
        "organization_id": person.organization_id,
        "department": person.department,
        "notes": person.notes,
        "contacts": [
            [c.kind, c.value, c.label, c.normalized, c.usage, c.extension, c.address]
            for c in person.contact_points
        ],
        "tags": sorted(t.name for t in person.tags),
    }


def _contact_point(row: list[Any]) -> ContactPoint:
    """A contact point from its snapshot; batches taken before migration 0014 have 4 values."""
    kind, value, label, normalized, *rest = row
    usage, extension, address = rest if len(rest) == 3 else (None, "", None)
    return ContactPoint(
        kind=ContactKind(kind),
        value=value,
        label=label,
        normalized=normalized,
        usage=usage,
        extension=extension or "",
        address=address,
    )


def list_batches(session: Session) -> list[BatchRow]:
    batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
    return [
        BatchRow(b.id, b.source, b.created_at, b.created_count, b.updated_count, b.undone_at is not None)
        for b in batches
    ]


def _restore_person(session: Session, item: ImportBatchItem) -> None:
    """The person an import updated, as it was before (a person erased since is skipped)."""
    person = session.get(Person, item.entity_id)
    if person is None or item.before is None:
        return
    before = item.before
    person.first_name = before["first_name"]
    person.title = before["title"]
    person.organization_id = before["organization_id"]
    person.department = before.get("department", person.department)
    person.notes = before["notes"]
    person.contact_points = [_contact_point(row) for row in before["contacts"]]
    person.tags = list(session.scalars(select(Tag).where(Tag.name.in_(before["tags"]))))


def undo_batch(session: Session, batch_id: int) -> Outcome[int]:
    """Delete what the batch created and restore what it updated; returns the persons touched."""
    batch = _batch_to_undo(session, batch_id)
    items = session.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)).all()
    # Updates first, newest first, in case one person was updated twice.
    for item in sorted((i for i in items if i.action == "updated"), key=lambda i: -i.id):
        _restore_person(session, item)
    _delete_created_persons(session, _created(items, "person"), provenance(batch.source))
    # Contact points a company card added to an organization that was already there.
    points = [point for item in _created(items, "contact_point") for point in _ids(item)]
    for chunk in _chunks(points):
        session.execute(delete(ContactPoint).where(ContactPoint.id.in_(chunk)))
    _delete_unused_organizations(session, [o for item in _created(items, "organization") for o in _ids(item)])
    batch.undone_at = utcnow()
    session.flush()
    session.expire_all()
    return Outcome(sum(len(_ids(i)) for i in items), CHANGED)


def _batch_to_undo(session: Session, batch_id: int) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(tr("Import"), batch_id)
    if batch.undone_at is not None:
        raise ReseauError(tr("L'import n° {batch_id} a déjà été annulé.", batch_id=batch_id))
    return batch


def _created(items: Sequence[ImportBatchItem], entity: str) -> list[ImportBatchItem]:
    return [i for i in items if i.action == "created" and i.entity == entity]


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    """Bounded ``IN`` lists (SQLite's and PostgreSQL's limits on bound parameters)."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _delete_created_persons(session: Session, created: list[ImportBatchItem], mark: str) -> None:
    for item in created:
        # A run of ids is one range delete; a person erased since is skipped. The provenance
        # guards the persons added by hand since: SQLite may give them the id of an imported
        # person deleted meanwhile, and they were not this import's to undo.
        session.execute(
            delete(Person).where(Person.id.between(item.entity_id, _last(item)), Person.source == mark)
        )


def _delete_unused_organizations(session: Session, orgs: list[int]) -> None:
    """The organizations the import created, unless a person (added since) works there."""
    for chunk in _chunks(orgs):
        used = set(session.scalars(select(Person.organization_id).where(Person.organization_id.in_(chunk))))
        session.execute(delete(Organization).where(Organization.id.in_([o for o in chunk if o not in used])))


def provenance(source: str) -> str:
    """The provenance written on the persons an import creates (shown as « Provenance »)."""
    return f"import : {source}"[:300]


def created_items(entity: str, ids: list[int]) -> list[dict[str, object]]:
    """``import_batch_item`` rows for records just created: one per run of consecutive ids."""
    rows: list[dict[str, object]] = []
    for first, last in _runs(ids):
        rows.append(
            {
                "entity": entity,
                "entity_id": first,
                "last_entity_id": last if last != first else None,
                "action": "created",
                "before": None,
            }
        )
    return rows


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for ident in ids:
        if runs and ident == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], ident)
        else:
            runs.append((ident, ident))
    return runs


def _last(item: ImportBatchItem) -> int:
    return item.last_entity_id if item.last_entity_id is not None else item.entity_id


def _ids(item: ImportBatchItem) -> range:
    return range(item.entity_id, _last(item) + 1)


def save_mapping(session: Session, name: str, columns: dict[str, str]) -> Outcome[int]:
    """Save (or replace) the mapping ``name``: header -> field ("" for an ignored column)."""
    name = name.strip()
    if not name:
        raise ReseauError(tr("Donnez un nom à la correspondance de colonnes."))
    mapping = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
    if mapping is None:
        mapping = ImportMapping(name=name)
        session.add(mapping)
    mapping.columns = dict(columns)
    session.flush()
    return Outcome(mapping.id, Changes(settings=True))


def load_mapping(session: Session, name: str) -> dict[str, str]:
    mapping = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
    if mapping is None:
        known = ", ".join(mapping_names(session))
        if not known:
            raise ReseauError(tr("Correspondance « {name} » inconnue (aucune n'est enregistrée).", name=name))
        raise ReseauError(
            tr("Correspondance « {name} » inconnue (enregistrées : {known}).", name=name, known=known)
        )
    return dict(mapping.columns)


def mapping_names(session: Session) -> list[str]:
    return list(session.scalars(select(ImportMapping.name).order_by(ImportMapping.name)))
