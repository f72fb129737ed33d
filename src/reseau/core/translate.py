"""Mark strings for translation outside the UI layer, without importing Qt.

``QT_TRANSLATE_NOOP("Charts", "Entrées du journal par mois")`` returns the text unchanged; its
name is what pyside6-lupdate looks for, so the string lands in the catalogs under "Charts", and
the UI shows it with ``QCoreApplication.translate("Charts", text)``. Reports written in French
(PDF) keep using the text as it is.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
