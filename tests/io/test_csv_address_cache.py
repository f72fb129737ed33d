"""The CSV reader's address cache (issue 19.2) reads exactly what the uncached path reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reseau.io import csv_read
from reseau.io.records import ContactRecord

PARTS = ("street", "street2", "pobox", "city", "region", "postal", "country", "type", "formatted")
VALUES = st.sampled_from(
    [
        "",
        "Rimouski",
        "Bordeaux",
        "G5L 1A1",
        "33000",
        "Québec",
        "France",
        "travail",
        "home",
        "x ::: y",
        " 12 rue A ",
    ]
) | st.text(max_size=12)
GROUPS = st.dictionaries(
    st.sampled_from(["main", "work", "home", "other", "1", "2"]),
    st.dictionaries(st.sampled_from(PARTS), VALUES, min_size=1, max_size=5),
    min_size=1,
    max_size=3,
)


def _read(parts: dict[str, dict[str, str]], cache: csv_read.AddressCache | None) -> tuple[object, ...]:
    record = ContactRecord(line=7, country="Canada", addresses=["déjà là"])
    copy = {group: dict(values) for group, values in parts.items()}
    csv_read._address_groups(record, copy, True, cache)
    return (
        record.addresses,
        record.details,
        record.address_country,
        record.region,
        record.city,
        record.postal_codes,
        copy,
    )


@settings(max_examples=500)
@given(GROUPS)
def test_cached_addresses_equal_uncached(parts: dict[str, dict[str, str]]) -> None:
    cache: csv_read.AddressCache = {}
    expected = _read(parts, None)
    assert _read(parts, cache) == expected  # filled
    assert _read(parts, cache) == expected  # read from the cache


def test_the_cache_is_bounded() -> None:
    cache: csv_read.AddressCache = {}
    for i in range(csv_read.ADDRESS_CACHE_SIZE + 10):
        _read({"main": {"city": f"Ville {i}"}}, cache)
    assert len(cache) <= csv_read.ADDRESS_CACHE_SIZE
