"""Named operations of the Agenda area (a mission's programme, its checks and briefing)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from reseau.core.agenda import CheckSettings, MissionAgenda
from reseau.core.agenda_checks import CheckWarning, check_agenda
from reseau.core.enums import HalfDay
from reseau.core.outcome import Outcome
from reseau.services.agenda import editing as agenda_edit
from reseau.services.agenda import reading as agenda_service
from reseau.services.agenda.editing import SlotInput
from reseau.services.agenda.reading import Choice, MissionChoice, SlotChoices
from reseau.ui.ops._words import tr
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp


def list_missions(runner: OpRunner) -> QueryOp[list[MissionChoice]]:
    return QueryOp(runner, agenda_service.list_missions)


def load_checked(
    runner: OpRunner, mission_id: int, defaults: CheckSettings
) -> QueryOp[tuple[MissionAgenda, list[CheckWarning]]]:
    """The mission's agenda and its warnings; ``defaults``: the thresholds of the user's
    Préférences for a mission without its own (the command line passes the same)."""

    def load(session: Session) -> tuple[MissionAgenda, list[CheckWarning]]:
        agenda = agenda_service.load_agenda(session, mission_id, defaults=defaults)
        return agenda, check_agenda(agenda)

    return QueryOp(runner, load)


def slot_choices(runner: OpRunner, mission_id: int) -> QueryOp[SlotChoices]:
    return QueryOp(runner, lambda s: agenda_service.slot_choices(s, mission_id))


def person_choices(runner: OpRunner, text: str) -> QueryOp[list[Choice]]:
    return QueryOp(runner, lambda s: agenda_service.person_choices(s, text))


def add_slot(runner: OpRunner, mission_id: int, data: SlotInput, name: str) -> CommandOp[Outcome[int]]:
    """``name``: the slot's title, or its activity's words."""
    return CommandOp(
        runner,
        lambda s: agenda_edit.add_slot(s, mission_id, data),
        description=tr("Ajouter le créneau %s") % name,
    )


def update_slot(
    runner: OpRunner, slot_id: int, data: SlotInput, version: int, name: str
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: agenda_edit.update_slot(s, slot_id, data, version),
        description=tr("Modifier le créneau %s") % name,
    )


def delete_slot(runner: OpRunner, slot_id: int, name: str) -> CommandOp[Outcome[None]]:
    return CommandOp(
        runner,
        lambda s: agenda_edit.delete_slot(s, slot_id),
        description=tr("Supprimer le créneau %s") % name,
    )


def move_slot(runner: OpRunner, slot_id: int, day: date, half_day: HalfDay) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: agenda_edit.move_slot(s, slot_id, day, half_day),
        description=tr("Déplacer un créneau"),
    )


def copy_day(runner: OpRunner, mission_id: int, source: date, target: date) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: agenda_edit.copy_day(s, mission_id, source, target),
        description=tr("Copier une journée"),
    )


def save_settings(runner: OpRunner, mission_id: int, settings: CheckSettings) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: agenda_edit.save_settings(s, mission_id, settings))


def acknowledge(
    runner: OpRunner, mission_id: int, rule: str, key: str, reason: str
) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: agenda_edit.acknowledge(s, mission_id, rule, key, reason))


def unacknowledge(runner: OpRunner, mission_id: int, rule: str, key: str) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: agenda_edit.unacknowledge(s, mission_id, rule, key))


def save_briefing(runner: OpRunner, mission_id: int, html: str) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: agenda_edit.save_briefing(s, mission_id, html))
