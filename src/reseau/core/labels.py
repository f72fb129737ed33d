"""French (Québec) and English labels for the enum codes.

The UI shows these through ``label(code, lang)``; the command line and the PDF exports use them
too, so one table serves every place where a code turns into words.
"""

from __future__ import annotations

from enum import StrEnum

from reseau.core import enums as e

FRENCH: dict[StrEnum, str] = {
    e.Country.FRANCE: "France",
    e.Country.QUEBEC: "Québec",
    e.Country.OTHER: "Autre",
    e.OrgLevel.NATIONAL: "national",
    e.OrgLevel.REGIONAL: "régional",
    e.OrgLevel.DEPARTMENTAL: "départemental",
    e.OrgLevel.LOCAL: "local",
    e.PersonRole.ELECTED: "élu",
    e.PersonRole.MANAGER: "gestionnaire",
    e.PersonRole.PRACTITIONER: "intervenant",
    e.PersonRole.RESEARCHER: "chercheur",
    e.PersonRole.CITIZEN: "citoyen",
    e.PersonRole.CIVIL_SERVANT: "fonctionnaire",
    e.ContactKind.EMAIL: "courriel",
    e.ContactKind.PHONE: "téléphone",
    e.ContactKind.ADDRESS: "adresse",
    e.ContactKind.WEB: "site Web",
    e.ThemeKind.FOLLOW_UP: "thème de suivi",
    e.ThemeKind.RECOMMENDATION: "recommandation",
    e.ThemeKind.USER: "thème personnel",
    e.ThemeStatus.TO_START: "à lancer",
    e.ThemeStatus.ACTIVE: "actif",
    e.ThemeStatus.DORMANT: "en veille",
    e.ThemeStatus.CLOSED: "clos",
    e.ExchangeKind.MISSION: "mission (délégation)",
    e.ExchangeKind.STAGE: "stage",
    e.ExchangeKind.VISIT: "visite",
    e.ExchangeKind.SEMINAR: "séminaire ou événement",
    e.ExchangeKind.CONTENT: "échange de contenu",
    e.ExchangeStatus.IDEA: "idée",
    e.ExchangeStatus.PROPOSED: "proposé",
    e.ExchangeStatus.PLANNED: "planifié",
    e.ExchangeStatus.CONFIRMED: "confirmé",
    e.ExchangeStatus.DONE: "réalisé",
    e.ExchangeStatus.ASSESSED: "bilan fait",
    e.ExchangeStatus.CANCELLED: "annulé",
    e.Direction.QC_TO_FR: "Québec → France",
    e.Direction.FR_TO_QC: "France → Québec",
    e.Direction.BOTH: "dans les deux sens",
    e.ParticipantRole.DELEGATE: "délégué",
    e.ParticipantRole.COORDINATOR: "coordonnateur",
    e.ParticipantRole.HOST: "hôte",
    e.ParticipantRole.SPEAKER: "conférencier",
    e.ParticipantRole.INTERN: "stagiaire",
    e.ParticipantRole.TUTOR: "tuteur",
    e.OrgRole.HOME: "organisation d'origine",
    e.OrgRole.HOST: "organisation d'accueil",
    e.Assessment.FULLY: "pleinement atteint",
    e.Assessment.LARGELY: "grandement atteint",
    e.Assessment.PARTIALLY: "partiellement atteint",
    e.Assessment.NOT_MET: "non atteint",
    e.Assessment.RELEVANCE_CONFIRMED: "pertinence validée",
    e.Assessment.TO_ASSESS: "à évaluer",
    e.AgreementStatus.TO_DRAFT: "à rédiger",
    e.AgreementStatus.SENT: "envoyée",
    e.AgreementStatus.SIGNED: "signée",
    e.HalfDay.MORNING: "matin",
    e.HalfDay.AFTERNOON: "après-midi",
    e.HalfDay.EVENING: "soirée",
    e.Activity.PRESENTATION: "présentation",
    e.Activity.DISCUSSION: "échanges/questions",
    e.Activity.SITE_VISIT: "visite terrain",
    e.Activity.DEBRIEF: "rencontre entre participants",
    e.Activity.TRAVEL: "déplacement",
    e.Activity.MEAL: "repas",
    e.Activity.FREE: "temps libre",
    e.InteractionKind.MEETING: "rencontre",
    e.InteractionKind.EMAIL: "courriel",
    e.InteractionKind.CALL: "appel",
    e.InteractionKind.VISIT: "visite",
    e.InteractionKind.PRESENTATION: "présentation",
    e.InteractionKind.SEMINAR: "séminaire",
    e.FollowUpState.NONE: "aucun",
    e.FollowUpState.OPEN: "à faire",
    e.FollowUpState.DONE: "fait",
}

ENGLISH: dict[StrEnum, str] = {
    e.Country.FRANCE: "France",
    e.Country.QUEBEC: "Quebec",
    e.Country.OTHER: "Other",
    e.OrgLevel.DEPARTMENTAL: "departmental",
    e.OrgLevel.REGIONAL: "regional",
    e.PersonRole.ELECTED: "elected official",
    e.PersonRole.PRACTITIONER: "practitioner",
    e.PersonRole.CIVIL_SERVANT: "civil servant",
    e.ContactKind.EMAIL: "e-mail",
    e.ContactKind.WEB: "website",
    e.ThemeKind.FOLLOW_UP: "follow-up theme",
    e.ThemeKind.USER: "own theme",
    e.ThemeStatus.TO_START: "to start",
    e.ExchangeKind.MISSION: "mission (delegation)",
    e.ExchangeKind.STAGE: "internship",
    e.ExchangeKind.SEMINAR: "seminar or event",
    e.ExchangeKind.CONTENT: "content exchange",
    e.ExchangeStatus.ASSESSED: "assessed",
    e.Direction.QC_TO_FR: "Quebec → France",
    e.Direction.FR_TO_QC: "France → Quebec",
    e.ParticipantRole.INTERN: "intern",
    e.OrgRole.HOME: "home organization",
    e.OrgRole.HOST: "host organization",
    e.Assessment.FULLY: "fully met",
    e.Assessment.LARGELY: "largely met",
    e.Assessment.PARTIALLY: "partially met",
    e.Assessment.NOT_MET: "not met",
    e.Assessment.RELEVANCE_CONFIRMED: "relevance confirmed",
    e.Assessment.TO_ASSESS: "to assess",
    e.AgreementStatus.TO_DRAFT: "to draft",
    e.Activity.DISCUSSION: "discussion/questions",
    e.Activity.DEBRIEF: "participants' debrief",
    e.Activity.FREE: "free time",
    e.InteractionKind.EMAIL: "e-mail",
    e.FollowUpState.OPEN: "to do",
}


# A StrEnum hashes and compares as its value, so a code that two enums share ("done", "host",
# "seminar") is ONE key in the tables above and the last entry wins. Those are told apart here.
_SHARED: dict[tuple[type[StrEnum], str, str], str] = {
    (e.ExchangeStatus, "done", "fr"): "réalisé",
    (e.FollowUpState, "done", "fr"): "fait",
    (e.ExchangeStatus, "done", "en"): "done",
    (e.FollowUpState, "done", "en"): "done",
    (e.ParticipantRole, "host", "fr"): "hôte",
    (e.OrgRole, "host", "fr"): "organisation d'accueil",
    (e.ParticipantRole, "host", "en"): "host",
    (e.OrgRole, "host", "en"): "host organization",
    (e.ExchangeKind, "seminar", "fr"): "séminaire ou événement",
    (e.InteractionKind, "seminar", "fr"): "séminaire",
    (e.ExchangeKind, "seminar", "en"): "seminar or event",
    (e.InteractionKind, "seminar", "en"): "seminar",
}


def label(code: StrEnum, lang: str = "fr") -> str:
    """The words for ``code`` in ``lang`` ("fr" or "en"); English falls back to the code."""
    shared = _SHARED.get((type(code), str(code.value), "fr" if lang.startswith("fr") else "en"))
    if shared is not None:
        return shared
    if lang.startswith("fr"):
        return FRENCH.get(code, str(code.value))
    return ENGLISH.get(code, str(code.value).replace("_", " "))
