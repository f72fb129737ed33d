"""The PDF reports rendered for real, their text extracted with pypdf and checked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from reseau.cli.main import main as cli_main
from reseau.db.session import Database
from reseau.reports.annual_pdf import write_annual_report
from reseau.reports.charts import CHARTS, EMPTY_TEXT
from reseau.reports.mission_pdf import write_delegate_files, write_mission_review
from reseau.services.indicators.annual_report import annual_report
from reseau.services.indicators.mission_review import delegate_briefs, mission_review
from tests.reports.pdf_text import pdf_text
from tests.services.indicator_dataset import TODAY, DatasetIds, build_dataset


@pytest.fixture
def dataset(database: Database) -> Iterator[tuple[Database, DatasetIds]]:
    with database.begin() as session:
        ids = build_dataset(session)
    yield database, ids


def test_annual_report_pdf(qapp: object, dataset: tuple[Database, DatasetIds], tmp_path: Path) -> None:
    database, _ids = dataset
    with database.begin() as session:
        report = annual_report(session, 2024, TODAY)
    steps: list[tuple[int, int]] = []
    path = write_annual_report(report, tmp_path / "bilan-2024.pdf", lambda *step: steps.append(step))
    total = len(CHARTS) + 1  # one step per chart, one for the layout: the dialog moves on
    assert steps == [(n, total) for n in range(1, total + 1)]
    text = pdf_text(path)
    assert "Bilan annuel 2024" in text
    assert "1 échange(s) dans l'année : 1 mission (délégation)" in text
    assert "Mission Bordeaux-Rennes 2024" in text
    assert "Connaître la recherche évaluative." in text and "partiellement atteint" in text
    assert "Agenda trop dense pour la recherche." in text
    assert "T02 Pauvreté" in text and "aucun contact en France" in text
    assert "Nouveaux contacts de l'année" in text
    # The charts are images: the journal chart of 2024 has data, none says "no data" for it.
    assert len(PdfReader(path).pages) >= 3


def test_annual_report_of_an_empty_year_says_so(
    qapp: object, dataset: tuple[Database, DatasetIds], tmp_path: Path
) -> None:
    database, _ids = dataset
    with database.begin() as session:
        report = annual_report(session, 1999, TODAY)
    text = pdf_text(write_annual_report(report, tmp_path / "bilan-1999.pdf"))
    assert "Aucune activité enregistrée pour 1999" in text
    assert EMPTY_TEXT in text  # every chart says it has nothing to show, instead of empty axes
    assert "Aucun échange n'a eu lieu en 1999." in text


def test_mission_review_pdf(qapp: object, dataset: tuple[Database, DatasetIds], tmp_path: Path) -> None:
    database, ids = dataset
    with database.begin() as session:
        review = mission_review(session, ids.mission)
    text = pdf_text(write_mission_review(review, tmp_path / "mission.pdf"))
    assert "Bilan de mission" in text and "Retour sur les objectifs de la mission" in text
    assert "O3 — Explorer le réseautage." in text
    assert "pertinence validée" in text and "Un stage a suivi." in text
    assert "Bordeaux" in text and "Claire Martin (Directrice, CAF de Bordeaux)" in text
    assert "Rennes" in text and "Mairie de Rennes" in text
    assert "L'action sociale de la CAF" in text and "Visite d'un centre social" in text
    assert "Envoyer le rapport à Denis" in text
    assert "Bilan du stage" not in text  # an entry of another exchange with no one of the mission


def test_delegate_pdfs(qapp: object, dataset: tuple[Database, DatasetIds], tmp_path: Path) -> None:
    database, ids = dataset
    with database.begin() as session:
        briefs = delegate_briefs(session, ids.mission)
    paths = write_delegate_files(briefs, tmp_path / "fiches")
    assert [p.name for p in paths] == [
        "mission-bordeaux-rennes-2024-bruno-gagnon.pdf",
        "mission-bordeaux-rennes-2024-alice-tremblay.pdf",
    ]
    bruno, alice = (pdf_text(p) for p in paths)
    assert "Bruno Gagnon" in bruno and "Votre programme" in bruno
    assert "L'action sociale de la CAF" in bruno
    assert "Visite d'un centre social" not in bruno  # only Alice attends it
    assert "Visite d'un centre social" in alice and "Denis Petit" in alice
    assert "claire.martin@caf.fr" in bruno and "+33 5 56 00 00 00" in bruno
    assert "Avant le départ" in bruno and "politique familiale" in bruno


def test_report_command_line(qapp: object, dataset: tuple[Database, DatasetIds], tmp_path: Path) -> None:
    database, _ids = dataset
    db = str(database.engine.url.database)
    database.dispose()
    annual, mission, folder = tmp_path / "a.pdf", tmp_path / "m.pdf", tmp_path / "fiches"
    assert cli_main(["--db", db, "report", "annual", "--year", "2025", "-o", str(annual)]) == 0
    assert "Stage de Bruno à Paris" in pdf_text(annual)
    assert cli_main(["--db", db, "report", "mission", "rennes", "-o", str(mission)]) == 0
    assert "Mission Bordeaux-Rennes 2024" in pdf_text(mission)
    assert cli_main(["--db", db, "report", "delegates", "2024", "-o", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 2
    assert cli_main(["--db", db, "report", "mission", "Tombouctou", "-o", str(mission)]) == 2
    assert date.today()  # the command line reports "today" from the clock; nothing to freeze here
