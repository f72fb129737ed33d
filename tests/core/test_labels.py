"""Every enum code has words in French and in English."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from reseau.core import enums
from reseau.core.labels import ENGLISH, FRENCH, label

CODES = [
    member
    for _, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, StrEnum) and cls is not StrEnum and cls.__module__ == enums.__name__
    for member in cls
]


@pytest.mark.parametrize("code", CODES, ids=lambda c: f"{type(c).__name__}.{c.name}")
def test_code_has_french_and_english_words(code: StrEnum) -> None:
    assert code in FRENCH
    assert code in ENGLISH


def test_codes_with_the_same_value_in_two_enums_keep_their_own_words() -> None:
    assert label(enums.ExchangeStatus.DONE) == "réalisé"
    assert label(enums.FollowUpState.DONE) == "fait"
    assert label(enums.ParticipantRole.HOST) == "hôte"
    assert label(enums.OrgRole.HOST) == "organisation d'accueil"
    assert label(enums.OrgRole.HOST, "en") == "host organization"
    assert label(enums.Country.QUEBEC, "en") == "Quebec"
