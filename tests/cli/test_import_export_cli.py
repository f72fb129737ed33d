"""`reseau import` and `reseau export contacts` on a real database file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reseau.cli.main import main
from reseau.db.backup import list_backups


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
    # A real import is preceded by a backup (a dry run writes nothing, so needs none).
    assert [b.reason for b in list_backups(db_path.parent / "backups")].count("avant-import") == 1
    # Imported again: every row is a duplicate, skipped.
    assert main(["import", str(out), "--db", str(db_path)]) == 0
    assert " 0 créées" in capsys.readouterr().out


def test_import_not_contacts(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"PK\x03\x04\x00\x00[Content_Types].xml xl/workbook.xml")
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    assert "x.csv : c'est un classeur Excel (.xlsx)" in capsys.readouterr().err


def test_export_pdf_grouped(qapp: object, demo_template: Path, tmp_path: Path) -> None:
    # ``qapp`` first: a bare QGuiApplication made by the command would break later widget tests.
    from pypdf import PdfReader

    out = tmp_path / "p.pdf"
    args = ["export", "contacts", "--db", str(demo_template), "--format", "pdf", "--group-by", "organization"]
    assert main([*args, "-o", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Liste des participants" in text and "Richard Massé" in text and "Denis St-Amand" in text
