"""A postal address in parts (street, city, postal code, region, country) and its one-text form.

The parts are what vCard's ADR and the address columns of Outlook or Google carry; the text
form (:meth:`PostalAddress.formatted`) is what lists, searches and duplicate keys read, so an
address typed in one block (a CSV cell, an old record) and one read in parts live side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The parts in vCard's order of its last five ADR components, as stored in the JSON column.
PARTS = ("street", "city", "region", "postal_code", "country")


@dataclass(frozen=True)
class PostalAddress:
    """An address in parts; ``street`` may hold several lines (suite, P.O. box)."""

    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country))

    def formatted(self) -> str:
        """The address as lines: street, then the town line, region, country.

        A postal code that starts with a digit (France, most of Europe, the US) goes before
        the city ("75001 Paris"); a Canadian one after it, with the province in parentheses
        ("Montréal (Québec)  H2X 1Y4"), as Canada Post writes it.
        """
        lines = [line.strip() for line in self.street.splitlines() if line.strip()]
        region = self.region
        if self.postal_code[:1].isalpha():
            place = f"{self.city} ({region})" if self.city and region else self.city or region
            town, region = "  ".join(p for p in (place, self.postal_code) if p), ""
        else:
            town = " ".join(p for p in (self.postal_code, self.city) if p)
        lines += [p for p in (town, region, self.country) if p]
        return "\n".join(lines)

    def to_json(self) -> dict[str, str]:
        """The non-empty parts, for the ``contact_point.address`` JSON column."""
        return {name: getattr(self, name) for name in PARTS if getattr(self, name)}

    @classmethod
    def from_json(cls, value: Any) -> PostalAddress | None:
        """The address stored by :meth:`to_json`; None for anything else (no parts kept)."""
        if not isinstance(value, dict):
            return None
        address = cls(**{name: str(value.get(name) or "") for name in PARTS})
        return None if address.is_empty() else address
