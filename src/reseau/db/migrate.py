"""Bring a database to the newest schema with the Alembic migrations shipped in the package.

Alembic (and its Mako templates) takes about 0.2 s to import, and the application opens a
database that is already at head nearly every time. So the revision chain is read from the
``revision = ...`` lines of the migration files, and the stored revision with one plain query;
Alembic is imported only when a migration really has to run (``upgrade``) or when a caller
wants its configuration. ``tests/db/test_migrate_cheap.py`` checks that the cheap reading
agrees with Alembic's own ``ScriptDirectory``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*=\s*(None|["']([^"']+)["'])""", re.MULTILINE)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


@cache
def revision_chain() -> dict[str, str | None]:
    """Each shipped revision and the one it follows, read from the migration files."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN.search(source)
        if revision and down:
            chain[revision.group(1)] = down.group(2)
    return chain


def head_revision() -> str:
    chain = revision_chain()
    heads = set(chain) - {down for down in chain.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one chain, found heads {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_chain())


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for a new one), without importing Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # several heads: never written by Réseau, let Alembic sort it out
        raise RuntimeError(f"{VERSION_TABLE} holds several revisions: {rows}")
    return rows[0] if rows else None


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def is_newer_than_app(engine: Engine) -> bool:
    """True when the database was written by a newer Réseau (a revision this build lacks)."""
    current = current_revision(engine)
    return current is not None and current not in known_revisions()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
