"""The journal's plain values: what the window names before its first paint (the Tableau de
bord's follow-ups), without the models or the ORM that the queries of ``entries`` and
``follow_ups`` import (issue 19.3, tests/ui/test_start_lean.py). Those modules name them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reseau.core.enums import Country
from reseau.core.messages import Message


@dataclass(frozen=True)
class Named:
    """A linked record as the journal shows it: id, words, and its country (for FR/QC colours)."""

    id: int
    name: str
    country: Country | None = None


class Bucket(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"


class Source(StrEnum):
    ENTRY = "entry"  # a follow-up date set on a journal entry
    CADENCE = "cadence"  # a person's follow-up cadence


@dataclass(frozen=True)
class DueItem:
    source: Source
    ident: int  # the entry id or the person id
    due_on: date
    bucket: Bucket
    persons: tuple[Named, ...]
    organizations: tuple[Named, ...]
    reason: Message  # why this is due (the UI says it)
    last_contact: date | None

    @property
    def key(self) -> tuple[Source, int]:
        return (self.source, self.ident)

    @property
    def who(self) -> str:
        return ", ".join(n.name for n in (*self.persons, *self.organizations))


def grouped(items: list[DueItem]) -> dict[Bucket, list[DueItem]]:
    groups: dict[Bucket, list[DueItem]] = {b: [] for b in Bucket}
    for item in items:
        groups[item.bucket].append(item)
    return groups
