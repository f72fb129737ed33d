"""Every writer goes through core.safe_output: the contacts export, the agenda's ICS and XLSX,
the person export and the figures tables keep a symlink, write a FIFO through, end 0600.

Only tmp_path is touched: FIFOs from os.mkfifo read by a thread, symlinks, 0644 files."""

from __future__ import annotations

import io
import os
import stat
import threading
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from reseau.io.agenda_ics import write_ics
from reseau.io.agenda_xlsx import write_xlsx as write_agenda_xlsx
from reseau.io.person_export import write_person_json
from reseau.reports.tables import Table, write_table
from reseau.services.io.export_contacts import ExportedPerson, write_export
from tests.io.test_agenda_exports import agenda
from tests.io.test_writers import PERSON

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _read_fifo(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    return reader, received


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_contacts_export_through_a_symlink_to_a_0644_file(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "real" / f"contacts.{fmt}"
    target.parent.mkdir()
    target.write_bytes(b"old")
    target.chmod(0o644)
    link = tmp_path / f"lien.{fmt}"
    link.symlink_to(target)
    assert write_export([ExportedPerson(1, PERSON, None)], fmt, link) == 1
    assert link.is_symlink() and _mode(target) == 0o600
    assert b"Boisvert" in (
        zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml") if fmt == "xlsx" else target.read_bytes()
    )
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_contacts_export_into_a_fifo(tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    reader, received = _read_fifo(fifo)
    write_export([ExportedPerson(1, PERSON, None)], fmt, fifo)
    reader.join(timeout=10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(received[0])).active
        assert sheet is not None and "Boisvert" in [c.value for c in sheet[2]]
    else:
        assert b"Boisvert" in received[0]


def test_agenda_ics_into_a_fifo_and_xlsx_over_a_0644_file(tmp_path: Path) -> None:
    fifo = tmp_path / "agenda.ics"
    os.mkfifo(fifo)
    reader, received = _read_fifo(fifo)
    assert write_ics(agenda(), fifo) >= 1
    reader.join(timeout=10)
    assert Calendar.from_ical(received[0]).walk("VEVENT")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    book = tmp_path / "agenda.xlsx"
    book.write_bytes(b"old")
    book.chmod(0o644)
    write_agenda_xlsx(agenda(), book, ())
    assert _mode(book) == 0o600 and load_workbook(book).sheetnames


def test_person_json_and_figures_keep_the_symlink(tmp_path: Path) -> None:
    target = tmp_path / "donnees.json"
    target.write_text("{}")
    target.chmod(0o644)
    link = tmp_path / "lien.json"
    link.symlink_to(target.name)  # a relative link
    write_person_json({"personne": {"nom": "Boisvert"}}, link)
    assert link.is_symlink() and "Boisvert" in target.read_text(encoding="utf-8") and _mode(target) == 0o600
    figures = tmp_path / "chiffres.csv"
    figures.write_text("old")
    figures.chmod(0o644)
    write_table(figures, Table("Échanges", ["Année", "Nombre"], [["2005", 3]]))
    assert figures.read_text(encoding="utf-8-sig").startswith("Année;Nombre") and _mode(figures) == 0o600
