"""The PDF participant list: grouped, accented text readable by pypdf."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from reseau.reports.participants_pdf import Participant, write_participants_pdf

PEOPLE = [
    Participant(
        "Richard Massé",
        "masse richard",
        "Directeur",
        "Institut national de santé publique du Québec",
        "Québec",
        "r@inspq.qc.ca",
        "+1 418-555-0100",
    ),
    Participant(
        "Denis St-Amand",
        "saint amand denis",
        "",
        "Association québécoise d'établissements de santé",
        "Québec",
        "",
        "",
    ),
    Participant(
        "Gérard Lescot",
        "lescot gerard",
        "Conseiller",
        "CAF de la Gironde",
        "France",
        "g@caf.fr",
        "+33 5 56 00 11 22",
    ),
]


def test_pdf_grouped_by_country(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    assert write_participants_pdf(PEOPLE, path, "country") == 3
    # Qt places each word separately; pypdf reports the gaps as tabs.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Liste des participants" in text
    assert (
        text.index("France")
        < text.index("Gérard Lescot")
        < text.index("Québec")
        < text.index("Richard Massé")
    )
    assert "Denis St-Amand" in text and "+33 5 56 00 11 22" in text


def test_pdf_grouped_by_organization(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "o.pdf"
    write_participants_pdf(PEOPLE, path, "organization", "Mission 2005")
    # Qt places each word separately; pypdf reports the gaps as tabs.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert text.index("CAF de la Gironde") < text.index("Gérard Lescot") < text.index("Institut national")
