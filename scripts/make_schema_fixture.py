#!/usr/bin/env python
"""Write tests/db/fixtures/schema_<revision>.sqlite3: a database at a RELEASED schema, with data.

Run once when a schema is released (``python scripts/make_schema_fixture.py 0001``) and commit
the file: tests/db/test_migration_fixtures.py upgrades every fixture to the newest schema and
compares its data. Rows are written with plain SQL, not with the ORM models (those follow the
newest schema). To add a released schema, add its rows to ``ROWS`` under its revision.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reseau.db import migrate  # noqa: E402

FIXTURES = ROOT / "tests" / "db" / "fixtures"

ROWS: dict[str, dict[str, list[dict[str, Any]]]] = {
    "0001": {
        "organization": [
            {
                "id": 1,
                "name": "Ville de Québec",
                "name_key": "ville de quebec",
                "country": "QC",
                "level": "local",
                "city": "Québec",
                "notes": "Accueil de la délégation",
            },
            {
                "id": 2,
                "name": "Conseil général de l'Isère",
                "name_key": "conseil general de l'isere",
                "country": "FR",
                "level": "departmental",
                "parent_id": None,
            },
        ],
        "person": [
            {
                "id": 1,
                "first_name": "Hélène",
                "last_name": "Massé",
                "name_key": "masse helene",
                "title": "Directrice",
                "organization_id": 1,
                "country": "QC",
                "sectors": '["santé", "emploi"]',
                "roles": '["manager"]',
                "languages": '["fr"]',
                "notes": "Rencontrée en 2005",
                "source": "carte d'affaires",
                "consent_basis": "intérêt légitime",
                "do_not_contact": 0,
                "follow_up_days": 90,
            },
            {
                "id": 2,
                "first_name": "Jean",
                "last_name": "Dupont",
                "name_key": "dupont jean",
                "organization_id": 2,
                "country": "FR",
                "sectors": "[]",
                "roles": "[]",
                "languages": '["fr", "en"]',
                "do_not_contact": 1,
            },
        ],
        "contact_point": [
            {
                "id": 1,
                "person_id": 1,
                "kind": "email",
                "value": "helene.masse@example.qc.ca",
                "normalized": "helene.masse@example.qc.ca",
                "label": "travail",
            },
            {
                "id": 2,
                "organization_id": 2,
                "kind": "phone",
                "value": "+33476000000",
                "normalized": "+33476000000",
            },
        ],
        "tag": [{"id": 1, "name": "délégation 2005"}],
        "person_tag": [{"person_id": 1, "tag_id": 1}],
        "organization_tag": [{"organization_id": 1, "tag_id": 1}],
        "theme": [
            {
                "id": 1,
                "code": "T01",
                "kind": "follow_up",
                "title": "Développement social local",
                "status": "active",
                "owner_id": 1,
                "position": 1,
            },
        ],
        "person_theme": [{"person_id": 1, "theme_id": 1}],
        "organization_theme": [{"organization_id": 2, "theme_id": 1}],
        "exchange": [
            {
                "id": 1,
                "kind": "mission",
                "title": "Mission Québec 2005",
                "start_date": "2005-06-06",
                "end_date": "2005-06-17",
                "status": "done",
                "direction": "fr_to_qc",
            },
        ],
        "exchange_theme": [{"exchange_id": 1, "theme_id": 1}],
        "exchange_objective": [
            {
                "id": 1,
                "exchange_id": 1,
                "code": "O1",
                "text": "Comparer les politiques",
                "assessment": "fully",
                "position": 0,
            },
        ],
        "exchange_participant": [{"id": 1, "exchange_id": 1, "person_id": 2, "role": "delegate"}],
        "exchange_organization": [{"id": 1, "exchange_id": 1, "organization_id": 1, "role": "host"}],
        "exchange_status_change": [
            {"id": 1, "exchange_id": 1, "status": "done", "changed_at": "2005-06-18 10:00:00.000000"},
        ],
        "attachment": [
            {
                "id": 1,
                "exchange_id": 1,
                "original_name": "rapport.pdf",
                "stored_name": "ab/rapport.pdf",
                "sha256": "0" * 64,
                "size": 1234,
            },
        ],
        "interaction": [
            {
                "id": 1,
                "occurred_on": "2005-06-07",
                "kind": "meeting",
                "summary": "Visite du CLSC",
                "exchange_id": 1,
                "follow_up_on": "2005-09-01",
                "follow_up_state": "open",
            },
        ],
        "interaction_person": [{"interaction_id": 1, "person_id": 1}],
        "interaction_organization": [{"interaction_id": 1, "organization_id": 1}],
        "interaction_theme": [{"interaction_id": 1, "theme_id": 1}],
        "agenda_slot": [
            {
                "id": 1,
                "exchange_id": 1,
                "day": "2005-06-07",
                "half_day": "morning",
                "start_time": "09:00:00.000000",
                "end_time": "12:00:00.000000",
                "activity": "site_visit",
                "title": "Visite",
                "place": "CLSC",
                "city": "Québec",
                "host_organization_id": 1,
                "all_delegates": 0,
                "notes": "Apporter le dossier",
            },
        ],
        "agenda_slot_speaker": [{"agenda_slot_id": 1, "person_id": 1}],
        "agenda_slot_attendee": [{"agenda_slot_id": 1, "person_id": 2}],
        "agenda_slot_theme": [{"agenda_slot_id": 1, "theme_id": 1}],
        "agenda_check_ack": [
            {"id": 1, "exchange_id": 1, "rule": "A1", "key": "briefing", "reason": "Envoyé par courriel"},
        ],
    },
}


def make(revision: str) -> Path:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / f"schema_{revision}.sqlite3"
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    for table, rows in ROWS[revision].items():
        for row in rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    return path


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(ROWS):
        print(make(name))
