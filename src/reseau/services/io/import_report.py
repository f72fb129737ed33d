"""What an import is asked to do and what it reports: plain DTOs shared by the CLI and the UI.

Every sentence of a report is a :class:`~reseau.core.messages.Message`: the UI says it in its
language (``reseau.ui.i18n.say``), the command line prints ``str(message)``, the French text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reseau.core.country_evidence import BASIS_LABELS
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
    # For rows without evidence of their country (core.country_evidence); the user's choice.
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
    # Persons created, by (country, basis of the guess): how many were filed where, and why.
    countries: tuple[tuple[Country, str, int], ...] = ()
    default_country: Country = Country.QUEBEC

    @property
    def defaulted(self) -> int:
        """Persons filed under the default country because nothing in their row said more."""
        return sum(n for _, basis, n in self.countries if basis == "default")

    def country_lines(self) -> list[Message]:
        """One sentence per country: « France : 4 (domaine du courriel : 3, indicatif
        téléphonique : 1) », then how many fell back to the default country."""
        lines: list[Message] = []
        for country in Country:
            found = [(basis, n) for c, basis, n in self.countries if c is country and basis != "default"]
            total = sum(n for _, n in found)
            if total:
                details = tr("{basis} : {count}", basis=BASIS_LABELS[found[0][0]], count=found[0][1])
                for basis, n in found[1:]:
                    details = tr(
                        "{before}, {basis} : {count}", before=details, basis=BASIS_LABELS[basis], count=n
                    )
                lines.append(
                    tr("{country} : {count} ({details})", country=country, count=total, details=details)
                )
        if self.defaulted:
            lines.append(
                tr(
                    "{count} sans indice de pays, classées {country} (pays par défaut choisi)",
                    count=self.defaulted,
                    country=self.default_country,
                )
            )
        return lines

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
