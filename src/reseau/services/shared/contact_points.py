"""Contact points (e-mails, phones, addresses, links) shared by persons and organizations."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage, Country
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
from reseau.io.contact_types import usage_of_word


@dataclass(frozen=True)
class ContactInput:
    """A contact point as entered: for an address with ``address`` parts, ``value`` is ignored
    and rebuilt from them (:meth:`PostalAddress.formatted`)."""

    kind: ContactKind
    value: str
    label: str = ""
    usage: ContactUsage | None = None
    extension: str = ""  # phones only
    address: PostalAddress | None = None  # addresses only

    def with_value(self, value: str) -> ContactInput:
        return replace(self, value=value)


NormalizedContacts = list[tuple[ContactInput, str]]


@dataclass(frozen=True)
class ContactView:
    kind: ContactKind
    value: str
    label: str
    normalized: str
    usage: ContactUsage | None = None
    extension: str = ""
    address: PostalAddress | None = None

    @property
    def display(self) -> str:
        """The value as shown (a phone laid out); the UI adds the extension in its language."""
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
        if contact.kind == ContactKind.ADDRESS and contact.address is not None:
            contact = contact.with_value(contact.address.formatted())
        value = contact.value.strip()
        if not value:
            continue
        field = f"{contact.kind.value}[{index}]"
        if len(contact.extension.strip()) > 20:
            problems.append(FieldProblem(field, tr("Poste trop long (20 caractères au plus)")))
            continue
        try:
            if contact.kind == ContactKind.EMAIL:
                email = normalize_email(value)
                result.append((contact.with_value(email), email.lower()))
            elif contact.kind == ContactKind.PHONE:
                e164 = normalize_phone(value, country)
                result.append((replace(contact, value=e164, extension=contact.extension.strip()), e164))
            else:
                result.append((contact.with_value(value), fold(value)))
        except InvalidEmail as exc:
            problems.append(FieldProblem(field, tr("Courriel invalide : {reason}", reason=exc.message)))
        except InvalidPhone as exc:
            problems.append(FieldProblem(field, tr("Téléphone invalide : {reason}", reason=exc.message)))
    return result


def to_rows(normalized: NormalizedContacts) -> list[ContactPoint]:
    return [
        ContactPoint(
            kind=c.kind,
            value=c.value,
            label=own_label(c.label, c.usage),
            normalized=key,
            usage=c.usage,
            extension=c.extension if c.kind == ContactKind.PHONE else "",
            address=c.address.to_json() if c.kind == ContactKind.ADDRESS and c.address else None,
        )
        for c, key in normalized
    ]


def own_label(label: str, usage: ContactUsage | None) -> str:
    """``label`` unless it only repeats the type ("travail" on a work phone: the label the
    dialogs wrote before types existed, migration 0014)."""
    return "" if label and usage is not None and usage_of_word(label) == usage else label


def usage_of(point: ContactPoint) -> ContactUsage | None:
    return ContactUsage(point.usage) if point.usage in _USAGES else None


_USAGES = frozenset(u.value for u in ContactUsage)


def to_inputs(points: list[ContactPoint]) -> tuple[ContactInput, ...]:
    """The stored contact points as a dialog's DTO edits them."""
    return tuple(
        ContactInput(
            ContactKind(p.kind),
            p.value,
            own_label(p.label, usage_of(p)),
            usage_of(p),
            p.extension or "",
            PostalAddress.from_json(p.address),
        )
        for p in points
    )


def to_views(points: list[ContactPoint]) -> tuple[ContactView, ...]:
    return tuple(
        ContactView(
            ContactKind(p.kind),
            p.value,
            own_label(p.label, usage_of(p)),
            p.normalized,
            usage_of(p),
            p.extension or "",
            PostalAddress.from_json(p.address),
        )
        for p in points
    )
