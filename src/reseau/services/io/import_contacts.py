"""Import contacts read from a file: one transaction, duplicates matched, recorded as a batch.

Who is a duplicate is decided by ``core.identity`` (the same e-mail; or the same folded name with
the same organization, phone or e-mail domain); a row that only shares a name or a phone is
created and reported as a *possible* duplicate (status ``possible``).

Built for bulk (issue 9 benchmarks 100,000 rows): the identity keys of every person are
loaded once into dicts (``core.identity.IdentityIndex``), rows are planned in memory and written per
chunk with one executemany per table (``services.bulk_insert``); only persons to update are
loaded as ORM objects. The report types live in ``services.import_report``.

Dry runs, all-or-nothing failures and cancellations raise :class:`ImportAborted` *inside* the
caller's transaction, so ``Database.begin()`` rolls everything back: the database is never half
written. The exception carries the report.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.addresses import PostalAddress
from reseau.core.changes import Changes
from reseau.core.country_evidence import BASES
from reseau.core.enums import ContactKind, Country
from reseau.core.identity import EVIDENCE_LABELS, Evidence, IdentityIndex, Keys, describe, keys_for
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.base import utcnow
from reseau.db.models import ContactPoint, ImportBatch, ImportBatchItem, Organization, Person, Tag
from reseau.db.models.links import person_tags
from reseau.io.records import ContactRecord, OrganizationRecord, RowProblem
from reseau.services.io.bulk_insert import (
    ORGANIZATION_EMAILS_INDEX,
    Document,
    bind_processor,
    bulk_index_settings,
    indexes_built_after,
    insert_ids,
    insert_rows,
    insert_tuples,
    insert_tuples_ids,
    new_organization_document,
    organization_index_paused,
    person_document,
    person_index_paused,
    prepared,
    table_of,
)
from reseau.services.io.import_keys import fast_fold, fast_name_key
from reseau.services.io.import_orgs import OrganizationImport, as_person_like
from reseau.services.io.import_pipeline import PlannedRows, planner
from reseau.services.io.import_plan import Plan, PlannedContact, RowPlanner, country_from_text, merge_plans
from reseau.services.io.import_report import (
    STATUS_LABELS,
    CancelFn,
    DuplicatePolicy,
    ImportAborted,
    ImportLine,
    ImportOptions,
    ImportReport,
    ProgressFn,
)
from reseau.services.io.import_undo import created_items, provenance, snapshot

__all__ = [
    "STATUS_LABELS",
    "CancelFn",
    "DuplicatePolicy",
    "ImportAborted",
    "ImportLine",
    "ImportOptions",
    "ImportReport",
    "ProgressFn",
    "country_from_text",
    "import_records",
]

CHUNK = 2000
PERSON_COLUMNS = (
    "first_name", "last_name", "name_key", "title", "department", "organization_id", "country", "notes",
    "source", "sectors", "roles", "languages", "created_at", "updated_at",
)  # fmt: skip
CONTACT_COLUMNS = (
    "person_id", "kind", "value", "normalized", "label", "usage", "extension", "address", "created_at",
    "updated_at",
)  # fmt: skip
_EMAIL, _PHONE = ContactKind.EMAIL, ContactKind.PHONE  # members, compared by identity
CHANGED = Changes(persons=True, organizations=True, tags=True)
# What the report says of a row matched with a person ({who}), and why ({why}).
_NOTES: dict[str, Callable[[Message, Message], Message]] = {
    "skipped": lambda who, why: tr("doublon de {who} : {why}", who=who, why=why),
    "updated": lambda who, why: tr("fiche de {who} mise à jour : {why}", who=who, why=why),
    "merged": lambda who, why: tr("fusionnée avec {who} : {why}", who=who, why=why),
    "possible": lambda who, why: tr(
        "nouvelle fiche, à comparer avec {who} : {why} (Outils › Doublons)", who=who, why=why
    ),
}


class _Importer:
    def __init__(self, session: Session, options: ImportOptions, batch: ImportBatch) -> None:
        self.session = session
        self.options = options
        self.batch = batch
        self.lines: list[ImportLine] = []
        self.counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": 0}
        self.country_counts: dict[tuple[Country, str], int] = {}
        # Plans each row (on the planner's thread or in its process): pure, no session.
        self.plan_row = RowPlanner(options.default_country, as_person_like)
        self.created_ranges: list[tuple[int, int]] = []
        self.range_open = False
        # Identity keys (core.identity) -> person id (int, in the database) or a pending Plan
        # (created this chunk, re-pointed at its id once inserted).
        self.index: IdentityIndex[int | Plan] = IdentityIndex()
        # Rows that name a person of the database, described once the import is done (one
        # query for all the names): (line, status, person id, evidence).
        self.person_notes: list[tuple[int, str, int, Evidence]] = []
        self.possible = 0
        self.orgs: dict[str, int] = {
            k: i for i, k in session.execute(select(Organization.id, Organization.name_key))
        }
        self.org_keys: dict[str, str] = {}
        self.org_context: dict[int, str] = {}  # organization id -> its members' search context
        self.address_json: dict[PostalAddress, object] = {}
        self.address_by_id: dict[int, tuple[PostalAddress, object]] = {}
        self.json_processor = bind_processor(session, table_of(ContactPoint), "address")
        # Policy "create" never matches: neither load the keys nor keep them up to date.
        self.matching = options.policy != DuplicatePolicy.CREATE
        if self.matching:
            self._load_keys(session)
        self.tags: dict[str, int] = {n: i for i, n in session.execute(select(Tag.id, Tag.name))}
        self.org_cards = OrganizationImport(session, batch, self.orgs, self._org_key, options.policy)
        self.new_plans: list[Plan] = []
        self.updates: dict[int, Plan] = {}

    def _load_keys(self, session: Session) -> None:
        """Every person's identity keys, in id order (the earliest person keeps a shared key):
        two queries, whatever the size of the database."""
        points: dict[int, tuple[list[str], list[str]]] = {}
        for owner, kind, normalized in session.execute(
            select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.normalized).where(
                ContactPoint.person_id.is_not(None),
                ContactPoint.kind.in_([ContactKind.EMAIL, ContactKind.PHONE]),
                ContactPoint.normalized != "",
            )
        ):
            if owner is None:
                continue
            pair = points.get(owner)
            if pair is None:
                pair = points[owner] = ([], [])
            pair[0 if kind == ContactKind.EMAIL else 1].append(normalized)
        empty: tuple[list[str], list[str]] = ([], [])
        add = self.index.add
        for pid, first, last, org_key in session.execute(
            select(Person.id, Person.first_name, Person.last_name, Organization.name_key)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .order_by(Person.id)
        ):
            emails, phones = points.get(pid, empty)
            # Recomputed rather than read: rows written by older code may have another key.
            name = fast_name_key(first, last) if first.strip() and last.strip() else ""
            add(keys_for(name, org_key or "", emails, phones), pid)

    def note(self, line: int, status: str, message: Message | None = None) -> None:
        self.lines.append(ImportLine(line, status, message))
        if status not in ("warning", "possible"):
            self.range_open = False  # a skipped/updated/rejected row ends the created range

    def note_person(self, line: int, status: str, person_id: int, why: Evidence) -> None:
        """A row about a person of the database: described by name in :meth:`describe_persons`."""
        self.person_notes.append((line, status, person_id, why))
        if status != "possible":
            self.range_open = False

    def describe_persons(self) -> None:
        """The notes about persons of the database, with their names and organizations read
        in a few queries (not one per row) once the rows are matched."""
        ids = sorted({pid for _, _, pid, _ in self.person_notes})
        names: dict[int, Message] = {}
        for start in range(0, len(ids), 500):
            for pid, first, last, org in self.session.execute(
                select(Person.id, Person.first_name, Person.last_name, Organization.name)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(Person.id.in_(ids[start : start + 500]))
            ):
                names[pid] = describe(display_name(first, last), org or "")
        for line, status, pid, why in self.person_notes:
            who = names.get(pid, tr("la fiche n° {person_id}", person_id=pid))
            self.lines.append(ImportLine(line, status, _NOTES[status](who, EVIDENCE_LABELS[why])))
        self.person_notes = []

    def created_line(self, line: int) -> None:
        """Created rows are kept as ranges of lines: a 2 GB file must not fill the memory."""
        if self.created_ranges and self.range_open:
            self.created_ranges[-1] = (self.created_ranges[-1][0], line)
        else:
            self.created_ranges.append((line, line))
        self.range_open = True

    # --- planning one row ---------------------------------------------------------------
    def reject(self, line: int, message: Message) -> None:
        self.counts["rejected"] += 1
        self.note(line, "rejected", message)

    def keys(self, plan: Plan) -> Keys:
        """The row's keys for ``core.identity`` (a name only with both first and last name)."""
        emails: list[str] = []
        phones: list[str] = []
        for contact in plan.contacts:  # by index: no list per contact, as *rest would make
            kind = contact[0]
            if kind is _EMAIL:
                emails.append(contact[2])
            elif kind is _PHONE:
                phones.append(contact[2])
        organization = plan.organization
        return keys_for(
            plan.key if plan.first_name else "",
            self._org_key(organization) if organization else "",
            emails,
            phones,
        )

    def remember(self, keys: Keys, target: int | Plan) -> None:
        self.index.add(keys, target)
        if isinstance(target, Plan):  # re-pointed at its id once inserted (flush)
            target.keys += keys.sure
            target.keys += keys.possible

    def _create(self, plan: Plan) -> None:
        """A new person: counted, with the country it was filed under and on what evidence."""
        self.new_plans.append(plan)
        self.counts["created"] += 1
        self.created_line(plan.line)
        basis = (plan.country, plan.guess.basis if plan.guess else "default")
        self.country_counts[basis] = self.country_counts.get(basis, 0) + 1

    def add(self, record: ContactRecord | int, plan: Plan | None, messages: list[Message]) -> None:
        """A planned row (``plan_row``; a plain row may come as its line number only):
        rejected, or its warnings noted, then matched by the identity rule of ``core.identity``."""
        line = record if isinstance(record, int) else record.line
        if plan is None:
            self.reject(line, messages[0])
            return
        for message in messages:
            self.note(line, "warning", message)
        if isinstance(record, OrganizationRecord):
            self.note(record.line, *self.org_cards.add(record, plan))
            return
        policy = self.options.policy
        if not self.matching:
            self._create(plan)
            return
        keys = self.keys(plan)
        found = self.index.find(keys)
        if found is None:
            self._create(plan)
            taken, possible = self.index.take_new(keys, plan)
            plan.keys += taken  # re-pointed at its id once inserted (flush)
            if possible:
                self.possible += 1
                for match in possible:
                    self._note_match(plan.line, "possible", match.target, match.evidence)
            return
        target, why = found.target, found.evidence
        if policy == DuplicatePolicy.SKIP:
            self.counts["skipped"] += 1
            self._note_match(plan.line, "skipped", target, why)
            return
        if isinstance(target, Plan):
            merge_plans(target, plan, policy)  # a duplicate inside the file: merged into the new person
            self.remember(keys, target)
            self.counts["updated"] += 1
            self._note_match(plan.line, "merged", target, why)
            return
        pending = self.updates.get(target)
        if pending is None:
            plan.target = target
            self.updates[target] = plan
        else:
            merge_plans(pending, plan, policy)
        self.remember(keys, target)
        self.counts["updated"] += 1
        self._note_match(plan.line, "updated", target, why)

    def _note_match(self, line: int, what: str, target: int | Plan, why: Evidence) -> None:
        status = "updated" if what == "merged" else what
        if isinstance(target, int):
            self.note_person(line, status, target, why)
            return
        who = tr(
            "la ligne {line} (« {name} »)",
            line=target.line,
            name=display_name(target.first_name, target.last_name),
        )
        self.note(line, status, _NOTES[what](who, EVIDENCE_LABELS[why]))

    # --- writing a chunk ----------------------------------------------------------------
    def _org_key(self, name: str) -> str:
        key = self.org_keys.get(name)
        if key is None:
            key = self.org_keys[name] = fast_fold(name)[:300]
        return key

    def _create_orgs(self, plans: Iterable[Plan]) -> None:
        """Insert, in one statement, the organizations these plans name that do not exist yet."""
        missing: dict[str, tuple[str, Country]] = {}
        for plan in plans:
            if plan.organization:
                key = self._org_key(plan.organization)
                if key not in self.orgs and key not in missing:
                    missing[key] = (plan.organization[:300], plan.country)
        if not missing:
            return
        table = table_of(Organization)
        now = utcnow()
        rows: list[dict[str, object]] = [
            {"name": n, "name_key": k, "country": c, "created_at": now, "updated_at": now}
            for k, (n, c) in missing.items()
        ]
        with organization_index_paused(self.session) as documents:
            ids = insert_ids(self.session, table, rows)
            names = [name for name, _ in missing.values()]
            documents += [new_organization_document(i, n) for i, n in zip(ids, names, strict=True)]
        for key, org_id in zip(missing, ids, strict=True):
            self.orgs[key] = org_id
        self.items += created_items("organization", ids)

    def _org_id(self, name: str) -> int | None:
        return self.orgs[self._org_key(name)] if name else None

    def _org_contexts(self, org_ids: set[int | None]) -> dict[int | None, str]:
        """The organizations' part of their members' search documents, as the view computes
        it (read once per organization: few, and their name or acronym may be anything)."""
        known = self.org_context
        missing = [i for i in org_ids if i is not None and i not in known]
        for start in range(0, len(missing), 500):
            part = missing[start : start + 500]
            rows = self.session.execute(
                select(
                    Organization.id, Organization.name + " " + func.coalesce(Organization.acronym, "")
                ).where(Organization.id.in_(part))
            )
            known.update({org: context for org, context in rows})
        return known  # type: ignore[return-value]

    def _tag_ids(self, names: Iterable[str]) -> list[int]:
        missing = [n for n in names if n not in self.tags]
        if missing:
            ids = self.session.scalars(
                insert(Tag).returning(Tag.id, sort_by_parameter_order=True), [{"name": n} for n in missing]
            ).all()
            self.tags.update(zip(missing, ids, strict=True))
        return [self.tags[n] for n in names]

    def flush(self) -> None:
        self.items: list[dict[str, object]] = []
        plans, self.new_plans = self.new_plans, []
        updates, self.updates = self.updates, {}
        self._create_orgs([*plans, *updates.values()])
        if plans:
            with person_index_paused(self.session) as documents:
                self._insert_new(plans, documents)
        if updates:
            self._update(updates)
        if self.items:
            for item in self.items:
                item["batch_id"] = self.batch.id
            insert_rows(self.session, table_of(ImportBatchItem), self.items)

    def _insert_new(self, plans: list[Plan], documents: list[Document]) -> None:
        """The new persons, their contact points, tags and search documents, one executemany
        per table (Core on the tables: the ORM's per-row bookkeeping costs more than SQLite)."""
        person_table, contact_table = table_of(Person), table_of(ContactPoint)
        source = provenance(self.batch.source)  # an ORM attribute: read it once
        # Values the same for every row, prepared once for the driver.
        empty = prepared(self.session, person_table, "sectors", [])
        stamp = prepared(self.session, person_table, "created_at", utcnow())
        as_json = self._address_json
        org_id = self._org_id
        org_ids = [org_id(p.organization) if p.organization else None for p in plans]  # once a plan
        ids = insert_tuples_ids(
            self.session,
            person_table,
            PERSON_COLUMNS,
            [
                (
                    p.first_name,
                    p.last_name,
                    p.key[:250],
                    p.title or None,
                    p.department or None,
                    organization,
                    p.country._value_,  # the code as a str: see below
                    p.notes,
                    source,
                    empty,
                    empty,
                    empty,
                    stamp,
                    stamp,
                )
                for p, organization in zip(plans, org_ids, strict=True)
            ],
        )
        contact_rows: list[tuple[object, ...]] = []
        add_contact = contact_rows.append
        add_document = documents.append
        tag_rows = []
        by_key = self.index.by_key
        holder = by_key.get
        contexts = self._org_contexts(set(org_ids))
        email = ContactKind.EMAIL
        for plan, pid, organization in zip(plans, ids, org_ids, strict=True):
            contacts = plan.contacts
            add_document(
                person_document(
                    pid,
                    plan.first_name,
                    plan.last_name,
                    plan.title,
                    [c[1] for c in contacts if c[0] is email],
                    plan.notes,
                    "" if organization is None else contexts[organization],
                )
            )
            for key in plan.keys:  # now that it exists, later rows match it by id
                if holder(key) is plan:
                    by_key[key] = pid
            plan.keys = []
            for k, v, n, usage, ext, label, address in contacts:
                # Enum members as their codes (plain str): sqlite3 binds an exact str at once but
                # sends a str subclass through its adapter look-up first, 1-2 µs a value.
                add_contact(
                    (
                        pid,
                        k._value_,
                        v,
                        n,
                        label,
                        usage and usage._value_,
                        ext,
                        address and as_json(address),
                        stamp,
                        stamp,
                    )
                )
            if plan.tags:
                tag_rows += [{"person_id": pid, "tag_id": t} for t in self._tag_ids(plan.tags)]
        self.items += created_items("person", ids)
        insert_tuples(self.session, contact_table, CONTACT_COLUMNS, contact_rows)
        if tag_rows:
            self.session.execute(insert(person_tags), tag_rows)

    def _address_json(self, address: PostalAddress) -> object:
        """The address column's value for the driver, computed once per distinct address.

        The rows of a file often share one address, the very same object (the CSV reader's
        cache, kept by the pickling of a chunk): looked up by identity first, which costs no
        hash of its fields. The object is kept with its value, so its id is never reused
        while the entry lives."""
        seen = self.address_by_id.get(id(address))
        if seen is not None and seen[0] is address:
            return seen[1]
        value = self.address_json.get(address)
        if value is None:
            if len(self.address_json) > 4096:
                self.address_json.clear()
                self.address_by_id.clear()
            value = self.address_json[address] = self.json_processor(address.to_json())
        if len(self.address_by_id) > 4096:
            self.address_by_id.clear()
        self.address_by_id[id(address)] = (address, value)
        return value

    def _update(self, updates: dict[int, Plan]) -> None:
        """Persons of the database the file matched: through the ORM (a few), each snapshot
        first so that the import can be undone."""
        persons = self.session.scalars(
            select(Person)
            .where(Person.id.in_(list(updates)))
            .options(selectinload(Person.contact_points), selectinload(Person.tags))
        ).all()
        for person in persons:
            self.items.append(
                {
                    "entity": "person",
                    "entity_id": person.id,
                    "last_entity_id": None,
                    "action": "updated",
                    "before": snapshot(person),
                }
            )
            self._apply(person, updates[person.id])
        self.session.flush()

    def _apply(self, person: Person, plan: Plan) -> None:
        fill = self.options.policy == DuplicatePolicy.FILL
        for attr in ("first_name", "title", "department", "notes"):
            value = getattr(plan, attr)
            if value and (not fill or not getattr(person, attr)):
                setattr(person, attr, value)
        if plan.organization and (not fill or person.organization_id is None):
            person.organization_id = self._org_id(plan.organization)
        from reseau.services.persons.records import name_key  # not at start-up (0.05 s)

        person.name_key = name_key(person.first_name, person.last_name)
        have = {c.normalized: c for c in person.contact_points}
        for contact in plan.contacts:
            point = have.get(contact.normalized)
            if point is None:
                person.contact_points.append(
                    ContactPoint(
                        kind=contact.kind,
                        value=contact.value,
                        normalized=contact.normalized,
                        label=contact.label,
                        usage=contact.usage,
                        extension=contact.extension,
                        address=contact.address.to_json() if contact.address else None,
                    )
                )
            else:  # the same number or address: the file may say what it is for
                _complete(point, contact, fill)
        names = {t.name for t in person.tags}
        wanted = [n for n in plan.tags if n not in names]
        if wanted:
            ids = self._tag_ids(wanted)
            person.tags.extend(self.session.get_one(Tag, i) for i in ids)


def _complete(point: ContactPoint, contact: PlannedContact, fill: bool) -> None:
    """Type, extension, label and parts the file gives for a contact point already there:
    "fill" only sets what is empty, "update" takes the file's."""
    for attr, value in (
        ("usage", contact.usage),
        ("extension", contact.extension),
        ("label", contact.label),
        ("address", contact.address.to_json() if contact.address else None),
    ):
        if value and (not fill or not getattr(point, attr)):
            setattr(point, attr, value)


def import_records(
    session: Session,
    records: Iterable[ContactRecord | RowProblem],
    options: ImportOptions,
    source: str,
    file_format: str,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    separate_process: bool = False,
) -> Outcome[ImportReport]:
    """Import ``records`` in the session's transaction; see the module docstring.

    The caller backs the database up first (``services.backups.backup_before``): a backup is
    taken outside this transaction, on its own connection. ``separate_process``: read and plan
    the rows in a second process where that is safe (``import_pipeline.fork_is_safe``), which
    ``reseau import`` asks for; else on a worker thread.
    """
    batch = ImportBatch(source=source[:500], file_format=file_format, policy=options.policy)
    session.add(batch)
    session.flush()
    with _no_cyclic_gc():
        importer = _Importer(session, options, batch)
        with _large_page_cache(session):
            rows = planner(records, importer.plan_row, separate_process)
            return _run(session, importer, batch, rows, options, source, progress, cancelled)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while importing: the import holds millions of live
    objects (match-key dicts, plans, row dicts) and allocates fast, so the collector kept
    walking them all (profiled: about a quarter of the time of a 100,000-row import). Plain
    reference counting still frees everything; the collector is re-enabled afterwards if it
    was on, and a full collection is left to its normal schedule."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """A 64 MB page cache while importing (SQLite's default is 2 MB): the person and
    contact_point indexes and the search index of a 100,000-row import stay in memory
    instead of spilling to the WAL mid-transaction. Restored afterwards (pooled connection)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size = -65536")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _run(
    session: Session,
    importer: _Importer,
    batch: ImportBatch,
    planned: AbstractContextManager[PlannedRows],
    options: ImportOptions,
    source: str,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> Outcome[ImportReport]:
    done = 0
    aborted: Message | None = None
    with (
        planned as rows,
        bulk_index_settings(session),
        indexes_built_after(session) as built,
    ):
        # A company card writes through the organizations' search triggers, which read by it.
        importer.org_cards.before_write = lambda: built.need(ORGANIZATION_EMAILS_INDEX)
        for chunk in rows.chunks():
            for item, plan, messages in chunk:
                if isinstance(item, RowProblem):
                    importer.reject(item.line, item.message)
                else:
                    importer.add(item, plan, messages)
                done += 1
                if done % CHUNK == 0:
                    importer.flush()
            if progress is not None:
                progress(done)
            if cancelled is not None and cancelled():
                aborted = tr("Import annulé : rien n'a été enregistré")
                break
        if not aborted:
            importer.flush()
    if not aborted and progress is not None:
        progress(done)
    importer.describe_persons()
    counts = importer.counts
    for key, value in counts.items():
        setattr(batch, f"{key}_count", value)
    if not aborted and options.all_or_nothing and counts["rejected"]:
        aborted = tr("Tout ou rien : des lignes sont rejetées, rien n'a été importé")
    if not aborted and options.dry_run:
        aborted = tr("Essai à blanc : rien n'a été enregistré")
    report = ImportReport(
        source=source,
        lines=tuple(sorted(importer.lines, key=lambda line: line.line)),
        created_lines=tuple(importer.created_ranges),
        batch_id=None if aborted else batch.id,
        applied=not aborted,
        reason=aborted,
        organizations_created=importer.org_cards.created,
        organizations_updated=importer.org_cards.updated,
        possible=importer.possible,
        countries=tuple(
            (c, b, n)
            for (c, b), n in sorted(
                importer.country_counts.items(), key=lambda i: (i[0][0], BASES.index(i[0][1]))
            )
        ),
        default_country=options.default_country,
        **counts,
    )
    if aborted:
        raise ImportAborted(report)
    session.flush()
    return Outcome(report, CHANGED)
