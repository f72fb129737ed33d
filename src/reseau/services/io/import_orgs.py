"""Company cards of an import (``io.records.OrganizationRecord``): organizations, not persons.

A company card names an organization and gives its own phones, e-mails, addresses and web
sites. It is matched to an existing organization by its folded name (``Organization.name_key``,
the same key the import uses for the persons' organizations) or created, and its contact points
are added to the organization (those it already has are not repeated). Organizations are few in
a contacts file: they are written at once through the ORM, in the import's transaction, so the
persons planned after them find them by name. What was created is recorded in the batch, so
*Annuler le dernier import* removes it again.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.messages import Message, tr
from reseau.db.models import ContactPoint, ImportBatch, ImportBatchItem, Organization
from reseau.io.records import OrganizationRecord
from reseau.services.io.bulk_insert import insert_rows, table_of
from reseau.services.io.import_plan import Plan
from reseau.services.io.import_report import DuplicatePolicy
from reseau.services.io.import_undo import created_items


def _nothing() -> None:
    pass


def as_person_like(record: OrganizationRecord) -> OrganizationRecord:
    """The record with the organization's name where the planner looks for a name, so that
    ``plan_record`` normalises its e-mails and phones without warning about a missing name."""
    copy = OrganizationRecord(**{**record.__dict__, "last_name": record.organization[:120]})
    copy.first_name = copy.full_name = ""
    return copy


class OrganizationImport:
    """Creates or matches the organizations of company cards; counts them."""

    def __init__(
        self,
        session: Session,
        batch: ImportBatch,
        orgs: dict[str, int],
        org_key: Callable[[str], str],
        policy: DuplicatePolicy,
    ) -> None:
        self.session = session
        self.batch = batch
        self.orgs = orgs  # the importer's name_key -> id, shared: persons link to these
        self.org_key = org_key
        self.policy = policy
        self.created = 0
        self.updated = 0
        self.skipped = 0
        # Called before a card is written (the importer: the index its search triggers read).
        self.before_write: Callable[[], None] = _nothing

    def add(self, record: OrganizationRecord, plan: Plan) -> tuple[str, Message]:
        """The organization of ``record``: (status, message) for the report's line."""
        self.before_write()
        name = record.organization.strip()[:300]
        key = self.org_key(name)
        found = self.orgs.get(key)
        if found is None:
            org = Organization(name=name, name_key=key, country=plan.country, notes=plan.notes)
            self.session.add(org)
            self.session.flush()
            self.orgs[key] = org.id
            self.created += 1
            self._record("organization", [org.id])
            self._add_contacts(org.id, plan, set())
            return "created", tr("organisation « {name} » créée", name=name)
        if self.policy == DuplicatePolicy.SKIP:
            self.skipped += 1
            return "skipped", tr(
                "organisation « {name} » déjà là (n° {org_id}) : fiche ignorée", name=name, org_id=found
            )
        have = set(
            self.session.scalars(select(ContactPoint.normalized).where(ContactPoint.organization_id == found))
        )
        added = self._add_contacts(found, plan, have)
        self.updated += 1
        return "updated", tr(
            "organisation « {name} » (n° {org_id}) : {count} coordonnées ajoutées",
            name=name,
            org_id=found,
            count=added,
        )

    def _add_contacts(self, org_id: int, plan: Plan, have: set[str]) -> int:
        points = [
            ContactPoint(
                organization_id=org_id,
                kind=point.kind,
                value=point.value,
                normalized=point.normalized,
                label=point.label,
                usage=point.usage,
                extension=point.extension,
                address=point.address.to_json() if point.address is not None else None,
            )
            for point in plan.contacts
            if point.normalized not in have
        ]
        if not points:
            return 0
        self.session.add_all(points)
        self.session.flush()
        self._record("contact_point", [p.id for p in points])
        return len(points)

    def _record(self, entity: str, ids: list[int]) -> None:
        rows = created_items(entity, ids)
        for row in rows:
            row["batch_id"] = self.batch.id
        insert_rows(self.session, table_of(ImportBatchItem), rows)
