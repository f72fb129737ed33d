"""Typed errors raised by the services; the UI and the CLI turn them into sentences."""

from __future__ import annotations

from dataclasses import dataclass, field


class ReseauError(Exception):
    """Base of every error the application expects and reports to the user."""


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which one, and why (a short sentence in French)."""

    field: str
    message: str


class ValidationError(ReseauError):
    """Input that cannot be saved; carries one problem per field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


class NotFoundError(ReseauError):
    def __init__(self, what: str, ident: object) -> None:
        self.what = what
        self.ident = ident
        super().__init__(f"{what} {ident} introuvable")


@dataclass
class ConflictError(ReseauError):
    """The record changed in the database since it was read (optimistic locking)."""

    what: str
    ident: object
    expected_version: int
    actual_version: int | None = field(default=None)

    def __str__(self) -> str:
        return (
            f"{self.what} {self.ident} a été modifié par quelqu'un d'autre "
            f"(version {self.expected_version} attendue, {self.actual_version} trouvée)"
        )


class DatabaseOpenError(ReseauError):
    """The database file or server cannot be used; the message says why and where."""
