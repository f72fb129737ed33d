"""Named operations of the Échanges area (exchanges, their status, stages, attached files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reseau.core.enums import ExchangeStatus
from reseau.core.outcome import Outcome
from reseau.services.exchanges import records as exchanges
from reseau.services.exchanges.attachments import StoredFile, attach_file, remove_attachment, stored_file
from reseau.services.exchanges.records import ExchangeChoices, ExchangeDetail, ExchangeInput, ExchangeRow
from reseau.services.exchanges.stages import StageRow, list_stages
from reseau.ui.ops._words import tr
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp


def list_exchanges(runner: OpRunner) -> QueryOp[list[ExchangeRow]]:
    return QueryOp(runner, lambda s: exchanges.list_exchanges(s))


def stages(runner: OpRunner, today: date) -> QueryOp[list[StageRow]]:
    return QueryOp(runner, lambda s: list_stages(s, today))


def get_exchange(runner: OpRunner, exchange_id: int) -> QueryOp[ExchangeDetail]:
    return QueryOp(runner, lambda s: exchanges.get_exchange(s, exchange_id))


def exchange_choices(runner: OpRunner) -> QueryOp[ExchangeChoices]:
    return QueryOp(runner, exchanges.exchange_choices)


def add_exchange(runner: OpRunner, data: ExchangeInput) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner, lambda s: exchanges.add_exchange(s, data), description=tr("Ajouter %s") % data.title
    )


def update_exchange(
    runner: OpRunner, exchange_id: int, data: ExchangeInput, version: int
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: exchanges.update_exchange(s, exchange_id, data, version),
        description=tr("Modifier %s") % data.title,
    )


def change_status(
    runner: OpRunner, exchange_id: int, title: str, status: ExchangeStatus, note: str, when: date | None
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: exchanges.change_status(s, exchange_id, status, note, when),
        description=tr("Changer le statut de %s") % title,
    )


def attach(runner: OpRunner, exchange_id: int, source: Path, folder: Path) -> CommandOp[Outcome[int]]:
    return CommandOp(runner, lambda s: attach_file(s, exchange_id, source, folder))


def open_attachment(runner: OpRunner, attachment_id: int, folder: Path) -> QueryOp[StoredFile]:
    return QueryOp(runner, lambda s: stored_file(s, attachment_id, folder))


def delete_attachment(runner: OpRunner, attachment_id: int, folder: Path) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: remove_attachment(s, attachment_id, folder))
