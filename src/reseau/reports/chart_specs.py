"""The Indicateurs charts' specifications and words, without matplotlib.

What each chart draws (:data:`CHARTS`), its words in the UI's language, its colours and its
height: shared by the view's QPainter charts (``reseau.ui.indicators.chart_painter``, which must
not load matplotlib) and the PDFs' matplotlib figures (:mod:`reseau.reports.charts`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.reports.words import typeset
from reseau.services.indicators.figures import CrossCount, Indicators

# A colour-blind-safe palette (Okabe–Ito), blue first like the app's icons.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
FRANCE_COLOUR, QUEBEC_COLOUR = "#1f5f99", "#c0392b"
# The balance: persons dark, organizations light, on each side; its columns are persons France,
# persons Québec, organizations France, organizations Québec (figures.BALANCE_COLUMNS).
FRANCE_LIGHT, QUEBEC_LIGHT = "#8fb3d9", "#e6a199"
BALANCE_AXIS = QT_TRANSLATE_NOOP("Charts", "← France    Québec →")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Charts", "Aucune donnée ne correspond à ces filtres.")
EMPTY_PERIOD_TEXT = QT_TRANSLATE_NOOP(
    "Charts", "La période choisie est vide : la date de début suit la date de fin."
)


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    row_header: str  # the first column of the exported table
    get: Callable[[Indicators], CrossCount]
    style: str  # "stacked", "grouped", "barh", "balance", "months"
    row_colours: tuple[str, ...] = ()  # one colour per row, for single-series charts


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec(
        "exchanges_kind",
        QT_TRANSLATE_NOOP("Charts", "Échanges par année et par type"),
        QT_TRANSLATE_NOOP("Charts", "Année"),
        lambda i: i.exchanges_by_kind,
        "stacked",
    ),
    ChartSpec(
        "exchanges_status",
        QT_TRANSLATE_NOOP("Charts", "Échanges par année et par statut"),
        QT_TRANSLATE_NOOP("Charts", "Année"),
        lambda i: i.exchanges_by_status,
        "stacked",
    ),
    ChartSpec(
        "contacts_country",
        QT_TRANSLATE_NOOP("Charts", "Personnes et organisations par pays"),
        QT_TRANSLATE_NOOP("Charts", "Pays"),
        lambda i: i.contacts_by_country,
        "grouped",
    ),
    ChartSpec(
        "contacts_sector",
        QT_TRANSLATE_NOOP("Charts", "Personnes et organisations par secteur"),
        QT_TRANSLATE_NOOP("Charts", "Secteur"),
        lambda i: i.contacts_by_sector,
        "barh",
    ),
    ChartSpec(
        "contacts_level",
        QT_TRANSLATE_NOOP("Charts", "Personnes et organisations par palier"),
        QT_TRANSLATE_NOOP("Charts", "Palier"),
        lambda i: i.contacts_by_level,
        "grouped",
    ),
    ChartSpec(
        "journal_month",
        QT_TRANSLATE_NOOP("Charts", "Entrées du journal par mois"),
        QT_TRANSLATE_NOOP("Charts", "Mois"),
        lambda i: i.journal_by_month,
        "months",
    ),
    ChartSpec(
        "journal_theme",
        QT_TRANSLATE_NOOP("Charts", "Entrées du journal par thème"),
        QT_TRANSLATE_NOOP("Charts", "Thème"),
        lambda i: i.journal_by_theme,
        "barh",
    ),
    ChartSpec(
        "theme_balance",
        QT_TRANSLATE_NOOP("Charts", "Équilibre France–Québec des thèmes"),
        QT_TRANSLATE_NOOP("Charts", "Thème"),
        lambda i: i.theme_balance,
        "balance",
    ),
    ChartSpec(
        "follow_ups",
        QT_TRANSLATE_NOOP("Charts", "Relances : à temps ou en retard"),
        QT_TRANSLATE_NOOP("Charts", "Relances"),
        lambda i: i.follow_ups,
        "barh",
        ("#009E73", "#E69F00", "#D55E00", "#999999"),  # on time, late, overdue, to come
    ),
    ChartSpec(
        "objectives",
        QT_TRANSLATE_NOOP("Charts", "Objectifs par évaluation"),
        QT_TRANSLATE_NOOP("Charts", "Évaluation"),
        lambda i: i.objectives,
        "barh",
    ),
)


def spec(key: str) -> ChartSpec:
    return next(s for s in CHARTS if s.key == key)


def word(text: str) -> str:
    """A fixed word of a chart in the UI's language (French without a translator, as in the CLI).

    Row and column keys of the indicators ("Personnes", "sans date") are in the catalogs under
    "Indicators"; titles and axis words under "Charts". Data (theme titles, sectors) has no
    entry and stays as it is.
    """
    translated = QCoreApplication.translate("Charts", text)
    return typeset(translated if translated != text else QCoreApplication.translate("Indicators", text))


def title(chart: ChartSpec) -> str:
    return word(chart.title)


def words(data: CrossCount) -> CrossCount:
    return CrossCount(tuple(word(r) for r in data.rows), tuple(word(c) for c in data.columns), data.values)


def empty_text(indicators: Indicators) -> str:
    return word(EMPTY_PERIOD_TEXT if indicators.filters.empty_period else EMPTY_TEXT)


def short(text: str, width: int = 42) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def figure_height(chart: ChartSpec, data: CrossCount) -> float:
    """Inches: horizontal charts grow with their rows so that every label stays readable."""
    if data.is_empty:
        return 1.6
    if chart.style in ("barh", "balance"):
        return max(2.6, 0.9 + 0.28 * len(data.rows) * (1 if chart.style == "barh" else 1.2))
    return 3.2


def table(chart: ChartSpec, data: CrossCount) -> tuple[list[str], list[list[str | int]]]:
    """The figures behind a chart: headers and rows, ready for CSV or XLSX."""
    data = words(data)
    headers = [word(chart.row_header), *data.columns]
    return headers, [[row, *values] for row, values in zip(data.rows, data.values, strict=True)]
