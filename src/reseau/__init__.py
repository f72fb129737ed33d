"""Réseau: the desktop tool of the France–Québec social development exchange coordinators."""

__version__ = "0.1.0"
