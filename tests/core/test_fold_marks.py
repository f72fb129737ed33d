"""``fold`` drops combining marks with ``str.translate`` (a picker folds 2,000 names as it
opens): the same keys as the character-by-character filter it replaced."""

from __future__ import annotations

import unicodedata

from reseau.core.normalize import _NON_WORD, _SAINT, fold

SAMPLES = [
    "Massé",
    "MASSE",
    "Cœur Éric St-Amand-Massé",
    "Ste-Foy–Sillery",
    "naïve café ĳ ﬁ",
    "ÅÄÖ ß ẞ İstanbul Ǆ Ⅻ",
    "東京 Québec",
    "Ａｂｃ",
    "\u0301x",
    "e\u0301\u0327 c\u0327",
    "Caisse d'allocations familiales de la Gironde (CAF 33)",
    "",
]


def _reference(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    ascii_only = _SAINT.sub(lambda m: "sainte" if m.group(1).lower() == "ste" else "saint", ascii_only)
    return _NON_WORD.sub(" ", ascii_only).strip()


def test_fold_gives_the_keys_it_gave() -> None:
    every_latin = "".join(chr(code) for code in range(0x20, 0x2500))
    for text in [*SAMPLES, every_latin, every_latin[::-1]]:
        assert fold(text) == _reference(text), text
    assert fold("Éric St-Amand") == "eric saint amand"
