"""Import contacts read from a file: one transaction, duplicates matched, recorded as a batch.

Built for bulk (issue 9 benchmarks 100,000 rows): the match keys of every person (folded name,
e-mails, E.164 phones) are loaded once into dicts, rows are planned in memory and written per
chunk with executemany-style ORM bulk inserts; only persons to update are loaded as objects.

Dry runs, all-or-nothing failures and cancellations raise :class:`ImportAborted` *inside* the
caller's transaction, so ``Database.begin()`` rolls everything back: the database is never half
written. The exception carries the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind, Country
from reseau.core.errors import ReseauError
from reseau.core.normalize import fold
from reseau.core.outcome import Outcome
from reseau.db.base import utcnow
from reseau.db.models import Base, ContactPoint, ImportBatch, ImportBatchItem, Organization, Person, Tag
from reseau.db.models.links import person_tags
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.import_keys import email_key, fast_fold, fast_name_key, phone_key
from reseau.services.import_undo import snapshot
from reseau.services.persons import name_key

CHUNK = 2000
CHANGED = Changes(persons=True, organizations=True, tags=True)

# Called with the session before anything is written (issue 7 registers its backup here).
BEFORE_IMPORT_HOOKS: list[Callable[[Session], None]] = []


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # keep the existing person, ignore the row
    UPDATE = "update"  # overwrite with the row's non-empty values, add its contacts
    FILL = "fill"  # only fill the existing person's empty fields, add its contacts
    CREATE = "create"  # create a new person anyway


@dataclass(frozen=True)
class ImportOptions:
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    all_or_nothing: bool = False
    dry_run: bool = False
    default_country: Country = Country.QUEBEC


STATUS_LABELS = {
    "created": "créée",
    "updated": "mise à jour",
    "skipped": "ignorée",
    "rejected": "rejetée",
    "warning": "avertissement",
}


@dataclass(frozen=True)
class ImportLine:
    line: int
    status: str  # created | updated | skipped | rejected | warning
    message: str = ""


@dataclass(frozen=True)
class ImportReport:
    source: str
    created: int
    updated: int
    skipped: int
    rejected: int
    lines: tuple[ImportLine, ...]  # every row not simply created, and every warning
    batch_id: int | None = None
    created_lines: tuple[tuple[int, int], ...] = ()  # (first, last) line ranges of created rows
    applied: bool = True
    reason: str = ""

    def created_text(self, limit: int = 10) -> str:
        """The created rows' lines for people: "2–40, 42–57, …"."""
        parts = [f"{a}–{b}" if a != b else str(a) for a, b in self.created_lines[:limit]]
        return ", ".join(parts) + (", …" if len(self.created_lines) > limit else "")

    def summary(self) -> str:
        return (
            f"{self.created} créées, {self.updated} mises à jour, {self.skipped} ignorées, "
            f"{self.rejected} rejetées"
        )


class ImportAborted(ReseauError):
    """Nothing was written (dry run, all-or-nothing with rejected rows, or cancelled)."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(f"{report.reason} — {report.summary()}")


ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


@lru_cache(maxsize=256)
def country_from_text(text: str) -> Country | None:
    key = fold(text)
    if not key:
        return None
    if key in ("fr", "france"):
        return Country.FRANCE
    if key in ("qc", "quebec", "canada", "ca", "province de quebec"):
        return Country.QUEBEC
    return Country.OTHER


@dataclass
class _Plan:
    """One person to create or to merge into, as plain values."""

    line: int
    first_name: str
    last_name: str
    title: str
    organization: str
    country: Country
    notes: str
    contacts: list[tuple[ContactKind, str, str]]  # kind, value, normalized
    tags: list[str]
    key: str = ""  # the folded name, computed once
    target: int | None = None  # existing person id, for updates
    lines: list[int] = field(default_factory=list)
    # (index, key) pairs pointing at this pending plan, re-pointed at its id once inserted.
    keys: list[tuple[dict[str, int | _Plan], str]] = field(default_factory=list)


class _Importer:
    def __init__(self, session: Session, options: ImportOptions, batch: ImportBatch) -> None:
        self.session = session
        self.options = options
        self.batch = batch
        self.lines: list[ImportLine] = []
        self.counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": 0}
        self.phone_cache: dict[tuple[str, Country], str | None] = {}
        self.created_ranges: list[tuple[int, int]] = []
        self.range_open = False
        # Match keys -> person id (int, in the database) or a pending _Plan (created this chunk).
        self.by_email: dict[str, int | _Plan] = {}
        self.by_phone: dict[str, int | _Plan] = {}
        self.by_name: dict[str, int | _Plan] = {}
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
        self.orgs: dict[str, int] = {
            k: i for i, k in session.execute(select(Organization.id, Organization.name_key))
        }
        self.tags: dict[str, int] = {n: i for i, n in session.execute(select(Tag.id, Tag.name))}
        self.org_keys: dict[str, str] = {}
        self.new_plans: list[_Plan] = []
        self.updates: dict[int, _Plan] = {}

    def note(self, line: int, status: str, message: str = "") -> None:
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

    def plan(self, record: ContactRecord) -> _Plan | None:
        warnings = list(record.warnings)
        first, last = record.first_name.strip(), record.last_name.strip()
        if not last and record.full_name.strip():
            words = record.full_name.split()
            first, last = (
                (" ".join(words[:-1]), words[-1])
                if len(words) > 1 and not first
                else (first, " ".join(words))
            )
        country = country_from_text(record.country) or self.options.default_country
        contacts: list[tuple[ContactKind, str, str]] = []
        seen: set[str] = set()
        for raw in record.emails:
            email = email_key(raw)
            if email is None:
                warnings.append(f"courriel « {raw} » invalide, ignoré")
                continue
            if email.lower() not in seen:
                seen.add(email.lower())
                contacts.append((ContactKind.EMAIL, email, email.lower()))
        for raw in record.phones:
            e164 = self._phone(raw, country)
            if e164 is None:
                warnings.append(f"téléphone « {raw} » invalide, ignoré")
            elif e164 not in seen:
                seen.add(e164)
                contacts.append((ContactKind.PHONE, e164, e164))
        for kind, values in ((ContactKind.ADDRESS, record.addresses), (ContactKind.WEB, record.webs)):
            for value in values:
                folded = fold(value)
                if value.strip() and folded not in seen:
                    seen.add(folded)
                    contacts.append((kind, value.strip(), folded))
        if not last:
            fallback = record.organization.strip() or next((c[1] for c in contacts), "")
            if not fallback:
                self.reject(record.line, "ni nom, ni organisation, ni courriel ou téléphone valide")
                return None
            last = fallback
            warnings.append(f"fiche sans nom : nommée « {last} »")
        for message in warnings:
            self.note(record.line, "warning", message)
        return _Plan(
            line=record.line,
            key=fast_name_key(first, last[:120]),
            first_name=first,
            last_name=last[:120],
            title=record.title.strip(),
            organization=record.organization.strip(),
            country=country,
            notes=record.notes.strip(),
            contacts=contacts,
            tags=sorted({t.strip()[:80] for t in record.tags if t.strip()}),
            lines=[record.line],
        )

    def reject(self, line: int, message: str) -> None:
        self.counts["rejected"] += 1
        self.note(line, "rejected", message)

    def match(self, plan: _Plan) -> int | _Plan | None:
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

    def remember(self, plan: _Plan, target: int | _Plan) -> None:
        pairs: list[tuple[dict[str, int | _Plan], str]] = []
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
                if isinstance(target, _Plan):
                    target.keys.append((index, key))

    def add(self, record: ContactRecord) -> None:
        plan = self.plan(record)
        if plan is None:
            return
        policy = self.options.policy
        found = self.match(plan) if policy != DuplicatePolicy.CREATE else None
        if found is None:
            self.new_plans.append(plan)
            self.remember(plan, plan)
            self.counts["created"] += 1
            self.created_line(plan.line)
            return
        if policy == DuplicatePolicy.SKIP:
            self.counts["skipped"] += 1
            where = f"la fiche n° {found}" if isinstance(found, int) else f"la ligne {found.line}"
            self.note(plan.line, "skipped", f"doublon de {where}")
            return
        if isinstance(found, _Plan):
            _merge(found, plan, policy)  # a duplicate inside the file: merged into the new person
            self.remember(plan, found)
            self.counts["updated"] += 1
            self.note(plan.line, "updated", f"fusionnée avec la ligne {found.line}")
            return
        pending = self.updates.get(found)
        if pending is None:
            plan.target = found
            self.updates[found] = plan
        else:
            _merge(pending, plan, policy)
        self.remember(plan, found)
        self.counts["updated"] += 1
        self.note(plan.line, "updated", f"fiche n° {found} mise à jour")

    # --- writing a chunk ----------------------------------------------------------------
    def _insert_ids(self, table: Table, rows: list[dict[str, object]]) -> list[int]:
        """Insert ``rows`` and return their new ids, in order, with one executemany.

        SQLite cannot promise the order of RETURNING rows, so SQLAlchemy would insert one row at
        a time; instead the ids are assigned here. This is safe: the batch row was written first,
        so this transaction holds SQLite's write lock and nobody else inserts meanwhile.
        """
        if not rows:
            return []
        if self.session.get_bind().dialect.name != "sqlite":
            return list(
                self.session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
            )
        start = int(self.session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
        ids = list(range(start, start + len(rows)))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        self._insert(table, rows)
        return ids

    def _insert(self, table: Table, rows: list[dict[str, object]]) -> None:
        """executemany ``rows`` (all with the same keys) into ``table``.

        On SQLite the values go straight to the driver: SQLAlchemy's per-value processing (JSON,
        dates) is what costs most in a bulk insert. Values the driver cannot take go through the
        column type's own bind processor (once for a column holding one value throughout, like
        the timestamps), so the stored text is exactly what the ORM would have written.
        """
        if not rows:
            return
        bind = self.session.get_bind()
        if bind.dialect.name != "sqlite":
            self.session.execute(insert(table), rows)
            return
        names = list(rows[0])
        processors = []
        for name in names:
            processor = table.c[name].type._cached_bind_processor(bind.dialect)
            processors.append(processor)
        data = list(
            zip(*(self._column(rows, name, processors[i]) for i, name in enumerate(names)), strict=True)
        )
        columns = ", ".join('"' + n + '"' for n in names)
        sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
        self.session.connection().exec_driver_sql(sql, data)

    @staticmethod
    def _column(
        rows: list[dict[str, object]], name: str, processor: Callable[[object], object] | None
    ) -> list[object]:
        """One column's values, ready for the driver; a constant column is processed once."""
        values = [row[name] for row in rows]
        if processor is None:
            return values
        first = values[0]
        if all(v is first or v == first for v in values):
            return [None if first is None else processor(first)] * len(values)
        return [None if v is None else processor(v) for v in values]

    def _org_key(self, name: str) -> str:
        key = self.org_keys.get(name)
        if key is None:
            key = self.org_keys[name] = fast_fold(name)[:300]
        return key

    def _create_orgs(self, plans: Iterable[_Plan]) -> None:
        """Insert, in one statement, the organizations these plans name that do not exist yet."""
        missing: dict[str, tuple[str, Country]] = {}
        for plan in plans:
            if plan.organization:
                key = self._org_key(plan.organization)
                if key not in self.orgs and key not in missing:
                    missing[key] = (plan.organization[:300], plan.country)
        if not missing:
            return
        table = _table(Organization)
        now = utcnow()
        rows: list[dict[str, object]] = [
            {"name": n, "name_key": k, "country": c, "created_at": now, "updated_at": now}
            for k, (n, c) in missing.items()
        ]
        ids = self._insert_ids(table, rows)
        for key, org_id in zip(missing, ids, strict=True):
            self.orgs[key] = org_id
            self.items.append(
                {"entity": "organization", "entity_id": org_id, "action": "created", "before": None}
            )

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
            # Core inserts on the tables: the ORM's per-row bookkeeping costs more than SQLite.
            person_table = _table(Person)
            rows: list[dict[str, object]] = [
                {
                    "first_name": p.first_name,
                    "last_name": p.last_name,
                    "name_key": p.key[:250],
                    "title": p.title or None,
                    "organization_id": self._org_id(p.organization),
                    "country": p.country,
                    "notes": p.notes,
                    "source": f"import : {self.batch.source}"[:300],
                    "sectors": [],
                    "roles": [],
                    "languages": [],
                    "created_at": now,
                    "updated_at": now,
                }
                for p in plans
            ]
            ids = self._insert_ids(person_table, rows)
            contact_rows = []
            tag_rows = []
            for plan, pid in zip(plans, ids, strict=True):
                for index, key in plan.keys:  # now that it exists, later rows match it by id
                    if index.get(key) is plan:
                        index[key] = pid
                plan.keys = []
                contact_rows += [
                    {
                        "person_id": pid,
                        "kind": k,
                        "value": v,
                        "normalized": n,
                        "label": "",
                        "created_at": now,
                        "updated_at": now,
                    }
                    for k, v, n in plan.contacts
                ]
                tag_rows += [{"person_id": pid, "tag_id": t} for t in self._tag_ids(plan.tags)]
                self.items.append({"entity": "person", "entity_id": pid, "action": "created", "before": None})
            self._insert(_table(ContactPoint), contact_rows)
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
                        "action": "updated",
                        "before": snapshot(person),
                    }
                )
                self._apply(person, updates[person.id])
            self.session.flush()
        if self.items:
            for item in self.items:
                item["batch_id"] = self.batch.id
            self._insert(_table(ImportBatchItem), self.items)

    def _apply(self, person: Person, plan: _Plan) -> None:
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


def _merge(into: _Plan, other: _Plan, policy: DuplicatePolicy) -> None:
    for attr in ("first_name", "title", "organization", "notes"):
        value = getattr(other, attr)
        if value and (policy == DuplicatePolicy.UPDATE or not getattr(into, attr)):
            setattr(into, attr, value)
    have = {c[2] for c in into.contacts}
    into.contacts += [c for c in other.contacts if c[2] not in have]
    into.tags = sorted(set(into.tags) | set(other.tags))
    into.key = fast_name_key(into.first_name, into.last_name)
    into.lines.append(other.line)


def import_records(
    session: Session,
    records: Iterable[ContactRecord | RowProblem],
    options: ImportOptions,
    source: str,
    file_format: str,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Outcome[ImportReport]:
    """Import ``records`` in the session's transaction; see the module docstring."""
    for hook in BEFORE_IMPORT_HOOKS:
        hook(session)
    batch = ImportBatch(source=source[:500], file_format=file_format, policy=options.policy)
    session.add(batch)
    session.flush()
    importer = _Importer(session, options, batch)
    done = 0
    aborted = ""
    for item in records:
        if isinstance(item, RowProblem):
            importer.reject(item.line, item.message)
        else:
            importer.add(item)
        done += 1
        if done % CHUNK == 0:
            importer.flush()
        if done % 250 == 0:
            if progress is not None:
                progress(done)
            if cancelled is not None and cancelled():
                aborted = "Import annulé : rien n'a été enregistré"
                break
    if not aborted:
        importer.flush()
        if progress is not None:
            progress(done)
    counts = importer.counts
    for key, value in counts.items():
        setattr(batch, f"{key}_count", value)
    if not aborted and options.all_or_nothing and counts["rejected"]:
        aborted = "Tout ou rien : des lignes sont rejetées, rien n'a été importé"
    if not aborted and options.dry_run:
        aborted = "Essai à blanc : rien n'a été enregistré"
    report = ImportReport(
        source=source,
        lines=tuple(sorted(importer.lines, key=lambda line: line.line)),
        created_lines=tuple(importer.created_ranges),
        batch_id=None if aborted else batch.id,
        applied=not aborted,
        reason=aborted,
        **counts,
    )
    if aborted:
        raise ImportAborted(report)
    session.flush()
    return Outcome(report, CHANGED)
