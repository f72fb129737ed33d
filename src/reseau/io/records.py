"""The plain records that every contacts reader yields and every writer takes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.core.errors import ReseauError
from reseau.core.messages import Message, as_message


class ContactDetail(NamedTuple):
    """What a file says about one e-mail, phone or address besides its value."""

    usage: ContactUsage | None = None
    extension: str = ""  # phones
    label: str = ""  # a custom label (Apple's X-ABLabel, Google's "Type" column)
    address: PostalAddress | None = None  # addresses read in parts


# Details of a record's contact values: (kind, index in its list) -> detail. Values without
# any detail have no entry, so readers that know no types need not care.
Details = dict[tuple[ContactKind, int], ContactDetail]


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
    addresses: list[str] = field(default_factory=list)  # the text form; parts in ``details``
    webs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    department: str = ""
    details: Details = field(default_factory=dict)
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

    def add(self, kind: ContactKind, value: str, detail: ContactDetail | None = None) -> None:
        """Append ``value`` to the list of its kind, with what else is known about it."""
        values = self.values(kind)
        if detail is not None and detail != _NO_DETAIL:
            self.details[kind, len(values)] = detail
        values.append(value)

    def add_address(self, address: PostalAddress, usage: ContactUsage | None = None, label: str = "") -> None:
        if not address.is_empty():
            self.add(ContactKind.ADDRESS, address.formatted(), ContactDetail(usage, "", label, address))

    def values(self, kind: ContactKind) -> list[str]:
        if kind == ContactKind.EMAIL:
            return self.emails
        if kind == ContactKind.PHONE:
            return self.phones
        return self.addresses if kind == ContactKind.ADDRESS else self.webs

    def detail(self, kind: ContactKind, index: int) -> ContactDetail:
        return self.details.get((kind, index), _NO_DETAIL) if self.details else _NO_DETAIL

    def drop_empty(self) -> None:
        """Remove empty values (a reader's last step), keeping each detail with its value."""
        for kind in ContactKind:
            values = self.values(kind)
            if all(values):
                continue
            kept = [(v, self.details.pop((kind, i), None)) for i, v in enumerate(values)]
            values[:] = []
            for value, detail in kept:
                if value:
                    self.add(kind, value, detail)


_NO_DETAIL = ContactDetail()


@dataclass
class OrganizationRecord(ContactRecord):
    """A company card (vCard ``KIND:org``, ``X-ABShowAs:COMPANY``, or no person's name but an
    ORG): the organization is ``organization``, the contact points are its own. A subclass, so
    every reader, preview and pipeline that passes records along keeps working unchanged."""


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
    department: str = ""
    # (kind, index) -> type, extension, label, address parts, as in ContactRecord.details.
    details: Details = field(default_factory=dict, hash=False, compare=True)

    def detail(self, kind: ContactKind, index: int) -> ContactDetail:
        return self.details.get((kind, index), _NO_DETAIL) if self.details else _NO_DETAIL


class NotAContactsFile(ReseauError):
    """The file is binary, empty or in no format we know; the message says which and why."""


def split_multi(value: str) -> list[str]:
    """Cells holding several values: Google's " ::: " separator (also Réseau's export)."""
    if " ::: " not in value:
        return [value]  # callers pass stripped, non-empty cells
    return [part.strip() for part in value.split(" ::: ") if part.strip()]


MULTI_SEPARATOR = " ::: "
