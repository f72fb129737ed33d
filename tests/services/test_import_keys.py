"""The bulk import's fast e-mail and phone keys agree with core.normalize on every input."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reseau.core.enums import Country
from reseau.core.normalize import InvalidEmail, InvalidPhone, fold, normalize_email, normalize_phone
from reseau.services.io import import_keys
from reseau.services.io.import_keys import email_key, fast_fold, fast_name_key, phone_key
from reseau.services.persons.records import name_key


def _reference_phone(raw: str, country: Country) -> str | None:
    try:
        return normalize_phone(raw, country)
    except InvalidPhone:
        return None


def test_phone_fast_path_matches_phonenumbers() -> None:
    rng = random.Random(6)
    import_keys._VALID_PREFIX.clear()
    formats = (
        lambda d: f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}",
        lambda d: f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}",
        lambda d: f"({d[0:3]}) {d[3:6]}-{d[6:10]}",
        lambda d: f"+1 {d[0:3]}-{d[3:6]}-{d[6:10]}",
        lambda d: f"1-{d[0:3]}-{d[3:6]}-{d[6:10]}",
        lambda d: f"{d[0:3]}.{d[3:6]}.{d[6:10]}",
    )
    for _ in range(6000):
        digits = "".join(rng.choice("0123456789") for _ in range(10))
        raw = rng.choice(formats)(digits)
        country = rng.choice((Country.FRANCE, Country.QUEBEC, Country.OTHER))
        assert phone_key(raw, country) == _reference_phone(raw, country), (raw, country)


@pytest.mark.parametrize(
    "raw",
    [
        "a@b.co",
        "Jean.Tremblay@Example.QC.CA",
        "x@doe.invalid",
        "élodie@exemple.fr",
        "a..b@x.org",
        "a@-x.org",
        "no-at-sign",
        "a@b",
        "a@localhost",
        '"q uoted"@x.org',
        "a@b.c",
        "x_y+tag@sub.domain.travel",
    ],
)
def test_email_fast_path_matches_validator(raw: str) -> None:
    try:
        expected: str | None = normalize_email(raw)
    except InvalidEmail:
        expected = None
    assert email_key(raw) == expected


@settings(max_examples=500)
@given(st.from_regex(r"[A-Za-z0-9._%+-]{1,12}@(?:[A-Za-z0-9-]{1,8}\.){1,2}[A-Za-z]{2,6}", fullmatch=True))
def test_email_fast_path_matches_validator_on_plain_addresses(raw: str) -> None:
    """Plain addresses in any case (the fast path keeps one already lower-cased as it is)."""
    test_email_fast_path_matches_validator(raw)


@settings(max_examples=2000)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
    | st.text("Saint-Étienne ste St. Œcœur ÿ é\u034f\u0301", max_size=30)
)
def test_fast_fold_is_fold(text: str) -> None:
    assert fast_fold(text) == fold(text)


_NAMES = st.text(alphabet=st.characters(codec="utf-8"), max_size=20) | st.text(
    "Saint-Étienne ste St. d'Œcœur ÿ é.\u034f\u0301 -", max_size=20
)


@settings(max_examples=2000)
@given(_NAMES, _NAMES)
def test_fast_name_key_is_name_key(first: str, last: str) -> None:
    assert fast_name_key(first, last) == name_key(first, last)


_WRITTEN_PHONES = st.text("0123456789 ()+-./", min_size=8, max_size=20) | st.builds(
    lambda area, rest, sep: f"({area}){sep}{rest[:3]}-{rest[3:]}",
    st.text("0123456789", min_size=3, max_size=3),
    st.text("0123456789", min_size=7, max_size=7),
    st.sampled_from(["", " ", "-", "."]),
)


@pytest.mark.parametrize("raw", ["0114702000", "011 33 5 56 00 11 22", "1 011 470 2000", "(118) 555-0142"])
def test_phone_fast_path_leaves_what_no_area_code_starts_with_to_the_library(raw: str) -> None:
    """From Québec « 011 » dials abroad (hypothesis found 0114702000 = +47 02000): a number
    whose would-be area code starts with 0 or 1 is read by phonenumbers, as the reference."""
    assert phone_key(raw, Country.QUEBEC) == _reference_phone(raw, Country.QUEBEC)


@settings(max_examples=3000)
@given(_WRITTEN_PHONES, st.sampled_from([Country.FRANCE, Country.QUEBEC, Country.OTHER]))
def test_phone_fast_path_always_agrees_with_phonenumbers(raw: str, country: Country) -> None:
    """Whatever the separators and parentheses, the hand-written fast path (issue 19.2: the
    library's parse cost ~40 µs a row) gives the library's answer, valid or not."""
    assert phone_key(raw, country) == _reference_phone(raw, country), (raw, country)
