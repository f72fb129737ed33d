"""What the global search finds, as the window shows it: the search field is built before the
window's first paint, without the models that ``global_search``'s queries import (issue 19.3)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class HitKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    INTERACTION = "interaction"


@dataclass(frozen=True)
class SearchHit:
    """One line of the search results: what it is, its id, and two lines of text."""

    kind: HitKind
    id: int
    title: str
    detail: str
