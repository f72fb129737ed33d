"""Read vCard 2.1, 3.0 and 4.0 files, including the broken ones phones and old programs write.

Why not ``vobject``: on the real files in ../shared/samples it stops at the first oddity and
loses the whole file (7 of 10 fail: quoted-printable soft breaks split over lines, a bare ``FN``
line, raw windows-1252 bytes, 2.1 base64 photos), and it decodes text before it knows the
property's CHARSET. This parser works on bytes, as KAddressBook (kcontacts), Evolution (EDS)
and ez-vcard do, in three steps:

1. :func:`_logical_lines` unfolds on bytes, before anything is decoded: lines starting with a
   space or tab (RFC 6350 §3.2, all versions), quoted-printable soft breaks (a value ending
   with ``=``, the next line's one leading blank dropped as ez-vcard writes it; also lines
   starting with ``=XX`` after a QP value, the "missing '='" bug of some phones). A character
   cut in two by a fold is whole again. ``BEGIN:VCARD``/``END:VCARD`` never continue a value.
2. :func:`_decode` turns each value into text by its own ``CHARSET`` (then UTF-8). A value
   without CHARSET that is neither ASCII nor UTF-8 (an 8-bit 2.1 card) is decoded with the
   encoding :func:`guess_encoding` finds for the whole file's 8-bit text (``charset-normalizer``
   among the encodings such phones use); when the guess is not clear-cut the card carries a
   warning that names the encoding, the line and the other reading.
3. :func:`_record` hands every property to :func:`apply_property` (name, params, text): the
   one seam where the meaning of a property is decided. A company card (``KIND:org``,
   ``X-ABShowAs:COMPANY``, or an empty N with an ORG and no other name) becomes an
   :class:`~reseau.io.records.OrganizationRecord`.

A card that cannot be read is reported by its position and line; the others are kept. A card
cut short (no ``END:VCARD``) is kept with a warning. No byte sequence raises anything but
:class:`NotAContactsFile` (the fuzz harness checks it).
"""

from __future__ import annotations

import codecs
import quopri
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from charset_normalizer import from_bytes

from reseau.core.enums import ContactKind
from reseau.core.messages import Message, tr
from reseau.io.records import ContactRecord, NotAContactsFile, OrganizationRecord, RowProblem
from reseau.io.vcard_properties import adr_value, email_value, org_value, tel_value

_NAME = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+$")
_QP_LINE = re.compile(rb"^=[0-9A-Fa-f]{2}")
_LINE_END = re.compile(rb"\r\n|\n|\r")
_QP = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)
_CARD_EDGE = re.compile(rb"^\s*(?:BEGIN|END)\s*:\s*VCARD\s*$", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The 8-bit encodings phones and old mail programs write vCards in, in order of preference
# when two read the same bytes equally well (the users are in France and Québec).
EIGHT_BIT = ("cp1252", "iso8859_15", "iso8859_2", "cp1250", "mac_roman")
ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "iso8859_15": "ISO-8859-15",
    "iso8859_2": "ISO-8859-2",
    "cp1250": "Windows-1250",
    "mac_roman": "Mac Roman",
    "latin_1": "ISO-8859-1",
}
# Characters that are not letters but are common in names, addresses and notes.
_ORDINARY = set("«»’‘“”–—…€£°ºª·×§©®\u00a0")


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    raw: bytes
    line: int
    group: str = ""  # "item1" of "item1.TEL": Apple's X-ABLabel names it
    charset: str = field(init=False)  # the CHARSET param as written, "" when there is none
    _data: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        params = self.params
        charset = params.get("CHARSET")
        self.charset = charset[0].strip() if charset else ""
        encodings = (*params.get("ENCODING", ()), *params.get("TYPE", ()))  # 2.1: a bare QUOTED-PRINTABLE
        qp = any(v.upper() == "QUOTED-PRINTABLE" for v in encodings)
        self._data = quopri.decodestring(self.raw) if qp else self.raw

    def data(self) -> bytes:
        """The value's bytes, quoted-printable decoded."""
        return self._data


@dataclass
class _Card:
    number: int  # 1-based position in the file
    line: int
    props: list[Property] = field(default_factory=list)
    complete: bool = False


@dataclass(frozen=True)
class Guess:
    """The encoding chosen for the file's 8-bit text without CHARSET, and how sure it is."""

    encoding: str
    sure: bool
    other: str = ""  # the runner-up, when not sure


# --- step 1: bytes to logical lines and cards --------------------------------------------------
def _split_params(head: bytes) -> dict[str, list[str]]:
    """The params of ``NAME;PARAMS``; vCard 2.1 bare types (TEL;CELL;PREF) go to TYPE."""
    quoted = b'"' in head
    pieces = re.findall(rb'(?:[^;"]|"[^"]*")+', head) if quoted else head.split(b";")
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        text = piece.decode("utf-8", "replace")
        if "=" in text:
            key, _, value = text.partition("=")
            if quoted:
                values = [v.strip('"') for v in re.findall(r'(?:[^,"]|"[^"]*")+', value)]
            else:
                values = value.split(",")
            params.setdefault(key.strip().upper(), []).extend(values)
        else:
            params.setdefault("TYPE", []).append(text.strip())
    if "TYPE" in params:
        params["TYPE"] = [t.upper() for t in params["TYPE"]]
    return params


def _split_line(line: bytes) -> tuple[bytes, bytes] | None:
    """(name;params, value) at the first colon outside quotes; None if there is no colon."""
    colon = line.find(b":")
    if colon < 0:
        return None
    if b'"' not in line[:colon]:
        return line[:colon], line[colon + 1 :]
    in_quote = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            in_quote = not in_quote
        elif byte == 0x3A and not in_quote:
            return line[:index], line[index + 1 :]
    return None


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(first physical line number, unfolded line), on bytes; see the module docstring."""
    current: bytearray | None = None
    start = 0
    qp_open = False  # the current line is a QP value that may continue
    for number, line in enumerate(_LINE_END.split(data), start=1):
        if current is not None and qp_open and not _CARD_EDGE.match(line):
            if current.endswith(b"="):  # a soft break: the next line continues the value
                del current[-1]
                current += line[1:] if line[:1] in (b" ", b"\t") else line
                continue
            if _QP_LINE.match(line):  # the "missing '='" bug
                current += line
                continue
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None:
            yield start, bytes(current)
        current, start = bytearray(line), number
        qp_open = b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
    if current is not None:
        yield start, bytes(current)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16/32 by BOM, or UTF-16 without BOM (every other byte of ASCII text is NUL)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if len(head) >= 4 and head.count(0) * 3 > len(head):
        even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
        if odd_nuls > even_nuls * 4:
            return "utf-16-le"
        if even_nuls > odd_nuls * 4:
            return "utf-16-be"
    return None


def looks_like_vcard(head: bytes) -> bool:
    """The first bytes start a vCard, whatever the encoding of the rest (8-bit, broken UTF-8)."""
    return head.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCARD")


def _property(line: bytes, line_no: int) -> Property | None:
    """The property of a logical line, if it is one a handler reads (not PHOTO, X-…)."""
    split = _split_line(line)
    if split is None:
        return None  # a bare "FN", the tail of a photo: harmless, skipped
    head = split[0]
    word = head.split(b";", 1)[0]
    if not _NAME.match(word):
        return None
    group, _, bare = word.rpartition(b".")  # "item1.EMAIL": Apple's label names the group
    name = bare.decode("ascii").upper()
    if name not in HANDLERS:
        return None
    return Property(name, _split_params(head), split[1], line_no, group.decode("ascii").lower())


def _cards(data: bytes) -> Iterator[_Card]:
    """Every card of the file with its raw properties, in order."""
    card: _Card | None = None
    number = 0
    for line_no, line in _logical_lines(data):
        stripped = line.strip()
        if _CARD_EDGE.match(stripped):
            if stripped.split(b":")[0].strip().upper() == b"BEGIN":
                if card is not None:
                    yield card  # a BEGIN before the END: the open card ends here, incomplete
                number += 1
                card = _Card(number, line_no)
            elif card is not None:
                card.complete = True
                yield card
                card = None
            continue
        if card is None:
            continue  # text between cards
        prop = _property(stripped, line_no)
        if prop is not None:
            card.props.append(prop)
    if card is not None:
        yield card


# --- step 2: bytes to text ---------------------------------------------------------------------
@lru_cache(maxsize=64)
def _codec(charset: str) -> str | None:
    """The Python codec of a CHARSET param, or None when there is none (or it is garbage)."""
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError, TypeError):  # ValueError: a NUL byte in the name
        return None
    # rot13, base64, zlib… are codecs too, but not of text.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _needs_guess(prop: Property) -> bytes | None:
    """The value's bytes when they are 8-bit text without a usable CHARSET, else None."""
    data = prop.data()
    if data.isascii() or (prop.charset and _codec(prop.charset)) or _is_utf8(data):
        return None
    return data


def _letter_score(text: str) -> int:
    """How much ``text`` looks like words: letters count, symbols amid letters count against."""
    score = 0
    for char in text:
        if char.isascii():
            continue
        if char.isalpha():
            score += 1
        elif char not in _ORDINARY:
            score -= 3 if unicodedata.category(char)[0] in "CS" or char.isprintable() else 1
    return score


def guess_encoding(payload: bytes) -> Guess:
    """The 8-bit encoding ``payload`` (text without CHARSET) is most likely written in.

    ``charset-normalizer`` decodes and measures the candidates (:data:`EIGHT_BIT`); names
    are short, so its "chaos" alone does not separate Windows-1252 from ISO-8859-2 on
    « Józef Koń »: the candidates are also scored on how many decoded characters are
    letters. Not sure when two candidates score the same and read differently.
    """
    results = from_bytes(payload, cp_isolation=list(EIGHT_BIT), explain=False)
    ranked: list[tuple[int, float, int, str, str]] = []
    for match in results:
        name = match.encoding
        if name not in EIGHT_BIT:
            continue
        text = str(match)
        ranked.append((-_letter_score(text), round(match.chaos, 2), EIGHT_BIT.index(name), name, text))
    if not ranked:
        return Guess("latin_1", False, "cp1252")
    ranked.sort()
    best = ranked[0]
    rivals = [r for r in ranked[1:] if r[:2] == best[:2] and r[4] != best[4]]
    if rivals:
        return Guess(best[3], False, rivals[0][3])
    return Guess(best[3], True)


class _Decoder:
    """Decodes values; the file's 8-bit guess is made once, from all such text of the file."""

    def __init__(self, cards: list[_Card], eight_bit: str | None = None) -> None:
        values = [data for card in cards for prop in card.props if (data := _needs_guess(prop)) is not None]
        self.first = values[0] if values else None
        if not values:
            self.guess: Guess | None = None
        elif eight_bit:  # the user's choice (import wizard), not a guess any more
            self.guess = Guess(eight_bit, True)
        else:
            self.guess = guess_encoding(b"\n".join(values)[:65536])

    def decode(self, prop: Property, warnings: list[Message]) -> str:
        data = prop.data()
        if data.isascii() and not prop.charset:
            return data.decode("ascii")
        codec = _codec(prop.charset) if prop.charset else None
        if prop.charset and codec is None:
            warnings.append(
                tr(
                    "ligne {line} : CHARSET « {charset} » inconnu, valeur lue en UTF-8",
                    line=prop.line,
                    charset=_printable(prop.charset),
                )
            )
        for encoding in (codec, "utf-8"):
            if encoding:
                try:
                    return data.decode(encoding)
                except (UnicodeDecodeError, LookupError):
                    continue
        guess = self.guess or Guess("cp1252", False)
        return data.decode(guess.encoding, errors="replace")

    def card_warning(self, card: _Card) -> Message | None:
        """Why this card's 8-bit text was read the way it was, when the guess is unsure."""
        if self.guess is None or self.guess.sure:
            return None
        for prop in card.props:
            data = _needs_guess(prop)
            if data is not None:
                return tr(
                    "ligne {line} : texte sans CHARSET lu en {encoding} (« {reading} ») ; "
                    "en {other} ce serait « {other_text} » : vérifiez la fiche",
                    line=prop.line,
                    encoding=ENCODING_NAMES.get(self.guess.encoding, self.guess.encoding),
                    reading=_sample(data, self.guess.encoding),
                    other=ENCODING_NAMES.get(self.guess.other, self.guess.other),
                    other_text=_sample(data, self.guess.other),
                )
        return None


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)[:40]


def _sample(data: bytes, encoding: str) -> str:
    return _printable(data.decode(encoding or "latin_1", errors="replace").replace(";", " ").strip())


# --- step 3: text to a record ------------------------------------------------------------------
def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _split_structured(text: str, sep: str = ";") -> list[str]:
    if "\\" not in text:
        return text.split(sep)
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


@dataclass
class CardDraft:
    """What the properties of one card said so far; :func:`_finish` makes the record."""

    record: ContactRecord
    labels: list[str] = field(default_factory=list)
    kind: str = ""  # KIND (vCard 4) or X-ABShowAs, upper-cased
    has_n: bool = False  # an N with a family or given name
    group_labels: dict[str, str] = field(default_factory=dict)  # Apple's itemN.X-ABLabel
    group: str = ""  # the group of the property being read

    def label(self) -> str:
        return self.group_labels.get(self.group, "") if self.group else ""


Params = dict[str, list[str]]


def _n(draft: CardDraft, params: Params, text: str) -> None:
    parts = _split_structured(text) + [""] * 5
    draft.record.last_name = parts[0].strip()
    # 3.0 lists additional names with commas: "Richter,James".
    draft.record.first_name = " ".join(p.replace(",", " ").strip() for p in parts[1:3] if p.strip())
    draft.has_n = bool(draft.record.last_name or draft.record.first_name)


def _fn(draft: CardDraft, params: Params, text: str) -> None:
    draft.record.full_name = _unescape(text).strip()


def _org(draft: CardDraft, params: Params, text: str) -> None:
    if not draft.record.organization:
        draft.record.organization, draft.record.department = org_value(_split_structured(text))


def _title(draft: CardDraft, params: Params, text: str) -> None:
    if not draft.record.title:
        draft.record.title = _unescape(text).strip()


def _email(draft: CardDraft, params: Params, text: str) -> None:
    draft.record.add(ContactKind.EMAIL, *email_value(_unescape(text), params.get("TYPE", ()), draft.label()))


def _tel(draft: CardDraft, params: Params, text: str) -> None:
    draft.record.add(ContactKind.PHONE, *tel_value(_unescape(text), params.get("TYPE", ()), draft.label()))


def _adr(draft: CardDraft, params: Params, text: str) -> None:
    address, detail = adr_value(_split_structured(text), params.get("TYPE", ()), draft.label())
    record = draft.record
    record.add_address(address, detail.usage, detail.label)
    # The parts as evidence of the country (core.country_evidence): the first address that says.
    record.address_country = record.address_country or address.country
    record.region = record.region or address.region
    record.city = record.city or address.city
    if address.postal_code:
        record.postal_codes.append(address.postal_code)


def _label(draft: CardDraft, params: Params, text: str) -> None:
    draft.labels.append(_unescape(text).strip())


def _url(draft: CardDraft, params: Params, text: str) -> None:
    draft.record.webs.append(_unescape(text).strip())


def _note(draft: CardDraft, params: Params, text: str) -> None:
    note = _unescape(text).strip()
    draft.record.notes = f"{draft.record.notes}\n{note}" if draft.record.notes else note


def _categories(draft: CardDraft, params: Params, text: str) -> None:
    draft.record.tags.extend(t.strip() for t in _split_structured(text, ",") if t.strip())


def _country(draft: CardDraft, params: Params, text: str) -> None:
    draft.record.country = text.strip()


def _kind(draft: CardDraft, params: Params, text: str) -> None:
    draft.kind = _unescape(text).strip().upper()


def _ablabel(draft: CardDraft, params: Params, text: str) -> None:
    pass  # read ahead by _records: a label follows the property it names


PropertyHandler = Callable[[CardDraft, Params, str], None]
HANDLERS: dict[str, PropertyHandler] = {
    "N": _n,
    "FN": _fn,
    "ORG": _org,
    "TITLE": _title,
    "EMAIL": _email,
    "TEL": _tel,
    "ADR": _adr,
    "LABEL": _label,
    "URL": _url,
    "NOTE": _note,
    "CATEGORIES": _categories,
    "X-RESEAU-COUNTRY": _country,
    "KIND": _kind,
    "X-ABSHOWAS": _kind,
    "X-ABLABEL": _ablabel,
}


def apply_property(draft: CardDraft, name: str, params: Params, text: str) -> None:
    """The seam: one property (upper-case name, params, decoded text) into the card's draft.

    ``params`` holds every param by upper-case key; vCard 2.1 bare types are in ``TYPE``
    (upper-cased). Properties no handler knows are ignored.
    """
    handler = HANDLERS.get(name)
    if handler is not None:
        handler(draft, params, text)


def _is_company(draft: CardDraft) -> bool:
    record = draft.record
    if not record.organization:
        return False
    if draft.kind in ("ORG", "ORGANIZATION", "COMPANY"):
        return True
    if draft.has_n:
        return False
    # No person's name: FN is absent or repeats the company (Evolution, KAddressBook, Android).
    full = record.full_name.casefold().strip()
    return full in record.organization.casefold()  # "" is in every string


def _finish(draft: CardDraft) -> list[ContactRecord]:
    """The card's record; a company card that also names a person (macOS Contacts keeps the
    contact person's N on a card shown as a company) gives the organization and that person."""
    record = draft.record
    if not record.addresses:
        record.addresses.extend(label for label in draft.labels if label)
    record.drop_empty()
    if not _is_company(draft):
        return [record]
    company = OrganizationRecord(
        line=record.line,
        organization=record.organization,
        country=record.country,
        notes=record.notes,
        emails=record.emails,
        phones=record.phones,
        addresses=record.addresses,
        webs=record.webs,
        tags=record.tags,
        warnings=record.warnings,
        department=record.department,
        details=record.details,
        address_country=record.address_country,
        region=record.region,
        postal_codes=record.postal_codes,
        city=record.city,
    )
    if not draft.has_n:
        return [company]
    person = ContactRecord(
        line=record.line,
        first_name=record.first_name,
        last_name=record.last_name,
        title=record.title,
        organization=record.organization,
        country=record.country,
    )
    return [company, person]


def _records(card: _Card, decoder: _Decoder) -> list[ContactRecord]:
    draft = CardDraft(ContactRecord(line=card.line))
    warnings = draft.record.warnings
    texts = [decoder.decode(prop, warnings) for prop in card.props]
    draft.group_labels = {
        prop.group: _unescape(text).strip()
        for prop, text in zip(card.props, texts, strict=True)
        if prop.group and prop.name == "X-ABLABEL"
    }
    for prop, text in zip(card.props, texts, strict=True):
        draft.group = prop.group
        apply_property(draft, prop.name, prop.params, text)
    guessed = decoder.card_warning(card)
    if guessed is not None:
        warnings.append(guessed)
    if not card.complete:
        warnings.append(
            tr(
                "fiche n° {card} : END:VCARD manquant ; fiche importée telle quelle, vérifiez-la",
                card=card.number,
            )
        )
    return _finish(draft)


def _read_cards(data: bytes) -> list[_Card]:
    wide = _wide_encoding(data[:4096])
    if wide is not None:
        data = data.decode(wide, errors="replace").encode("utf-8")
    elif data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    cards = list(_cards(data))
    if not cards:
        raise NotAContactsFile(tr("aucune fiche BEGIN:VCARD : ce n'est pas un fichier vCard"))
    return cards


@dataclass(frozen=True)
class EightBitText:
    """A file's text without CHARSET that is neither ASCII nor UTF-8: the guess, and the first
    such value as bytes, for the import wizard to show it read one way or another."""

    guess: Guess
    first: bytes

    def reading(self, encoding: str) -> str:
        return _sample(self.first, encoding)


def eight_bit_text(data: bytes) -> EightBitText | None:
    """What :func:`parse_vcards` will guess for ``data``'s 8-bit text; None when it has none."""
    if _QP.search(data) is None and _is_utf8(data):  # the usual 3.0/4.0 file: nothing to guess
        return None
    decoder = _Decoder(_read_cards(data))
    if decoder.guess is None or decoder.first is None:
        return None
    return EightBitText(decoder.guess, decoder.first)


def parse_vcards(data: bytes, eight_bit: str | None = None) -> Iterator[ContactRecord | RowProblem]:
    """Every card in ``data`` as a record, or a problem naming the card's position and line.

    ``eight_bit``: the encoding of the text without CHARSET, when the user chose it; else it
    is guessed (:func:`guess_encoding`).
    """
    cards = _read_cards(data)
    decoder = _Decoder(cards, eight_bit)
    for card in cards:
        records = _records(card, decoder)
        if records[0].is_empty():
            yield RowProblem(
                card.line, tr("fiche n° {card} : ni nom, ni courriel, ni téléphone", card=card.number)
            )
        else:
            yield from records


def read_vcards(path: Path, eight_bit: str | None = None) -> Iterator[ContactRecord | RowProblem]:
    # vCard files are small (a phone's whole address book is a few MB): read at once.
    yield from parse_vcards(path.read_bytes(), eight_bit)
