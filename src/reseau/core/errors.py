"""Typed errors raised by the services; the UI and the CLI turn them into sentences.

Every error carries a :class:`~reseau.core.messages.Message` (``error.message``): the UI
translates it with ``reseau.ui.i18n.say``, ``str(error)`` is the French sentence (command line,
logs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reseau.core.messages import Message, as_message, tr


class ReseauError(Exception):
    """Base of every error the application expects and reports to the user."""

    def __init__(self, message: str | Message = "") -> None:
        self.message = as_message(message)
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which one, and why."""

    field: str
    message: Message

    def __post_init__(self) -> None:
        # A library's own text (email-validator, phonenumbers) may come in as a plain string.
        object.__setattr__(self, "message", as_message(self.message))


class ValidationError(ReseauError):
    """Input that cannot be saved; carries one problem per field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


class NotFoundError(ReseauError):
    """``what`` is the kind of record, as a message (``tr("Personne")``)."""

    def __init__(self, what: str | Message, ident: object) -> None:
        self.what = as_message(what)
        self.ident = ident
        super().__init__(tr("Fiche introuvable : {what} n° {ident}.", what=self.what, ident=ident))


@dataclass
class ConflictError(ReseauError):
    """The record changed in the database since it was read (optimistic locking)."""

    what: str | Message
    ident: object
    expected_version: int
    actual_version: int | None = field(default=None)

    def __post_init__(self) -> None:
        ReseauError.__init__(
            self,
            tr(
                "{what} n° {ident} : la fiche a été modifiée par quelqu'un d'autre "
                "(version {expected} attendue, {actual} trouvée).",
                what=as_message(self.what),
                ident=self.ident,
                expected=self.expected_version,
                actual=self.actual_version if self.actual_version is not None else "—",
            ),
        )

    def __str__(self) -> str:
        return str(self.message)


class DatabaseOpenError(ReseauError):
    """The database file or server cannot be used; the message says why and where."""
