"""The whole erasure, for the window and the command line alike.

``erase_person`` (one transaction) removes her rows; ``finish_erasure`` runs after the commit:
it vacuums the file and empties the WAL (``db.purge``), deletes the hidden ``.part`` files an
interrupted backup left, and lists the backups that still hold her. ``find_persons`` resolves
what the user typed (an id or a name) for the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.normalize import display_name, fold
from reseau.core.paths import DataPaths
from reseau.db import backup as backup_files
from reseau.db.backup import BackupInfo
from reseau.db.models import Person
from reseau.db.purge import purge_freed_data
from reseau.db.session import Database
from reseau.services.database import backups
from reseau.services.privacy.rights import ErasureResult


@dataclass(frozen=True)
class ErasureReport:
    result: ErasureResult
    holding: tuple[BackupInfo, ...]  # backups that still hold her, for the user to delete
    removed_partials: tuple[Path, ...]  # interrupted backups deleted


def finish_erasure(database: Database, paths: DataPaths | None, result: ErasureResult) -> ErasureReport:
    """After ``erase_person`` committed: purge the file, remove partial backups, find the rest."""
    purge_freed_data(database)
    removed = backup_files.remove_partial_backups(paths.backups) if paths is not None else []
    holding = backups.backups_holding_person(paths, result.person_id, result.name_key)
    return ErasureReport(result, tuple(holding), tuple(removed))


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str


def find_persons(session: Session, text: str) -> list[PersonChoice]:
    """The persons ``text`` designates: its id when it is a number, else every person whose
    folded full name (either order) equals the folded text."""
    text = text.strip()
    if text.isdigit():
        person = session.get(Person, int(text))
        return [PersonChoice(person.id, display_name(person.first_name, person.last_name))] if person else []
    wanted = fold(" ".join(text.split()))
    found: list[PersonChoice] = []
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name).order_by(Person.name_key, Person.id)
    )
    for ident, first, last in rows:
        names = {fold(f"{first} {last}".strip()), fold(f"{last} {first}".strip()), fold(last)}
        if wanted in names:
            found.append(PersonChoice(ident, display_name(first, last)))
    return found
