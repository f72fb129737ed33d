"""Everything the exchange pane shows, read in one session: the view renders it without one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from reseau.services.exchanges.dtos import ExchangeDetail
from reseau.services.exchanges.records import get_exchange


@dataclass(frozen=True)
class ExchangePage:
    # The record with its participants, organizations, objectives, documents, status history
    # and themes: names and values only, nothing bound to the session.
    detail: ExchangeDetail


def exchange_page(session: Session, exchange_id: int) -> ExchangePage:
    return ExchangePage(detail=get_exchange(session, exchange_id))
