"""Named operations of the Tableau de bord and the global search."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reseau.core.agenda import CheckSettings
from reseau.ui.ops._lazy import lazy
from reseau.ui.ops.runner import OpRunner, QueryOp

if TYPE_CHECKING:
    from reseau.services.dashboard import summary
    from reseau.services.dashboard.summary import Dashboard
    from reseau.services.search import global_search
    from reseau.services.search.hits import SearchHit
else:  # imported by the first op, after the window's first paint (issue 19.3)
    summary = lazy("reseau.services.dashboard.summary")
    global_search = lazy("reseau.services.search.global_search")


def dashboard(runner: OpRunner, today: date, defaults: CheckSettings) -> QueryOp[Dashboard]:
    return QueryOp(runner, lambda s: summary.dashboard(s, today, defaults))


def search(runner: OpRunner, text: str, lang: str) -> QueryOp[list[SearchHit]]:
    return QueryOp(runner, lambda s: global_search.search(s, text, lang=lang))
