"""Read vCard 2.1, 3.0 and 4.0 files, including the broken ones phones and old programs write.

Why not ``vobject``: on the real files in ../shared/samples it stops at the first oddity and
loses the whole file (7 of 10 fail: quoted-printable soft breaks split over lines, a bare ``FN``
line, raw windows-1252 bytes, 2.1 base64 photos), and it decodes text before it knows the
property's CHARSET. This parser works on bytes, line by line:

* unfolds lines starting with a space or tab (all versions);
* joins quoted-printable continuation lines (a value ending with ``=``; also lines that start
  with ``=XX`` after a QP value, the "missing '='" bug of some phones);
* decodes each value with its own CHARSET (UTF-8 by default, windows-1252 when UTF-8 fails);
* reads UTF-16 files (with or without BOM) by converting them to UTF-8 first;
* a card that cannot be read is reported by its position and line; the others are kept.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reseau.core.enums import ContactKind
from reseau.core.messages import tr
from reseau.io.records import ContactRecord, NotAContactsFile, RowProblem
from reseau.io.sniff import sniff_encoding
from reseau.io.vcard_properties import adr_value, email_value, org_value, tel_value

_NAME = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+$")
_QP_LINE = re.compile(rb"^=[0-9A-Fa-f]{2}")


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    raw: bytes
    line: int
    types: set[str] = field(default_factory=set)
    group: str = ""  # "item1" of "item1.TEL": Apple's X-ABLabel names it

    @property
    def is_qp(self) -> bool:
        return "QUOTED-PRINTABLE" in self.types or any(
            v.upper() == "QUOTED-PRINTABLE" for v in self.params.get("ENCODING", [])
        )

    def text(self) -> str:
        data = quopri.decodestring(self.raw) if self.is_qp else self.raw
        charset = (self.params.get("CHARSET") or ["utf-8"])[0]
        for encoding in (charset, "utf-8", "cp1252"):
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
        return data.decode("utf-8", errors="replace")


def _split_params(head: bytes) -> tuple[str, dict[str, list[str]], set[str]]:
    pieces = re.findall(rb'(?:[^;"]|"[^"]*")+', head)
    name = pieces[0].decode("ascii", "replace").upper().split(".")[-1] if pieces else ""
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for piece in pieces[1:]:
        text = piece.decode("utf-8", "replace")
        if "=" in text:
            key, _, value = text.partition("=")
            values = [v.strip('"') for v in re.findall(r'(?:[^,"]|"[^"]*")+', value)]
            params.setdefault(key.upper(), []).extend(values)
            if key.upper() == "TYPE":
                types.update(v.upper() for v in values)
        else:
            types.add(text.upper())  # vCard 2.1 bare types: TEL;CELL;PREF
    return name, params, types


def _split_line(line: bytes) -> tuple[bytes, bytes] | None:
    """(name;params, value) at the first colon outside quotes; None if there is no colon."""
    in_quote = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            in_quote = not in_quote
        elif byte == 0x3A and not in_quote:
            return line[:index], line[index + 1 :]
    return None


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(first physical line number, unfolded line); QP soft breaks joined."""
    physical = re.split(rb"\r\n|\n|\r", data)
    current: bytearray | None = None
    start = 0
    qp_open = False  # the current line is a QP value that may continue
    for number, line in enumerate(physical, start=1):
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None and qp_open and (current.endswith(b"=") or _QP_LINE.match(line)):
            if current.endswith(b"="):
                current = current[:-1]
            current += line
            continue
        if current is not None:
            yield start, bytes(current)
        current, start = bytearray(line), number
        head = line.split(b":", 1)[0].upper()
        qp_open = b"QUOTED-PRINTABLE" in head
    if current is not None:
        yield start, bytes(current)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _split_structured(text: str, sep: str = ";") -> list[str]:
    parts: list[str] = []
    buffer: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            buffer.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == sep:
            parts.append(_unescape("".join(buffer)))
            buffer = []
        else:
            buffer.append(char)
    parts.append(_unescape("".join(buffer)))
    return parts


def _record(props: list[Property], line: int) -> ContactRecord:
    record = ContactRecord(line=line)
    address_labels: list[str] = []
    labels = {p.group: _unescape(p.text()).strip() for p in props if p.group and p.name == "X-ABLABEL"}
    for prop in props:
        text = prop.text()
        name = prop.name
        if name == "N":
            parts = _split_structured(text) + [""] * 5
            record.last_name = parts[0].strip()
            # 3.0 lists additional names with commas: "Richter,James".
            record.first_name = " ".join(p.replace(",", " ").strip() for p in parts[1:3] if p.strip())
        elif name == "FN":
            record.full_name = _unescape(text).strip()
        elif name == "ORG" and not record.organization:
            record.organization, record.department = org_value(_split_structured(text))
        elif name == "TITLE" and not record.title:
            record.title = _unescape(text).strip()
        elif name == "EMAIL":
            record.add(
                ContactKind.EMAIL, *email_value(_unescape(text), prop.types, labels.get(prop.group, ""))
            )
        elif name == "TEL":
            record.add(ContactKind.PHONE, *tel_value(_unescape(text), prop.types, labels.get(prop.group, "")))
        elif name == "ADR":
            address, detail = adr_value(_split_structured(text), prop.types, labels.get(prop.group, ""))
            record.add_address(address, detail.usage, detail.label)
        elif name == "LABEL":
            address_labels.append(_unescape(text).strip())
        elif name == "URL":
            record.webs.append(_unescape(text).strip())
        elif name == "NOTE":
            note = _unescape(text).strip()
            record.notes = f"{record.notes}\n{note}" if record.notes else note
        elif name == "CATEGORIES":
            record.tags.extend(t.strip() for t in _split_structured(text, ",") if t.strip())
        elif name == "X-RESEAU-COUNTRY":
            record.country = text.strip()
    if not record.addresses:
        record.addresses.extend(label for label in address_labels if label)
    record.drop_empty()
    return record


def parse_vcards(data: bytes) -> Iterator[ContactRecord | RowProblem]:
    """Every card in ``data`` as a record, or a problem naming the card's position and line."""
    sniffed = sniff_encoding(data[:65536])
    if sniffed.encoding.startswith(("utf-16", "utf-32")):
        data = data.decode(sniffed.encoding, errors="replace").encode("utf-8")
    elif data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    cards = 0
    props: list[Property] | None = None
    card_line = 0
    for line_no, line in _logical_lines(data):
        stripped = line.strip()
        upper = stripped.upper()
        if upper == b"BEGIN:VCARD":
            if props is not None:
                yield RowProblem(
                    card_line, tr("fiche n° {card} : END:VCARD manquant ; fiche ignorée", card=cards)
                )
            cards += 1
            props, card_line = [], line_no
            continue
        if props is None:
            continue  # text between cards
        if upper == b"END:VCARD":
            record = _record(props, card_line)
            if record.is_empty():
                yield RowProblem(
                    card_line, tr("fiche n° {card} : ni nom, ni courriel, ni téléphone", card=cards)
                )
            else:
                yield record
            props = None
            continue
        split = _split_line(stripped)
        if split is None or not _NAME.match(split[0].split(b";", 1)[0]):
            continue  # a bare "FN", the tail of a photo: harmless, skipped
        name, params, types = _split_params(split[0])
        head = split[0].split(b";", 1)[0]
        group = head.rsplit(b".", 1)[0].decode("ascii", "replace").lower() if b"." in head else ""
        props.append(Property(name, params, split[1], line_no, types, group))
    if props is not None:
        yield RowProblem(
            card_line,
            tr("fiche n° {card} : le fichier se termine avant END:VCARD ; fiche ignorée", card=cards),
        )
    if cards == 0:
        raise NotAContactsFile(tr("aucune fiche BEGIN:VCARD : ce n'est pas un fichier vCard"))


def read_vcards(path: Path) -> Iterator[ContactRecord | RowProblem]:
    # vCard files are small (a phone's whole address book is a few MB): read at once.
    yield from parse_vcards(path.read_bytes())
