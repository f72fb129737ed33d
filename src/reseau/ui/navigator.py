"""Jumps from one area to a record of another: « open this person », whoever asks.

The main window attaches itself (``attach(window.show_area)``); views call
``context.navigator.open_person(ident)`` and the like instead of looking for a ``show_area`` on
their window, and give it the links of their detail panes (``href='person:12'``) through
``open_link``, the one place that reads them. Without a window (a view tested alone) nothing
opens and the calls answer False.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Link:
    """An anchor of a detail pane: ``kind:ident`` (``log-entry:`` has no ident)."""

    kind: str
    ident: int | None

    @classmethod
    def parse(cls, url: str) -> Link:
        kind, _, ident = url.partition(":")
        return cls(kind, int(ident) if ident.isdigit() else None)


class Navigator:
    def __init__(self) -> None:
        self._show_area: Callable[[str], QWidget] | None = None

    def attach(self, show_area: Callable[[str], QWidget]) -> None:
        """``show_area(key)`` brings an area forward and returns its widget (the main window)."""
        self._show_area = show_area

    def open_person(self, ident: int) -> bool:
        return self._open("persons", ident)

    def open_organization(self, ident: int) -> bool:
        return self._open("organizations", ident)

    def open_exchange(self, ident: int) -> bool:
        return self._open("exchanges", ident)

    def open_journal_entry(self, ident: int) -> bool:
        return self._open("journal", ident)

    def open_theme(self, ident: int) -> bool:
        return self._open("themes", ident)

    def open_mission_agenda(self, ident: int) -> bool:
        """The Agenda de mission area, on mission ``ident``."""
        return self._open("agenda", ident)

    def open_area(self, area: str) -> bool:
        """Bring area ``area`` forward (``persons``, ``themes``...), selecting nothing."""
        if self._show_area is None:
            return False
        self._show_area(area)
        return True

    def open_link(self, url: str) -> bool:
        """Open the record a detail pane's link names; False for a link it does not know (the
        view handles its own: attachments, log-entry...)."""
        link = Link.parse(url)
        if link.kind == "area" and link.ident is None:
            return self.open_area(url.partition(":")[2])
        opens = {
            "person": self.open_person,
            "organization": self.open_organization,
            "exchange": self.open_exchange,
            "journal": self.open_journal_entry,
            "theme": self.open_theme,
            "agenda": self.open_mission_agenda,
        }
        if link.kind not in opens or link.ident is None:
            return False
        return opens[link.kind](link.ident)

    def _open(self, area: str, ident: int) -> bool:
        if self._show_area is None:
            return False
        view = self._show_area(area)
        # The lazy lists reveal: they clear a filter that would hide the record.
        for method in ("reveal", "select_id"):
            select = getattr(view, method, None)
            if callable(select):
                select(ident)
                return True
        return False
