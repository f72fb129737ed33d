"""Team mode: which shared server to use (``--database-url`` wins, then the setting)."""

from __future__ import annotations

import os

ENV_DATABASE_URL = "RESEAU_DATABASE_URL"


def database_url(cli_value: str | None) -> str | None:
    """``--database-url``, else ``$RESEAU_DATABASE_URL``, else None (the local SQLite file)."""
    return cli_value or os.environ.get(ENV_DATABASE_URL) or None
