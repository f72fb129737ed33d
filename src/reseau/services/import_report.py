"""What an import is asked to do and what it reports: plain DTOs shared by the CLI and the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reseau.core.enums import Country
from reseau.core.errors import ReseauError


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # keep the existing person, ignore the row
    UPDATE = "update"  # overwrite with the row's non-empty values, add its contacts
    FILL = "fill"  # only fill the existing person's empty fields, add its contacts
    CREATE = "create"  # create a new person anyway


@dataclass(frozen=True)
class ImportOptions:
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    all_or_nothing: bool = False
    dry_run: bool = False
    default_country: Country = Country.QUEBEC


STATUS_LABELS = {
    "created": "créée",
    "updated": "mise à jour",
    "skipped": "ignorée",
    "rejected": "rejetée",
    "warning": "avertissement",
}


@dataclass(frozen=True)
class ImportLine:
    line: int
    status: str  # created | updated | skipped | rejected | warning
    message: str = ""


@dataclass(frozen=True)
class ImportReport:
    source: str
    created: int
    updated: int
    skipped: int
    rejected: int
    lines: tuple[ImportLine, ...]  # every row not simply created, and every warning
    batch_id: int | None = None
    created_lines: tuple[tuple[int, int], ...] = ()  # (first, last) line ranges of created rows
    applied: bool = True
    reason: str = ""

    def created_text(self, limit: int = 10) -> str:
        """The created rows' lines for people: "2–40, 42–57, …"."""
        parts = [f"{a}–{b}" if a != b else str(a) for a, b in self.created_lines[:limit]]
        return ", ".join(parts) + (", …" if len(self.created_lines) > limit else "")

    def summary(self) -> str:
        return (
            f"{self.created} créées, {self.updated} mises à jour, {self.skipped} ignorées, "
            f"{self.rejected} rejetées"
        )


class ImportAborted(ReseauError):
    """Nothing was written (dry run, all-or-nothing with rejected rows, or cancelled)."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(f"{report.reason} — {report.summary()}")


ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]
