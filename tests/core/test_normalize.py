from __future__ import annotations

import pytest

from reseau.core.enums import Country
from reseau.core.normalize import (
    InvalidEmail,
    InvalidPhone,
    fold,
    format_phone,
    normalize_email,
    normalize_phone,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Massé", "masse"),
        ("MASSE", "masse"),
        ("St-Amand", "saint amand"),
        ("Saint-Amand", "saint amand"),
        ("Ste-Foy", "sainte foy"),
        ("Réal  Boisvert", "real boisvert"),
        ("Éric Goyer", "eric goyer"),
        ("d'Ille-et-Vilaine", "d ille et vilaine"),
    ],
)
def test_fold_ignores_accents_case_and_punctuation(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_leaves_words_that_merely_start_with_st() -> None:
    assert fold("Stéphane Stanford") == "stephane stanford"


def test_french_number_without_country_code_uses_the_french_region() -> None:
    assert normalize_phone("05 56 00 11 22", Country.FRANCE) == "+33556001122"


def test_quebec_number_uses_the_canadian_region() -> None:
    assert normalize_phone("(418) 650-5115", Country.QUEBEC) == "+14186505115"


def test_international_number_keeps_its_own_country() -> None:
    assert normalize_phone("+33 1 45 00 00 00", Country.QUEBEC) == "+33145000000"


@pytest.mark.parametrize("raw", ["", "abc", "12", "+33 1"])
def test_invalid_phone_says_why(raw: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        normalize_phone(raw, Country.FRANCE)
    assert str(info.value)


def test_format_phone_is_readable() -> None:
    assert format_phone("+33556001122") == "+33 5 56 00 11 22"


def test_email_is_normalised_without_dns() -> None:
    assert normalize_email(" Richard.Masse@INSPQ.qc.ca ") == "Richard.Masse@inspq.qc.ca"


@pytest.mark.parametrize("raw", ["", "richard", "richard@", "a@b", "r masse@inspq.qc.ca"])
def test_invalid_email_says_why(raw: str) -> None:
    with pytest.raises(InvalidEmail):
        normalize_email(raw)


def test_email_reasons_are_in_french() -> None:
    with pytest.raises(InvalidEmail, match="il manque le domaine après le @"):
        normalize_email("richard@")
    with pytest.raises(InvalidEmail, match="il manque le @"):
        normalize_email("richard")


def test_organization_short_tells_two_cafs_apart() -> None:
    from reseau.core.normalize import organization_short

    assert (
        organization_short("Caisse d'allocations familiales d'Ille-et-Vilaine", "CAF", "Rennes")
        == "CAF (Rennes)"
    )
    # No city: the whole name, never the bare acronym three CAFs share (views elide it in the middle).
    gironde = "Caisse d'allocations familiales de la Gironde"
    assert organization_short(gironde, "CAF", None) == gironde
    assert organization_short("Mairie de Bordeaux", None, "Bordeaux") == "Mairie de Bordeaux"
