"""Contact points (e-mails, phones, addresses, links) shared by persons and organizations."""

from __future__ import annotations

from dataclasses import dataclass

from reseau.core.enums import ContactKind, Country
from reseau.core.errors import FieldProblem
from reseau.core.messages import tr
from reseau.core.normalize import (
    InvalidEmail,
    InvalidPhone,
    fold,
    format_phone,
    normalize_email,
    normalize_phone,
)
from reseau.db.models import ContactPoint


@dataclass(frozen=True)
class ContactInput:
    kind: ContactKind
    value: str
    label: str = ""


NormalizedContacts = list[tuple[ContactInput, str]]


@dataclass(frozen=True)
class ContactView:
    kind: ContactKind
    value: str
    label: str
    normalized: str

    @property
    def display(self) -> str:
        return format_phone(self.value) if self.kind == ContactKind.PHONE else self.value


def normalize_contacts(
    contacts: tuple[ContactInput, ...], country: Country | None, problems: list[FieldProblem]
) -> NormalizedContacts:
    """Each non-empty contact with its normalised form; invalid ones are added to ``problems``.

    Phones are stored in E.164 both as value and normalised key; e-mails keep the validator's
    normalised spelling and a lower-case key for matching.
    """
    result: list[tuple[ContactInput, str]] = []
    for index, contact in enumerate(contacts):
        value = contact.value.strip()
        if not value:
            continue
        field = f"{contact.kind.value}[{index}]"
        try:
            if contact.kind == ContactKind.EMAIL:
                email = normalize_email(value)
                result.append((ContactInput(contact.kind, email, contact.label), email.lower()))
            elif contact.kind == ContactKind.PHONE:
                e164 = normalize_phone(value, country)
                result.append((ContactInput(contact.kind, e164, contact.label), e164))
            else:
                result.append((ContactInput(contact.kind, value, contact.label), fold(value)))
        except InvalidEmail as exc:
            problems.append(FieldProblem(field, tr("Courriel invalide : {reason}", reason=exc.message)))
        except InvalidPhone as exc:
            problems.append(FieldProblem(field, tr("Téléphone invalide : {reason}", reason=exc.message)))
    return result


def to_rows(normalized: NormalizedContacts) -> list[ContactPoint]:
    return [ContactPoint(kind=c.kind, value=c.value, label=c.label, normalized=key) for c, key in normalized]


def to_views(points: list[ContactPoint]) -> tuple[ContactView, ...]:
    return tuple(ContactView(ContactKind(p.kind), p.value, p.label, p.normalized) for p in points)
