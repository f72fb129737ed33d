"""The reports' French text carries the no-break spaces (core.typography), English does not."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reseau.core.messages import tr
from reseau.reports.words import say, t, typeset


def test_french_reports_are_typeset() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    try:
        assert t("Carnet", "Lieu : « Mairie »") == "Lieu\u00a0: «\u00a0Mairie\u00a0»"
        assert say(tr("Hôte : {name}", name="CAF")) == "Hôte\u00a0: CAF"
    finally:
        QLocale.setDefault(QLocale.c())


def test_english_reports_are_left_alone() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))
    try:
        assert typeset("Host : x") == "Host : x"
    finally:
        QLocale.setDefault(QLocale.c())
