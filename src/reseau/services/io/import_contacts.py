"""Import contacts read from a file: one transaction, duplicates matched, recorded as a batch.

Built for bulk (issue 9 benchmarks 100,000 rows): the match keys of every person (folded name,
e-mails, E.164 phones) are loaded once into dicts, rows are planned in memory and written per
chunk with one executemany per table (``services.bulk_insert``); only persons to update are
loaded as ORM objects. The report types live in ``services.import_report``.

Dry runs, all-or-nothing failures and cancellations raise :class:`ImportAborted` *inside* the
caller's transaction, so ``Database.begin()`` rolls everything back: the database is never half
written. The exception carries the report.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.country_evidence import BASES
from reseau.core.enums import ContactKind, Country
from reseau.core.messages import Message, tr
from reseau.core.outcome import Outcome
from reseau.db.base import utcnow
from reseau.db.models import ContactPoint, ImportBatch, ImportBatchItem, Organization, Person, Tag
from reseau.db.models.links import person_tags
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.io.bulk_insert import (
    insert_ids,
    insert_rows,
    insert_tuples,
    insert_tuples_ids,
    person_index_paused,
    prepared,
    table_of,
)
from reseau.services.io.import_keys import fast_fold, phone_key
from reseau.services.io.import_pipeline import planner
from reseau.services.io.import_plan import Plan, country_from_text, merge_plans, plan_record
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
from reseau.services.persons.records import name_key

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
    "first_name", "last_name", "name_key", "title", "organization_id", "country", "notes", "source",
    "sectors", "roles", "languages", "created_at", "updated_at",
)  # fmt: skip
CONTACT_COLUMNS = ("person_id", "kind", "value", "normalized", "label", "created_at", "updated_at")
CHANGED = Changes(persons=True, organizations=True, tags=True)


class _Importer:
    def __init__(self, session: Session, options: ImportOptions, batch: ImportBatch) -> None:
        self.session = session
        self.options = options
        self.batch = batch
        self.lines: list[ImportLine] = []
        self.counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": 0}
        self.country_counts: dict[tuple[Country, str], int] = {}
        self.phone_cache: dict[tuple[str, Country], str | None] = {}
        self.created_ranges: list[tuple[int, int]] = []
        self.range_open = False
        # Match keys -> person id (int, in the database) or a pending Plan (created this chunk).
        self.by_email: dict[str, int | Plan] = {}
        self.by_phone: dict[str, int | Plan] = {}
        self.by_name: dict[str, int | Plan] = {}
        # Policy "create" never matches: neither load the keys nor keep them up to date.
        self.matching = options.policy != DuplicatePolicy.CREATE
        if self.matching:
            self._load_keys(session)
        self.orgs: dict[str, int] = {
            k: i for i, k in session.execute(select(Organization.id, Organization.name_key))
        }
        self.tags: dict[str, int] = {n: i for i, n in session.execute(select(Tag.id, Tag.name))}
        self.org_keys: dict[str, str] = {}
        self.new_plans: list[Plan] = []
        self.updates: dict[int, Plan] = {}
        # Opened around the search-index statement: the planner thread's turn to run.
        self.while_indexing: Callable[[], AbstractContextManager[None]] = nullcontext

    def _load_keys(self, session: Session) -> None:
        for pid, key, first in session.execute(select(Person.id, Person.name_key, Person.first_name)):
            if first:
                self.by_name.setdefault(key, pid)
        for owner, kind, normalized in session.execute(
            select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.normalized).where(
                ContactPoint.person_id.is_not(None),
                ContactPoint.kind.in_([ContactKind.EMAIL, ContactKind.PHONE]),
            )
        ):
            if owner is not None:
                (self.by_email if kind == ContactKind.EMAIL else self.by_phone).setdefault(normalized, owner)

    def note(self, line: int, status: str, message: Message | None = None) -> None:
        self.lines.append(ImportLine(line, status, message))
        if status != "warning":
            self.range_open = False  # a skipped/updated/rejected row ends the created range

    def created_line(self, line: int) -> None:
        """Created rows are kept as ranges of lines: a 2 GB file must not fill the memory."""
        if self.created_ranges and self.range_open:
            self.created_ranges[-1] = (self.created_ranges[-1][0], line)
        else:
            self.created_ranges.append((line, line))
        self.range_open = True

    # --- planning one row ---------------------------------------------------------------
    def _phone(self, raw: str, country: Country) -> str | None:
        key = (raw, country)
        if key not in self.phone_cache:
            if len(self.phone_cache) > 100_000:  # repeated numbers are what it is for; bound it
                self.phone_cache.clear()
            self.phone_cache[key] = phone_key(raw, country)
        return self.phone_cache[key]

    def plan_row(self, record: ContactRecord) -> tuple[Plan | None, list[Message]]:
        """The pure part of a row, run by the planner thread: it touches only the phone cache,
        which nothing else uses."""
        return plan_record(record, self.options.default_country, self._phone)

    def reject(self, line: int, message: Message) -> None:
        self.counts["rejected"] += 1
        self.note(line, "rejected", message)

    def match(self, plan: Plan) -> int | Plan | None:
        for kind, _, key in plan.contacts:
            index = (
                self.by_email
                if kind == ContactKind.EMAIL
                else self.by_phone
                if kind == ContactKind.PHONE
                else None
            )
            if index is not None and key in index:
                return index[key]
        if plan.first_name:
            return self.by_name.get(plan.key)
        return None

    def remember(self, plan: Plan, target: int | Plan) -> None:
        pairs: list[tuple[dict[str, int | Plan], str]] = []
        if plan.first_name:
            pairs.append((self.by_name, plan.key))
        for kind, _, key in plan.contacts:
            if kind == ContactKind.EMAIL:
                pairs.append((self.by_email, key))
            elif kind == ContactKind.PHONE:
                pairs.append((self.by_phone, key))
        for index, key in pairs:
            if key not in index:
                index[key] = target
                if isinstance(target, Plan):
                    target.keys.append((index, key))

    def add(self, record: ContactRecord, plan: Plan | None, messages: list[Message]) -> None:
        """A planned row (``plan_row``): rejected, or its warnings noted, then matched."""
        if plan is None:
            self.reject(record.line, messages[0])
            return
        for message in messages:
            self.note(record.line, "warning", message)
        policy = self.options.policy
        found = self.match(plan) if self.matching else None
        if found is None:
            self.new_plans.append(plan)
            if self.matching:
                self.remember(plan, plan)
            self.counts["created"] += 1
            self.created_line(plan.line)
            basis = (plan.country, plan.guess.basis if plan.guess else "default")
            self.country_counts[basis] = self.country_counts.get(basis, 0) + 1
            return
        if policy == DuplicatePolicy.SKIP:
            self.counts["skipped"] += 1
            self.note(
                plan.line,
                "skipped",
                tr("doublon de la fiche n° {person_id}", person_id=found)
                if isinstance(found, int)
                else tr("doublon de la ligne {line}", line=found.line),
            )
            return
        if isinstance(found, Plan):
            merge_plans(found, plan, policy)  # a duplicate inside the file: merged into the new person
            self.remember(plan, found)
            self.counts["updated"] += 1
            self.note(plan.line, "updated", tr("fusionnée avec la ligne {line}", line=found.line))
            return
        pending = self.updates.get(found)
        if pending is None:
            plan.target = found
            self.updates[found] = plan
        else:
            merge_plans(pending, plan, policy)
        self.remember(plan, found)
        self.counts["updated"] += 1
        self.note(plan.line, "updated", tr("fiche n° {person_id} mise à jour", person_id=found))

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
        ids = insert_ids(self.session, table, rows)
        for key, org_id in zip(missing, ids, strict=True):
            self.orgs[key] = org_id
        self.items += created_items("organization", ids)

    def _org_id(self, name: str) -> int | None:
        return self.orgs[self._org_key(name)] if name else None

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
        now = utcnow()
        if plans:
            with person_index_paused(self.session, self.while_indexing) as indexed:
                # Core inserts on the tables: the ORM's per-row bookkeeping costs more than SQLite.
                person_table, contact_table = table_of(Person), table_of(ContactPoint)
                source = provenance(self.batch.source)  # an ORM attribute: read it once
                # Values the same for every row, prepared once for the driver.
                empty = prepared(self.session, person_table, "sectors", [])
                stamp = prepared(self.session, person_table, "created_at", now)
                org_id = self._org_id
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
                            org_id(p.organization) if p.organization else None,
                            p.country,
                            p.notes,
                            source,
                            empty,
                            empty,
                            empty,
                            stamp,
                            stamp,
                        )
                        for p in plans
                    ],
                )
                indexed += ids
                contact_rows: list[tuple[object, ...]] = []
                tag_rows = []
                for plan, pid in zip(plans, ids, strict=True):
                    for index, key in plan.keys:  # now that it exists, later rows match it by id
                        if index.get(key) is plan:
                            index[key] = pid
                    plan.keys = []
                    contact_rows += [(pid, k, v, n, "", stamp, stamp) for k, v, n in plan.contacts]
                    if plan.tags:
                        tag_rows += [{"person_id": pid, "tag_id": t} for t in self._tag_ids(plan.tags)]
                self.items += created_items("person", ids)
                insert_tuples(self.session, contact_table, CONTACT_COLUMNS, contact_rows)
                if tag_rows:
                    self.session.execute(insert(person_tags), tag_rows)
        if updates:
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
        if self.items:
            for item in self.items:
                item["batch_id"] = self.batch.id
            insert_rows(self.session, table_of(ImportBatchItem), self.items)

    def _apply(self, person: Person, plan: Plan) -> None:
        fill = self.options.policy == DuplicatePolicy.FILL
        for attr in ("first_name", "title", "notes"):
            value = getattr(plan, attr)
            if value and (not fill or not getattr(person, attr)):
                setattr(person, attr, value)
        if plan.organization and (not fill or person.organization_id is None):
            person.organization_id = self._org_id(plan.organization)
        person.name_key = name_key(person.first_name, person.last_name)
        have = {c.normalized for c in person.contact_points}
        for kind, value, normalized in plan.contacts:
            if normalized not in have:
                person.contact_points.append(
                    ContactPoint(kind=kind, value=value, normalized=normalized, label="")
                )
        names = {t.name for t in person.tags}
        wanted = [n for n in plan.tags if n not in names]
        if wanted:
            ids = self._tag_ids(wanted)
            person.tags.extend(self.session.get_one(Tag, i) for i in ids)


def import_records(
    session: Session,
    records: Iterable[ContactRecord | RowProblem],
    options: ImportOptions,
    source: str,
    file_format: str,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Outcome[ImportReport]:
    """Import ``records`` in the session's transaction; see the module docstring.

    The caller backs the database up first (``services.backups.backup_before``): a backup is
    taken outside this transaction, on its own connection.
    """
    batch = ImportBatch(source=source[:500], file_format=file_format, policy=options.policy)
    session.add(batch)
    session.flush()
    with _no_cyclic_gc():
        importer = _Importer(session, options, batch)
        with _large_page_cache(session):
            return _run(session, importer, batch, records, options, source, progress, cancelled)


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
    records: Iterable[ContactRecord | RowProblem],
    options: ImportOptions,
    source: str,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> Outcome[ImportReport]:
    done = 0
    aborted: Message | None = None
    with planner(records, importer.plan_row) as rows:
        importer.while_indexing = rows.open_gate
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
        if progress is not None:
            progress(done)
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
