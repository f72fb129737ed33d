"""`reseau import` and `reseau export contacts` on a real database file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from reseau.cli.main import main
from reseau.core.enums import Country
from reseau.db.backup import list_backups
from reseau.db.models import Person
from reseau.db.open import open_sqlite


def test_export_then_import(
    demo_template: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.csv"
    assert (
        main(
            [
                "export",
                "contacts",
                "--db",
                str(demo_template),
                "--format",
                "csv",
                "--country",
                "QC",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # personal data: the owner's only
    assert main(["import", str(out), "--db", str(db_path), "--dry-run"]) == 0
    assert "Essai à blanc" in capsys.readouterr().out
    assert not [b for b in list_backups(db_path.parent / "backups") if b.reason == "avant-import"]
    assert main(["import", str(out), "--db", str(db_path)]) == 0
    assert "créées" in capsys.readouterr().out
    # The file held no data: nothing to back up (a dry run writes nothing either).
    assert [b.reason for b in list_backups(db_path.parent / "backups")].count("avant-import") == 0
    # Imported again, into a file that now holds data: a backup first; every row is a
    # duplicate, skipped.
    assert main(["import", str(out), "--db", str(db_path)]) == 0
    assert " 0 créées" in capsys.readouterr().out
    assert [b.reason for b in list_backups(db_path.parent / "backups")].count("avant-import") == 1


def test_import_not_contacts(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"PK\x03\x04\x00\x00[Content_Types].xml xl/workbook.xml")
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    assert "x.csv\u00a0: classeur Excel (.xlsx) illisible" in capsys.readouterr().err


def test_export_pdf_grouped(qapp: object, demo_template: Path, tmp_path: Path) -> None:
    # ``qapp`` first: a bare QGuiApplication made by the command would break later widget tests.
    from pypdf import PdfReader

    out = tmp_path / "p.pdf"
    args = ["export", "contacts", "--db", str(demo_template), "--format", "pdf", "--group-by", "organization"]
    assert main([*args, "-o", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Liste des participants" in text and "Richard Massé" in text and "Denis St-Amand" in text


NBSP = "\u00a0"


def test_import_country_option_and_column_summary(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        (
            "Prénom;Nom;Organisme;Courriel;Téléphone;Ville;Code interne\r\n"
            "Jeanne;Dupuis;CAF;jeanne@caf.fr;05 56 00 11 22;Bordeaux;A1\r\n"
            "Ana;Silva;X;ana@example.org;;;B2\r\n"
        ).encode("cp1252")
    )
    assert main(["import", str(path), "--db", str(db_path), "--country", "OTHER", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Colonnes non reconnues" in out
    assert f"Encodage deviné{NBSP}: Windows-1252" in out  # a guess is said, with how to change it
    assert "Ville" not in out  # an address part now (the city), and evidence of the country
    assert f"«{NBSP}Code interne{NBSP}»{NBSP}: gardée dans les notes" in out
    assert "Organisme" not in out  # recognised: it feeds the organization
    assert f"France{NBSP}: 1 (domaine du courriel{NBSP}: 1)" in out
    assert "1 sans indice de pays, classées Autre (pays par défaut choisi)" in out
    assert main(["import", str(path), "--db", str(db_path), "--country", "FR"]) == 0
    assert "2 sans indice" not in capsys.readouterr().out
    database = open_sqlite(db_path)
    try:
        with database.begin() as session:
            assert list(session.scalars(select(Person.country))) == [Country.FRANCE] * 2
    finally:
        database.dispose()
    with pytest.raises(SystemExit):  # argparse refuses a country it does not know
        main(["import", str(path), "--db", str(db_path), "--country", "XX"])


def test_import_names_what_a_file_is(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: Path
) -> None:
    assert main(["import", str(samples / "ics" / "horde_vcal20_google.ics"), "--db", str(db_path)]) == 2
    assert "horde_vcal20_google.ics : c'est un calendrier" in capsys.readouterr().err.replace(NBSP, " ")
    folder = tmp_path / "contacts"
    folder.mkdir()
    assert main(["import", str(folder), "--db", str(db_path)]) == 2
    assert "contacts est un dossier" in capsys.readouterr().err
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    assert main(["import", str(empty), "--db", str(db_path)]) == 2
    assert "vide.csv\u00a0: le fichier est vide" in capsys.readouterr().err
    pdf = tmp_path / "liste.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert main(["import", str(pdf), "--db", str(db_path)]) == 2
    assert "liste.csv\u00a0: c'est un document PDF" in capsys.readouterr().err


def test_import_encoding_option_overrides_the_guess(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes("Prénom,Nom\r\nRené,Côté\r\n".encode("mac_roman"))
    assert main(["import", str(path), "--db", str(db_path), "--encoding", "mac_roman"]) == 0
    assert "Encodage deviné" not in capsys.readouterr().out  # chosen, not guessed
    database = open_sqlite(db_path)
    try:
        with database.begin() as session:
            assert list(session.scalars(select(Person.last_name))) == ["Côté"]
    finally:
        database.dispose()
    assert main(["import", str(path), "--db", str(db_path), "--encoding", "klingon"]) != 0
    assert f"encodage inconnu «{NBSP}klingon{NBSP}»" in capsys.readouterr().err
