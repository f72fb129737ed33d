"""Types shared by the demo loaders of every area (see :mod:`reseau.services.demo.load`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from reseau.db.models import Exchange, Organization, Person, Theme

DemoData = dict[str, Any]
DEMO_SOURCE = "Démo : rapport de la mission 2005 (INSPQ)"
DEMO_CONSENT = "Données publiques du rapport de mission (démonstration)"


@dataclass
class DemoIndex:
    """What the demo loaded, by the names the data file uses, for later loaders."""

    organizations: dict[str, Organization] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    exchanges: dict[str, Exchange] = field(default_factory=dict)


# A loader adds its area's demo records and returns how many it created; it must reuse what is
# already there so that loading twice creates nothing.
DemoLoader = Callable[[Session, DemoData, DemoIndex], int]
