"""Codes that two enums share ("done", "host", "seminar") must keep their own words."""

from __future__ import annotations

from reseau.core.enums import (
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    InteractionKind,
    OrgRole,
    ParticipantRole,
)
from reseau.core.labels import label


def test_shared_codes_have_their_own_french_words() -> None:
    assert label(ExchangeStatus.DONE) == "réalisé"
    assert label(FollowUpState.DONE) == "fait"
    assert label(ParticipantRole.HOST) == "hôte"
    assert label(OrgRole.HOST) == "organisation d'accueil"
    assert label(ExchangeKind.SEMINAR) == "séminaire ou événement"
    assert label(InteractionKind.SEMINAR) == "séminaire"


def test_shared_codes_in_english() -> None:
    assert label(OrgRole.HOST, "en") == "host organization"
    assert label(ParticipantRole.HOST, "en") == "host"
    assert label(ExchangeKind.SEMINAR, "en") == "seminar or event"
