"""A service module imported when an op first uses it, not when its ops module is imported.

The window imports the ops of the Tableau de bord and of the À relancer list before its first
paint; their services import the models and the ORM (0.3 s of the cold start, issue 19.3),
which the first paint does not need: the ops only call them later, on the op runner's threads.
``lazy("reseau.services.x")`` stands for the module; the first attribute read imports it
(``importlib.import_module``: thread-safe, once), every later one is a dictionary look-up.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for the module ``name``; importing it is left to the first attribute read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name}>"


def lazy(name: str) -> Any:
    """The module ``name``, imported at its first use (see ``LazyModule``)."""
    return LazyModule(name)
