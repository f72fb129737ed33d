"""The dialog shown when a save hits a record someone else changed meanwhile (optimistic
locking on the ``version`` column, which covers the record's parts: see reseau.db.aggregates):
keep my version, take theirs, or compare the two first.

Every edit dialog uses it through one call in its save's failure path::

    op.failure(lambda e: resolve_save_failure(self, runner, e, VersionedSave(...), saved, reopen))

:func:`resolve_save_failure` shows any other error as before; on a conflict it reads their
version, asks, and either saves mine again on their version (« Garder ma version »; a third save
meanwhile asks again) or reopens the edit dialog on theirs (« Prendre sa version »).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from reseau.core.labels import label
from reseau.core.outcome import Outcome
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.services.shared.versions import is_conflict
from reseau.ui.error_dialogs import show_error
from reseau.ui.ops.conflicts import read_version, save_on_version
from reseau.ui.ops.runner import OpRunner

D = TypeVar("D")
D_co = TypeVar("D_co", covariant=True)


class ConflictChoice(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"
    # Earlier names of the same choices.
    OVERWRITE = "keep_mine"
    RELOAD = "take_theirs"


def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


# --- comparing two versions -----------------------------------------------------------------

Names = Mapping[str, Mapping[int, str]]  # "persons" -> {id: "Hélène Massé"}, etc.

# Words for the fields of the edit dialogs' DTOs; a field not listed shows its own name.
_FIELD_WORDS = {
    "last_name": QT_TRANSLATE_NOOP("ConflictDialog", "Nom"),
    "first_name": QT_TRANSLATE_NOOP("ConflictDialog", "Prénom"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Titre"),
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Nom"),
    "acronym": QT_TRANSLATE_NOOP("ConflictDialog", "Sigle"),
    "organization_id": QT_TRANSLATE_NOOP("ConflictDialog", "Organisation"),
    "country": QT_TRANSLATE_NOOP("ConflictDialog", "Pays"),
    "level": QT_TRANSLATE_NOOP("ConflictDialog", "Palier"),
    "sector": QT_TRANSLATE_NOOP("ConflictDialog", "Secteur"),
    "sectors": QT_TRANSLATE_NOOP("ConflictDialog", "Secteurs"),
    "roles": QT_TRANSLATE_NOOP("ConflictDialog", "Rôles"),
    "languages": QT_TRANSLATE_NOOP("ConflictDialog", "Langues"),
    "region": QT_TRANSLATE_NOOP("ConflictDialog", "Région"),
    "department": QT_TRANSLATE_NOOP("ConflictDialog", "Département"),
    "city": QT_TRANSLATE_NOOP("ConflictDialog", "Ville"),
    "parent_id": QT_TRANSLATE_NOOP("ConflictDialog", "Organisation mère"),
    "website": QT_TRANSLATE_NOOP("ConflictDialog", "Site Web"),
    "notes": QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    "source": QT_TRANSLATE_NOOP("ConflictDialog", "Provenance"),
    "consent_basis": QT_TRANSLATE_NOOP("ConflictDialog", "Motif de conservation"),
    "do_not_contact": QT_TRANSLATE_NOOP("ConflictDialog", "Ne pas contacter"),
    "follow_up_days": QT_TRANSLATE_NOOP("ConflictDialog", "Relance (jours)"),
    "contacts": QT_TRANSLATE_NOOP("ConflictDialog", "Coordonnées"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Étiquettes"),
    "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Type"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Statut"),
    "start_date": QT_TRANSLATE_NOOP("ConflictDialog", "Début"),
    "end_date": QT_TRANSLATE_NOOP("ConflictDialog", "Fin"),
    "direction": QT_TRANSLATE_NOOP("ConflictDialog", "Sens"),
    "description": QT_TRANSLATE_NOOP("ConflictDialog", "Description"),
    "outcome": QT_TRANSLATE_NOOP("ConflictDialog", "Résultats"),
    "participants": QT_TRANSLATE_NOOP("ConflictDialog", "Participants"),
    "organizations": QT_TRANSLATE_NOOP("ConflictDialog", "Organisations"),
    "objectives": QT_TRANSLATE_NOOP("ConflictDialog", "Objectifs"),
    "theme_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Thèmes"),
    "learning_goals": QT_TRANSLATE_NOOP("ConflictDialog", "Objectifs d'apprentissage"),
    "agreement_status": QT_TRANSLATE_NOOP("ConflictDialog", "Convention"),
    "report_due": QT_TRANSLATE_NOOP("ConflictDialog", "Rapport attendu le"),
    "owner_id": QT_TRANSLATE_NOOP("ConflictDialog", "Responsable"),
    "person_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Personnes"),
    "organization_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Organisations"),
    "exchange_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Échanges"),
    "exchange_id": QT_TRANSLATE_NOOP("ConflictDialog", "Échange"),
    "occurred_on": QT_TRANSLATE_NOOP("ConflictDialog", "Date"),
    "summary": QT_TRANSLATE_NOOP("ConflictDialog", "Résumé"),
    "follow_up_on": QT_TRANSLATE_NOOP("ConflictDialog", "Relance le"),
    "day": QT_TRANSLATE_NOOP("ConflictDialog", "Jour"),
    "start": QT_TRANSLATE_NOOP("ConflictDialog", "Début"),
    "end": QT_TRANSLATE_NOOP("ConflictDialog", "Fin"),
    "activity": QT_TRANSLATE_NOOP("ConflictDialog", "Activité"),
    "place": QT_TRANSLATE_NOOP("ConflictDialog", "Lieu"),
    "host_id": QT_TRANSLATE_NOOP("ConflictDialog", "Organisation hôte"),
    "speaker_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Conférenciers"),
    "all_delegates": QT_TRANSLATE_NOOP("ConflictDialog", "Toute la délégation"),
    "attendee_ids": QT_TRANSLATE_NOOP("ConflictDialog", "Participants"),
}

# Which list of names an id field points into (matched on the field's name).
_ID_KINDS = (
    ("person", "persons"),
    ("speaker", "persons"),
    ("attendee", "persons"),
    ("owner", "persons"),
    ("organization", "organizations"),
    ("host", "organizations"),
    ("parent", "organizations"),
    ("theme", "themes"),
    ("exchange", "exchanges"),
)


def names_of(choices: object) -> dict[str, dict[int, str]]:
    """The names a dialog's choices hold (``persons``, ``organizations``…), by id."""
    names: dict[str, dict[int, str]] = {}
    if not dataclasses.is_dataclass(choices):
        return names
    for f in dataclasses.fields(choices):
        items = getattr(choices, f.name)
        if isinstance(items, tuple | list):
            found = {
                item.id: str(getattr(item, "name", None) or getattr(item, "label", ""))
                for item in items
                if isinstance(getattr(item, "id", None), int)
            }
            if found:
                names.setdefault(f.name, {}).update(found)
    return names


def _kind_of(field_name: str) -> str | None:
    return next((kind for part, kind in _ID_KINDS if part in field_name), None)


def as_text(value: Any, names: Names, field_name: str = "") -> str:
    """A field's value in words: enums through their labels, ids through ``names``."""
    if value is None or value == "" or value == () or value == []:
        return "—"
    # A bool is an int, but never an id.
    if isinstance(value, int) and not isinstance(value, bool) and field_name.endswith(("_id", "_ids")):
        return _id_text(value, names, field_name)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = (as_text(getattr(value, f.name), names, f.name) for f in dataclasses.fields(value))
        return " · ".join(p for p in parts if p != "—")
    if isinstance(value, tuple | list):
        return "\n".join(as_text(v, names, field_name) for v in value)
    return next((show(value) for kind, show in _SCALAR_WORDS if isinstance(value, kind)), str(value))


def _id_text(value: int, names: Names, field_name: str) -> str:
    """The name behind an id, else « n° 12 »."""
    kind = _kind_of(field_name)
    return (names.get(kind, {}) if kind else {}).get(value) or tr("n° %1").replace("%1", str(value))


# Scalars in words, by type (a bool before anything an int could be).
_SCALAR_WORDS: tuple[tuple[type | tuple[type, ...], Callable[[Any], str]], ...] = (
    (bool, lambda value: tr("Oui") if value else tr("Non")),
    (StrEnum, label),
    ((datetime, date), lambda value: value.isoformat()),
    (time, lambda value: value.strftime("%H:%M")),
)


def differences(mine: object, theirs: object, names: Names = {}) -> list[tuple[str, str, str]]:  # noqa: B006
    """(field, mine, theirs) for each field of two DTOs of the same kind that differs."""
    if not (dataclasses.is_dataclass(mine) and dataclasses.is_dataclass(theirs)):
        return []
    rows = []
    for f in dataclasses.fields(mine):
        a, b = getattr(mine, f.name), getattr(theirs, f.name, None)
        if a != b:
            words = _FIELD_WORDS.get(f.name)
            rows.append(
                (
                    tr(words) if words else f.name.replace("_", " "),
                    as_text(a, names, f.name),
                    as_text(b, names, f.name),
                )
            )
    return rows


# --- the dialog ---------------------------------------------------------------------------------


class ConflictDialog(QDialog):
    """« Modification concurrente »: keep mine, take theirs, compare (shows both), cancel."""

    def __init__(
        self,
        what: str,
        parent: QWidget | None = None,
        mine: object = None,
        theirs: object = None,
        names: Names | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Modification concurrente"))
        self._choice = ConflictChoice.CANCEL
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        layout.addWidget(icon)
        self.text = QLabel(
            self.tr(
                "La fiche « %1 » a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte."
            ).replace("%1", what)
        )
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        info = QLabel(
            self.tr(
                "Garder ma version : enregistrer vos modifications par-dessus les siennes.\n"
                "Prendre sa version : rouvrir la fiche telle qu'elle est maintenant (vos "
                "modifications sont abandonnées).\n"
                "Comparer : voir les deux versions, champ par champ."
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        rows = differences(mine, theirs, names or {})
        self.comparison = QTableWidget(len(rows), 3, self)
        self.comparison.setObjectName("comparison")
        self.comparison.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Ma version"), self.tr("Sa version")]
        )
        self.comparison.verticalHeader().hide()
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.comparison.setWordWrap(True)
        self.comparison.setMinimumHeight(160)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.comparison.setItem(row, column, QTableWidgetItem(text))
        self.comparison.hide()
        layout.addWidget(self.comparison)
        self.same = QLabel(self.tr("Les champs de la fiche sont identiques dans les deux versions."))
        self.same.setObjectName("same_label")
        self.same.hide()
        layout.addWidget(self.same)

        buttons = QDialogButtonBox(self)
        self.keep_mine_button = buttons.addButton(
            self.tr("&Garder ma version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_mine_button.setObjectName("keep_mine_button")
        self.take_theirs_button = buttons.addButton(
            self.tr("&Prendre sa version"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.take_theirs_button.setObjectName("take_theirs_button")
        self.compare_button = buttons.addButton(self.tr("&Comparer"), QDialogButtonBox.ButtonRole.ActionRole)
        self.compare_button.setObjectName("compare_button")
        self.compare_button.setCheckable(True)
        self.compare_button.setVisible(mine is not None and theirs is not None)
        self.cancel_button = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel_button")
        # Earlier names, kept for callers and tests written against them.
        self.overwrite_button: QPushButton = self.keep_mine_button
        self.reload_button: QPushButton = self.take_theirs_button
        self.take_theirs_button.setDefault(True)
        self.keep_mine_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.cancel_button.clicked.connect(self.reject)
        self.compare_button.toggled.connect(self._show_comparison)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _choose(self, choice: ConflictChoice) -> None:
        self._choice = choice
        self.accept()

    def _show_comparison(self, shown: bool) -> None:
        has_rows = self.comparison.rowCount() > 0
        self.comparison.setVisible(shown and has_rows)
        if shown and has_rows:
            self.comparison.resizeRowsToContents()  # now that the columns have their widths
        self.same.setVisible(shown and not has_rows)
        self.compare_button.setText(self.tr("Masquer la &comparaison") if shown else self.tr("&Comparer"))
        self.adjustSize()

    def choice(self) -> ConflictChoice:
        return self._choice

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        what: str,
        mine: object = None,
        theirs: object = None,
        names: Names | None = None,
    ) -> ConflictChoice:
        dialog = cls(what, parent, mine, theirs, names)
        dialog.exec()
        return dialog.choice()


# --- the shared failure path --------------------------------------------------------------------


class Current(Protocol[D_co]):
    """What a service's ``get_*`` returns: the data the dialog edits and its version."""

    @property
    def data(self) -> D_co: ...

    @property
    def version(self) -> int: ...


@dataclass(frozen=True)
class VersionedSave(Generic[D]):
    """A save that may meet a newer version: what the conflict path needs to offer its choices.

    ``current(session)`` reads their version (``.data`` and ``.version``); ``save(session,
    data, version)`` saves ``data`` on ``version`` (the service's ``update_*``); ``choices``
    (the dialog's) names the linked records in the comparison."""

    what: str
    mine: D
    current: Callable[[Session], Current[D]]
    save: Callable[[Session, D, int], Outcome[Any]]
    description: str | None = None
    choices: object = None


def resolve_save_failure(
    parent: QWidget,
    runner: OpRunner,
    error: BaseException,
    save: VersionedSave[D] | None,
    saved: Callable[[Outcome[Any]], object],
    reopen: Callable[[], object],
    title: str | None = None,
) -> None:
    """The failure path of an edit dialog's save. Not a conflict (or ``save`` is None: a new
    record): show the error. A conflict: read their version, ask, then keep mine (save it again
    on their version; ``saved`` runs as after a plain save), take theirs (``reopen``: reload and
    reopen the dialog on the current data) or do nothing."""
    heading = title or tr("Enregistrement impossible")
    if save is None or not is_conflict(error):
        show_error(parent, heading, error)
        return

    def ask(current: Current[D]) -> None:
        choice = ConflictDialog.ask(parent, save.what, save.mine, current.data, names_of(save.choices))
        if choice == ConflictChoice.KEEP_MINE:
            version = current.version
            save_on_version(runner, save.save, save.mine, version, save.description).success(saved).failure(
                lambda e: resolve_save_failure(parent, runner, e, save, saved, reopen, title)
            ).initiator(parent).run()
        elif choice == ConflictChoice.TAKE_THEIRS:
            reopen()

    read_version(runner, save.current).success(ask).failure(lambda e: show_error(parent, heading, e)).run()
