"""What an import is asked to do and what it reports: plain DTOs shared by the CLI and the UI.

Every sentence of a report is a :class:`~reseau.core.messages.Message`: the UI says it in its
language (``reseau.ui.i18n.say``), the command line prints ``str(message)``, the French text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reseau.core.enums import Country
from reseau.core.errors import ReseauError
from reseau.core.messages import Message, tr


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


# The status is a stable code; these are its words.
STATUS_LABELS: dict[str, Message] = {
    "created": tr("créée"),
    "updated": tr("mise à jour"),
    "skipped": tr("ignorée"),
    "rejected": tr("rejetée"),
    "warning": tr("avertissement"),
    "possible": tr("doublon possible"),
}


@dataclass(frozen=True)
class ImportLine:
    line: int
    status: str  # created | updated | skipped | rejected | warning | possible (created, to review)
    message: Message | None = None


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
    reason: Message | None = None  # why nothing was written (dry run, all or nothing, cancelled)
    # Company cards (vCard): organizations created, and existing ones given new contact points.
    organizations_created: int = 0
    organizations_updated: int = 0
    # Created rows that share only a name or only a phone with another person (core.identity).
    possible: int = 0

    def created_text(self, limit: int = 10) -> str:
        """The created rows' lines for people: "2–40, 42–57, …"."""
        parts = [f"{a}–{b}" if a != b else str(a) for a, b in self.created_lines[:limit]]
        return ", ".join(parts) + (", …" if len(self.created_lines) > limit else "")

    def summary(self) -> Message:
        persons = self._persons_summary()
        if not self.organizations_created:
            return persons
        if self.organizations_created == 1:
            return tr("{persons}, 1 organisation créée", persons=persons)
        return tr(
            "{persons}, {count} organisations créées", persons=persons, count=self.organizations_created
        )

    def _persons_summary(self) -> Message:
        if self.possible:
            return tr(
                "{created} créées (dont {possible} doublons possibles à vérifier), {updated} mises à jour, "
                "{skipped} ignorées, {rejected} rejetées",
                created=self.created,
                possible=self.possible,
                updated=self.updated,
                skipped=self.skipped,
                rejected=self.rejected,
            )
        return tr(
            "{created} créées, {updated} mises à jour, {skipped} ignorées, {rejected} rejetées",
            created=self.created,
            updated=self.updated,
            skipped=self.skipped,
            rejected=self.rejected,
        )


class ImportAborted(ReseauError):
    """Nothing was written (dry run, all-or-nothing with rejected rows, or cancelled)."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(tr("{reason} — {summary}", reason=report.reason or "", summary=report.summary()))


ProgressFn = Callable[[int], None]
CancelFn = Callable[[], bool]
