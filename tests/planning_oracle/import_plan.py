"""Oracle (frozen copy, see tests/planning_oracle/__init__.py).

Turn one read row into a plan: names resolved, e-mails and phones normalised, key folded.

Plans are plain values; the importer matches them against the database's keys, merges
duplicates found inside the file (:func:`merge_plans`), and writes them in bulk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage, Country
from reseau.core.messages import Message, tr
from reseau.io.contact_types import split_extension
from reseau.io.records import ContactDetail, ContactRecord
from reseau.services.io.import_plan import _kept_note, _with_kept
from reseau.services.io.import_report import DuplicatePolicy
from tests.planning_oracle.country_evidence import (
    CountryGuess,
    address_hints,
    country_from_text,
    infer_country,
)
from tests.planning_oracle.import_keys import cached_fold, email_key, fast_fold, fast_name_key

__all__ = [
    "Plan",
    "country_from_text",
    "guess_country",
    "merge_plans",
    "plan_from_values",
    "plan_record",
    "plan_values",
]


def guess_country(record: ContactRecord, default_country: Country) -> CountryGuess:
    """The country of the person a row describes, with its evidence (core.country_evidence):
    a country column or the address's country, region, postal codes and city (from Outlook's
    address parts, else read in the address text), the phones and the e-mails."""
    country_text = record.country or record.address_country
    region, city = record.region, record.city
    postal: Sequence[str] = record.postal_codes
    if record.addresses and not (country_text or region or postal or city):
        hints = address_hints(record.addresses)  # a vCard ADR, a formatted address column
        country_text, region, postal, city = hints.country_text, hints.region, hints.postal_codes, hints.city
    return infer_country(country_text, region, postal, city, record.phones, record.emails, default_country)


class PlannedContact(NamedTuple):
    """A contact point to write; the first three fields are what matching reads."""

    kind: ContactKind
    value: str
    normalized: str
    usage: ContactUsage | None = None
    extension: str = ""
    label: str = ""
    address: PostalAddress | None = None


@dataclass
class Plan:
    """One person to create or to merge into, as plain values."""

    line: int
    first_name: str
    last_name: str
    title: str
    organization: str
    department: str
    country: Country
    notes: str
    contacts: list[PlannedContact]
    tags: list[str]
    key: str = ""  # the folded name, computed once
    guess: CountryGuess | None = None  # why ``country``: the evidence, for the report
    target: int | None = None  # existing person id, for updates
    lines: list[int] = field(default_factory=list)
    # Identity keys pointing at this pending plan, re-pointed at its id once inserted.
    keys: list[str] = field(default_factory=list)


# The order of Plan's fields, for plan_values / plan_from_values.
_FIELDS = tuple(f.name for f in fields(Plan))
_CONTACTS = _FIELDS.index("contacts")


def plan_values(plan: Plan) -> tuple[object, ...]:
    """``plan`` as a tuple of plain values (its contacts as plain tuples): what the planner
    process sends to the importer, pickled without a class lookup per contact (issue 19.2).
    :func:`plan_from_values` gives back an equal Plan (``tests/services/test_import_plan_values.py``)."""
    values = [getattr(plan, name) for name in _FIELDS]
    values[_CONTACTS] = [tuple(contact) for contact in plan.contacts]
    return tuple(values)


def plan_from_values(values: Sequence[object]) -> Plan:
    """The Plan that :func:`plan_values` gave ``values`` for."""
    rebuilt = list(values)
    rebuilt[_CONTACTS] = [_new(PlannedContact, contact) for contact in values[_CONTACTS]]  # type: ignore[attr-defined]
    return Plan(*rebuilt)  # type: ignore[arg-type]


def plan_record(
    record: ContactRecord, default_country: Country, phone: Callable[[str, Country], str | None]
) -> tuple[Plan | None, list[Message]]:
    """The person a row describes, with its warnings; (None, [reason]) if it cannot be one.

    ``phone`` turns a raw number into E.164 (or None): the importer passes its cached version.
    """
    warnings = list(record.warnings)
    first, last = _names(record)
    # The country first: a number written the national way is read with it (05 56 00 11 22
    # of a Bordeaux contact is +33556001122, not an invalid Québec number).
    guess = guess_country(record, default_country)
    contacts: list[PlannedContact] = []
    seen: set[str] = set()  # the normalised values already planned: each one once
    kept: list[str] = []  # the values that could not be read, for the notes
    _plan_emails(record, contacts, seen, warnings, kept)
    _plan_phones(record, guess.country, phone, contacts, seen, warnings, kept)
    _plan_addresses(record, contacts, seen)
    _plan_webs(record, contacts, seen)
    if not last:
        last = record.organization.strip() or next((c[1] for c in contacts), "")
        if not last:
            return None, [tr("ni nom, ni organisation, ni courriel ou téléphone valide")]
        warnings.append(tr("fiche sans nom : nommée « {name} »", name=last))
    plan = Plan(
        line=record.line,
        key=fast_name_key(first, last[:120]),
        first_name=first,
        last_name=last[:120],
        title=record.title.strip(),
        organization=record.organization.strip(),
        department=record.department.strip()[:200],
        country=guess.country,
        guess=guess,
        notes=_with_kept(record.notes.strip(), kept) if kept else record.notes.strip(),
        contacts=contacts,
        tags=sorted({t.strip()[:80] for t in record.tags if t.strip()}),
        lines=[record.line],
    )
    return plan, warnings


def _names(record: ContactRecord) -> tuple[str, str]:
    """(first, last): a full name without a last name gives its last word as the last name
    (all of it when there is a first name already, or a single word)."""
    first, last = record.first_name.strip(), record.last_name.strip()
    if last or not record.full_name.strip():
        return first, last
    words = record.full_name.split()
    if len(words) > 1 and not first:
        return " ".join(words[:-1]), words[-1]
    return first, " ".join(words)


# tuple.__new__: a NamedTuple's own constructor is a Python call, and these run per value.
_new = tuple.__new__


def _plan_emails(
    record: ContactRecord,
    contacts: list[PlannedContact],
    seen: set[str],
    warnings: list[Message],
    kept: list[str],
) -> None:
    details = record.details
    kind = ContactKind.EMAIL
    for index, raw in enumerate(record.emails):
        email = email_key(raw)
        if email is None:
            warnings.append(_invalid(kind, raw))
            kept.append(_kept_note(kind, raw))
            continue
        key = email.lower()
        if key not in seen:
            seen.add(key)
            usage, _, label, _ = details.get((kind, index), _BARE) if details else _BARE
            contacts.append(_new(PlannedContact, (kind, email, key, usage, "", label, None)))


def _plan_phones(
    record: ContactRecord,
    country: Country,
    phone: Callable[[str, Country], str | None],
    contacts: list[PlannedContact],
    seen: set[str],
    warnings: list[Message],
    kept: list[str],
) -> None:
    details = record.details
    kind = ContactKind.PHONE
    for index, raw in enumerate(record.phones):
        usage, extension, label, _ = details.get((kind, index), _BARE) if details else _BARE
        number = raw
        if _EXTENSION_HINT(raw) is not None:  # "514 555-1234 poste 22": letters or "#"
            number, written = split_extension(raw)
            extension = extension or written[:20]
        e164 = phone(number, country)
        if e164 is None:
            warnings.append(_invalid(kind, raw))
            kept.append(_kept_note(kind, raw))
        elif e164 not in seen:
            seen.add(e164)
            contacts.append(_new(PlannedContact, (kind, e164, e164, usage, extension, label, None)))


def _plan_addresses(record: ContactRecord, contacts: list[PlannedContact], seen: set[str]) -> None:
    details = record.details
    for index, value in enumerate(record.addresses):
        usage, _, label, parts = details.get((ContactKind.ADDRESS, index), _BARE) if details else _BARE
        folded = cached_fold(value)  # core.normalize.fold's result, sooner (test_import_keys)
        if value.strip() and folded not in seen:
            seen.add(folded)
            contacts.append(
                PlannedContact(ContactKind.ADDRESS, value.strip(), folded, usage, "", label, parts)
            )


def _plan_webs(record: ContactRecord, contacts: list[PlannedContact], seen: set[str]) -> None:
    for value in record.webs:
        folded = fast_fold(value)
        if value.strip() and folded not in seen:
            seen.add(folded)
            contacts.append(PlannedContact(ContactKind.WEB, value.strip(), folded))


_BARE = ContactDetail()
_EXTENSION_HINT = re.compile(r"[^\W\d_]|#").search


def _invalid(field: ContactKind, value: str) -> Message:
    # Only rows with a bad value get here: no cost for the others. The field stays a code.
    return tr("champ {field} : « {value} » invalide : gardé dans les notes", field=field, value=value)


def merge_plans(into: Plan, other: Plan, policy: DuplicatePolicy) -> None:
    for attr in ("first_name", "title", "organization", "department", "notes"):
        value = getattr(other, attr)
        if value and (policy == DuplicatePolicy.UPDATE or not getattr(into, attr)):
            setattr(into, attr, value)
    have = {c[2] for c in into.contacts}
    into.contacts += [c for c in other.contacts if c[2] not in have]
    into.tags = sorted(set(into.tags) | set(other.tags))
    into.key = fast_name_key(into.first_name, into.last_name)
    into.lines.append(other.line)
