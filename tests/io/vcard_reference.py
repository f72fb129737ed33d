"""The vCard writer as it was before the export by position (issue 19.5), kept verbatim as the
reference ``reseau.io.vcard_write`` is compared with (tests/io/test_export_unchanged.py).

Write vCard 3.0 (RFC 2426) and 4.0 (RFC 6350).

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
    if version not in ("3.0", "4.0"):
        raise ReseauError(tr("version vCard non prise en charge : {version}", version=version))
    full = " ".join(p for p in (person.first_name, person.last_name) if p) or person.last_name
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"N:{escape(person.last_name)};{escape(person.first_name)};;;",
        f"FN:{escape(full)}",
        *_work_lines(person),
    ]
    items = _Items()
    lines += _email_lines(person, version, items)
    lines += _phone_lines(person, version, items)
    lines += _address_lines(person, items)
    lines += _other_lines(person)
    lines.append("END:VCARD")
    return lines


def _work_lines(person: ExportPerson) -> list[str]:
    """ORG (with the department as its unit) and TITLE."""
    lines = []
    if person.organization or person.department:
        org = escape(person.organization)
        lines.append(f"ORG:{org};{escape(person.department)}" if person.department else f"ORG:{org}")
    if person.title:
        lines.append(f"TITLE:{escape(person.title)}")
    return lines


def _email_lines(person: ExportPerson, version: str, items: _Items) -> list[str]:
    lines = []
    for index, email in enumerate(person.emails):
        detail = person.detail(ContactKind.EMAIL, index)
        types = _types(detail.usage, "INTERNET" if version == "3.0" else "")
        lines += items.lines(f"EMAIL{types}:{escape(email)}", detail.label)
    return lines


def _phone_lines(person: ExportPerson, version: str, items: _Items) -> list[str]:
    lines = []
    for index, phone in enumerate(person.phones):
        detail = person.detail(ContactKind.PHONE, index)
        line = _tel_3(phone, detail) if version == "3.0" else _tel_4(phone, detail)
        lines += items.lines(line, detail.label)
    return lines


def _tel_3(phone: str, detail: ContactDetail) -> str:
    """vCard 3.0: the number as written, its extension after the word « poste »."""
    value = f"{phone} {EXTENSION_WORD} {detail.extension}" if detail.extension else phone
    return f"TEL{_types(detail.usage, 'VOICE')}:{escape(value)}"


def _tel_4(phone: str, detail: ContactDetail) -> str:
    """vCard 4.0: a tel: URI (RFC 3966) has no spaces: "+33 5 56 00 11 22" -> "+33556001122"."""
    ext = f";ext={_NOT_TEL.sub('', detail.extension)}" if detail.extension else ""
    return f"TEL{_types(detail.usage, '')};VALUE=uri:tel:{_NOT_TEL.sub('', phone)}{ext}"


def _address_lines(person: ExportPerson, items: _Items) -> list[str]:
    lines = []
    for index, address in enumerate(person.addresses):
        detail = person.detail(ContactKind.ADDRESS, index)
        # Without parts, the whole address in the street component: nothing lost or reordered.
        parts = detail.address or PostalAddress(street=address)
        components = ";".join(
            escape(p) for p in (parts.street, parts.city, parts.region, parts.postal_code, parts.country)
        )
        lines += items.lines(f"ADR{_types(detail.usage, '')}:;;{components}", detail.label)
    return lines


def _other_lines(person: ExportPerson) -> list[str]:
    """URL, NOTE, CATEGORIES and Réseau's own country."""
    lines = [f"URL:{escape(web)}" for web in person.webs]
    if person.notes:
        lines.append(f"NOTE:{escape(person.notes)}")
    if person.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in person.tags))
    if person.country:
        lines.append(f"X-RESEAU-COUNTRY:{escape(person.country)}")
    return lines


def write_vcards(persons: Iterable[ExportPerson], out: BinaryIO, version: str = "4.0") -> int:
    count = 0
    for person in persons:
        out.write(b"".join([fold(line) for line in card_lines(person, version)]))  # one write a card
        count += 1
    return count
