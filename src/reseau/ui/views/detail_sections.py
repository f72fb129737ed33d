"""Extra sections of the person and organization detail panes, contributed by other areas.

Each section is ``f(session, record_id, lang) -> html`` and runs off the GUI thread with the
detail's session. An area adds its function to the tuple here (exchanges, journal, themes...).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from reseau.ui.views.agenda_sections import organization_agenda_section, person_agenda_section

DetailSection = Callable[[Session, int, str], str]

PERSON_SECTIONS: tuple[DetailSection, ...] = (person_agenda_section,)
ORGANIZATION_SECTIONS: tuple[DetailSection, ...] = (organization_agenda_section,)
