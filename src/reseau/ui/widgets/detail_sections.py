"""Extra sections of the person and organization detail panes, contributed by other areas.

Each section is ``f(session, record_id, lang) -> html`` and runs off the GUI thread with the
detail's session. An area adds its function to the tuple here (exchanges, journal, themes...).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from reseau.ui.agenda.sections import organization_agenda_section, person_agenda_section
from reseau.ui.exchanges.sections import organization_exchanges_section, person_exchanges_section

DetailSection = Callable[[Session, int, str], str]

# journal_sections imports DetailSection from here, hence after it.
from reseau.ui.journal.sections import (  # noqa: E402
    organization_journal_section,
    person_journal_section,
)

PERSON_SECTIONS: tuple[DetailSection, ...] = (
    person_exchanges_section,
    person_journal_section,
    person_agenda_section,
)
ORGANIZATION_SECTIONS: tuple[DetailSection, ...] = (
    organization_exchanges_section,
    organization_journal_section,
    organization_agenda_section,
)
