"""The database handle as the window sees it: open it, lock it, wait for it, ask if it is empty.

The layers above the services (``reseau.ui``, ``reseau.app``) never import ``reseau.db`` (an
import-linter contract and tests/test_architecture.py say so): what they need of it is named
here, at the services layer. ``Database`` is the handle the op runner opens its sessions on;
``BusyWait`` says, from any thread, that another program holds the write lock.
"""

from __future__ import annotations

from sqlalchemy import select

from reseau.db.engine import DEFAULT_BUSY_LIMIT as DEFAULT_BUSY_LIMIT
from reseau.db.engine import BusyWait as BusyWait
from reseau.db.lock import InstanceLock as InstanceLock
from reseau.db.models import Organization, Person
from reseau.db.open import open_sqlite as open_sqlite
from reseau.db.open import open_url as open_url
from reseau.db.session import Database as Database


def is_empty(database: Database) -> bool:
    """No person and no organization yet (the window then offers the 2005 demonstration).

    One row is enough to know: counting 100,000 persons at start-up took 0.18 s."""
    with database.begin() as session:
        person = session.scalar(select(Person.id).limit(1))
        organization = session.scalar(select(Organization.id).limit(1))
    return person is None and organization is None
