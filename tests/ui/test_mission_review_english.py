"""The mission review and the delegate files in the UI's language (issue 8): the service hands
over dates, enum codes and messages; the report words them. English with the UI in English,
French without translators (the command line)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reseau.core.agenda import CheckSettings, MissionAgenda
from reseau.core.agenda_checks import check_exchange_time
from reseau.core.enums import ContactKind, Direction, HalfDay, ParticipantRole
from reseau.db.models import ContactPoint, Organization
from reseau.db.session import Database
from reseau.reports.mission_pdf import delegate_pdf, write_mission_review
from reseau.reports.words import fmt_date
from reseau.reports.words import say as report_say
from reseau.services.agenda.reading import _host
from reseau.services.indicators.mission_review import (
    CityGroup,
    DelegateBrief,
    MissionReview,
    delegate_briefs,
    list_missions,
    mission_review,
)
from tests.reports.pdf_text import pdf_text
from tests.services.indicator_dataset import DatasetIds, build_dataset

# Fixed French words that must not survive in an English report.
FRENCH_WORDS = (
    "Ville non précisée",
    "du 01/10",
    "du ",
    " au ",
    "matin",
    "après-midi",
    " présentation ",  # the activity (the evidence, data, says "présentations")
    ">visite terrain<",
    "Québec → France",
    "conférencier",
    "hôte",
    "courriel",
    "téléphone",
    "pleinement atteint",
    "pertinence validée",
    "à faire",
    "octobre",
)


def _english_span() -> str:
    """The mission's dates in the English locale's short form (2024-10-01 in en_CA)."""
    span = f"from {fmt_date(date(2024, 10, 1))} to {fmt_date(date(2024, 10, 8))}"
    assert "/10/" not in span and "octobre" not in span  # a French form would not count
    return span


@pytest.fixture
def data(database: Database) -> Iterator[tuple[MissionReview, tuple[DelegateBrief, ...]]]:
    with database.begin() as session:
        ids: DatasetIds = build_dataset(session)
        review = mission_review(session, ids.mission)
        briefs = delegate_briefs(session, ids.mission)
    # A group whose city is unknown: the service says None, the report words it.
    yield replace(review, met=(*review.met, CityGroup(None, ("Sans-Ville inc.",), ()))), briefs


def test_the_service_gives_typed_values(data: tuple[MissionReview, tuple[DelegateBrief, ...]]) -> None:
    review, briefs = data
    assert (review.start, review.end, review.direction) == (
        date(2024, 10, 1),
        date(2024, 10, 8),
        Direction.QC_TO_FR,
    )
    assert str(review.dates) == "du 1 octobre 2024 au 8 octobre 2024"
    assert review.slots[0].half_day == HalfDay.MORNING
    assert review.met[-1].city is None
    bruno = briefs[0]
    assert bruno.contacts[1].role == ParticipantRole.SPEAKER
    assert str(bruno.contacts[1].details[0]) == "courriel\u00a0: claire.martin@caf.fr"


def test_mission_review_pdf_in_english(
    english: None, data: tuple[MissionReview, tuple[DelegateBrief, ...]], tmp_path: Path
) -> None:
    review, _briefs = data
    html = pdf_text(write_mission_review(review, tmp_path / "review.pdf"))
    assert "Mission review" in html and "page 2 of" in html
    assert "Delegation (2): Bruno Gagnon (Ministère de la Famille)" in html
    html = html.replace("CIUSSS du Centre", "")  # a name (data) on the cover, not the report's words
    assert _english_span() in html
    assert "Quebec → France" in html
    assert "morning" in html and "afternoon" in html  # the half-days of the agenda table
    assert "presentation" in html and "site visit" in html
    assert "fully met" in html and "relevance confirmed" in html
    assert "City not specified" in html
    for word in FRENCH_WORDS:
        assert word not in html, word


def test_delegate_file_pdf_in_english(
    english: None, data: tuple[MissionReview, tuple[DelegateBrief, ...]], tmp_path: Path
) -> None:
    _review, briefs = data
    html = pdf_text(delegate_pdf(briefs[0], tmp_path / "file.pdf"))
    assert "Your programme" in html and "Speaker — " in html and "Host" in html
    assert "e-mail: claire.martin@caf.fr" in html and "phone: +33 5 56 00 00 00" in html
    assert "morning" in html
    assert _english_span() in html
    for word in FRENCH_WORDS:
        assert word not in html, word


def test_reports_stay_french_without_translators(
    qapp: object, data: tuple[MissionReview, tuple[DelegateBrief, ...]], tmp_path: Path
) -> None:
    review, briefs = data
    html = pdf_text(write_mission_review(review, tmp_path / "review.pdf"))
    assert "du 01/10/2024 au 08/10/2024 Québec → France" in html
    assert "matin" in html and "Ville non précisée" in html and "pleinement atteint" in html
    # A PDF's text gives its no-break spaces back as plain ones (the glyph is the space's).
    first = pdf_text(delegate_pdf(briefs[0], tmp_path / "file.pdf")).replace("\u00a0", " ")
    assert "Conférencier — " in first and "courriel : claire.martin@caf.fr" in first


def test_mission_choices_in_english(english: None, database: Database) -> None:
    with database.begin() as session:
        build_dataset(session)
        missions = list_missions(session)
    from reseau.ui.i18n import say

    assert say(missions[0].dates).startswith("from ")


def test_host_contacts_and_a2_ratio_follow_the_language(english: None) -> None:
    org = Organization(id=1, name="CAF", city="Bordeaux")
    org.contact_points = [ContactPoint(kind=ContactKind.EMAIL, value="a@caf.fr")]
    host = _host(org)
    assert str(host.contacts[0]) == "courriel\u00a0: a@caf.fr"
    assert report_say(host.contacts[0]) == "e-mail: a@caf.fr"
    from reseau.ui.i18n import say

    agenda = _agenda_with_short_talk(1.5)
    warning = check_exchange_time(agenda)[-1]
    assert "1.5 ×" in say(warning.message) and "1,5 ×" in str(warning.message)
    warning = check_exchange_time(_agenda_with_short_talk(1.25))[-1]
    assert "1.25 ×" in say(warning.message) and "1,25 ×" in str(warning.message)


def _agenda_with_short_talk(ratio: float) -> MissionAgenda:
    from tests.core.test_agenda_checks import good_agenda

    return replace(good_agenda(), settings=CheckSettings(exchange_ratio=ratio))
