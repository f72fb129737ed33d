"""Where Réseau keeps its files: the platformdirs user data folder unless told otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Reseau"
APP_AUTHOR = "Reseau"
DB_FILE_NAME = "reseau.sqlite3"
ENV_DB = "RESEAU_DB"


@dataclass(frozen=True)
class DataPaths:
    """The database file and the folders that live beside it."""

    database: Path

    @property
    def folder(self) -> Path:
        return self.database.parent

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def attachments(self) -> Path:
        return self.folder / "attachments"


def default_data_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_folder() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def resolve_database(cli_db: str | os.PathLike[str] | None = None) -> DataPaths:
    """``--db`` wins, then ``$RESEAU_DB``, then the user data folder."""
    if cli_db:
        return DataPaths(Path(cli_db).expanduser().absolute())
    env = os.environ.get(ENV_DB)
    if env:
        return DataPaths(Path(env).expanduser().absolute())
    return DataPaths(default_data_folder() / DB_FILE_NAME)
