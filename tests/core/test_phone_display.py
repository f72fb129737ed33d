"""The fast phone layout must give exactly what phonenumbers gives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def _by_pattern(e164: str) -> str | None:
    """The layout of the regular expressions alone (what display_phone did before slicing)."""
    from reseau.core import phone_display

    if match := phone_display._NANP.fullmatch(e164):
        return "+1 {}-{}-{}".format(*match.groups())
    if match := phone_display._FRANCE.fullmatch(e164):
        return "+33 {} {} {} {} {}".format(*match.groups())
    return None


@given(
    prefix=st.sampled_from(["+1", "+33", "+3", "1", ""]),
    rest=st.text(alphabet="0123456789²３٣+ -", min_size=0, max_size=12),
)
def test_sliced_shapes_equal_the_patterns(prefix: str, rest: str) -> None:
    """The shapes tested by slicing (issue 19.5) accept and lay out exactly what the patterns
    did, Unicode digits included."""
    e164 = prefix + rest
    expected = _by_pattern(e164)
    if expected is not None:
        assert display_phone(e164) == expected


@pytest.mark.parametrize(
    "e164", ["+33912345678", "+33812345678", "+33021589683", "+12125550123", "+11234567890"]
)
def test_edge_shapes(e164: str) -> None:
    expected = _by_pattern(e164)
    assert display_phone(e164) == (expected if expected is not None else format_phone(e164))
