from __future__ import annotations

import json
from importlib import util
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseau.core.enums import Assessment, ExchangeKind, ParticipantRole
from reseau.db.models import Exchange, ExchangeParticipant, Organization, Person, Theme
from reseau.db.session import Database
from reseau.services.demo.load import _typeset, load_demo, read_demo_data
from tests.conftest import REFERENCE


def _count(database: Database, model: type) -> int:
    with database.begin() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_demo_holds_the_2005_mission(demo_database: Database) -> None:
    with demo_database.begin() as s:
        # The demo also holds the 2027 draft agenda's mission (services/agenda_demo.py).
        mission = s.scalars(
            select(Exchange).where(
                Exchange.kind == ExchangeKind.MISSION, Exchange.title.startswith("Mission exploratoire")
            )
        ).one()
        delegates = [p for p in mission.participants if p.role == ParticipantRole.DELEGATE]
        assert len(delegates) == 20
        assert [o.code for o in mission.objectives] == ["O1", "O2", "O3", "O4"]
        assert mission.objectives[0].assessment == Assessment.FULLY
        assert mission.objectives[1].assessment == Assessment.PARTIALLY
        assert str(mission.start_date) == "2005-09-04" and str(mission.end_date) == "2005-09-10"
        stage = s.scalars(select(Exchange).where(Exchange.kind == ExchangeKind.STAGE)).one()
        (intern,) = stage.participants
        assert intern.person.last_name == "Boisvert"
        caf = s.scalars(
            select(Organization).where(Organization.name == "Caisse d'allocations familiales de la Gironde")
        ).one()
        assert caf.parent is not None and caf.parent.acronym == "CNAF"
        massé = s.scalars(select(Person).where(Person.last_name == "Massé")).one()
        assert massé.organization is not None and massé.organization.acronym == "INSPQ"
        assert massé.source  # Law 25: where the data came from
    codes = {c for c in _theme_codes(demo_database)}
    assert {f"T{i:02d}" for i in range(1, 17)} | {f"P{i}" for i in range(1, 9)} <= codes


def _theme_codes(database: Database) -> list[str]:
    with database.begin() as s:
        return [c for c in s.scalars(select(Theme.code)) if c]


def test_loading_twice_creates_no_duplicates(demo_database: Database) -> None:
    before = {
        m: _count(demo_database, m) for m in (Person, Organization, Theme, Exchange, ExchangeParticipant)
    }
    with demo_database.begin() as s:
        summary = load_demo(s).value
    assert summary.created == 0
    after = {m: _count(demo_database, m) for m in before}
    assert after == before


def test_shipped_demo_file_matches_the_report_facts() -> None:
    """The packaged data file is the converter's output of the reference facts."""
    source = REFERENCE / "mission-2005.json"
    if not source.exists():
        pytest.skip(f"reference facts not found at {source}")
    script = Path(__file__).resolve().parents[2] / "packaging" / "make_demo_data.py"
    spec = util.spec_from_file_location("make_demo_data", script)
    assert spec and spec.loader
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.convert(json.loads(source.read_text(encoding="utf-8")))
    # The loader gives the report's sentences their French no-break spaces (core.typography);
    # the file itself holds the converter's output as is.
    assert read_demo_data() == _typeset(expected)
