"""French (Québec) and English labels for the enum codes.

The UI shows these through ``label(code, lang)``; the command line and the PDF exports use them
too, so one table serves every place where a code turns into words.
"""

from __future__ import annotations

from enum import StrEnum
from typing import cast

from reseau.core import enums as e

_FR_PAIRS: list[tuple[StrEnum, str]] = [
    (e.Country.FRANCE, "France"),
    (e.Country.QUEBEC, "Québec"),
    (e.Country.OTHER, "Autre"),
    (e.OrgLevel.NATIONAL, "national"),
    (e.OrgLevel.REGIONAL, "régional"),
    (e.OrgLevel.DEPARTMENTAL, "départemental"),
    (e.OrgLevel.LOCAL, "local"),
    (e.PersonRole.ELECTED, "élu"),
    (e.PersonRole.MANAGER, "gestionnaire"),
    (e.PersonRole.PRACTITIONER, "intervenant"),
    (e.PersonRole.RESEARCHER, "chercheur"),
    (e.PersonRole.CITIZEN, "citoyen"),
    (e.PersonRole.CIVIL_SERVANT, "fonctionnaire"),
    (e.ContactKind.EMAIL, "courriel"),
    (e.ContactKind.PHONE, "téléphone"),
    (e.ContactKind.ADDRESS, "adresse"),
    (e.ContactKind.WEB, "site Web"),
    (e.ContactUsage.WORK, "travail"),
    (e.ContactUsage.HOME, "domicile"),
    (e.ContactUsage.CELL, "cellulaire"),
    (e.ContactUsage.FAX, "télécopieur"),
    (e.ContactUsage.OTHER, "autre"),
    (e.ThemeKind.FOLLOW_UP, "thème de suivi"),
    (e.ThemeKind.RECOMMENDATION, "recommandation"),
    (e.ThemeKind.USER, "thème personnel"),
    (e.ThemeStatus.TO_START, "à lancer"),
    (e.ThemeStatus.ACTIVE, "actif"),
    (e.ThemeStatus.DORMANT, "en veille"),
    (e.ThemeStatus.CLOSED, "clos"),
    (e.ExchangeKind.MISSION, "mission (délégation)"),
    (e.ExchangeKind.STAGE, "stage"),
    (e.ExchangeKind.VISIT, "visite"),
    (e.ExchangeKind.SEMINAR, "séminaire ou événement"),
    (e.ExchangeKind.CONTENT, "échange de contenu"),
    (e.ExchangeStatus.IDEA, "idée"),
    (e.ExchangeStatus.PROPOSED, "proposé"),
    (e.ExchangeStatus.PLANNED, "planifié"),
    (e.ExchangeStatus.CONFIRMED, "confirmé"),
    (e.ExchangeStatus.DONE, "réalisé"),
    (e.ExchangeStatus.ASSESSED, "bilan fait"),
    (e.ExchangeStatus.CANCELLED, "annulé"),
    (e.Direction.QC_TO_FR, "Québec → France"),
    (e.Direction.FR_TO_QC, "France → Québec"),
    (e.Direction.BOTH, "dans les deux sens"),
    (e.ParticipantRole.DELEGATE, "délégué"),
    (e.ParticipantRole.COORDINATOR, "coordonnateur"),
    (e.ParticipantRole.HOST, "hôte"),
    (e.ParticipantRole.SPEAKER, "conférencier"),
    (e.ParticipantRole.INTERN, "stagiaire"),
    (e.ParticipantRole.TUTOR, "tuteur"),
    (e.OrgRole.HOME, "organisation d'origine"),
    (e.OrgRole.HOST, "organisation d'accueil"),
    (e.Assessment.FULLY, "pleinement atteint"),
    (e.Assessment.LARGELY, "grandement atteint"),
    (e.Assessment.PARTIALLY, "partiellement atteint"),
    (e.Assessment.NOT_MET, "non atteint"),
    (e.Assessment.RELEVANCE_CONFIRMED, "pertinence validée"),
    (e.Assessment.TO_ASSESS, "à évaluer"),
    (e.AgreementStatus.TO_DRAFT, "à rédiger"),
    (e.AgreementStatus.SENT, "envoyée"),
    (e.AgreementStatus.SIGNED, "signée"),
    (e.HalfDay.MORNING, "matin"),
    (e.HalfDay.AFTERNOON, "après-midi"),
    (e.HalfDay.EVENING, "soirée"),
    (e.Activity.PRESENTATION, "présentation"),
    (e.Activity.DISCUSSION, "échanges/questions"),
    (e.Activity.SITE_VISIT, "visite terrain"),
    (e.Activity.DEBRIEF, "rencontre entre participants"),
    (e.Activity.TRAVEL, "déplacement"),
    (e.Activity.MEAL, "repas"),
    (e.Activity.FREE, "temps libre"),
    (e.InteractionKind.MEETING, "rencontre"),
    (e.InteractionKind.EMAIL, "courriel"),
    (e.InteractionKind.CALL, "appel"),
    (e.InteractionKind.VISIT, "visite"),
    (e.InteractionKind.PRESENTATION, "présentation"),
    (e.InteractionKind.SEMINAR, "séminaire"),
    (e.FollowUpState.NONE, "aucun"),
    (e.FollowUpState.OPEN, "à faire"),
    (e.FollowUpState.DONE, "fait"),
]

_EN_PAIRS: list[tuple[StrEnum, str]] = [
    (e.Country.FRANCE, "France"),
    (e.Country.QUEBEC, "Quebec"),
    (e.Country.OTHER, "Other"),
    (e.OrgLevel.DEPARTMENTAL, "departmental"),
    (e.OrgLevel.REGIONAL, "regional"),
    (e.PersonRole.ELECTED, "elected official"),
    (e.PersonRole.PRACTITIONER, "practitioner"),
    (e.PersonRole.CIVIL_SERVANT, "civil servant"),
    (e.ContactKind.EMAIL, "e-mail"),
    (e.ContactKind.WEB, "website"),
    (e.ContactUsage.WORK, "work"),
    (e.ContactUsage.HOME, "home"),
    (e.ContactUsage.CELL, "mobile"),
    (e.ContactUsage.FAX, "fax"),
    (e.ContactUsage.OTHER, "other"),
    (e.ThemeKind.FOLLOW_UP, "follow-up theme"),
    (e.ThemeKind.USER, "own theme"),
    (e.ThemeStatus.TO_START, "to start"),
    (e.ExchangeKind.MISSION, "mission (delegation)"),
    (e.ExchangeKind.STAGE, "internship"),
    (e.ExchangeKind.SEMINAR, "seminar or event"),
    (e.ExchangeKind.CONTENT, "content exchange"),
    (e.ExchangeStatus.ASSESSED, "assessed"),
    (e.Direction.QC_TO_FR, "Quebec → France"),
    (e.Direction.FR_TO_QC, "France → Quebec"),
    (e.ParticipantRole.INTERN, "intern"),
    (e.OrgRole.HOME, "home organization"),
    (e.OrgRole.HOST, "host organization"),
    (e.Assessment.FULLY, "fully met"),
    (e.Assessment.LARGELY, "largely met"),
    (e.Assessment.PARTIALLY, "partially met"),
    (e.Assessment.NOT_MET, "not met"),
    (e.Assessment.RELEVANCE_CONFIRMED, "relevance confirmed"),
    (e.Assessment.TO_ASSESS, "to assess"),
    (e.AgreementStatus.TO_DRAFT, "to draft"),
    (e.Activity.DISCUSSION, "discussion/questions"),
    (e.Activity.DEBRIEF, "participants' debrief"),
    (e.Activity.FREE, "free time"),
    (e.InteractionKind.EMAIL, "e-mail"),
    (e.FollowUpState.OPEN, "to do"),
    (e.Activity.PRESENTATION, "presentation"),
    (e.Activity.SITE_VISIT, "site visit"),
    (e.Activity.TRAVEL, "travel"),
    (e.Activity.MEAL, "meal"),
    (e.AgreementStatus.SENT, "sent"),
    (e.AgreementStatus.SIGNED, "signed"),
    (e.ContactKind.PHONE, "phone"),
    (e.ContactKind.ADDRESS, "address"),
    (e.Direction.BOTH, "both ways"),
    (e.ExchangeKind.VISIT, "visit"),
    (e.ExchangeStatus.IDEA, "idea"),
    (e.ExchangeStatus.PROPOSED, "proposed"),
    (e.ExchangeStatus.PLANNED, "planned"),
    (e.ExchangeStatus.CONFIRMED, "confirmed"),
    (e.ExchangeStatus.DONE, "done"),
    (e.ExchangeStatus.CANCELLED, "cancelled"),
    (e.FollowUpState.NONE, "none"),
    (e.FollowUpState.DONE, "done"),
    (e.HalfDay.MORNING, "morning"),
    (e.HalfDay.AFTERNOON, "afternoon"),
    (e.HalfDay.EVENING, "evening"),
    (e.InteractionKind.MEETING, "meeting"),
    (e.InteractionKind.CALL, "call"),
    (e.InteractionKind.VISIT, "visit"),
    (e.InteractionKind.PRESENTATION, "presentation"),
    (e.InteractionKind.SEMINAR, "seminar"),
    (e.OrgLevel.NATIONAL, "national"),
    (e.OrgLevel.LOCAL, "local"),
    (e.ParticipantRole.DELEGATE, "delegate"),
    (e.ParticipantRole.COORDINATOR, "coordinator"),
    (e.ParticipantRole.HOST, "host"),
    (e.ParticipantRole.SPEAKER, "speaker"),
    (e.ParticipantRole.TUTOR, "tutor"),
    (e.PersonRole.MANAGER, "manager"),
    (e.PersonRole.RESEARCHER, "researcher"),
    (e.PersonRole.CITIZEN, "citizen"),
    (e.ThemeKind.RECOMMENDATION, "recommendation"),
    (e.ThemeStatus.ACTIVE, "active"),
    (e.ThemeStatus.DORMANT, "dormant"),
    (e.ThemeStatus.CLOSED, "closed"),
]


class Words(dict[tuple[type, str], str]):
    """Words by code, keyed by (enum class, value): ExchangeStatus.DONE and FollowUpState.DONE
    are both "done", and as plain dict keys StrEnum members with the same value collide. The
    member itself is accepted wherever a key is (``code in FRENCH``, ``FRENCH[code]``)."""

    @staticmethod
    def _key(code: object) -> object:
        return (type(code), code.value) if isinstance(code, StrEnum) else code

    def __contains__(self, code: object) -> bool:
        return super().__contains__(self._key(code))

    def __getitem__(self, code: object) -> str:
        return super().__getitem__(self._key(code))  # type: ignore[index]

    def get(self, code: object, default: str | None = None) -> str | None:  # type: ignore[override]
        key = cast(tuple[type, str], self._key(code))
        return super().get(key, default)


FRENCH = Words(((type(code), code.value), words) for code, words in _FR_PAIRS)
ENGLISH = Words(((type(code), code.value), words) for code, words in _EN_PAIRS)


def label(code: StrEnum, lang: str = "fr") -> str:
    """The words for ``code`` in ``lang`` ("fr" or "en"); a code without words shows itself.
    The caller says the language (the UI: reseau.ui.i18n.label; the reports:
    reseau.reports.words.language()): the core keeps no language of its own."""
    if lang.startswith("fr"):
        return FRENCH.get(code) or str(code.value)
    return ENGLISH.get(code) or str(code.value).replace("_", " ")
