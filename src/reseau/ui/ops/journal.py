"""Named operations of the Journal area (entries, follow-ups, the network)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reseau.core.outcome import Outcome
from reseau.ui.ops._lazy import lazy
from reseau.ui.ops._words import tr
from reseau.ui.ops.runner import CommandOp, FileOp, OpRunner, QueryOp

if TYPE_CHECKING:
    from reseau.reports.network_picture import NetworkPicture
    from reseau.services.journal import entries as journal
    from reseau.services.journal import follow_ups, network
    from reseau.services.journal import pages as journal_pages
    from reseau.services.journal.entries import EntryInput, EntryRow, JournalChoices
    from reseau.services.journal.network import Network, NetworkFilter
    from reseau.services.journal.plain import Bucket, DueItem, Named, Source
else:  # the À relancer list is on the Tableau de bord: imported by its first op (issue 19.3)
    journal = lazy("reseau.services.journal.entries")
    follow_ups = lazy("reseau.services.journal.follow_ups")
    network = lazy("reseau.services.journal.network")
    journal_pages = lazy("reseau.services.journal.pages")


def get_entry(runner: OpRunner, entry_id: int) -> QueryOp[EntryRow]:
    return QueryOp(runner, lambda s: journal.get_entry(s, entry_id))


def add_entry(
    runner: OpRunner, data: EntryInput, today: date, accept_past_follow_up: bool
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: journal.add_entry(s, data, today, accept_past_follow_up),
        description=tr("Consigner un échange"),
    )


def update_entry(
    runner: OpRunner, entry_id: int, data: EntryInput, version: int, today: date, accept_past_follow_up: bool
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: journal.update_entry(s, entry_id, data, version, today, accept_past_follow_up),
        description=tr("Modifier l'entrée du journal"),
    )


def journal_choices(runner: OpRunner, person_ids: Iterable[int] = ()) -> QueryOp[JournalChoices]:
    linked = tuple(person_ids)
    return QueryOp(runner, lambda s: journal.journal_choices(s, linked))


def person_candidates(runner: OpRunner, text: str) -> QueryOp[list[Named]]:
    return QueryOp(runner, lambda s: journal_pages.person_candidates(s, text))


def theme_choices(runner: OpRunner) -> QueryOp[tuple[Named, ...]]:
    return QueryOp(runner, journal.theme_choices)


def due_list(runner: OpRunner, today: date) -> QueryOp[list[DueItem]]:
    return QueryOp(runner, lambda s: follow_ups.due_list(s, today))


def due_page(
    runner: OpRunner, today: date, buckets: tuple[Bucket, ...], limit: int
) -> QueryOp[tuple[list[DueItem], dict[Bucket, int]]]:
    return QueryOp(
        runner, lambda s: (follow_ups.due_page(s, today, buckets, limit), follow_ups.due_counts(s, today))
    )


def mark_done(runner: OpRunner, source: Source, ident: int, today: date) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: follow_ups.mark_done(s, source, ident, today))


def snooze(
    runner: OpRunner, source: Source, ident: int, until: date, today: date
) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: follow_ups.snooze(s, source, ident, until, today))


def build_network(runner: OpRunner, filters: NetworkFilter, limit: int | None) -> QueryOp[Network]:
    return QueryOp(runner, lambda s: network.build_network(s, filters, limit))


def export_network(runner: OpRunner, picture: NetworkPicture, path: Path, kind: str) -> FileOp[Path]:
    """The network as a PNG or SVG picture (caption, legend, full names), painted off the GUI
    thread with QtGui alone."""

    def write(_progress: object) -> Path:
        from reseau.reports.network_picture import write_png, write_svg

        return write_svg(picture, path) if kind == "svg" else write_png(picture, path)

    return FileOp(runner, write)
