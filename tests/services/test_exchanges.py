"""Exchanges at service level: save, validate (nothing half-saved), status history, demo data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseau.core.enums import (
    AgreementStatus,
    Assessment,
    ExchangeKind,
    ExchangeStatus,
    OrgRole,
    ParticipantRole,
)
from reseau.core.errors import ValidationError
from reseau.db.models import Attachment, Exchange, ExchangeParticipant
from reseau.db.session import Database
from reseau.services.exchanges import records as ex
from reseau.services.exchanges.attachments import attach_file, remove_attachment, sha256_of, stored_file
from reseau.services.exchanges.links import exchanges_of_organization, exchanges_of_person
from reseau.services.exchanges.stages import StageSituation, list_stages, situation
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.records import PersonInput, add_person

# The demo data is typeset (core.typography): no-break spaces.
MISSION_TITLE = "Mission exploratoire\u00a0: «\u00a0Le développement social local en France\u00a0»"


def _people(database: Database) -> tuple[int, int, int, int]:
    with database.begin() as s:
        intern = add_person(s, PersonInput(last_name="Tremblay", first_name="Julie")).value
        tutor = add_person(s, PersonInput(last_name="Dupont", first_name="Marc")).value
        home = add_organization(s, OrganizationInput(name="CISSS de Laval")).value
        host = add_organization(s, OrganizationInput(name="Mairie de Lille")).value
    return intern, tutor, home, host


def _stage(intern: int, tutor: int, home: int, host: int, **kw: object) -> ex.ExchangeInput:
    values: dict[object, object] = dict(
        kind=ExchangeKind.STAGE,
        title="Stage de Julie Tremblay à Lille",
        status=ExchangeStatus.PLANNED,
        start_date=date(2027, 3, 1),
        end_date=date(2027, 5, 31),
        participants=(
            ex.ParticipantInput(intern, ParticipantRole.INTERN),
            ex.ParticipantInput(tutor, ParticipantRole.TUTOR),
        ),
        organizations=(ex.OrganizationLink(home, OrgRole.HOME), ex.OrganizationLink(host, OrgRole.HOST)),
        objectives=(ex.ObjectiveInput("Comprendre les centres sociaux"),),
        learning_goals="Observer l'animation de quartier",
        agreement_status=AgreementStatus.SENT,
        report_due=date(2027, 7, 1),
    )
    values.update(kw)
    return ex.ExchangeInput(**values)  # type: ignore[arg-type]


def test_add_and_read_a_stage(database: Database) -> None:
    ids = _people(database)
    with database.begin() as s:
        new_id = ex.add_exchange(s, _stage(*ids)).value
    with database.begin() as s:
        d = ex.get_exchange(s, new_id)
    assert d.data.kind == ExchangeKind.STAGE
    assert [p.role for p in d.participants] == [ParticipantRole.INTERN, ParticipantRole.TUTOR]
    assert d.participants[0].name == "Julie Tremblay"
    assert {o.role for o in d.organizations} == {OrgRole.HOME, OrgRole.HOST}
    assert d.data.agreement_status == AgreementStatus.SENT
    assert [h.status for h in d.history] == [ExchangeStatus.PLANNED]


def test_end_before_start_is_refused_and_nothing_saved(database: Database) -> None:
    ids = _people(database)
    with pytest.raises(ValidationError) as caught, database.begin() as s:
        ex.add_exchange(s, _stage(*ids, end_date=date(2027, 2, 1)))
    assert caught.value.problems[0].field == "end_date"
    assert "précède" in str(caught.value.problems[0].message)
    with database.begin() as s:
        assert s.scalar(select(func.count()).select_from(Exchange)) == 0
        assert s.scalar(select(func.count()).select_from(ExchangeParticipant)) == 0


def test_participant_twice_is_refused_with_the_name(database: Database) -> None:
    intern, tutor, home, host = _people(database)
    twice = (ex.ParticipantInput(intern, ParticipantRole.INTERN),) * 2
    with pytest.raises(ValidationError) as caught, database.begin() as s:
        ex.add_exchange(s, _stage(intern, tutor, home, host, participants=twice))
    assert "Julie Tremblay figure deux fois" in str(caught.value)
    with database.begin() as s:
        assert s.scalar(select(func.count()).select_from(Exchange)) == 0


def test_update_keeps_participants_and_records_status_change(database: Database) -> None:
    ids = _people(database)
    with database.begin() as s:
        new_id = ex.add_exchange(s, _stage(*ids)).value
    with database.begin() as s:
        d = ex.get_exchange(s, new_id)
        data = _stage(*ids, status=ExchangeStatus.CONFIRMED, title="Stage modifié")
        ex.update_exchange(s, new_id, data, d.version)
    with database.begin() as s:
        d = ex.get_exchange(s, new_id)
    assert d.data.title == "Stage modifié"
    assert len(d.participants) == 2
    assert [h.status for h in d.history] == [ExchangeStatus.PLANNED, ExchangeStatus.CONFIRMED]


def test_change_status_appends_dated_history(database: Database) -> None:
    ids = _people(database)
    with database.begin() as s:
        new_id = ex.add_exchange(s, _stage(*ids)).value
    with database.begin() as s:
        ex.change_status(s, new_id, ExchangeStatus.CANCELLED, "Budget refusé", when=date(2026, 1, 15))
    with database.begin() as s:
        d = ex.get_exchange(s, new_id)
    assert d.data.status == ExchangeStatus.CANCELLED
    # The history is in date order: the back-dated change comes before the creation.
    step = next(h for h in d.history if h.status == ExchangeStatus.CANCELLED)
    assert step.note == "Budget refusé"
    assert step.changed_at.date() == date(2026, 1, 15)
    assert len(d.history) == 2


def test_stage_situations() -> None:
    today = date(2027, 4, 1)
    planned = ExchangeStatus.PLANNED
    assert situation(planned, date(2027, 3, 1), date(2027, 5, 1), None, today) == StageSituation.IN_PROGRESS
    assert situation(planned, date(2027, 5, 1), None, None, today) == StageSituation.COMING
    assert situation(ExchangeStatus.DONE, date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1), today) == (
        StageSituation.REPORT_OVERDUE
    )
    assert situation(
        ExchangeStatus.ASSESSED, date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1), today
    ) == (StageSituation.FINISHED)
    assert situation(ExchangeStatus.DONE, None, None, None, today) == StageSituation.UNDATED


def test_list_stages_in_progress(database: Database) -> None:
    ids = _people(database)
    with database.begin() as s:
        ex.add_exchange(s, _stage(*ids))
        rows = list_stages(s, date(2027, 4, 1))
    assert rows[0].situation == StageSituation.IN_PROGRESS
    assert rows[0].intern == "Julie Tremblay" and rows[0].tutor == "Marc Dupont"
    assert rows[0].host == "Mairie de Lille"


def test_attachment_is_copied_with_its_sha256(database: Database, tmp_path: Path) -> None:
    ids = _people(database)
    source = tmp_path / "Convention.PDF"
    source.write_bytes(b"%PDF-1.4 convention de stage")
    folder = tmp_path / "data" / "attachments"
    with database.begin() as s:
        new_id = ex.add_exchange(s, _stage(*ids)).value
        att = attach_file(s, new_id, source, folder).value
    source.unlink()  # the original moves away: the copy stays
    with database.begin() as s:
        d = ex.get_exchange(s, new_id)
        stored = stored_file(s, att, folder)
    assert d.attachments[0].original_name == "Convention.PDF"
    assert stored.exists and stored.intact
    assert stored.path.name == d.attachments[0].sha256 + ".pdf"
    assert sha256_of(stored.path) == d.attachments[0].sha256
    with database.begin() as s:
        remove_attachment(s, att, folder)
    assert not stored.path.exists()


def test_missing_attached_file_is_refused(database: Database, tmp_path: Path) -> None:
    ids = _people(database)
    with database.begin() as s:
        new_id = ex.add_exchange(s, _stage(*ids)).value
    with pytest.raises(ValidationError) as caught, database.begin() as s:
        attach_file(s, new_id, tmp_path / "absent.pdf", tmp_path / "attachments")
    assert "absent.pdf" in str(caught.value) and "introuvable" in str(caught.value)
    with database.begin() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_demo_mission_has_20_delegates_and_4_assessed_objectives(demo_database: Database) -> None:
    with demo_database.begin() as s:
        rows = ex.list_exchanges(s)
        mission = next(r for r in rows if r.title == MISSION_TITLE)
        d = ex.get_exchange(s, mission.id)
    assert d.data.title == MISSION_TITLE
    assert d.data.start_date == date(2005, 9, 4)
    delegates = [p for p in d.participants if p.role == ParticipantRole.DELEGATE]
    assert len(delegates) == 20
    assert [o.assessment for o in d.data.objectives] == [
        Assessment.FULLY,
        Assessment.PARTIALLY,
        Assessment.LARGELY,
        Assessment.RELEVANCE_CONFIRMED,
    ]
    assert d.history[-1].status == ExchangeStatus.ASSESSED


def test_demo_boisvert_stage_and_person_links(demo_database: Database) -> None:
    with demo_database.begin() as s:
        stages = list_stages(s, date(2026, 11, 25))
        assert [r.intern for r in stages] == ["Réal Boisvert"]
        boisvert = ex.get_exchange(s, stages[0].id).participants[0].person_id
        taken = exchanges_of_person(s, boisvert)
        mission = next(r for r in ex.list_exchanges(s) if r.title == MISSION_TITLE)
        inspq = mission.organizations[0][0]
        by_org = exchanges_of_organization(s, inspq)
    assert {t.kind for t in taken} == {ExchangeKind.STAGE, ExchangeKind.MISSION}
    assert [t.title for t in by_org] == [MISSION_TITLE]
