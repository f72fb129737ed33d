"""Named operations of the Thèmes area (themes and their coverage)."""

from __future__ import annotations

from datetime import date

from reseau.core.outcome import Outcome
from reseau.services.themes import coverage as theme_coverage
from reseau.services.themes import records as themes
from reseau.services.themes.coverage import CoverageRow
from reseau.services.themes.records import ThemeDetail, ThemeInput, ThemeLinks
from reseau.ui.ops._words import tr
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp


def get_theme(runner: OpRunner, theme_id: int) -> QueryOp[ThemeDetail]:
    return QueryOp(runner, lambda s: themes.get_theme(s, theme_id))


def add_theme(runner: OpRunner, data: ThemeInput) -> CommandOp[Outcome[int]]:
    return CommandOp(runner, lambda s: themes.add_theme(s, data), description=tr("Nouveau thème"))


def update_theme(runner: OpRunner, theme_id: int, data: ThemeInput, version: int) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner, lambda s: themes.update_theme(s, theme_id, data, version), description=tr("Modifier le thème")
    )


def theme_links(runner: OpRunner, theme_id: int) -> QueryOp[ThemeLinks]:
    return QueryOp(runner, lambda s: themes.theme_links(s, theme_id))


def delete_theme(runner: OpRunner, theme_id: int) -> CommandOp[Outcome[ThemeLinks]]:
    return CommandOp(runner, lambda s: themes.delete_theme(s, theme_id))


def coverage(runner: OpRunner, today: date) -> QueryOp[list[CoverageRow]]:
    return QueryOp(runner, lambda s: theme_coverage.coverage(s, today))
