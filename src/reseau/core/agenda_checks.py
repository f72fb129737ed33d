"""The 2005 recommendations A1–A5 and the scheduling conflicts, as pure checks on an agenda.

``check_agenda(agenda)`` returns one :class:`CheckWarning` per problem. Each has a stable
``(rule, key)`` so that an acknowledgement (with its reason) survives a recomputation, and the
id of the slot to jump to when there is one.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from reseau.core.agenda import MissionAgenda, SlotView
from reseau.core.enums import Activity, HalfDay
from reseau.core.messages import Message, tr
from reseau.core.normalize import fold

# Rule codes, in the order the panel lists them.
A1, A2, A3, A4, A5 = "A1", "A2", "A3", "A4", "A5"
PERSON, OVERLAP, OUTSIDE, CITIES, SPEAKER, TIMES = (
    "personne",
    "chevauchement",
    "hors-dates",
    "villes",
    "conférencier",
    "horaire",
)
RULE_ORDER = (A1, A2, A3, A4, A5, PERSON, OVERLAP, OUTSIDE, CITIES, SPEAKER, TIMES)
# Titles are messages: the UI says them in its language, str() gives the French for the CLI.
RULE_TITLES: dict[str, Message] = {
    A1: tr("A1 · document de préparation"),
    A2: tr("A2 · temps d'échange"),
    A3: tr("A3 · un lieu par demi-journée"),
    A4: tr("A4 · secteurs rencontrés"),
    A5: tr("A5 · temps entre participants"),
    PERSON: tr("Conflit · personne"),
    OVERLAP: tr("Conflit · chevauchement"),
    OUTSIDE: tr("Conflit · hors des dates"),
    CITIES: tr("Conflit · deux villes"),
    SPEAKER: tr("Conférencier supprimé"),
    TIMES: tr("Horaire invalide"),
}


def rule_title(rule: str) -> Message:
    """The title of a rule code; an unknown code (a newer file) is shown as is."""
    return RULE_TITLES.get(rule) or tr("{rule}", rule=rule)


_TAGS = re.compile(r"<[^>]*>")
_STYLE = re.compile(r"<(style|head)[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class CheckWarning:
    rule: str
    key: str
    message: Message
    slot_id: int | None = None
    day: date | None = None
    acknowledged: str | None = None  # the reason, when acknowledged

    @property
    def is_acknowledged(self) -> bool:
        return self.acknowledged is not None


def plain_text(fragment: str) -> str:
    """The words of an HTML fragment (Qt's rich text saves a full document with a style block)."""
    return html.unescape(_TAGS.sub(" ", _STYLE.sub(" ", fragment))).strip()


def _slot_name(slot: SlotView) -> Message:
    # Typed values: the activity and half-day enums and the date are worded by the renderer.
    what: str | Activity = slot.title or slot.activity
    when: str | HalfDay = f"{slot.start:%H:%M}" if slot.start else slot.half_day
    return tr("« {what} » ({day}, {when})", what=what, day=slot.day, when=when)


def check_briefing(agenda: MissionAgenda) -> list[CheckWarning]:
    if plain_text(agenda.briefing_html):
        return []
    return [
        CheckWarning(
            A1,
            "briefing",
            tr(
                "Aucun document de préparation : rédigez l'organisation politique, les grandes "
                "politiques sociales et le rôle des villes (onglet Document de préparation)."
            ),
        )
    ]


def _ratio_problem(talk: int, present: int, ratio: float) -> bool:
    return present > 0 and talk < ratio * present


def check_exchange_time(agenda: MissionAgenda) -> list[CheckWarning]:
    ratio = agenda.settings.exchange_ratio
    talk: dict[date, int] = defaultdict(int)
    present: dict[date, int] = defaultdict(int)
    first_presentation: dict[date, int] = {}
    for slot in sorted(agenda.slots, key=lambda s: (s.day, s.start or s.end or s.day)):
        if slot.activity == Activity.PRESENTATION:
            present[slot.day] += slot.minutes
            first_presentation.setdefault(slot.day, slot.id)
        elif slot.activity == Activity.DISCUSSION:
            talk[slot.day] += slot.minutes
    warnings = [
        CheckWarning(
            A2,
            f"day:{day.isoformat()}",
            tr(
                "{day} : {talk} min d'échanges pour {present} min de présentations "
                "(attendu : au moins {ratio} × le temps de présentation).",
                day=day,
                talk=talk[day],
                present=present[day],
                ratio=float(ratio),  # a number: "1,5" in French, "1.5" in English
            ),
            first_presentation[day],
            day,
        )
        for day in sorted(present)
        if _ratio_problem(talk[day], present[day], ratio)
    ]
    total_talk, total_present = sum(talk.values()), sum(present.values())
    if _ratio_problem(total_talk, total_present, ratio):
        warnings.append(
            CheckWarning(
                A2,
                "mission",
                tr(
                    "Sur la mission : {talk} min d'échanges pour {present} min de "
                    "présentations (attendu : au moins {ratio} × le temps de présentation).",
                    talk=total_talk,
                    present=total_present,
                    ratio=float(ratio),
                ),
            )
        )
    return warnings


def _by_half_day(agenda: MissionAgenda) -> dict[tuple[date, HalfDay], list[SlotView]]:
    groups: dict[tuple[date, HalfDay], list[SlotView]] = defaultdict(list)
    for slot in agenda.slots:
        groups[(slot.day, slot.half_day)].append(slot)
    for slots in groups.values():
        slots.sort(key=lambda s: (s.start is None, s.start, s.id))
    return groups


def check_one_place(agenda: MissionAgenda) -> list[CheckWarning]:
    warnings = []
    for (day, half), slots in sorted(_by_half_day(agenda).items()):
        visits = [s for s in slots if s.activity == Activity.SITE_VISIT]
        places = {fold(s.place or s.title or str(s.id)) for s in visits}
        if len(places) > 1:
            names = ", ".join(dict.fromkeys(s.place or s.title for s in visits))
            warnings.append(
                CheckWarning(
                    A3,
                    f"visits:{day.isoformat()}:{half.value}",
                    tr(
                        "{day}, {half} : {count} lieux visités ({names}) ; "
                        "un seul lieu par demi-journée laisse le temps d'échanger.",
                        day=day,
                        half=half,
                        count=len(places),
                        names=names,
                    ),
                    visits[1].id,
                    day,
                )
            )
    return warnings


def covered_sectors(agenda: MissionAgenda) -> set[str]:
    """Folded sector texts of the hosts and speakers (and the speakers' organizations)."""
    texts: set[str] = set()
    for slot in agenda.slots:
        if slot.host and slot.host.sector:
            texts.add(fold(slot.host.sector))
        for speaker in slot.speakers:
            texts.update(fold(s) for s in speaker.sectors if s)
            if speaker.organization_sector:
                texts.add(fold(speaker.organization_sector))
    return texts


def check_sectors(agenda: MissionAgenda) -> list[CheckWarning]:
    if not agenda.slots:
        return []  # nothing planned yet: every sector "missing" would only be noise
    texts = covered_sectors(agenda)
    warnings = []
    for sector in agenda.settings.required_sectors:
        wanted = fold(sector)
        # "santé" matches "Santé publique" and "sante et services sociaux".
        if wanted and not any(wanted in text for text in texts):
            warnings.append(
                CheckWarning(
                    A4,
                    f"sector:{wanted}",
                    tr("Aucun hôte ni conférencier du secteur « {sector} » au programme.", sector=sector),
                )
            )
    return warnings


def check_debriefs(agenda: MissionAgenda) -> list[CheckWarning]:
    if not agenda.slots or agenda.start is None or agenda.end is None or agenda.end < agenda.start:
        return []  # no programme yet, or no dates to count days on
    every = max(1, agenda.settings.debrief_every_days)
    debrief_days = {s.day for s in agenda.slots if s.activity == Activity.DEBRIEF}
    warnings = []
    first = agenda.start
    while first <= agenda.end:
        last = min(agenda.end, first + timedelta(days=every - 1))
        if not any(first <= d <= last for d in debrief_days):
            message = (
                tr("Pas de rencontre entre participants le {day}.", day=first)
                if first == last
                else tr("Pas de rencontre entre participants du {first} au {last}.", first=first, last=last)
            )
            warnings.append(
                CheckWarning(
                    A5,
                    f"debrief:{first.isoformat()}",
                    message,
                    None,
                    first,
                )
            )
        first = last + timedelta(days=1)
    return warnings


def _overlap(a: SlotView, b: SlotView) -> bool:
    if a.day != b.day or None in (a.start, a.end, b.start, b.end):
        return False
    assert a.start and a.end and b.start and b.end
    return a.start < b.end and b.start < a.end


def _people(slot: SlotView, agenda: MissionAgenda) -> dict[int, str]:
    people = {p.id: p.name for p in slot.speakers}
    attendees = agenda.delegates if slot.all_delegates else slot.attendees
    people.update((p.id, p.name) for p in attendees)
    return people


def check_conflicts(agenda: MissionAgenda) -> list[CheckWarning]:
    warnings = []
    for a, b in combinations(sorted(agenda.slots, key=lambda s: s.id), 2):
        if not _overlap(a, b):
            continue
        if a.all_delegates and b.all_delegates:
            warnings.append(
                CheckWarning(
                    OVERLAP,
                    f"{a.id}:{b.id}",
                    tr(
                        "{first} et {second} se chevauchent pour toute la délégation.",
                        first=_slot_name(a),
                        second=_slot_name(b),
                    ),
                    b.id,
                    b.day,
                )
            )
            continue
        people_b = _people(b, agenda)
        for person_id, name in sorted(_people(a, agenda).items()):
            if person_id in people_b:
                warnings.append(
                    CheckWarning(
                        PERSON,
                        f"{person_id}:{a.id}:{b.id}",
                        tr(
                            "{name} est prévu(e) à deux endroits en même temps : {first} et {second}.",
                            name=name,
                            first=_slot_name(a),
                            second=_slot_name(b),
                        ),
                        b.id,
                        b.day,
                    )
                )
    return warnings


def check_dates(agenda: MissionAgenda) -> list[CheckWarning]:
    warnings = []
    for slot in agenda.slots:
        outside = (agenda.start is not None and slot.day < agenda.start) or (
            agenda.end is not None and slot.day > agenda.end
        )
        if outside:
            warnings.append(
                CheckWarning(
                    OUTSIDE,
                    str(slot.id),
                    tr("{slot} tombe en dehors des dates de la mission.", slot=_slot_name(slot)),
                    slot.id,
                    slot.day,
                )
            )
        if slot.start and slot.end and slot.end <= slot.start:
            warnings.append(
                CheckWarning(
                    TIMES,
                    str(slot.id),
                    tr(
                        "{slot} finit à {end}, avant son début.",
                        slot=_slot_name(slot),
                        end=f"{slot.end:%H:%M}",
                    ),
                    slot.id,
                    slot.day,
                )
            )
    return warnings


def check_cities(agenda: MissionAgenda) -> list[CheckWarning]:
    warnings = []
    for (day, half), slots in sorted(_by_half_day(agenda).items()):
        previous: SlotView | None = None
        for slot in slots:
            if slot.activity == Activity.TRAVEL:
                previous = None  # a travel slot separates the cities on either side of it
                continue
            if not slot.city:
                continue
            if previous is not None and fold(previous.city) != fold(slot.city):
                warnings.append(
                    CheckWarning(
                        CITIES,
                        f"{previous.id}:{slot.id}",
                        tr(
                            "{day}, {half} : {previous} puis {city} sans déplacement prévu entre les deux.",
                            day=day,
                            half=half,
                            previous=previous.city,
                            city=slot.city,
                        ),
                        slot.id,
                        day,
                    )
                )
            previous = slot
    return warnings


def check_speakers(agenda: MissionAgenda) -> list[CheckWarning]:
    return [
        CheckWarning(
            SPEAKER,
            f"{slot.id}:{fold(name)}",
            tr(
                "{name}, conférencier de {slot}, a été supprimé(e) des contacts ; le créneau est conservé.",
                name=name,
                slot=_slot_name(slot),
            ),
            slot.id,
            slot.day,
        )
        for slot in agenda.slots
        for name in slot.missing_speakers
    ]


CHECKS = (
    check_briefing,
    check_exchange_time,
    check_one_place,
    check_sectors,
    check_debriefs,
    check_conflicts,
    check_dates,
    check_cities,
    check_speakers,
)


def check_agenda(agenda: MissionAgenda) -> list[CheckWarning]:
    """Every warning, sorted by rule then day, each carrying its acknowledgement if any."""
    warnings = [w for check in CHECKS for w in check(agenda)]
    acks = agenda.acknowledgements
    warnings = [
        CheckWarning(w.rule, w.key, w.message, w.slot_id, w.day, acks.get((w.rule, w.key))) for w in warnings
    ]
    warnings.sort(key=lambda w: (RULE_ORDER.index(w.rule), w.day or date.min, w.key))
    return warnings
