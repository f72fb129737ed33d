"""Named operations of the Personnes area."""

from __future__ import annotations

from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonDetail, PersonInput
from reseau.ui.ops._words import tr
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp


def get_person(runner: OpRunner, person_id: int) -> QueryOp[PersonDetail]:
    return QueryOp(runner, lambda s: persons.get_person(s, person_id))


def add_person(runner: OpRunner, data: PersonInput) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: persons.add_person(s, data),
        description=tr("Ajouter %s") % display_name(data.first_name, data.last_name),
    )


def update_person(
    runner: OpRunner, person_id: int, data: PersonInput, version: int
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: persons.update_person(s, person_id, data, version),
        description=tr("Modifier %s") % display_name(data.first_name, data.last_name),
    )
