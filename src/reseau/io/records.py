"""The plain records that every contacts reader yields and every writer takes."""

from __future__ import annotations

from dataclasses import dataclass, field

from reseau.core.errors import ReseauError
from reseau.core.messages import Message, as_message


@dataclass
class ContactRecord:
    """One person read from a file, before validation; ``line`` is where it starts (1-based)."""

    line: int
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    title: str = ""
    organization: str = ""
    country: str = ""
    notes: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    webs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    # Evidence of the country read from address parts (the address itself is in ``addresses``):
    # French Outlook's « Pays/Région (bureau) », a Province column, a postal code, a city.
    address_country: str = ""
    region: str = ""
    postal_codes: list[str] = field(default_factory=list)
    city: str = ""

    def is_empty(self) -> bool:
        return not any(
            (self.first_name, self.last_name, self.full_name, self.organization, self.emails, self.phones)
        )


@dataclass(frozen=True)
class RowProblem:
    """A row or card that could not be read at all: where (``line``), and why (a Message)."""

    line: int
    message: Message

    def __post_init__(self) -> None:
        # Built only for rows with a problem: the check costs nothing on good rows.
        if not isinstance(self.message, Message):
            object.__setattr__(self, "message", as_message(self.message))


@dataclass(frozen=True)
class ExportPerson:
    """One person as the writers see it (plain data, phones already in E.164)."""

    first_name: str
    last_name: str
    title: str = ""
    organization: str = ""
    country: str = ""
    notes: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    webs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


class NotAContactsFile(ReseauError):
    """The file is binary, empty or in no format we know; the message says which and why."""


def split_multi(value: str) -> list[str]:
    """Cells holding several values: Google's " ::: " separator (also Réseau's export)."""
    if " ::: " not in value:
        return [value]  # callers pass stripped, non-empty cells
    return [part.strip() for part in value.split(" ::: ") if part.strip()]


MULTI_SEPARATOR = " ::: "
