"""Documents attached to an exchange, copied into the data folder so that they survive the
original being moved or deleted.

Files are stored by content: ``<sha256><suffix>`` under the attachments folder, so attaching the
same file twice stores it once. The copy is written to a temporary name first and renamed, and
removed again if the database refuses the row: nothing is half-saved.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.core.errors import FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import tr
from reseau.core.outcome import Outcome
from reseau.db.models import Attachment, Exchange
from reseau.services.exchanges.records import CHANGED

_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    """Where an attachment lives on disk and whether it is still intact."""

    path: Path
    exists: bool
    intact: bool


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def attach_file(session: Session, exchange_id: int, source: Path, folder: Path) -> Outcome[int]:
    """Copy ``source`` into ``folder`` and attach it to the exchange."""
    exchange = session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFoundError(tr("Échange"), exchange_id)
    if not source.is_file():
        raise ValidationError(
            [FieldProblem("file", tr("Le fichier « {file} » est introuvable.", file=str(source)))]
        )
    try:
        checksum = sha256_of(source)
        size = source.stat().st_size
    except OSError as error:
        raise ValidationError(
            [
                FieldProblem(
                    "file",
                    tr(
                        "Le fichier « {file} » ne peut pas être lu : {reason}.",
                        file=str(source),
                        reason=str(error.strerror),
                    ),
                )
            ]
        ) from error
    stored_name = checksum + source.suffix.lower()
    target = folder / stored_name
    created = False
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ValidationError(
                [
                    FieldProblem(
                        "file",
                        tr(
                            "Impossible de copier « {file} » dans {folder} : {reason}.",
                            file=source.name,
                            folder=str(folder),
                            reason=str(error.strerror),
                        ),
                    )
                ]
            ) from error
        created = True
    try:
        attachment = Attachment(
            exchange_id=exchange.id,
            original_name=source.name,
            stored_name=stored_name,
            sha256=checksum,
            size=size,
        )
        session.add(attachment)
        session.flush()
    except Exception:
        if created:
            target.unlink(missing_ok=True)
        raise
    return Outcome(attachment.id, CHANGED)


def stored_file(session: Session, attachment_id: int, folder: Path) -> StoredFile:
    """The copy of an attachment, checked against its sha256 before it is opened."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(tr("Document joint"), attachment_id)
    path = folder / attachment.stored_name
    if not path.is_file():
        return StoredFile(path, exists=False, intact=False)
    return StoredFile(path, exists=True, intact=sha256_of(path) == attachment.sha256)


def remove_attachment(session: Session, attachment_id: int, folder: Path) -> Outcome[None]:
    """Detach the document; its copy is deleted when no other attachment shares it."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(tr("Document joint"), attachment_id)
    stored_name = attachment.stored_name
    session.delete(attachment)
    session.flush()
    others = session.scalar(
        select(func.count()).select_from(Attachment).where(Attachment.stored_name == stored_name)
    )
    if not others:
        (folder / stored_name).unlink(missing_ok=True)
    return Outcome(None, CHANGED)
