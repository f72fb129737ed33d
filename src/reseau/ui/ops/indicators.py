"""Named operations of the Indicateurs area (figures and the data of the reports)."""

from __future__ import annotations

from datetime import date

from reseau.services.indicators.annual_report import AnnualReport, annual_report
from reseau.services.indicators.figures import Indicators, ThemeChoice, compute_indicators
from reseau.services.indicators.figures import theme_choices as figure_theme_choices
from reseau.services.indicators.mission_review import (
    DelegateBrief,
    MissionChoice,
    MissionReview,
    delegate_briefs,
    list_missions,
    mission_review,
)
from reseau.services.indicators.scope import IndicatorFilters
from reseau.ui.ops.runner import OpRunner, QueryOp


def theme_choices(runner: OpRunner) -> QueryOp[tuple[ThemeChoice, ...]]:
    return QueryOp(runner, figure_theme_choices)


def indicators(runner: OpRunner, filters: IndicatorFilters, today: date, lang: str) -> QueryOp[Indicators]:
    return QueryOp(runner, lambda s: compute_indicators(s, filters, today, lang))


def missions(runner: OpRunner) -> QueryOp[tuple[MissionChoice, ...]]:
    return QueryOp(runner, list_missions)


def annual(runner: OpRunner, year: int, today: date, lang: str) -> QueryOp[AnnualReport]:
    return QueryOp(runner, lambda s: annual_report(s, year, today, lang))


def review(runner: OpRunner, mission_id: int) -> QueryOp[MissionReview]:
    return QueryOp(runner, lambda s: mission_review(s, mission_id))


def briefs(runner: OpRunner, mission_id: int) -> QueryOp[tuple[DelegateBrief, ...]]:
    return QueryOp(runner, lambda s: delegate_briefs(s, mission_id))
