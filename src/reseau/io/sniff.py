"""Guess how a text file is encoded and delimited, and whether its text looks like mojibake."""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass

from reseau.core.messages import Message, tr
from reseau.io.records import NotAContactsFile

SAMPLE_SIZE = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# UTF-8 read as cp1252/latin-1: "Ã©" for "é", "â€™" for "’", "Ã‰" for "É"...
_MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]|â€"
)
# Bytes that are control characters in every text encoding we accept (not tab, CR, LF, FF).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class Sniffed:
    encoding: str
    bom: bool


def sniff_encoding(sample: bytes) -> Sniffed:
    """The encoding of a file from its first bytes: BOM, UTF-16 without BOM, UTF-8, else cp1252.

    Raises :class:`NotAContactsFile` for binary data (a spreadsheet or image renamed .csv).
    """
    if not sample.strip():
        raise NotAContactsFile(tr("le fichier est vide"))
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return Sniffed(name, True)
    head = sample[:4096]
    # UTF-16 without BOM: every other byte of ASCII text is NUL.
    if len(head) >= 4 and head.count(0) * 3 > len(head):
        even_nuls = head[0::2].count(0)
        odd_nuls = head[1::2].count(0)
        if odd_nuls > even_nuls * 4:
            return Sniffed("utf-16-le", False)
        if even_nuls > odd_nuls * 4:
            return Sniffed("utf-16-be", False)
    kind = binary_kind(sample)
    if kind is not None:
        raise NotAContactsFile(kind)
    if len(_CONTROL.findall(head)) > max(2, len(head) // 200):
        raise NotAContactsFile(tr("ce fichier contient des données binaires et non du texte"))
    try:
        # A multi-byte character may be cut at the end of the sample: a non-final incremental
        # decode accepts exactly that (slicing off 3 bytes did not: a 2-byte character whose
        # first byte was the 3rd-last one made a UTF-8 file of more than 64 KB read as cp1252).
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return Sniffed("utf-8", False)
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; text using them is in some other encoding.
    if re.search(rb"[\x81\x8d\x8f\x90\x9d]", sample):
        raise NotAContactsFile(
            tr(
                "encodage inconnu : ni UTF-8, ni UTF-16, ni Windows-1252 ; "
                "enregistrez le fichier en UTF-8 depuis le tableur"
            )
        )
    return Sniffed("cp1252", False)


# Signatures of the files people pick by mistake, and what to say of each.
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


def binary_kind(sample: bytes) -> Message | None:
    """What a binary file is (spreadsheet, document, PDF, image, archive), said with what to
    do instead; None for text."""
    if sample.startswith(b"PK\x03\x04"):
        head = sample[:4096]
        if b"xl/" in sample or (b"[Content_Types].xml" in head and b"spreadsheetml" in sample):
            return tr(
                "c'est un classeur Excel (.xlsx) et non un fichier CSV : "
                "enregistrez-le en CSV depuis le tableur (Fichier > Enregistrer sous > CSV)"
            )
        if b"opendocument.spreadsheet" in head:
            return tr(
                "c'est un classeur OpenDocument (.ods) et non un fichier CSV : "
                "enregistrez-le en CSV depuis le tableur (Fichier > Enregistrer sous > CSV)"
            )
        if b"word/" in sample or b"opendocument.text" in head:
            return tr("c'est un document de traitement de texte et non un fichier de contacts")
        return tr("c'est une archive compressée (.zip) : extrayez-en d'abord le fichier de contacts")
    if sample.startswith(b"\xd0\xcf\x11\xe0"):
        return tr(
            "c'est un ancien classeur Excel (.xls) ou document Office et non un fichier CSV : "
            "enregistrez-le en CSV depuis le tableur (Fichier > Enregistrer sous > CSV)"
        )
    if sample.startswith(b"%PDF"):
        return tr("c'est un document PDF et non un fichier de contacts")
    if sample.startswith(_IMAGES) or sample[8:12] == b"WEBP" or sample[4:12] in (b"ftypheic", b"ftypmif1"):
        return tr("c'est une image et non un fichier de contacts")
    return None


def text_kind(text: str) -> Message | None:
    """What a text file that holds no contacts is (a calendar), or None."""
    head = text.lstrip("\ufeff \r\n\t")[:64].upper()
    if head.startswith("BEGIN:VCALENDAR") or head.startswith("BEGIN:VEVENT"):
        return tr("c'est un calendrier (iCalendar, .ics) et non un carnet de contacts")
    return None


def sniff_delimiter(text: str) -> str:
    """``,``, ``;`` or tab, whichever splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    # The header line rarely holds another delimiter than its own: count there first.
    header = re.sub(r'"[^"]*"', "", lines[0])
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] and list(counts.values()).count(counts[best]) == 1:
        return best
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def looks_like_mojibake(text: str) -> bool:
    """True when accented letters seem to have been decoded twice (UTF-8 read as cp1252)."""
    return _MOJIBAKE.search(text) is not None
