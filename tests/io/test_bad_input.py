"""Bad files give a clear report with line numbers; valid rows still come through."""

from __future__ import annotations

import tracemalloc
from itertools import islice
from pathlib import Path

import pytest

from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.io.csv_read import inspect_csv, read_csv
from reseau.io.records import ContactRecord, NotAContactsFile, RowProblem
from reseau.io.sniff import looks_like_mojibake, sniff_encoding
from reseau.io.vcard_read import parse_vcards


def _write(tmp_path: Path, data: bytes, name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_ragged_rows_reported_with_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path, b"Pr\xc3\xa9nom;Nom;Courriel\nAnne;Roy;a@x.org\nB;C;b@x.org;extra;cells\nDenis;St-Amand\n"
    )
    out = list(read_csv(path))
    problems = [o for o in out if isinstance(o, RowProblem)]
    assert [p.line for p in problems] == [3]
    assert "5 colonnes au lieu de 3" in str(problems[0].message)
    records = [o for o in out if isinstance(o, ContactRecord)]
    assert [r.last_name for r in records] == ["Roy", "St-Amand"]
    assert records[1].warnings  # short row: warned, not rejected


def test_unclosed_quote_keeps_rows_before(tmp_path: Path) -> None:
    path = _write(tmp_path, b'First Name,Last Name\nAnne,Roy\n"Bob,Martin\nC,D\nE,F\n')
    out = list(read_csv(path))
    assert isinstance(out[0], ContactRecord) and out[0].last_name == "Roy"
    assert isinstance(out[-1], RowProblem) and out[-1].line == 3
    assert "guillemet" in str(out[-1].message)


def test_multiline_cell_counts_physical_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, b'First Name,Last Name,Notes\nA,B,"one\ntwo"\nC,D,x\n')
    lines = [o.line for o in read_csv(path)]
    assert lines == [2, 4]


def test_binary_renamed_csv(tmp_path: Path) -> None:
    path = _write(tmp_path, b"PK\x03\x04" + bytes(range(256)) * 10)
    with pytest.raises(NotAContactsFile, match="archive compressée"):
        open_contacts(path)
    noise = _write(tmp_path, bytes(range(256)) * 40, "noise.csv")
    with pytest.raises(NotAContactsFile):
        open_contacts(noise)


def test_unknown_encoding(tmp_path: Path) -> None:
    # cp1252 leaves 0x81 undefined: this is neither UTF-8 nor cp1252 (e.g. cp437 or KOI8).
    path = _write(tmp_path, b"Nom,Pr\x81nom\nA\x8d,B\n")
    with pytest.raises(NotAContactsFile, match="encodage inconnu"):
        inspect_csv(path)


def test_encodings_detected(tmp_path: Path) -> None:
    text = "Prénom;Nom\nÉric;Goyer\n"
    assert sniff_encoding(text.encode("cp1252")).encoding == "cp1252"
    assert sniff_encoding(text.encode("utf-8")).encoding == "utf-8"
    assert sniff_encoding(text.encode("utf-8-sig")).encoding == "utf-8-sig"
    assert sniff_encoding(text.encode("utf-16")).encoding == "utf-16"
    assert sniff_encoding(text.encode("utf-16-le")).encoding == "utf-16-le"
    for encoding in ("cp1252", "utf-16", "utf-8-sig"):
        path = _write(tmp_path, text.encode(encoding), f"{encoding}.csv")
        info = inspect_csv(path)
        assert info.delimiter == ";"
        assert [r.first_name for r in read_csv(path, info) if isinstance(r, ContactRecord)] == ["Éric"]


def test_tab_delimiter_and_mojibake_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, "First Name\tLast Name\nRÃ©al\tBoisvert\n".encode())
    info = inspect_csv(path)
    assert info.delimiter == "\t"
    assert info.mojibake
    assert not looks_like_mojibake("Réal Boisvert, Québec")


def test_empty_file_and_single_column(tmp_path: Path) -> None:
    with pytest.raises(NotAContactsFile, match="vide"):
        open_contacts(_write(tmp_path, b"  \n"))
    with pytest.raises(NotAContactsFile, match="une seule colonne"):
        open_contacts(_write(tmp_path, b"hello world\nfoo\n", "one.csv"))


def test_malformed_vcard_reported_others_kept() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roy;Anne;;;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Broken;;;;\r\n"  # no END
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Denis St-Amand\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:only a note\r\nEND:VCARD\r\n"
    )
    out = list(parse_vcards(data))
    kinds = [type(o).__name__ for o in out]
    assert kinds == ["ContactRecord", "ContactRecord", "ContactRecord", "RowProblem"]
    # A card cut short is kept, as KAddressBook and ez-vcard keep it, with a warning.
    broken = out[1]
    assert isinstance(broken, ContactRecord) and broken.last_name == "Broken" and broken.line == 5
    assert ["fiche n° 2" in str(w) and "END:VCARD manquant" in str(w) for w in broken.warnings] == [True]
    assert out[3].line == 12


def test_utf16_vcard() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Massé;Richard;;;\r\nORG:INSPQ\\, Québec\r\nEND:VCARD\r\n"
    for encoding in ("utf-16", "utf-16-le"):
        (record,) = parse_vcards(card.encode(encoding))
        assert isinstance(record, ContactRecord)
        assert (record.last_name, record.organization) == ("Massé", "INSPQ, Québec")


def test_huge_file_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("First Name,Last Name,E-mail Address,Notes\n")
        row = "Anne,Roy,anne@example.org," + "x" * 200 + "\n"
        for _ in range(100_000):  # ~23 MB
            out.write(row)
    tracemalloc.start()
    try:
        first = list(islice(read_contacts(open_contacts(path)), 1000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(first) == 1000
    assert peak < 5_000_000  # far below the file's 23 MB: read as it goes, not loaded whole


@pytest.mark.parametrize("cut", range(1, 5))
def test_utf8_sample_cut_inside_a_character(cut: int) -> None:
    """The 64 KB sample of a big UTF-8 file may end inside a character, wherever that falls."""
    data = ("Ligne;Élodie;Québec;ﬁ;€;😀\r\n" * 4000).encode("utf-8")
    for end in range(70_000 - cut * 7, 70_000 - cut * 7 + 8):
        assert sniff_encoding(data[:end]).encoding == "utf-8", end
    assert sniff_encoding("é".encode() + b"\xff" + b"x" * 10).encoding == "cp1252"
