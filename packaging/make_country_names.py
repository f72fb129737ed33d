"""Write the table of country names an address's last line is read against.

An address written as free text (Gmail's ``ADR:;;Crescent moon drive\\n…\\nUnited States of
America``, a formatted « Adresse » column) often ends with the country's name. The names come
from ``phonenumbers``' own table of region names (``phonenumbers.geodata.locale``, already a
dependency), in the languages our users' contacts are written in, plus the long and short forms
people write that the table does not have (``ALIASES``). Importing that table costs 1.6 s, so
the names are written once, here, into ``src/reseau/core/country_names.py``. Run it again after
upgrading phonenumbers:

    python packaging/make_country_names.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reseau.core.normalize import fold  # noqa: E402

TARGET = ROOT / "src" / "reseau" / "core" / "country_names.py"
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
# Canada is read by core.country_evidence's own words, which tell Québec from the rest.
LEFT_OUT = {"CA"}
# Written by people, absent from phonenumbers' table (which has « United States », « Royaume-Uni »).
ALIASES = {
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "États-Unis d'Amérique": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Great Britain": "GB",
    "Grande-Bretagne": "GB",
    "England": "GB",
    "Angleterre": "GB",
    "Scotland": "GB",
    "Écosse": "GB",
    "Wales": "GB",
    "Pays de Galles": "GB",
}
# « Chad », « Cuba », « Togo »; shorter folded names (« ira », « sat ») are not names people write.
SHORTEST = 4


def names() -> dict[str, str]:
    """Folded name -> region code; a name two regions share is left out."""
    from phonenumbers.geodata.locale import LOCALE_DATA  # only needed to regenerate the file

    found: dict[str, set[str]] = defaultdict(set)
    for region, by_language in LOCALE_DATA.items():
        if region in LEFT_OUT or len(region) != 2:
            continue
        for language in LANGUAGES:
            name = by_language.get(language, "")
            if name.startswith("*"):
                name = by_language.get(name[1:], "")
            key = fold(name)
            if len(key) >= SHORTEST:
                found[key].add(region)
    table = {key: regions.pop() for key, regions in found.items() if len(regions) == 1}
    table.update({fold(alias): region for alias, region in ALIASES.items()})
    return dict(sorted(table.items()))


def render() -> str:
    lines = [
        '"""Country names, folded, and their region codes: written by packaging/make_country_names.py',
        'from phonenumbers\' table of region names; do not edit by hand."""',
        "",
        "NAMES: dict[str, str] = {",
        *(f'    "{key}": "{region}",' for key, region in names().items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
