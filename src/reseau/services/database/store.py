"""The database handle as the window sees it: open it, lock it, wait for it, ask if it is empty.

The layers above the services (``reseau.ui``, ``reseau.app``) never import ``reseau.db`` (an
import-linter contract and tests/test_architecture.py say so): what they need of it is named
here, at the services layer. ``Database`` is the handle the op runner opens its sessions on;
``BusyWait`` says, from any thread, that another program holds the write lock.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import column, select, table

from reseau.core.data_errors import DamagedDatabaseError
from reseau.core.messages import tr
from reseau.db.engine import DEFAULT_BUSY_LIMIT as DEFAULT_BUSY_LIMIT
from reseau.db.engine import BusyWait as BusyWait
from reseau.db.lock import InstanceLock as InstanceLock
from reseau.db.open import find_damage
from reseau.db.open import open_sqlite as open_sqlite
from reseau.db.open import open_url as open_url
from reseau.db.session import Database as Database


def is_empty(database: Database) -> bool:
    """No person and no organization yet (the window then offers the 2005 demonstration).

    One row is enough to know: counting 100,000 persons at start-up took 0.18 s. The tables by
    name on a bare connection, not the models on a session (as ``scale.is_large``): the window
    asks before its first paint, which neither imports the ORM nor the models (issue 19.3)."""
    with database.engine.connect() as connection:
        person = connection.scalar(select(column("id")).select_from(table("person")).limit(1))
        organization = connection.scalar(select(column("id")).select_from(table("organization")).limit(1))
    return person is None and organization is None


def damage_found(database: Database, path: Path | None) -> DamagedDatabaseError | None:
    """For a local database opened with its check deferred (``open_sqlite(defer_check=True)``):
    what ``quick_check`` finds in ``path`` as the error to refuse writes with (the file is not
    renamed: it is open), None when it is sound; then it counts as checked. None at once for a
    database already checked, read-only, or on a server."""
    if path is None or not database.unchecked or not database.is_sqlite:
        return None
    damage = find_damage(path)
    if damage is None:
        database.unchecked = False
        return None
    return DamagedDatabaseError(
        tr(
            "{path} est endommagée ({problem}) : rien n'y sera écrit. Réseau la met de côté, "
            "sans la modifier, et propose sa dernière sauvegarde saine.",
            path=str(path),
            problem=damage,
        ),
        path,
        None,
        None,
    )
