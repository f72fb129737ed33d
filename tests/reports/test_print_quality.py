"""Every PDF document rendered from the demo and read back with pypdf: print quality (issue 18).

Page numbers and a running header on every page after the cover, no heading as the last line
of a page, words found by a search (no ligature glyphs), host and delegate phones printed,
theme titles rather than codes, nothing internal, page counts that show no page left empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from reseau.db.open import open_sqlite
from reseau.reports import typeset
from reseau.reports.annual_pdf import annual_story, write_annual_report
from reseau.reports.carnet import carnet_story, write_carnet
from reseau.reports.mission_pdf import (
    delegate_story,
    mission_story,
    slug,
    write_delegate_files,
    write_mission_review,
)
from reseau.reports.participants_pdf import participants_from, participants_story, write_participants_pdf
from reseau.reports.person_report import person_story, write_person_pdf
from reseau.services.agenda.reading import check_mission, load_agenda
from reseau.services.indicators.annual_report import annual_report
from reseau.services.indicators.mission_review import delegate_briefs, mission_review
from reseau.services.io.export_contacts import ExportFilter, select_persons
from reseau.services.privacy.rights import export_person
from tests.reports import demo_documents as demo

LIGATURES = re.compile("[\ufb00-\ufb06]")
FOOTER = re.compile(r"^page (\d+) sur (\d+)$")


@dataclass(frozen=True)
class Document:
    path: Path
    headings: frozenset[str]  # every heading of the story, as printed
    running: str  # the start of the running header
    contents: bool = False  # the cover ends with the table of contents (its lines are no headings)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Document]]:
    folder = tmp_path_factory.mktemp("documents")
    database = open_sqlite(folder / "demo.db")
    with database.begin() as session:
        ids = demo.load_demo_documents(session)
    with database.begin() as session:
        agenda = load_agenda(session, ids.draft)
        warnings = check_mission(session, ids.draft)
        review = mission_review(session, ids.mission_2005)
        briefs = delegate_briefs(session, ids.draft)
        annual = annual_report(session, 2005, date(2006, 1, 15))
        persons = select_persons(session, ExportFilter())
        export = export_person(session, ids.delegate)
    database.dispose()
    docs = {}
    write_carnet(agenda, folder / "carnet.pdf", warnings)
    story = carnet_story(agenda, warnings)
    docs["carnet"] = Document(folder / "carnet.pdf", headings_of(story), agenda.title, contents=True)
    write_mission_review(review, folder / "mission.pdf")
    story = mission_story(review)
    docs["mission"] = Document(folder / "mission.pdf", headings_of(story), "Bilan de mission", contents=True)
    paths = write_delegate_files(briefs, folder / "fiches")
    for brief, path in zip(briefs, paths, strict=True):
        story = delegate_story(brief)
        docs[f"fiche:{brief.name}"] = Document(path, headings_of(story), brief.mission_title[:40])
    write_annual_report(annual, folder / "annual.pdf")
    story = annual_story(annual)
    docs["annual"] = Document(folder / "annual.pdf", headings_of(story), "Bilan annuel 2005", contents=True)
    participants = participants_from(persons)
    write_participants_pdf(participants, folder / "participants.pdf")
    story = participants_story(participants, "country", "Liste des participants")
    docs["participants"] = Document(folder / "participants.pdf", headings_of(story), "Liste des participants")
    write_person_pdf(export.data, export.name, folder / "person.pdf")
    story = person_story(export.data, export.name)
    docs["person"] = Document(folder / "person.pdf", headings_of(story), "Données détenues sur")
    yield docs


def headings_of(story: typeset.Story) -> frozenset[str]:
    return frozenset(" ".join(f.plain.split()) for f in story.flowables if isinstance(f, typeset._Heading))


def pages(path: Path) -> list[list[str]]:
    """Each page's lines, ligatures left as they are (NFKC would hide them)."""
    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in PdfReader(path).pages
    ]


def text(path: Path) -> str:
    return " ".join(" ".join(line for page in pages(path) for line in page).split())


def test_every_page_after_the_cover_has_its_number_and_the_running_header(
    documents: dict[str, Document],
) -> None:
    for name, doc in documents.items():
        found = pages(doc.path)
        for number, lines in enumerate(found[1:], start=2):
            footer = [m for line in lines if (m := FOOTER.match(line))]
            assert footer and footer[0].groups() == (str(number), str(len(found))), (name, number, lines[-3:])
            assert any(line.startswith(doc.running[:30]) for line in lines), (name, number)


def test_no_heading_is_the_last_line_of_a_page(documents: dict[str, Document]) -> None:
    for name, doc in documents.items():
        for number, lines in enumerate(pages(doc.path), start=1):
            if number == 1 and doc.contents:
                continue
            body = [x for x in lines if not FOOTER.match(x) and not x.startswith(doc.running[:30])]
            last = " ".join(body[-1].split()) if body else ""
            ends_a_heading = [h for h in doc.headings if len(last) > 3 and h.endswith(last)]
            assert not ends_a_heading, (name, number, last)


def test_text_is_searchable_and_free_of_ligature_glyphs(documents: dict[str, Document]) -> None:
    for name, doc in documents.items():
        raw = " ".join(" ".join(page) for page in pages(doc.path))
        assert not LIGATURES.search(raw), name
        assert unicodedata.normalize("NFC", raw) == raw, name
    assert "Office des personnes handicapées du Québec" in text(documents["participants"].path)


def test_the_carnet_prints_what_a_delegation_needs(documents: dict[str, Document]) -> None:
    carnet = documents["carnet"].path
    found = pages(carnet)
    cover = " ".join(found[0])
    # The cover: mission, dates from the first day of the programme, delegation, contents.
    assert "Carnet de mission" in cover and "du Dim. 9 mai 2027 au Jeu. 13 mai 2027" in cover
    assert "Délégation (5)" in cover and "Sommaire" in cover and "Programme jour par jour" in cover
    assert demo.DELEGATE_EMAIL in cover and "+1 819-555-0142" in cover
    all_text = text(carnet)
    # Host cards: phone, e-mail, postal address.
    assert "+33 1 45 65 52 52" in all_text and demo.HOST_EMAIL in all_text
    assert "32 avenue de la Sibelle, 75014 Paris, France" in all_text
    # Theme titles, not codes; nothing internal.
    assert "Les diverses formes d'aide aux familles" in all_text
    assert not re.search(r"Thèmes : T\d", all_text)
    assert "Carrère (supprimé des contacts)" not in all_text and "Hélène Carrère" in all_text
    assert len(found) <= 6


def test_delegate_files_keep_words_whole_and_names_uncut(documents: dict[str, Document]) -> None:
    files = {k: d for k, d in documents.items() if k.startswith("fiche:")}
    assert len(files) == 5
    for doc in files.values():
        content = text(doc.path)
        assert "Montparnasse" in content and "Montparnass e" not in content
        assert "Intervenants" in content and "Intervenant s" not in content
        assert "+33 1 45 65 52 52" in content  # the CNAF is every delegate's host on May 10
        name = doc.path.stem
        mission = slug("Mission 2027 : développement social local (Paris, Rennes, Bordeaux) — brouillon")
        assert (mission + "-").startswith(name.split("-paris-")[0] + "-paris-")
    morel = files["fiche:Michel Morel"].path
    assert morel.name == "mission-2027-developpement-social-local-paris-michel-morel.pdf"
    assert len(PdfReader(morel).pages) <= 3


def test_the_mission_review_places_organizations(documents: dict[str, Document]) -> None:
    cover = " ".join(pages(documents["mission"].path)[0])
    assert "Délégation (" in cover and "Marguerite Blais (Conseil de la famille et de l'enfance)" in cover
    content = text(documents["mission"].path)
    # The CNAF's address is in Paris, the Fédération des CAF de Bretagne has only its region.
    assert "Paris Organisations : • Caisse nationale des allocations familiales" in content
    assert "Bretagne Organisations : • Fédération des CAF de Bretagne" in content


def test_first_pages_are_not_empty(documents: dict[str, Document]) -> None:
    annual = pages(documents["annual"].path)[0]
    assert "Sommaire" in annual and any("échange(s) dans l'année" in line for line in annual)
    assert len(pages(documents["person"].path)[0]) > 15
    participants = pages(documents["participants"].path)
    assert len(participants[0]) > 30


def test_a_table_row_is_never_split_across_pages(tmp_path: Path) -> None:
    story = typeset.Story()
    for n in range(30):
        story.paragraph(f"Paragraphe {n}")
    tall = [typeset.Markup("<br/>".join(f"ligne {n}.{k}" for k in range(8))) for n in range(40)]
    rows = [(f"Début {n}", cell, f"Fin {n}") for n, cell in enumerate(tall)]
    story.table(("A", "B", "C"), rows, (0.3, 0.4, 0.3))
    path = tmp_path / "rows.pdf"
    assert typeset.write_story(path, story, "Lignes", typeset.Running("Lignes")) > 2
    for lines in pages(path)[1:]:
        starts = {int(m.group(1)) for x in lines if (m := re.match(r"Début (\d+)$", x))}
        ends = {int(m.group(1)) for x in lines if (m := re.match(r"Fin (\d+)$", x))}
        firsts = {int(m.group(1)) for x in lines if (m := re.match(r"ligne (\d+)\.0$", x))}
        lasts = {int(m.group(1)) for x in lines if (m := re.match(r"ligne (\d+)\.7$", x))}
        assert starts == ends == firsts == lasts and starts
        assert "A" in lines  # the header row repeats on every page


def test_a_participant_entry_is_never_split_by_a_page_break(documents: dict[str, Document]) -> None:
    """An entry is its name then its lines (title, organization, contact): a page never ends on
    a name, and the next page never starts with the rest of an entry."""
    doc = documents["participants"]
    found = pages(doc.path)
    assert len(found) >= 2  # the demo's list runs over a page break
    every_line = "\n".join(line for lines in found for line in lines)
    names = set(re.findall(r"^[A-ZÉ][\w'’-]+(?: [A-ZÉ][\w'’-]+)+$", every_line, re.MULTILINE))
    assert "Claude Bigot" in names
    for lines in found:
        body = [x for x in lines if not FOOTER.match(x) and not x.startswith(doc.running[:30])]
        assert body[-1] not in names, body[-1]
