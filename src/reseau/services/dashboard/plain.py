"""The Tableau de bord's plain values, named by its view before the window's first paint,
without the models that ``summary``'s queries import (issue 19.3)."""

from __future__ import annotations

DUE_LIMIT = 200  # follow-ups shown per bucket; the Journal's À relancer lists them all
