"""The planner process (issue 19.2): the rows it plans are the thread's, its errors reach the
importer, and it never outlives the import."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseau.cli.main import main
from reseau.core.enums import Country
from reseau.core.messages import Message
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.io.records import ContactRecord, OrganizationRecord, RowProblem
from reseau.services.io import import_pipeline
from reseau.services.io.import_keys import phone_key
from reseau.services.io.import_pipeline import (
    Planner,
    PlanningStopped,
    ProcessPlanner,
    fork_is_safe,
    planner,
    process_planner,
)
from reseau.services.io.import_plan import Plan, plan_from_values, plan_record, plan_values

pytestmark = pytest.mark.skipif(
    not fork_is_safe(), reason="the planner process is a fork (POSIX, one thread)"
)

CSV = """Prénom;Nom;Courriel;Téléphone;Organisme;Fonction;Ville;Pays;Remarques
Hélène;Côté-Massé;helene@clsc-rimouski.qc.ca;(418) 555-0142;CLSC de Rimouski;Organisatrice;Rimouski;;
Éric;Lefèvre;eric@caf.fr;05 56 00 11 22;CCAS de Bordeaux;Directeur;Bordeaux;France;Vu en 2005
Zoé;Sans-Courriel;pas un courriel;12;;;Lyon;France;
;;;;Organisme seul;;;;
;;;;;;;;
Réal;Gagnon;real@exemple.qc.ca;514 555-0199 poste 22;CLSC de Rimouski;;Rimouski;Canada;
"""
UNCLOSED = '"Guillemet;jamais;fermé\n'  # the reader's last word: a RowProblem


def _plan(record: ContactRecord) -> tuple[Plan | None, list[Message]]:
    if isinstance(record, OrganizationRecord):
        record = ContactRecord(line=record.line, last_name=record.organization, emails=record.emails)
    return plan_record(record, Country.QUEBEC, phone_key)


def _records(tmp_path: Path) -> list[ContactRecord | RowProblem]:
    path = tmp_path / "contacts.csv"
    rows = CSV.split("\n", 1)[1]
    path.write_text(CSV + rows * 300 + UNCLOSED, encoding="utf-8")  # several chunks of the pipe
    read = list(read_contacts(open_contacts(path)))
    assert len(read) > 3 * import_pipeline.ROWS_PER_MESSAGE
    card = OrganizationRecord(line=10_000, organization="CDC du Roc", emails=["info@cdcroc.qc.ca"])
    return [*read, card, RowProblem(10_001, Message("ligne illisible"))]


def _as_lines(rows: list[tuple[object, Plan | None, list[Message]]]) -> list[tuple[object, ...]]:
    """A plain record by its line, as the process sends it."""
    return [(r.line if type(r) is ContactRecord else r, p, m) for r, p, m in rows]


def test_plan_values_give_back_an_equal_plan(tmp_path: Path) -> None:
    plans = [_plan(r)[0] for r in _records(tmp_path) if not isinstance(r, RowProblem)]
    assert any(p and p.contacts for p in plans)
    for plan in plans:
        if plan is not None:
            assert plan_from_values(plan_values(plan)) == plan


def test_the_process_plans_what_the_thread_plans(tmp_path: Path) -> None:
    records = _records(tmp_path)
    threaded = Planner(records, _plan)
    threaded.start()
    try:
        expected = [row for chunk in threaded.chunks() for row in chunk]
    finally:
        threaded.stop()
    with process_planner(iter(records), _plan) as rows:
        got = [row for chunk in rows.chunks() for row in chunk]
    assert any(isinstance(r, RowProblem) for r, _, _ in got)
    assert any(isinstance(r, OrganizationRecord) for r, _, _ in got)
    assert any(m for _, p, m in got if p is not None)  # warnings too
    assert got == _as_lines(expected)
    assert not multiprocessing.active_children()


def _failing(records: list[ContactRecord | RowProblem]) -> Iterator[ContactRecord | RowProblem]:
    yield from records[:700]
    raise ValueError("disque illisible à l'octet 4096")


def test_an_error_in_the_process_is_raised_in_the_importer(tmp_path: Path) -> None:
    with process_planner(_failing(_records(tmp_path)), _plan) as rows:
        chunks = rows.chunks()
        next(chunks)  # the rows before the error come first
        with pytest.raises(ValueError, match="octet 4096"):
            list(chunks)
    assert not multiprocessing.active_children()


def _killed(records: list[ContactRecord | RowProblem]) -> Iterator[ContactRecord | RowProblem]:
    yield from records[:10]
    os.kill(os.getpid(), signal.SIGKILL)  # runs in the planner process only
    yield from records[10:]


def test_a_process_that_dies_stops_the_import_with_an_error(tmp_path: Path) -> None:
    with (
        process_planner(_killed(_records(tmp_path)), _plan) as rows,
        pytest.raises(PlanningStopped) as stopped,
    ):
        list(rows.chunks())
    assert "rien n'a été importé" in str(stopped.value)
    assert not multiprocessing.active_children()


def test_an_importer_that_stops_reading_ends_the_process(tmp_path: Path) -> None:
    """A cancelled import leaves the block after one chunk: the process does not stay."""
    records = _records(tmp_path) * 20
    with process_planner(iter(records), _plan) as rows:
        assert next(rows.chunks())
    assert not multiprocessing.active_children()


def test_another_thread_running_means_the_planner_thread(tmp_path: Path) -> None:
    """A fork would copy a process whose other threads are anywhere: then no process."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with planner(_records(tmp_path), _plan, separate_process=True) as rows:
            assert isinstance(rows, Planner)
    finally:
        stop.set()
        other.join()
    with planner(_records(tmp_path), _plan, separate_process=True) as rows:
        assert isinstance(rows, ProcessPlanner)
        list(rows.chunks())
    with planner(_records(tmp_path), _plan) as rows:
        assert isinstance(rows, Planner)


def test_reseau_import_plans_in_a_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line asks for the process (and what it writes is checked row for row by
    test_import_same_rows.py, which runs the same command)."""
    used: list[bool] = []
    real = import_pipeline.process_planner

    def spy(*args: object) -> object:
        used.append(True)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_pipeline, "process_planner", spy)
    monkeypatch.setenv("HOME", str(tmp_path))
    source = tmp_path / "contacts.csv"
    source.write_text(CSV, encoding="utf-8")
    main(["import", str(source), "--db", str(tmp_path / "new.sqlite3")])
    assert used == [True]
