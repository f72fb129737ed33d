"""Open any contacts file: pick the reader from the content (vCard or CSV), apply a mapping."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from reseau.core.messages import Message, tr
from reseau.io.csv_formats import FORMAT_NAMES
from reseau.io.csv_read import CsvInfo, inspect_csv, read_csv
from reseau.io.records import ContactRecord, NotAContactsFile, RowProblem
from reseau.io.sniff import sniff_encoding
from reseau.io.vcard_read import EightBitText, eight_bit_text, looks_like_vcard, read_vcards


@dataclass(frozen=True)
class ContactsFile:
    path: Path
    kind: str  # "vcard" | "csv"
    format_label: str
    csv: CsvInfo | None = None
    # vCard: the encoding the user chose for the 8-bit text without CHARSET (None: guessed).
    eight_bit: str | None = None

    @property
    def format_name(self) -> Message:
        """``format_label`` (French, recorded with an import) as a message for the UI."""
        return FORMAT_NAMES["vcard" if self.csv is None else self.csv.format_code]


def is_vcard(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(4096)
    if looks_like_vcard(head):  # before sniffing: 8-bit or broken UTF-8 text is the reader's job
        return True
    sniffed = sniff_encoding(head)
    text = head.decode(sniffed.encoding, errors="replace").lstrip("\ufeff \r\n\t").upper()
    return text.startswith("BEGIN:VCARD")


def open_contacts(path: Path) -> ContactsFile:
    """What kind of contacts file ``path`` is; :class:`NotAContactsFile` when it is none."""
    if not path.is_file():
        raise NotAContactsFile(tr("fichier introuvable : {path}", path=str(path)))
    try:
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


def mapping_for(info: CsvInfo, columns: Mapping[str, str] | None) -> list[str | None]:
    """Column fields from a saved mapping (header -> field), defaulting to the known headers."""
    from reseau.io.csv_formats import field_for

    if columns is None:
        return [field_for(h) for h in info.headers]
    return [columns.get(h) or None for h in info.headers]


def read_contacts(
    source: ContactsFile, columns: Mapping[str, str] | None = None
) -> Iterator[ContactRecord | RowProblem]:
    if source.kind == "vcard":
        return read_vcards(source.path, source.eight_bit)
    assert source.csv is not None
    return read_csv(source.path, source.csv, mapping_for(source.csv, columns))
