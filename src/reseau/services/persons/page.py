"""Everything the person pane shows, read in one session: the view renders it without one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from reseau.core.messages import Message
from reseau.services.agenda.reading import PlannedSlot, slots_of_person
from reseau.services.exchanges.links import TakenPart, exchanges_of_person
from reseau.services.journal.entries import EntryRow, person_timeline
from reseau.services.journal.follow_ups import person_follow_up_line
from reseau.services.persons.records import PersonDetail, get_person


@dataclass(frozen=True)
class PersonPage:
    detail: PersonDetail
    exchanges: tuple[TakenPart, ...]  # the exchanges and stages she took part in
    journal: tuple[EntryRow, ...]  # her timeline, newest first
    follow_up: Message | None  # when she is next due, if she has a cadence
    slots: tuple[PlannedSlot, ...]  # the mission agenda slots she speaks at or attends


def person_page(session: Session, person_id: int, today: date) -> PersonPage:
    return PersonPage(
        detail=get_person(session, person_id),
        exchanges=tuple(exchanges_of_person(session, person_id)),
        journal=tuple(person_timeline(session, person_id)),
        follow_up=person_follow_up_line(session, person_id, today),
        slots=tuple(slots_of_person(session, person_id)),
    )
