"""Everything the theme pane shows, read in one session: the view renders it without one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from reseau.services.themes.records import ThemeDetail, get_theme


@dataclass(frozen=True)
class ThemePage:
    # The theme with its owner's name and the persons, organizations, exchanges and journal
    # entries linked to it: names, dates and ids only.
    detail: ThemeDetail


def theme_page(session: Session, theme_id: int) -> ThemePage:
    return ThemePage(detail=get_theme(session, theme_id))
