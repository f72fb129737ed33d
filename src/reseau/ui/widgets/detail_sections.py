"""Extra sections of the person and organization detail panes, contributed by other areas.

Each section is ``f(page, lang) -> html``: it renders part of the page the service read in one
session (reseau.services.persons.page.PersonPage, organizations.page.OrganizationPage), on the
GUI thread, without a session. An area adds its function to the tuple here.
"""

from __future__ import annotations

from collections.abc import Callable

from reseau.services.organizations.page import OrganizationPage
from reseau.services.persons.page import PersonPage
from reseau.ui.agenda.sections import agenda_section
from reseau.ui.exchanges.sections import organization_exchanges_section, person_exchanges_section
from reseau.ui.journal.sections import organization_journal_section, person_journal_section

PERSON_SECTIONS: tuple[Callable[[PersonPage, str], str], ...] = (
    lambda page, lang: person_exchanges_section(page.exchanges, lang),
    lambda page, lang: person_journal_section(page.journal, page.follow_up, lang),
    lambda page, _lang: agenda_section(page.slots),
)
ORGANIZATION_SECTIONS: tuple[Callable[[OrganizationPage, str], str], ...] = (
    lambda page, lang: organization_exchanges_section(page.exchanges, lang),
    lambda page, lang: organization_journal_section(page.journal, lang),
    lambda page, _lang: agenda_section(page.slots),
)
