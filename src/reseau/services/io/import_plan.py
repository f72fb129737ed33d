"""Turn one read row into a plan: names resolved, e-mails and phones normalised, key folded.

Plans are plain values; the importer matches them against the database's keys, merges
duplicates found inside the file (:func:`merge_plans`), and writes them in bulk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reseau.core.country_evidence import CountryGuess, address_hints, country_from_text, infer_country
from reseau.core.enums import ContactKind, Country
from reseau.core.messages import Message, tr
from reseau.core.normalize import fold
from reseau.io.records import ContactRecord
from reseau.services.io.import_keys import email_key, fast_name_key
from reseau.services.io.import_report import DuplicatePolicy

__all__ = ["Plan", "country_from_text", "guess_country", "merge_plans", "plan_record"]


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


@dataclass
class Plan:
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
    guess: CountryGuess | None = None  # why ``country``: the evidence, for the report
    target: int | None = None  # existing person id, for updates
    lines: list[int] = field(default_factory=list)
    # (index, key) pairs pointing at this pending plan, re-pointed at its id once inserted.
    keys: list[tuple[dict[str, int | Plan], str]] = field(default_factory=list)


def plan_record(
    record: ContactRecord, default_country: Country, phone: Callable[[str, Country], str | None]
) -> tuple[Plan | None, list[Message]]:
    """The person a row describes, with its warnings; (None, [reason]) if it cannot be one.

    ``phone`` turns a raw number into E.164 (or None): the importer passes its cached version.
    """
    warnings = list(record.warnings)
    first, last = record.first_name.strip(), record.last_name.strip()
    if not last and record.full_name.strip():
        words = record.full_name.split()
        first, last = (
            (" ".join(words[:-1]), words[-1]) if len(words) > 1 and not first else (first, " ".join(words))
        )
    # The country first: a number written the national way is read with it (05 56 00 11 22
    # of a Bordeaux contact is +33556001122, not an invalid Québec number).
    guess = guess_country(record, default_country)
    country = guess.country
    contacts: list[tuple[ContactKind, str, str]] = []
    seen: set[str] = set()
    for raw in record.emails:
        email = email_key(raw)
        if email is None:
            warnings.append(_invalid(ContactKind.EMAIL, raw))
            continue
        if email.lower() not in seen:
            seen.add(email.lower())
            contacts.append((ContactKind.EMAIL, email, email.lower()))
    for raw in record.phones:
        e164 = phone(raw, country)
        if e164 is None:
            warnings.append(_invalid(ContactKind.PHONE, raw))
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
            return None, [tr("ni nom, ni organisation, ni courriel ou téléphone valide")]
        last = fallback
        warnings.append(tr("fiche sans nom : nommée « {name} »", name=last))
    plan = Plan(
        line=record.line,
        key=fast_name_key(first, last[:120]),
        first_name=first,
        last_name=last[:120],
        title=record.title.strip(),
        organization=record.organization.strip(),
        country=country,
        guess=guess,
        notes=record.notes.strip(),
        contacts=contacts,
        tags=sorted({t.strip()[:80] for t in record.tags if t.strip()}),
        lines=[record.line],
    )
    return plan, warnings


def _invalid(field: ContactKind, value: str) -> Message:
    # Only rows with a bad value get here: no cost for the others. The field stays a code.
    return tr("champ {field} : « {value} » invalide, valeur ignorée", field=field, value=value)


def merge_plans(into: Plan, other: Plan, policy: DuplicatePolicy) -> None:
    for attr in ("first_name", "title", "organization", "notes"):
        value = getattr(other, attr)
        if value and (policy == DuplicatePolicy.UPDATE or not getattr(into, attr)):
            setattr(into, attr, value)
    have = {c[2] for c in into.contacts}
    into.contacts += [c for c in other.contacts if c[2] not in have]
    into.tags = sorted(set(into.tags) | set(other.tags))
    into.key = fast_name_key(into.first_name, into.last_name)
    into.lines.append(other.line)
