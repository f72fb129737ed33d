"""The PDF reports follow the UI's language: English headings in English mode, French otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from reseau.db.session import Database
from reseau.reports.annual_pdf import write_annual_report
from reseau.reports.charts import CHARTS, table
from reseau.reports.participants_pdf import Participant, write_participants_pdf
from reseau.reports.person_report import write_person_pdf
from reseau.services.indicators.annual_report import AnnualReport, annual_report
from tests.reports.pdf_text import pdf_text
from tests.services.indicator_dataset import TODAY, build_dataset

PEOPLE = [
    Participant("Gérard Lescot", "lescot gerard", "Conseiller", "", "France", "g@caf.fr", ""),
    Participant("Richard Massé", "masse richard", "Directeur", "INSPQ", "Québec", "", ""),
]
PERSON = {
    "genere_le": "2027-05-10",
    "personne": {"prenom": "Richard", "nom": "Massé", "ne_pas_contacter": True, "notes": "Rencontré à Lyon"},
    "coordonnees": [{"type": "courriel", "valeur": "r@inspq.qc.ca"}],
}
# Fixed text of the French reports that must not survive in English.
FRENCH_ANNUAL = (
    "Bilan annuel",
    "Sommaire",
    "échange(s) dans l'année",
    "Les thèmes : activité et écarts",
    "Nouveaux contacts de l'année",
    "aucun contact en France",
    "Éléments probants",
    "produit le",
)


@pytest.fixture
def report_2024(database: Database) -> AnnualReport:
    with database.begin() as session:
        build_dataset(session)
    with database.begin() as session:
        return annual_report(session, 2024, TODAY, "en")


def test_annual_report_in_english(english: None, report_2024: AnnualReport, tmp_path: Path) -> None:
    text = pdf_text(write_annual_report(report_2024, tmp_path / "annual.pdf"))
    assert "Annual report 2024" in text
    assert "Summary" in text and "1 exchange(s) in the year" in text
    assert "Themes: activity and gaps" in text and "no contact in France" in text
    assert "New contacts of the year" in text and "Evidence" in text
    assert "Mission Bordeaux-Rennes 2024" in text  # data stays as it is
    for french in FRENCH_ANNUAL:
        assert french not in text, french


def test_annual_report_in_french_without_translator(
    qapp: object, report_2024: AnnualReport, tmp_path: Path
) -> None:
    text = pdf_text(write_annual_report(report_2024, tmp_path / "annual.pdf"))
    assert "Bilan annuel 2024" in text and "1 échange(s) dans l'année" in text
    assert "aucun contact en France" in text and f"produit le {TODAY:%d/%m/%Y}" in text
    assert "Annual report" not in text and "Summary" not in text


def test_chart_words_in_english(english: None, report_2024: AnnualReport) -> None:
    balance = next(c for c in CHARTS if c.key == "theme_balance")
    headers, _rows = table(balance, balance.get(report_2024.indicators))
    assert headers == [
        "Theme",
        "Persons France",
        "Persons Quebec",
        "Organizations France",
        "Organizations Quebec",
    ]
    follow_ups = next(c for c in CHARTS if c.key == "follow_ups")
    headers, rows = table(follow_ups, follow_ups.get(report_2024.indicators))
    assert headers[0] == "Follow-ups" and rows[0][0] == "Done on time"


def test_participant_list_in_english(english: None, tmp_path: Path) -> None:
    write_participants_pdf(PEOPLE, tmp_path / "list.pdf", "organization", "List of participants")
    text = pdf_text(tmp_path / "list.pdf")
    assert "No organization" in text and "Sans organisation" not in text


def test_participant_pdf_default_title_in_english(english: None, tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = tmp_path / "list.pdf"
    write_participants_pdf(PEOPLE, path)
    assert PdfReader(path).metadata.title == "List of participants"


def test_person_report_in_english(english: None, tmp_path: Path) -> None:
    text = pdf_text(write_person_pdf(PERSON, "Richard Massé", tmp_path / "person.pdf"))
    assert "Data held about Richard Massé" in text
    assert "First name" in text and "Do not contact" in text and "yes" in text
    assert "Contact details" in text and "No data." in text
    assert "Rencontré à Lyon" in text  # the notes are data
    for french in ("Données détenues", "Prénom", "Ne pas contacter", "Coordonnées", "Aucune donnée", "oui"):
        assert french not in text, french


def test_person_report_in_french(qapp: object, tmp_path: Path) -> None:
    text = pdf_text(write_person_pdf(PERSON, "Richard Massé", tmp_path / "person.pdf"))
    assert "Données détenues sur Richard Massé" in text and "Prénom" in text and "oui" in text


def test_an_english_page_renders(english: None, report_2024: AnnualReport, tmp_path: Path) -> None:
    """The English PDF is written; its first page is kept as a PNG to look at."""
    from pypdf import PdfReader

    path = write_annual_report(report_2024, tmp_path / "annual-2024.pdf")
    first = " ".join(PdfReader(path).pages[0].extract_text().split())  # Qt places words apart
    assert "Annual report 2024" in first and "Summary" in first and "produced on" in first
    assert "Bilan" not in first and "Sommaire" not in first
