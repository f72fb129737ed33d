"""French typography, applied where French text is produced rather than in every source string.

The source strings are written with plain spaces (« Début : », « Journal »), which lets a line
break fall between a word and its colon or guillemet. ``french(text)`` puts the spaces of the
Office québécois de la langue française (OQLF, Banque de dépannage linguistique, « Espacement
avant et après les signes de ponctuation »):

- before the colon: a no-break space (U+00A0);
- after « and before »: a no-break space (U+00A0);
- before ; ! ?: a narrow no-break space (U+202F). The OQLF admits either a narrow no-break space
  or no space at all before these three signs; the narrow one keeps the French look without
  the wide gap, and never lets the sign start a line.

Only a space already written is changed (a plain space, or a run of them): ``10:30``, ``http://``
and ``«mot»`` stay as they are. Applying it twice gives the same text.

The places that produce French call it: the window's French translator (``ui.i18n``), a
:class:`reseau.core.messages.Message` said in French, the command line's output
(``cli.common.echo``), the reports' words (``reports.words``) and the demo data loader.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

_BEFORE_COLON = re.compile(r"[ \t]+:")
_BEFORE_TIGHT = re.compile(r"[ \t]+([;!?])")
_AFTER_OPENING = re.compile(r"«[ \t]+")
_BEFORE_CLOSING = re.compile(r"[ \t]+»")


def french(text: str) -> str:
    """``text`` with the French no-break spaces (see the module docstring)."""
    if not text or not any(sign in text for sign in ":;!?«»"):
        return text
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _BEFORE_TIGHT.sub(NARROW_NBSP + r"\1", text)
    text = _AFTER_OPENING.sub("«" + NBSP, text)
    return _BEFORE_CLOSING.sub(NBSP + "»", text)


def plain_space_problems(text: str) -> list[str]:
    """The places of ``text`` where a plain space stands before : ; ! ? or inside « »: what the
    typography tests look for (empty when ``text`` is typographically right)."""
    found = []
    for pattern in (_BEFORE_COLON, _BEFORE_TIGHT, _AFTER_OPENING, _BEFORE_CLOSING):
        for match in pattern.finditer(text):
            start = max(0, match.start() - 20)
            found.append(text[start : match.end() + 20])
    return found
