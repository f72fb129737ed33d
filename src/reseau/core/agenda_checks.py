"""The 2005 recommendations A1–A5 and the scheduling conflicts, as pure checks on an agenda.

``check_agenda(agenda)`` returns one :class:`CheckWarning` per problem. Each has a stable
``(rule, key)`` so that an acknowledgement (with its reason) survives a recomputation, and the
id of the slot to jump to when there is one. ``rule_reason(rule)`` says why the rule exists: the
2005 report's own recommendation for A1–A5, Réseau's reason for the conflicts. The travel checks
(trips between places, per person and for the delegation) live in
:mod:`reseau.core.agenda_travel`.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from reseau.core.agenda import BRIEFING_TEMPLATE_PARTS, MissionAgenda, SlotView
from reseau.core.agenda_travel import TravelConflict, travel_findings
from reseau.core.enums import Activity, HalfDay
from reseau.core.messages import Message, tr
from reseau.core.normalize import fold
from reseau.core.travel import TravelMode, duration_words

# Rule codes, in the order the panel lists them.
A1, A2, A3, A4, A5 = "A1", "A2", "A3", "A4", "A5"
PERSON, OVERLAP, OUTSIDE, TRAVEL, NO_CITY, UNKNOWN_CITY, ZONE, SPEAKER, TIMES = (
    "personne",
    "chevauchement",
    "hors-dates",
    "trajet",
    "sans-ville",
    "ville-inconnue",
    "fuseau",
    "conférencier",
    "horaire",
)
RULE_ORDER = (
    A1,
    A2,
    A3,
    A4,
    A5,
    PERSON,
    OVERLAP,
    OUTSIDE,
    TRAVEL,
    NO_CITY,
    UNKNOWN_CITY,
    ZONE,
    SPEAKER,
    TIMES,
)
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
    TRAVEL: tr("Conflit · trajet"),
    NO_CITY: tr("Lieu sans ville"),
    UNKNOWN_CITY: tr("Ville inconnue"),
    ZONE: tr("Fuseau horaire"),
    SPEAKER: tr("Conférencier supprimé"),
    TIMES: tr("Horaire invalide"),
}

# The 2005 report's recommendations for the next mission, word for word (mission-2005.json's
# next_mission_agenda_rules, shipped in reseau/data/demo_2005.json; a test keeps them equal).
REPORT_RULES: dict[str, Message] = {
    A1: tr(
        "Fournir à chaque participant un document présentant l'organisation politique française, "
        "une synthèse des grandes politiques sociales et les différences entre les rôles des villes "
        "et municipalités en France et au Québec."
    ),
    A2: tr(
        "Équilibrer le temps consacré aux présentations et le temps consacré aux questions et aux "
        "échanges avec les intervenants."
    ),
    A3: tr(
        "Limiter les visites à un lieu par demi-journée, de façon à permettre les échanges avec les "
        "intervenants et les citoyens."
    ),
    A4: tr(
        "S'assurer que pourront aussi être rencontrés d'autres acteurs intervenant dans les mêmes "
        "milieux (santé, éducation, emploi, etc.)."
    ),
    A5: tr(
        "Laisser du temps, à l'intérieur même du programme de la mission, pour que les participants "
        "puissent échanger entre eux."
    ),
}
# Why the conflicts matter: Réseau's own words (the report has no rule for them).
OWN_REASONS: dict[str, Message] = {
    PERSON: tr("Une personne ne peut pas être à deux endroits en même temps."),
    OVERLAP: tr("La délégation entière ne peut pas suivre deux activités à la fois."),
    OUTSIDE: tr("Un créneau hors des dates de la mission n'aura pas lieu avec la délégation."),
    TRAVEL: tr(
        "Un trajet plus long que l'écart entre deux créneaux fait arriver en retard : il écourte "
        "les échanges avec les intervenants que le rapport de 2005 demande de préserver (A2, A3)."
    ),
    NO_CITY: tr("Sans ville, Réseau ne peut pas calculer le temps de trajet vers ce lieu ni depuis ce lieu."),
    UNKNOWN_CITY: tr(
        "Réseau ne connaît que les villes de France et du Québec de plus de 15 000 habitants "
        "(GeoNames) ; pour une autre, indiquez le temps de trajet dans les paramètres de la mission."
    ),
    ZONE: tr(
        "Une heure écrite au fuseau d'une autre ville décale le créneau dans le calendrier de "
        "chacun (18 h à Montréal, c'est minuit à Paris)."
    ),
    SPEAKER: tr("Un conférencier supprimé des contacts ne recevra ni programme ni invitation."),
    TIMES: tr("Un créneau qui finit avant son début ne peut être ni affiché ni exporté correctement."),
}


def rule_reason(rule: str) -> Message | None:
    """Why the rule exists: « Rapport de 2005 (A3) : « Limiter les visites… » », or Réseau's reason."""
    if rule in REPORT_RULES:
        return tr("Rapport de 2005 ({code}) : « {words} »", code=rule, words=REPORT_RULES[rule])
    if rule in OWN_REASONS:
        return tr("Règle de Réseau : {words}", words=OWN_REASONS[rule])
    return None


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

    @property
    def reason(self) -> Message | None:
        """Why it matters: the report's recommendation (A1–A5) or Réseau's reason."""
        return rule_reason(self.rule)


def plain_text(fragment: str) -> str:
    """The words of an HTML fragment (Qt's rich text saves a full document with a style block)."""
    return html.unescape(_TAGS.sub(" ", _STYLE.sub(" ", fragment))).strip()


def _slot_name(slot: SlotView) -> Message:
    # Typed values: the activity and half-day enums and the date are worded by the renderer.
    what: str | Activity = slot.title or slot.activity
    when: str | HalfDay = f"{slot.start:%H:%M}" if slot.start else slot.half_day
    return tr("« {what} » ({day}, {when})", what=what, day=slot.day, when=when)


def written_text(briefing_html: str) -> str:
    """The briefing's words once the untouched parts of the A1 template are taken out."""
    text = " ".join(fold(plain_text(briefing_html)).split())
    for part in BRIEFING_TEMPLATE_PARTS:
        text = text.replace(" ".join(fold(part).split()), " ")
    return text.strip()


def check_briefing(agenda: MissionAgenda) -> list[CheckWarning]:
    if written_text(agenda.briefing_html):
        return []
    if plain_text(agenda.briefing_html):
        return [
            CheckWarning(
                A1,
                "briefing",
                tr(
                    "Le document de préparation ne contient que le plan A1 : remplacez les phrases "
                    "du modèle par le contenu remis aux participants."
                ),
            )
        ]
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
    by_day: dict[date, list[SlotView]] = defaultdict(list)
    for slot in sorted(agenda.slots, key=lambda s: s.id):
        by_day[slot.day].append(slot)  # slots of different days never overlap: pair within a day
    pairs = (pair for day in sorted(by_day) for pair in combinations(by_day[day], 2))
    for a, b in pairs:
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


MODE_WORDS: dict[TravelMode, Message] = {
    TravelMode.WALK: tr("à pied"),
    TravelMode.CAR: tr("en voiture"),
    TravelMode.TRAIN: tr("en train"),
    TravelMode.PLANE: tr("en avion"),
}


def _trip_words(conflict: TravelConflict) -> Message:
    trip = conflict.trip
    if trip.known:
        return tr("{mode}, temps connu de la mission", mode=MODE_WORDS[trip.mode])
    return tr("{mode}, environ {km} km", mode=MODE_WORDS[trip.mode], km=round(trip.km or 0))


def _travel_warning(conflict: TravelConflict) -> CheckWarning:
    who = tr("La délégation") if conflict.delegation else tr("{names}", names=", ".join(conflict.people))
    before, after = conflict.before, conflict.after
    return CheckWarning(
        TRAVEL,
        f"{before.id}:{after.id}",
        tr(
            "{who} : {first} à {origin}, puis {second} à {destination} ; {gap} entre les deux "
            "pour un trajet d'environ {trip} ({how}).",
            who=who,
            first=_slot_name(before),
            origin=conflict.origin,
            second=_slot_name(after),
            destination=conflict.destination,
            gap=duration_words(conflict.gap_minutes),
            trip=duration_words(conflict.trip.minutes),
            how=_trip_words(conflict),
        ),
        after.id,
        after.day,
    )


def check_travel(agenda: MissionAgenda) -> list[CheckWarning]:
    findings = travel_findings(agenda)
    warnings = [_travel_warning(c) for c in findings.conflicts]
    warnings.extend(
        CheckWarning(
            UNKNOWN_CITY,
            fold(city),
            tr(
                "« {city} » ({slot}) n'est pas dans la table des villes : indiquez le temps de "
                "trajet (Paramètres…) ou corrigez la ville.",
                city=city,
                slot=_slot_name(slot),
            ),
            slot.id,
            slot.day,
        )
        for slot, city in findings.unknown_cities
    )
    warnings.extend(
        CheckWarning(
            NO_CITY,
            str(slot.id),
            tr(
                "{slot} a lieu à « {place} » sans ville : indiquez la ville (ou celle de "
                "l'organisation hôte).",
                slot=_slot_name(slot),
                place=slot.place,
            ),
            slot.id,
            slot.day,
        )
        for slot in findings.cityless
    )
    return warnings


def check_zones(agenda: MissionAgenda) -> list[CheckWarning]:
    """A slot in a city of another zone than the one its times are written in."""
    warnings = []
    for slot in agenda.slots:
        city = agenda.travel.city(slot.effective_city) if slot.effective_city else None
        zone = agenda.zone_of(slot)
        if city is not None and city.timezone and city.timezone != zone:
            warnings.append(
                CheckWarning(
                    ZONE,
                    str(slot.id),
                    tr(
                        "{slot} a lieu à {city} ({city_zone}) mais ses heures sont au fuseau {zone} : "
                        "choisissez le fuseau du lieu dans le créneau.",
                        slot=_slot_name(slot),
                        city=city.name,
                        city_zone=city.timezone,
                        zone=zone,
                    ),
                    slot.id,
                    slot.day,
                )
            )
    return warnings


CHECKS = (
    check_briefing,
    check_exchange_time,
    check_one_place,
    check_sectors,
    check_debriefs,
    check_conflicts,
    check_dates,
    check_travel,
    check_zones,
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
