"""Named operations of the Tableau de bord and the global search."""

from __future__ import annotations

from datetime import date

from reseau.core.agenda import CheckSettings
from reseau.services.dashboard import summary
from reseau.services.dashboard.summary import Dashboard
from reseau.services.search import global_search
from reseau.services.search.global_search import SearchHit
from reseau.ui.ops.runner import OpRunner, QueryOp


def dashboard(runner: OpRunner, today: date, defaults: CheckSettings) -> QueryOp[Dashboard]:
    return QueryOp(runner, lambda s: summary.dashboard(s, today, defaults))


def search(runner: OpRunner, text: str, lang: str) -> QueryOp[list[SearchHit]]:
    return QueryOp(runner, lambda s: global_search.search(s, text, lang=lang))
