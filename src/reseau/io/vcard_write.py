"""Write vCard 3.0 (RFC 2426) and 4.0 (RFC 6350).

Lines are folded at 75 octets, never inside a UTF-8 character; text values escape backslash,
comma, semicolon and newline as both RFCs say. Réseau's country code travels in
``X-RESEAU-COUNTRY`` so that a round trip keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import BinaryIO

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.io.csv_write import EXTENSION_WORD
from reseau.io.records import ContactDetail, ExportPerson

FOLD_AT = 75
_NOT_TEL = re.compile(r"[^0-9+]")


def escape(value: str) -> str:
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """One content line as CRLF-terminated octets, folded at 75 octets on character boundaries."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_AT:  # most lines: nothing to fold
        return data + b"\r\n"
    chunks: list[bytes] = []
    limit = FOLD_AT
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # a UTF-8 continuation byte: back off
            cut -= 1
        chunks.append(data[:cut])
        data = data[cut:]
        limit = FOLD_AT - 1  # continuation lines start with one space
    chunks.append(data)
    return b"\r\n ".join(chunks) + b"\r\n"


# vCard TYPE of each use; on a phone, VOICE is added (3.0) except for a fax.
_USAGE_TYPES = {
    ContactUsage.WORK: "WORK",
    ContactUsage.HOME: "HOME",
    ContactUsage.CELL: "CELL",
    ContactUsage.FAX: "FAX",
    ContactUsage.OTHER: "OTHER",
}


def _types(usage: ContactUsage | None, extra: str) -> str:
    words = [_USAGE_TYPES[usage]] if usage is not None else []
    if extra and usage != ContactUsage.FAX:
        words.append(extra)
    return f";TYPE={','.join(words)}" if words else ""


class _Items:
    """Apple's grouping for a custom label: ``item1.TEL:…`` then ``item1.X-ABLabel:Assistant``
    (read by Apple, Google and Réseau's own reader)."""

    def __init__(self) -> None:
        self.count = 0

    def lines(self, line: str, label: str) -> list[str]:
        if not label:
            return [line]
        self.count += 1
        return [f"item{self.count}.{line}", f"item{self.count}.X-ABLabel:{escape(label)}"]


def card_lines(person: ExportPerson, version: str) -> list[str]:
    """The card's content lines, unfolded: its e-mails, phones and addresses in that order, each
    kind in the order entered."""
    points = []
    for kind, values in (
        (ContactKind.EMAIL, person.emails),
        (ContactKind.PHONE, person.phones),
        (ContactKind.ADDRESS, person.addresses),
    ):
        for index, value in enumerate(values):
            detail = person.detail(kind, index)
            points.append((point_line(kind, value, detail, version), detail.label))
    head = (person.first_name, person.last_name, person.organization, person.department, person.title)
    return card(head, points, person.webs, person.notes, person.tags, person.country, version)


def card(
    head: tuple[str, str, str, str, str],
    points: Iterable[tuple[str, str]],
    webs: Iterable[str],
    notes: str,
    tags: Iterable[str],
    country: str,
    version: str,
) -> list[str]:
    """A card's content lines, unfolded, from ``head`` (first name, last name, organization,
    department, title), its ``points``' lines (``point_line``) with their custom label, in the
    card's order, then its links, notes, tags (sorted) and country. ``card_lines`` and the
    export by position (``services.io.export_vcards``) both build their cards here."""
    if version not in ("3.0", "4.0"):
        raise ReseauError(tr("version vCard non prise en charge : {version}", version=version))
    first, last, organization, department, title = head
    full = " ".join(p for p in (first, last) if p) or last
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"N:{escape(last)};{escape(first)};;;",
        f"FN:{escape(full)}",
    ]
    if organization or department:  # ORG, with the department as its unit
        org = escape(organization)
        lines.append(f"ORG:{org};{escape(department)}" if department else f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{escape(title)}")
    items = _Items()
    for line, label in points:
        lines += items.lines(line, label)
    lines += [f"URL:{escape(web)}" for web in webs]
    if notes:
        lines.append(f"NOTE:{escape(notes)}")
    if tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in tags))
    if country:  # Réseau's own, for a round trip
        lines.append(f"X-RESEAU-COUNTRY:{escape(country)}")
    lines.append("END:VCARD")
    return lines


def point_line(kind: ContactKind, value: str, detail: ContactDetail, version: str) -> str:
    """The line of one e-mail, phone (as displayed) or address, without its label's item."""
    if kind == ContactKind.EMAIL:
        return f"EMAIL{_types(detail.usage, 'INTERNET' if version == '3.0' else '')}:{escape(value)}"
    if kind == ContactKind.PHONE:
        return _tel_3(value, detail) if version == "3.0" else _tel_4(value, detail)
    # Without parts, the whole address in the street component: nothing lost or reordered.
    parts = detail.address or PostalAddress(street=value)
    components = ";".join(
        escape(p) for p in (parts.street, parts.city, parts.region, parts.postal_code, parts.country)
    )
    return f"ADR{_types(detail.usage, '')}:;;{components}"


def _tel_3(phone: str, detail: ContactDetail) -> str:
    """vCard 3.0: the number as written, its extension after the word « poste »."""
    value = f"{phone} {EXTENSION_WORD} {detail.extension}" if detail.extension else phone
    return f"TEL{_types(detail.usage, 'VOICE')}:{escape(value)}"


def _tel_4(phone: str, detail: ContactDetail) -> str:
    """vCard 4.0: a tel: URI (RFC 3966) has no spaces: "+33 5 56 00 11 22" -> "+33556001122"."""
    ext = f";ext={_NOT_TEL.sub('', detail.extension)}" if detail.extension else ""
    return f"TEL{_types(detail.usage, '')};VALUE=uri:tel:{_NOT_TEL.sub('', phone)}{ext}"


def write_vcards(persons: Iterable[ExportPerson], out: BinaryIO, version: str = "4.0") -> int:
    return write_cards((card_lines(person, version) for person in persons), out)


def write_cards(cards: Iterable[list[str]], out: BinaryIO) -> int:
    """Write each card's lines (``card``), folded; returns how many cards."""
    count = 0
    for lines in cards:
        out.write(b"".join([fold(line) for line in lines]))  # one write a card
        count += 1
    return count
