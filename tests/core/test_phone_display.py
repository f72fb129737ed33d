"""The fast phone layout must give exactly what phonenumbers gives."""

from __future__ import annotations

import random

import pytest

from reseau.core.normalize import format_phone
from reseau.core.phone_display import display_phone


def numbers() -> list[str]:
    rng = random.Random(4)
    nanp = [
        f"+1{rng.randrange(200, 1000)}{rng.randrange(200, 1000)}{rng.randrange(10_000):04d}"
        for _ in range(300)
    ]
    france = [f"+33{rng.randrange(1, 10)}{rng.randrange(10_000_000, 100_000_000)}" for _ in range(300)]
    return nanp + france


@pytest.mark.parametrize("e164", numbers())
def test_same_layout_as_phonenumbers(e164: str) -> None:
    assert display_phone(e164) == format_phone(e164)


@pytest.mark.parametrize("e164", ["+41223334455", "+3212345678", "12", "+1418555", ""])
def test_other_numbers_go_through_phonenumbers(e164: str) -> None:
    assert display_phone(e164) == format_phone(e164)
