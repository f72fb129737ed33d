"""Read contacts from a CSV file written by a spreadsheet or a mail program, streaming.

The file is never loaded whole: :func:`open_csv` sniffs its first 64 KB, then rows are decoded
and parsed as they are read, so a 2 GB file costs what one row costs. Line numbers are the file's
physical lines (a quoted cell spanning lines counts them all), as a spreadsheet would show them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from reseau.core.enums import ContactKind, ContactUsage
from reseau.core.messages import Message, tr
from reseau.io.contact_types import read_type
from reseau.io.csv_formats import (
    GROUP_USAGES,
    KEEP,
    address_from_parts,
    column_name,
    default_mapping,
    detect_format,
)
from reseau.io.csv_write import neutralise
from reseau.io.records import ContactDetail, ContactRecord, NotAContactsFile, RowProblem, split_multi
from reseau.io.sniff import SAMPLE_SIZE, looks_like_mojibake, sniff_delimiter, sniff_encoding

PREVIEW_ROWS = 20
# A cell longer than this is an unclosed quote swallowing the file, not a contact field.
MAX_CELL = 100_000


@dataclass(frozen=True)
class CsvInfo:
    """What the wizard shows on its "detected" page."""

    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    format_code: str
    format_label: str
    preview: tuple[tuple[str, ...], ...]
    mojibake: bool
    size: int


def _text_stream(path: Path, encoding: str) -> io.TextIOWrapper:
    # errors="replace": an odd byte later in the file becomes U+FFFD and a warning, not a crash.
    return io.TextIOWrapper(path.open("rb"), encoding=encoding, errors="replace", newline="")


def inspect_csv(path: Path, encoding: str | None = None, delimiter: str | None = None) -> CsvInfo:
    """Sniff encoding, delimiter, headers and the program that wrote the file; read a preview.

    ``encoding`` and ``delimiter`` override what is sniffed (the user's choice in the wizard).
    """
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_SIZE)
    detected = sniff_encoding(sample).encoding
    if encoding is None:
        encoding = detected
    with _text_stream(path, encoding) as text:
        head = text.read(SAMPLE_SIZE)
    delimiter = delimiter or sniff_delimiter(head)
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(head), delimiter=delimiter):
            rows.append(row)
            if len(rows) > PREVIEW_ROWS:
                break
    except csv.Error:
        pass
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise NotAContactsFile(tr("aucune ligne d'en-tête : la première ligne du fichier est vide"))
    headers = tuple(cell.strip().lstrip("\ufeff") for cell in rows[0])
    if len(headers) < 2:
        raise NotAContactsFile(
            tr("une seule colonne trouvée : ce n'est pas un fichier de contacts séparé par , ; ou tabulation")
        )
    code, label = detect_format(headers)
    return CsvInfo(
        path=path,
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        format_code=code,
        format_label=label,
        preview=tuple(tuple(r) for r in rows[1 : PREVIEW_ROWS + 1]),
        mojibake=looks_like_mojibake(head),
        size=path.stat().st_size,
    )


def _unneutralise(cell: str) -> str:
    """Undo the quote our CSV writer puts before a cell a spreadsheet would run as a formula."""
    # Exactly the inverse of csv_write.neutralise: strip the quote only where it would add one.
    if len(cell) > 1 and cell[0] == "'" and neutralise(cell[1:]) == cell:
        return cell[1:]
    return cell


_SCALARS = ("first_name", "last_name", "full_name", "title", "organization", "country", "department")
# Untyped multi-valued fields: each cell may hold several values, joined by " ::: ".
_LISTS = {"email": "emails", "phone": "phones", "address": "addresses", "web": "webs", "tags": "tags"}
# "<kind>:<usage>" fields (csv_formats.FIELDS): the column says what its values are for.
_TYPED = {
    f"{kind.value}:{usage.value}": (kind, usage)
    for kind in (ContactKind.EMAIL, ContactKind.PHONE, ContactKind.ADDRESS)
    for usage in ContactUsage
}

# A column's handler puts one cleaned, non-empty cell into the row's record. Handlers are
# chosen once per file (RowMapper.__init__), so a row costs one call per filled cell, with no
# test of the field's name.
Put = Callable[[ContactRecord, str], None]


@dataclass(slots=True)
class _Gathered:
    """What a row's typed address parts, Google's numbered pairs and extension say; resolved
    when the row is complete (they depend on each other and on the other columns)."""

    parts: dict[str, dict[str, str]] = field(default_factory=dict)  # group -> part -> text
    numbered: dict[str, list[str]] = field(default_factory=dict)  # "email#2" -> values
    extension: str = ""


Gather = Callable[[_Gathered, str], None]


def _append_note(record: ContactRecord, text: str) -> None:
    record.notes = f"{record.notes}\n{text}" if record.notes else text


def _keep(label: str) -> Put:
    """A ``KEEP`` column: « En-tête : valeur » in the notes."""
    return lambda record, value: _append_note(record, label + value)


def _scalar(name: str) -> Put:
    return lambda record, value: setattr(record, name, value)


def _multi(name: str) -> Put:
    attribute = _LISTS[name]
    return lambda record, value: getattr(record, attribute).extend(split_multi(value))


def _typed(kind: ContactKind, usage: ContactUsage) -> Put:
    def put(record: ContactRecord, value: str) -> None:
        for item in split_multi(value):
            record.add(kind, item, ContactDetail(usage))

    return put


def _direct(name: str, label: str) -> Put | None:
    """The handler of a field written into the record as soon as it is read."""
    if name == KEEP:
        return _keep(label)
    if name == "notes":
        return _append_note
    if name in _SCALARS:
        return _scalar(name)
    if name in _LISTS:
        return _multi(name)
    if name in _TYPED:
        return _typed(*_TYPED[name])
    return None


def _address_part(name: str) -> Gather | None:
    pieces = name.split(".", 2)
    if len(pieces) != 3:
        return None
    _, group, part = pieces

    def gather(gathered: _Gathered, value: str) -> None:
        group_parts = gathered.parts.setdefault(group, {})
        # Two columns of one part (Réseau's " ::: " or a sheet's repeated header): joined.
        group_parts[part] = f"{group_parts[part]} ::: {value}" if part in group_parts else value

    return gather


def _set_extension(gathered: _Gathered, value: str) -> None:
    gathered.extension = value


def _numbered_value(name: str) -> Gather:
    """Google's "E-mail 2 - Value" (several values) or "E-mail 2 - Type" (one)."""
    several = "." not in name

    def gather(gathered: _Gathered, value: str) -> None:
        gathered.numbered[name] = split_multi(value) if several else [value]

    return gather


def _gathered(name: str) -> Gather | None:
    """The handler of a field resolved at the end of the row."""
    if name.startswith("adr."):
        return _address_part(name)
    if name == "extension":
        return _set_extension
    return _numbered_value(name) if "#" in name else None


class RowMapper:
    """A column mapping compiled once: only mapped columns are looked at (Google has 80+).

    Each mapped column gets its handler once per file. Untyped e-mails and phones (the common
    case, and the 100,000-row benchmark) are written at once; typed address parts, Google's
    numbered pairs and the extension are gathered per row and resolved at its end.

    A column mapped to ``KEEP`` goes to the notes as « En-tête : valeur » (a column without a
    header is named by its number), so no cell of an unknown column is lost. A field name
    that is none of these is ignored.
    """

    def __init__(self, mapping: Sequence[str | None], headers: Sequence[str] = ()) -> None:
        mapped = [(index, name) for index, name in enumerate(mapping) if name]
        names = {name for _, name in mapped}
        self.fields: list[tuple[int, str, str]] = []  # (index, field, « En-tête : ») of each column
        # A sheet's Pays column is also its untyped address's country, unless it has its own.
        self.country_in_address = "country" in names and "adr.main.country" not in names
        # (index, attribute, handler): a scalar (no handler) and an untyped list (its attribute
        # and a handler) are written inline, the others ("" for attribute) by their handler.
        self.direct: list[tuple[int, str, Put | None]] = []
        self.gathered: list[tuple[int, Gather]] = []
        # One group's parts -> its addresses and their details, read once: a « Ville » or
        # « Pays » column repeats the same few values over thousands of rows (issue 19.2).
        self.address_cache: AddressCache = {}
        # A row's address parts -> what they add to its record (addresses and their details,
        # country, region, city, postal codes), read once: the same few cities, provinces and
        # countries repeat over thousands of rows (issue 19.2). Used only when the gathered
        # columns are all address parts (see parts_key).
        self.parts_cache: dict[object, _PartsRead] = {}
        for index, name in mapped:
            label = ((headers[index] if index < len(headers) else "") or column_name(index)) + "\u00a0: "
            self.fields.append((index, name, label))
            put = _direct(name, label)
            if put is not None:
                if name in _SCALARS:
                    self.direct.append((index, name, None))
                else:
                    self.direct.append((index, _LISTS.get(name, ""), put))
                continue
            gather = _gathered(name)
            if gather is not None:
                self.gathered.append((index, gather))
        parts_only = all(name.startswith("adr.") for _, name, _ in self.fields if _gathered(name))
        columns = [index for index, _ in self.gathered] if parts_only else []
        self.parts_width = max(columns, default=-1) + 1
        # The row's address cells, as one key (a cell for one column, a tuple for several).
        self.parts_key: Callable[[Sequence[str]], object] | None = itemgetter(*columns) if columns else None

    def __call__(self, line: int, cells: Sequence[str]) -> ContactRecord:
        record = ContactRecord(line)
        fields = record.__dict__  # a plain dataclass: its attributes, written without a call
        width = len(cells)
        for index, attribute, put in self.direct:
            if index < width:
                value = cells[index].strip()
                if not value:
                    continue
                if value[0] == "'":
                    value = _unneutralise(value)
                if put is None:
                    fields[attribute] = value
                elif not attribute or " ::: " in value:
                    put(record, value)
                else:  # one value of an untyped list (what split_multi gives)
                    fields[attribute].append(value)
        if self.gathered:
            if self.parts_key is not None and width >= self.parts_width:
                self._add_parts(record, cells)
            else:
                self._resolve(record, self._gather(cells))
        return record

    def _add_parts(self, record: ContactRecord, cells: Sequence[str]) -> None:
        """What the row's address parts add to ``record``, through :attr:`parts_cache`: the
        same as :meth:`_resolve` (``tests/services/test_planning_oracle.py``)."""
        key = self.parts_key(cells)  # type: ignore[misc]  # set when this is called
        if self.country_in_address:
            key = (key, record.country)  # a Pays column is the untyped address's country too
        read = self.parts_cache.get(key)
        if read is None:
            probe = ContactRecord(line=record.line, country=record.country)
            self._resolve(probe, self._gather(cells))
            details = probe.details
            read = _PartsRead(
                tuple((text, details.get((_ADDRESS, i))) for i, text in enumerate(probe.addresses)),
                probe.address_country,
                probe.region,
                probe.city,
                tuple(probe.postal_codes),
            )
            if len(self.parts_cache) >= ADDRESS_CACHE_SIZE:
                self.parts_cache.clear()
            self.parts_cache[key] = read
        if read.addresses:  # as record.add() adds them
            addresses, details = record.addresses, record.details
            for text, detail in read.addresses:
                if detail is not None:
                    details[ContactKind.ADDRESS, len(addresses)] = detail
                addresses.append(text)
        record.address_country, record.region, record.city = read.country, read.region, read.city
        if read.postal_codes:
            record.postal_codes += read.postal_codes

    def _gather(self, cells: Sequence[str]) -> _Gathered:
        gathered = _Gathered()
        width = len(cells)
        for index, gather in self.gathered:
            value = cells[index].strip() if index < width else ""
            if value:
                gather(gathered, _unneutralise(value) if value[0] == "'" else value)
        return gathered

    def _resolve(self, record: ContactRecord, gathered: _Gathered) -> None:
        if gathered.numbered:
            _numbered(record, gathered.numbered)
        if gathered.parts:
            _address_groups(record, gathered.parts, self.country_in_address, self.address_cache)
        if gathered.extension:
            _extension(record, gathered.extension)


class _PartsRead(NamedTuple):
    """What a row's address parts add to its record (:meth:`RowMapper._add_parts`)."""

    addresses: tuple[tuple[str, ContactDetail | None], ...]  # None: no detail
    country: str
    region: str
    city: str
    postal_codes: tuple[str, ...]


AddressCache = dict[tuple[str, ...], tuple[tuple[str, ContactDetail], ...]]
ADDRESS_CACHE_SIZE = 4096  # distinct addresses kept; a file of distinct streets just refills it


def _address_groups(
    record: ContactRecord,
    parts: dict[str, dict[str, str]],
    country_in_address: bool,
    cache: AddressCache | None = None,
) -> None:
    """The addresses read in parts, and the parts as evidence of the country
    (core.country_evidence)."""
    if country_in_address and "main" in parts and record.country:
        parts["main"].setdefault("country", record.country)
    for group, group_parts in parts.items():
        if cache is None:
            _addresses(record, group, group_parts)
        else:
            _cached_addresses(record, group, group_parts, cache)
        record.address_country = record.address_country or group_parts.get("country", "")
        record.region = record.region or group_parts.get("region", "")
        record.city = record.city or group_parts.get("city", "")
        if "postal" in group_parts:
            record.postal_codes.append(group_parts["postal"])


def _cached_addresses(
    record: ContactRecord, group: str, group_parts: dict[str, str], cache: AddressCache
) -> None:
    """:func:`_addresses` through ``cache``: the same values and details, added in the same
    order (``tests/io/test_csv_address_cache.py`` compares both)."""
    key = (group, *(item for pair in group_parts.items() for item in pair))
    found = cache.get(key)
    if found is None:
        probe = ContactRecord(line=record.line)
        _addresses(probe, group, dict(group_parts))
        found = tuple(
            (text, probe.detail(ContactKind.ADDRESS, index)) for index, text in enumerate(probe.addresses)
        )
        if len(cache) >= ADDRESS_CACHE_SIZE:
            cache.clear()
        cache[key] = found
    for text, detail in found:
        record.add(ContactKind.ADDRESS, text, detail)
    group_parts.pop("type", None)  # as _addresses leaves them: the parts without these two
    group_parts.pop("formatted", None)


def _numbered(record: ContactRecord, numbered: dict[str, list[str]]) -> None:
    for name, values in sorted(numbered.items()):
        base, _, rest = name.partition("#")
        if "." in rest or base not in ("email", "phone"):
            continue
        usage, label = read_type(numbered.get(f"{name}.type", [""])[0])
        for value in values:
            record.add(ContactKind(base), value, ContactDetail(usage, "", label))


def _addresses(record: ContactRecord, group: str, group_parts: dict[str, str]) -> None:
    """The addresses of one group: each part's column may hold several, joined by " ::: "."""
    kind = group_parts.pop("type", "")
    formatted = group_parts.pop("formatted", "")
    usage_code = GROUP_USAGES.get(group)
    if usage_code is None:  # Google's numbered groups say their type in a column of their own
        usage, label = read_type(kind)
    else:
        usage, label = (ContactUsage(usage_code) if usage_code else None), ""
    if not group_parts:
        for text in split_multi(formatted) if formatted else ():
            record.add(ContactKind.ADDRESS, text, ContactDetail(usage, "", label))
        return
    columns = {part: _MULTI_PART.split(text) for part, text in group_parts.items()}
    for position in range(max(len(values) for values in columns.values())):
        single = {
            part: values[position].strip() for part, values in columns.items() if position < len(values)
        }
        record.add_address(address_from_parts(single), usage, label)


_ADDRESS = ContactKind.ADDRESS
_MULTI_PART = re.compile(r"\s*:::\s*")


def _extension(record: ContactRecord, extension: str) -> None:
    """A "Poste" column: the extension of the row's first work phone, else of its first phone."""
    phones = record.phones
    if not phones:
        record.warnings.append(
            tr("poste « {extension} » sans numéro de téléphone : gardé dans les notes", extension=extension)
        )
        note = str(tr("Poste : {extension}", extension=extension))
        record.notes = f"{record.notes}\n{note}" if record.notes else note
        return
    index = next(
        (i for i in range(len(phones)) if record.detail(ContactKind.PHONE, i).usage == ContactUsage.WORK), 0
    )
    record.details[ContactKind.PHONE, index] = record.detail(ContactKind.PHONE, index)._replace(
        extension=extension[:20]
    )


_SWALLOWED = tr("cellule démesurée : un guillemet n'est sans doute pas fermé")


def _records(path: Path, info: CsvInfo, mapper: RowMapper) -> Iterator[ContactRecord | RowProblem]:
    """The data rows mapped by ``mapper``, blank ones left out, with the warnings the reader has
    about each; a problem for a row that cannot be read (after an unclosed quote, the last one)."""
    width = len(info.headers)
    no_warnings: list[Message] = []  # shared, never appended to: a row's own list if needed
    with _text_stream(path, info.encoding) as text:
        reader = csv.reader(text, delimiter=info.delimiter, strict=True)
        start = 1
        try:
            next(reader)  # header
            start = reader.line_num + 1
            for cells in reader:
                line, start = start, reader.line_num + 1
                # One string for the row's checks: blank (every cell blank), a cell too
                # long (only if the whole row is), a byte the encoding could not read.
                joined = "".join(cells)
                if not joined.strip():
                    continue
                if len(cells) > width and any(c.strip() for c in cells[width:]):
                    yield RowProblem(
                        line,
                        tr(
                            "{found} colonnes au lieu de {expected} (ligne décalée ?)",
                            found=len(cells),
                            expected=width,
                        ),
                    )
                    continue
                if len(joined) > MAX_CELL and len(max(cells, key=len)) > MAX_CELL:
                    yield RowProblem(line, _SWALLOWED)
                    return
                warnings = no_warnings
                if len(cells) < width:  # the row is not blank (above)
                    warnings = [
                        tr(
                            "{found} colonnes au lieu de {expected} ; les autres sont vides",
                            found=len(cells),
                            expected=width,
                        )
                    ]
                if "\ufffd" in joined:
                    warnings = [
                        *warnings,
                        tr("caractères illisibles pour l'encodage {encoding}", encoding=info.encoding),
                    ]
                record = mapper(line, cells)
                if warnings:
                    record.warnings += warnings
                yield record
        except csv.Error as exc:
            yield RowProblem(
                start,
                tr(
                    "guillemet ouvert à la ligne {line} jamais fermé ({detail}) ; "
                    "la suite du fichier est ignorée",
                    line=start,
                    detail=str(exc),
                ),
            )


def read_csv(
    path: Path, info: CsvInfo | None = None, mapping: Sequence[str | None] | None = None
) -> Iterator[ContactRecord | RowProblem]:
    """Every data row as a record, or a problem saying which line and why; streamed.

    An unclosed quote stops the reading at the line where the quote opened (everything after it
    was swallowed into one cell); the rows before it are still yielded.
    """
    info = info or inspect_csv(path)
    mapper = RowMapper(
        list(mapping) if mapping is not None else default_mapping(info.headers, info.format_code),
        info.headers,
    )
    yield from _records(path, info, mapper)
