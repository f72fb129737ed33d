"""Settings shared by everyone using the database (JSON values in the ``setting`` table)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.outcome import Outcome
from reseau.db.models import Setting

BACKUP_RETENTION = "backup.retention"  # {"recent": 10, "daily": 7, "weekly": 4, "monthly": 12}
RETENTION_YEARS = "privacy.retention_years"  # persons with no journal entry for N years
DEFAULT_RETENTION_YEARS = 3


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: Any) -> Outcome[None]:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    session.flush()
    return Outcome(None, Changes(settings=True))
