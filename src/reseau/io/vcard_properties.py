"""What a vCard's ADR, TEL, EMAIL and ORG say, as structured values.

``io.vcard_read`` finds the properties (bytes, unfolding, charsets); this module reads their
meaning: the seven ADR components, the TYPE parameters of every version (3.0/4.0
``TYPE=work,voice``, 2.1 bare ``TEL;CELL``, Apple's ``itemN.X-ABLabel``), a tel: URI's
``;ext=``, ORG's department. Plain values in and out: no parsing state, no record.
"""

from __future__ import annotations

from collections.abc import Iterable

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactUsage
from reseau.io.contact_types import other_type, read_type, split_extension, usage_of_types
from reseau.io.records import ContactDetail


def _usage_and_label(types: Iterable[str], label: str) -> tuple[ContactUsage | None, str]:
    # 4.0 quotes a list: TYPE="work,voice" arrives as one value.
    types = {word.strip().strip('"') for value in types for word in value.split(",") if word.strip()}
    usage = usage_of_types(types)
    if not label:
        return usage, "" if usage is not None else other_type(types)
    labelled, custom = read_type(label)  # Apple's "_$!<Mobile>!$_" is a type, not a label
    return usage or labelled, custom


def email_value(text: str, types: Iterable[str], label: str = "") -> tuple[str, ContactDetail]:
    """An EMAIL value and what it is for."""
    value = text.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    usage, custom = _usage_and_label(types, label)
    return value, ContactDetail(usage, "", custom)


def tel_value(text: str, types: Iterable[str], label: str = "") -> tuple[str, ContactDetail]:
    """A TEL value (text or tel: URI), its use and its extension.

    ``tel:+1-514-555-1234;ext=22`` (RFC 3966) and "514 555-1234 poste 22" both give the
    number and "22".
    """
    value = text.strip()
    extension = ""
    if value.lower().startswith("tel:"):
        number, *params = value[4:].split(";")
        value = number
        for param in params:
            key, _, found = param.partition("=")
            if key.strip().lower() == "ext":
                extension = found.strip()
    if not extension:
        value, extension = split_extension(value)
    usage, custom = _usage_and_label(types, label)
    return value, ContactDetail(usage, extension[:20], custom)


def adr_value(
    components: list[str], types: Iterable[str], label: str = ""
) -> tuple[PostalAddress, ContactDetail]:
    """ADR's components (P.O. box; extended; street; locality; region; postal code; country).

    The extended address (suite, building) and the P.O. box become lines of the street after
    it, as they are printed; nothing else moves.
    """
    parts = [p.strip() for p in components] + [""] * 7
    pobox, extended, street, city, region, postal, country = parts[:7]
    address = PostalAddress(
        street="\n".join(p for p in (street, extended, pobox) if p),
        city=city,
        region=region,
        postal_code=postal,
        country=country,
    )
    usage, custom = _usage_and_label(types, label)
    return address, ContactDetail(usage, "", custom, address)


def org_value(components: list[str]) -> tuple[str, str]:
    """(organization, department) from ORG: its first component, then the units joined."""
    parts = [p.strip() for p in components]
    organization = parts[0] if parts else ""
    return organization, ", ".join(p for p in parts[1:] if p)
