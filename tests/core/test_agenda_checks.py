"""Each agenda rule on a passing agenda and on one that breaks it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from reseau.core.agenda import CheckSettings, HostRef, MissionAgenda, PersonRef, SlotView, half_day_of
from reseau.core.agenda_checks import (
    A1,
    A2,
    A3,
    A4,
    A5,
    OUTSIDE,
    OVERLAP,
    PERSON,
    RULE_ORDER,
    SPEAKER,
    TIMES,
    TRAVEL,
    check_agenda,
    plain_text,
)
from reseau.core.enums import Activity, HalfDay
from reseau.core.typography import french

D1, D2 = date(2027, 5, 10), date(2027, 5, 11)
ANNE = PersonRef(1, "Anne Roy")
BOB = PersonRef(2, "Bob Côté")
SPEAKER_SANTE = PersonRef(10, "Dre Santé", sectors=("Santé publique",))
HOST_EDU = HostRef(20, "Académie de Rennes", sector="Éducation nationale")
HOST_EMPLOI = HostRef(21, "France Travail", sector="emploi et insertion")


def slot(
    ident: int,
    day: date,
    start: tuple[int, int],
    end: tuple[int, int],
    activity: Activity,
    **extra: object,
) -> SlotView:
    begin = time(*start)
    return SlotView(
        id=ident,
        version=1,
        day=day,
        half_day=half_day_of(begin),
        start=begin,
        end=time(*end),
        activity=activity,
        **extra,  # type: ignore[arg-type]
    )


def good_agenda() -> MissionAgenda:
    """Two days that respect every rule."""
    return MissionAgenda(
        id=1,
        title="Mission test",
        start=D1,
        end=D2,
        briefing_html="<html><head><style>p {}</style></head><body><p>La commune…</p></body></html>",
        delegates=(ANNE, BOB),
        slots=(
            slot(1, D1, (9, 0), (10, 0), Activity.PRESENTATION, city="Paris", host=HOST_EDU),
            slot(2, D1, (10, 0), (11, 0), Activity.DISCUSSION, city="Paris", speakers=(SPEAKER_SANTE,)),
            slot(3, D1, (14, 0), (16, 0), Activity.SITE_VISIT, place="Centre social", city="Paris"),
            slot(4, D1, (16, 0), (17, 0), Activity.SITE_VISIT, place="centre  SOCIAL", city="Paris"),
            slot(5, D1, (19, 0), (20, 0), Activity.DEBRIEF, city="Paris"),
            slot(6, D2, (8, 0), (10, 0), Activity.TRAVEL, city="Paris"),
            slot(7, D2, (10, 30), (11, 30), Activity.PRESENTATION, city="Rennes", host=HOST_EMPLOI),
            slot(8, D2, (11, 30), (12, 0), Activity.DISCUSSION, city="Rennes"),
            slot(9, D2, (14, 0), (15, 0), Activity.DISCUSSION, city="Rennes"),
            slot(10, D2, (18, 0), (19, 0), Activity.DEBRIEF, city="Rennes"),
            # Bob alone at a side meeting while Anne rests: no conflict.
            slot(11, D2, (16, 0), (17, 0), Activity.DISCUSSION, all_delegates=False, attendees=(BOB,)),
            slot(12, D2, (16, 0), (17, 0), Activity.FREE, all_delegates=False, attendees=(ANNE,)),
        ),
    )


def rules(agenda: MissionAgenda) -> list[str]:
    return [w.rule for w in check_agenda(agenda)]


def with_slots(agenda: MissionAgenda, *slots: SlotView, drop: tuple[int, ...] = ()) -> MissionAgenda:
    kept = tuple(s for s in agenda.slots if s.id not in drop)
    return replace(agenda, slots=kept + slots)


def test_good_agenda_has_no_warning() -> None:
    assert check_agenda(good_agenda()) == []


def test_a1_briefing_missing_or_only_markup() -> None:
    empty_qt_doc = (
        '<!DOCTYPE HTML><html><head><meta name="qrichtext" content="1" /><style type="text/css">'
        "p, li { white-space: pre-wrap; }</style></head><body><p><br /></p></body></html>"
    )
    assert plain_text(empty_qt_doc) == ""
    assert rules(replace(good_agenda(), briefing_html=empty_qt_doc)) == [A1]
    assert rules(replace(good_agenda(), briefing_html="")) == [A1]


def test_a2_more_presentation_than_exchange_in_a_day() -> None:
    agenda = with_slots(good_agenda(), drop=(2,))  # day 1 loses its hour of questions
    warnings = [w for w in check_agenda(agenda) if w.rule == A2]
    # Over the mission, day 2's extra exchanges still make up for it.
    assert [w.key for w in warnings] == ["day:2027-05-10"]
    assert warnings[0].slot_id == 1 and "0 min d'échanges pour 60 min" in str(warnings[0].message)


def test_a2_over_the_whole_mission() -> None:
    agenda = with_slots(good_agenda(), drop=(2, 9, 11))
    keys = {w.key for w in check_agenda(agenda) if w.rule == A2}
    assert keys == {"day:2027-05-10", "day:2027-05-11", "mission"}


def test_a2_ratio_is_configurable() -> None:
    strict = replace(good_agenda(), settings=CheckSettings(exchange_ratio=2.0))
    assert A2 in rules(strict)
    assert A2 not in rules(replace(good_agenda(), settings=CheckSettings(exchange_ratio=0.5)))


def test_a3_two_places_in_one_half_day() -> None:
    other = slot(30, D1, (16, 30), (17, 30), Activity.SITE_VISIT, place="Maison des solidarités")
    warnings = [w for w in check_agenda(with_slots(good_agenda(), other)) if w.rule == A3]
    assert len(warnings) == 1
    assert warnings[0].key == "visits:2027-05-10:afternoon"
    assert "Maison des solidarités" in str(warnings[0].message)


def test_a4_missing_sector_accent_insensitive() -> None:
    agenda = with_slots(good_agenda(), drop=(7,))  # the employment host goes away
    agenda = with_slots(agenda, slot(7, D2, (10, 30), (11, 30), Activity.PRESENTATION, city="Rennes"))
    warnings = [w for w in check_agenda(agenda) if w.rule == A4]
    assert [w.key for w in warnings] == ["sector:emploi"]
    # "education" typed without accent still matches "Éducation nationale".
    custom = replace(good_agenda(), settings=CheckSettings(required_sectors=("EDUCATION", "logement")))
    assert [w.key for w in check_agenda(custom)] == ["sector:logement"]


def test_a4_speaker_organization_sector_counts() -> None:
    speaker = PersonRef(11, "Jean Emploi", organization="Pôle", organization_sector="Emploi")
    agenda = with_slots(good_agenda(), drop=(7,))
    agenda = with_slots(agenda, slot(7, D2, (10, 30), (11, 30), Activity.PRESENTATION, speakers=(speaker,)))
    assert A4 not in rules(agenda)


def test_a5_debrief_every_day_or_every_n_days() -> None:
    agenda = with_slots(good_agenda(), drop=(10,))
    warnings = [w for w in check_agenda(agenda) if w.rule == A5]
    assert [w.key for w in warnings] == ["debrief:2027-05-11"]
    every_two = replace(agenda, settings=CheckSettings(debrief_every_days=2))
    assert A5 not in rules(every_two)


def test_person_in_two_overlapping_slots() -> None:
    clash = slot(31, D2, (16, 30), (17, 30), Activity.DISCUSSION, all_delegates=False, attendees=(BOB,))
    warnings = [w for w in check_agenda(with_slots(good_agenda(), clash)) if w.rule == PERSON]
    assert [w.key for w in warnings] == ["2:11:31"]
    assert "Bob Côté" in str(warnings[0].message)


def test_speaker_in_two_overlapping_slots() -> None:
    twice = slot(32, D1, (10, 30), (11, 30), Activity.FREE, all_delegates=False, speakers=(SPEAKER_SANTE,))
    warnings = [w for w in check_agenda(with_slots(good_agenda(), twice)) if w.rule == PERSON]
    assert len(warnings) == 1 and "Dre Santé" in str(warnings[0].message)


def test_overlapping_delegation_slots() -> None:
    clash = slot(33, D1, (9, 30), (10, 30), Activity.MEAL, city="Paris")
    warnings = [w for w in check_agenda(with_slots(good_agenda(), clash)) if w.rule == OVERLAP]
    assert [w.key for w in warnings] == ["1:33", "2:33"]


def test_slot_outside_the_mission() -> None:
    early = slot(34, date(2027, 5, 9), (18, 0), (20, 0), Activity.TRAVEL)
    warnings = [w for w in check_agenda(with_slots(good_agenda(), early)) if w.rule == OUTSIDE]
    assert [(w.key, w.slot_id) for w in warnings] == [("34", 34)]


def test_two_cities_without_time_to_travel_between() -> None:
    agenda = with_slots(good_agenda(), drop=(6,))  # no train: Paris, then Rennes the same morning
    agenda = with_slots(agenda, slot(6, D2, (8, 0), (10, 0), Activity.PRESENTATION, city="Paris"))
    warnings = [w for w in check_agenda(agenda) if w.rule == TRAVEL]
    assert [w.key for w in warnings] == ["6:7"]
    # Paris–Rennes is known (1 h 30 by train) plus 1 h 10 to reach and leave the stations.
    text = str(warnings[0].message)
    assert "La délégation" in text and "à Paris, puis" in text and "30 min entre les deux" in text
    assert "2 h 40" in text


def test_deleted_speaker_warns_and_keeps_the_slot() -> None:
    agenda = with_slots(good_agenda(), drop=(2,))
    agenda = with_slots(
        agenda,
        slot(
            2,
            D1,
            (10, 0),
            (11, 0),
            Activity.DISCUSSION,
            speakers=(SPEAKER_SANTE,),
            missing_speakers=("Hélène Carrère",),
        ),
    )
    warnings = [w for w in check_agenda(agenda) if w.rule == SPEAKER]
    assert len(warnings) == 1 and warnings[0].slot_id == 2
    assert "Hélène Carrère" in str(warnings[0].message)


def test_end_before_start_is_reported_not_crashing() -> None:
    broken = SlotView(36, 1, D1, HalfDay.EVENING, time(21, 0), time(20, 0), Activity.MEAL)
    warnings = [w for w in check_agenda(with_slots(good_agenda(), broken)) if w.rule == TIMES]
    assert [w.slot_id for w in warnings] == [36]


def test_acknowledgement_is_attached_by_rule_and_key() -> None:
    agenda = replace(
        good_agenda(), briefing_html="", acknowledgements={(A1, "briefing"): "envoyé par courriel"}
    )
    (warning,) = check_agenda(agenda)
    assert warning.is_acknowledged and warning.acknowledged == "envoyé par courriel"


@pytest.mark.parametrize(
    ("start", "expected"),
    [(time(8, 0), HalfDay.MORNING), (time(12, 0), HalfDay.AFTERNOON), (time(18, 30), HalfDay.EVENING)],
)
def test_half_day_of(start: time, expected: HalfDay) -> None:
    assert half_day_of(start) == expected


def test_an_empty_programme_only_asks_for_the_briefing() -> None:
    empty = replace(good_agenda(), slots=(), briefing_html="")
    assert rules(empty) == [A1]


def test_a1_untouched_template_does_not_count() -> None:
    from reseau.core.agenda import BRIEFING_TEMPLATE

    template = "".join(f"<h2>{title}</h2><p>{sentence}</p>" for title, sentence in BRIEFING_TEMPLATE)
    untouched = [w for w in check_agenda(replace(good_agenda(), briefing_html=template)) if w.rule == A1]
    assert len(untouched) == 1 and "ne contient que le plan A1" in str(untouched[0].message)
    written = template.replace("qui décide de quoi.", "qui décide de quoi. La commune gère le CCAS.")
    assert A1 not in rules(replace(good_agenda(), briefing_html=written))


def test_every_warning_says_why_in_the_report_words() -> None:
    import json
    from importlib import resources

    from reseau.core.agenda_checks import OWN_REASONS, REPORT_RULES, rule_reason

    shipped = json.loads(
        resources.files("reseau.data").joinpath("demo_2005.json").read_text(encoding="utf-8")
    )
    report = {r["code"]: r["text"] for r in shipped["agenda_rules"]}
    assert {code: str(text) for code, text in REPORT_RULES.items()} == report
    assert set(REPORT_RULES) | set(OWN_REASONS) == set(RULE_ORDER)
    agenda = replace(good_agenda(), briefing_html="")
    warning = next(w for w in check_agenda(agenda) if w.rule == A1)
    assert str(warning.reason) == french(f"Rapport de 2005 (A1) : « {report['A1']} »")
    assert str(rule_reason(PERSON)).startswith(french("Règle de Réseau : "))
