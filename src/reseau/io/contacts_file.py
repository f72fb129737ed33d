"""Open any contacts file: pick the reader from the content (vCard or CSV), apply a mapping."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from reseau.core.messages import Message, tr
from reseau.io.csv_formats import FORMAT_NAMES, ColumnFate, column_fates, default_mapping
from reseau.io.csv_read import CsvInfo, inspect_csv, read_csv
from reseau.io.records import ContactRecord, NotAContactsFile, RowProblem
from reseau.io.sniff import SAMPLE_SIZE, sniff_encoding, text_kind
from reseau.io.vcard_read import EightBitText, eight_bit_text, looks_like_vcard, read_vcards
from reseau.io.xlsx_read import inspect_xlsx, read_xlsx


@dataclass(frozen=True)
class ContactsFile:
    path: Path
    kind: str  # "vcard" | "csv" | "xlsx" (``csv`` then holds the sheet's headers and preview)
    format_label: str
    csv: CsvInfo | None = None
    # vCard: the encoding the user chose for the 8-bit text without CHARSET (None: guessed).
    eight_bit: str | None = None

    @property
    def format_name(self) -> Message:
        """``format_label`` (French, recorded with an import) as a message for the UI."""
        return FORMAT_NAMES["vcard" if self.csv is None else self.csv.format_code]


def is_vcard(path: Path) -> bool:
    """True for a vCard file; :class:`NotAContactsFile` (saying what the file is) for a
    calendar, a spreadsheet, a PDF, an image or an empty file."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if looks_like_vcard(head):  # before sniffing: 8-bit or broken UTF-8 text is the reader's job
        return True
    sniffed = sniff_encoding(head)
    text = head.decode(sniffed.encoding, errors="replace").lstrip("\ufeff \r\n\t").upper()
    kind = text_kind(text)
    if kind is not None:
        raise NotAContactsFile(kind)
    return text.startswith("BEGIN:VCARD")


def is_xlsx(path: Path) -> bool:
    """An Excel workbook (a zip holding xl/): read with openpyxl rather than refused."""
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_SIZE)
    return head.startswith(b"PK\x03\x04") and b"xl/" in head


def open_contacts(path: Path) -> ContactsFile:
    """What kind of contacts file ``path`` is; :class:`NotAContactsFile`, naming the file and
    what it is instead, when it is none (a folder, a calendar, a spreadsheet, a PDF…)."""
    if path.is_dir():
        raise NotAContactsFile(
            tr(
                "{file} est un dossier et non un fichier : "
                "choisissez le fichier de contacts (.csv, .vcf) qu'il contient",
                file=path.name or str(path),
            )
        )
    if not path.is_file():
        raise NotAContactsFile(tr("fichier introuvable : {path}", path=str(path)))
    try:
        if is_xlsx(path):
            info = inspect_xlsx(path)
            return ContactsFile(path, "xlsx", info.format_label, info)
        if is_vcard(path):
            return ContactsFile(path, "vcard", "vCard")
        info = inspect_csv(path)
    except NotAContactsFile as exc:
        raise NotAContactsFile(tr("{file} : {problem}", file=path.name, problem=exc.message)) from None
    except OSError as exc:
        # The system's own reason (strerror) is the OS's text: passed on as a value.
        reason = exc.strerror or str(exc)
        raise NotAContactsFile(
            tr("{file} : lecture impossible ({reason})", file=path.name, reason=reason)
        ) from exc
    return ContactsFile(path, "csv", info.format_label, info)


def load_contacts(path: Path) -> list[ContactRecord | RowProblem]:
    """Every record and problem of ``path`` at once (small files, tests, the fuzz registry)."""
    source = open_contacts(path)
    try:
        return list(read_contacts(source))
    except NotAContactsFile as exc:
        raise NotAContactsFile(tr("{file} : {problem}", file=path.name, problem=exc.message)) from None


def vcard_eight_bit_text(source: ContactsFile) -> EightBitText | None:
    """A vCard's 8-bit text without CHARSET and the guess for it (read on demand: the wizard
    shows it; an import does not need it beforehand)."""
    try:
        return eight_bit_text(source.path.read_bytes())
    except NotAContactsFile as exc:
        raise NotAContactsFile(tr("{file} : {problem}", file=source.path.name, problem=exc.message)) from None


def reinspect(source: ContactsFile, encoding: str, delimiter: str) -> ContactsFile:
    """The same CSV file read with another encoding or delimiter than the sniffed ones."""
    info = inspect_csv(source.path, encoding, delimiter)
    return ContactsFile(source.path, "csv", info.format_label, info)


def mapping_for(
    info: CsvInfo, columns: Mapping[str, str] | None, preset: str | None = None
) -> list[str | None]:
    """Column fields from a saved mapping (header -> field, "" for ignored), defaulting to what
    ``preset`` (by default the detected program) says of the headers; a header the saved mapping
    does not name is read as by default (an unknown one is kept in the notes, never dropped)."""
    defaults = default_mapping(info.headers, preset or info.format_code)
    if columns is None:
        return defaults
    return [
        (columns[h] or None) if h in columns else default
        for h, default in zip(info.headers, defaults, strict=True)
    ]


def column_report(
    source: ContactsFile, columns: Mapping[str, str] | None, preset: str | None = None
) -> list[ColumnFate]:
    """The columns of a CSV file that feed no field, and what becomes of each (none for vCard)."""
    if source.csv is None:
        return []
    chosen = preset or source.csv.format_code
    return column_fates(source.csv.headers, mapping_for(source.csv, columns, chosen), chosen)


def read_contacts(
    source: ContactsFile, columns: Mapping[str, str] | None = None
) -> Iterator[ContactRecord | RowProblem]:
    if source.kind == "vcard":
        return read_vcards(source.path, source.eight_bit)
    assert source.csv is not None
    if source.kind == "xlsx":
        return read_xlsx(source.path, source.csv, mapping_for(source.csv, columns))
    return read_csv(source.path, source.csv, mapping_for(source.csv, columns))
