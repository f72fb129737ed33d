"""The words files use for what a phone, e-mail or address is for, turned into ContactUsage.

vCard's TYPE values (WORK, HOME, CELL, FAX, VOICE, PREF…), Google's "Type" cells ("* Home",
"Work Fax", "Mobile", or a label the user typed), Apple's ``X-ABLabel`` (``_$!<Mobile>!$_``),
French and English column words (« bureau », « domicile », « cellulaire », « télécopieur »).
A word that says nothing about the use (VOICE, INTERNET, PREF) is ignored; a word we do not
know is kept as the contact point's label, so nothing the file said is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reseau.core.enums import ContactUsage
from reseau.core.normalize import fold

_WORDS: dict[str, ContactUsage] = {
    "work": ContactUsage.WORK,
    "business": ContactUsage.WORK,
    "company": ContactUsage.WORK,
    "company main": ContactUsage.WORK,
    "main": ContactUsage.WORK,
    "bureau": ContactUsage.WORK,
    "travail": ContactUsage.WORK,
    "professionnel": ContactUsage.WORK,
    "pro": ContactUsage.WORK,
    "home": ContactUsage.HOME,
    "domicile": ContactUsage.HOME,
    "maison": ContactUsage.HOME,
    "personal": ContactUsage.HOME,
    "personnel": ContactUsage.HOME,
    "cell": ContactUsage.CELL,
    "mobile": ContactUsage.CELL,
    "iphone": ContactUsage.CELL,
    "cellulaire": ContactUsage.CELL,
    "portable": ContactUsage.CELL,
    "fax": ContactUsage.FAX,
    "telecopieur": ContactUsage.FAX,
    "telecopie": ContactUsage.FAX,
    "work fax": ContactUsage.FAX,
    "home fax": ContactUsage.FAX,
    "other fax": ContactUsage.FAX,
    "other": ContactUsage.OTHER,
    "autre": ContactUsage.OTHER,
}
# Words that say how, not what for: ignored rather than kept as a label.
_SILENT = frozenset(
    {
        "voice",
        "internet",
        "pref",
        "x400",
        "msg",
        "text",
        "textphone",
        "video",
        "postal",
        "parcel",
        "dom",
        "intl",
    }
)
_APPLE = re.compile(r"^_\$!<(.*)>!\$_$")


@lru_cache(maxsize=512)
def usage_of_word(word: str) -> ContactUsage | None:
    """The use one word names, or None."""
    return _WORDS.get(fold(word.strip().lstrip("*").strip()))


@lru_cache(maxsize=512)
def read_type(text: str) -> tuple[ContactUsage | None, str]:
    """(usage, label) from a Google "Type" cell or an Apple label; the label is kept only when
    the text is not a known word ("CustomEmailCategory", « Assistante »)."""
    word = text.strip().lstrip("*").strip()
    apple = _APPLE.match(word)
    if apple:
        word = apple.group(1)
    if not word:
        return None, ""
    usage = usage_of_word(word)
    if usage is not None or fold(word) in _SILENT:
        return usage, ""
    return None, word[:60]


def other_type(types: Iterable[str]) -> str:
    """A TYPE word that is neither a known use nor silent ("PAGER", "CAR"), as a label."""
    for word in sorted(types):
        if usage_of_word(word) is None and fold(word) not in _SILENT and not word.upper().startswith("X-"):
            return word.lower()[:60]
    return ""


def usage_of_types(types: Iterable[str]) -> ContactUsage | None:
    """The use a set of vCard TYPE values names: FAX and CELL win over WORK and HOME (a
    "WORK,FAX" line is a fax), then WORK, HOME, OTHER."""
    found = {usage_of_word(t) for t in types}
    for usage in (
        ContactUsage.FAX,
        ContactUsage.CELL,
        ContactUsage.WORK,
        ContactUsage.HOME,
        ContactUsage.OTHER,
    ):
        if usage in found:
            return usage
    return None


_EXTENSION = re.compile(
    r"^(?P<number>.*?\d.*?)[\s,;]*(?:poste|post\.|p\.|ext\.?|extension|x|#)\s*(?P<ext>\d{1,10})\s*$",
    re.IGNORECASE,
)


_LETTER = re.compile(r"[^\W\d_]|#")


def split_extension(phone: str) -> tuple[str, str]:
    """("514 555-1234", "22") from "514 555-1234 poste 22" (also "ext. 22", "x22", "#22");
    the number unchanged and "" when it has no extension."""
    if not phone or phone[-1] not in "0123456789" or _LETTER.search(phone) is None:
        return phone, ""
    match = _EXTENSION.match(phone)
    if match is None:
        return phone, ""
    return match.group("number").strip(), match.group("ext")
