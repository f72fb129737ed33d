"""The list of the "Échanges et stages" area: filters, sortable table, detail pane, and the
actions on an exchange (create, edit, change status, attach a document, delete)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import ExchangeKind
from reseau.core.outcome import Outcome
from reseau.services.exchanges import records as exchanges
from reseau.services.exchanges.attachments import StoredFile
from reseau.services.exchanges.page import ExchangePage, exchange_page
from reseau.services.exchanges.records import ExchangeChoices, ExchangeInput, ExchangeRow
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.exchanges.detail import detail_html
from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
from reseau.ui.exchanges.exchange_status_dialog import ExchangeStatusDialog
from reseau.ui.exchanges.filters import ExchangeFilter, ExchangeFilterBar, ExchangeFilterProxy
from reseau.ui.i18n import label
from reseau.ui.navigator import Link
from reseau.ui.ops import exchanges as exchange_ops
from reseau.ui.widgets.conflict_dialog import VersionedSave
from reseau.ui.widgets.empty_state import EmptyAction, demo_data
from reseau.ui.widgets.record_list_view import RecordListView
from reseau.ui.widgets.row_table_model import Column


def open_file(path: Path) -> bool:
    """Open a document with the system viewer (a function, so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


class ExchangesListView(RecordListView[ExchangeRow]):
    noun = "échange"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lang = context.language
        # The base class filters on text only; this proxy adds the six combos.
        self.filter_edit.textChanged.disconnect()
        self.filter_proxy = ExchangeFilterProxy(self)
        self.proxy = self.filter_proxy
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # newest first

        self.new_button.setText(self.tr("&Nouvel échange…"))
        self.new_stage_button = QPushButton(self.tr("Nouveau s&tage…"))
        self.status_button = QPushButton(self.tr("Changer le stat&ut…"))
        self.attach_button = QPushButton(self.tr("&Joindre un document…"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        for name, button in (
            ("new_stage", self.new_stage_button),
            ("status", self.status_button),
            ("attach", self.attach_button),
        ):
            button.setObjectName(f"{name}_button")
        if context.paths is None:
            self.attach_button.setToolTip(
                self.tr(
                    "Les documents joints demandent un dossier de données local "
                    "(indisponible en mode équipe)."
                )
            )
        self.filter_bar = ExchangeFilterBar(lang)
        self.filter_bar.setObjectName("filter_bar")
        actions = QHBoxLayout()
        actions.addWidget(self.new_stage_button)
        actions.addWidget(self.status_button)
        actions.addWidget(self.attach_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        left = self.table_stack.parentWidget()
        left_layout = left.layout() if left is not None else None
        assert isinstance(left_layout, QVBoxLayout)  # built by RecordListView
        left_layout.insertWidget(1, self.filter_bar)
        left_layout.insertLayout(3, actions)  # after the filters and the new / edit / delete row

        self.filter_bar.changed.connect(self._on_filter_bar_changed)
        self.new_stage_button.clicked.connect(self._on_new_stage_button_clicked)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_buttons()

    # --- RecordListView -----------------------------------------------------------------------
    def columns(self) -> list[Column[ExchangeRow]]:
        lang = self.context.language
        return [
            Column(self.tr("Titre"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Type"), lambda r: label(r.kind, lang)),
            Column(
                self.tr("Statut"),
                lambda r: label(r.status, lang),
                lambda r: list(type(r.status)).index(r.status),
            ),
            Column(
                self.tr("Début"),
                lambda r: _day(r.start_date),
                lambda r: r.start_date.toordinal() if r.start_date else 0,
            ),
            Column(
                self.tr("Fin"),
                lambda r: _day(r.end_date),
                lambda r: r.end_date.toordinal() if r.end_date else 0,
            ),
            Column(self.tr("Sens"), lambda r: label(r.direction, lang) if r.direction else ""),
            Column(
                self.tr("Participants"), lambda r: str(r.participant_count), lambda r: r.participant_count
            ),
            Column(
                self.tr("Organisations"),
                lambda r: r.organization_names,
                tooltip=lambda r: r.organization_names,
            ),
        ]

    def load_rows(self, session: Session) -> list[ExchangeRow]:
        return exchanges.list_exchanges(session)

    def _show_rows(self, rows: list[ExchangeRow]) -> None:
        self.filter_bar.offer(rows)
        super()._show_rows(rows)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 360))

    def load_detail(self, session: Session, row: ExchangeRow) -> ExchangePage:
        return exchange_page(session, row.id)

    def render_detail(self, page: ExchangePage) -> str:
        return detail_html(page.detail, self.context.language, self.tr, self.context.paths is not None)

    def describe(self, row: ExchangeRow) -> str:
        return f"« {row.title} »"

    def concerns(self, changes: Changes) -> bool:
        return changes.exchanges or changes.persons or changes.organizations or changes.themes

    def delete_op(self, row: ExchangeRow) -> Callable[[Session], Outcome[None]]:
        return lambda s: exchanges.delete_exchange(s, row.id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        has = self.selected_row() is not None
        if hasattr(self, "status_button"):
            self.status_button.setEnabled(has)
            self.attach_button.setEnabled(has and self.context.paths is not None)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 échange(s)") if shown == total else self.tr("%1 sur %2 échanges")
        self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))
        self.update_empty_state()

    def update_empty_state(self) -> None:
        if self.proxy.rowCount() == 0 and self.model.rowCount() > 0:
            # The text box or a combo hides every exchange: say so, offer to clear them all.
            text = self.filter_edit.text().strip()
            self.table_stack.show_empty(
                self.tr("Aucun résultat pour « %s ».") % text
                if text
                else self.tr("Aucun échange ne correspond à ces filtres."),
                [EmptyAction(self.tr("Effacer les filtres"), self.clear_filters, "empty_clear_filter")],
            )
            return
        super().update_empty_state()

    def empty_message(self) -> str:
        return self.tr(
            "Aucun échange pour l'instant : missions, stages, visites et séminaires se notent ici."
        )

    def empty_actions(self) -> list[EmptyAction]:
        return [
            EmptyAction(self.tr("Nouvel échange"), self.create_record, "empty_new"),
            EmptyAction(self.tr("Nouveau stage"), self._on_new_stage_button_clicked, "empty_new_stage"),
            demo_data(self),
        ]

    def detail_hint(self) -> str:
        return self.tr("Sélectionnez un échange dans la liste pour voir son détail ici.")

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        for combo in (
            self.filter_bar.kind,
            self.filter_bar.status,
            self.filter_bar.year,
            self.filter_bar.direction,
            self.filter_bar.theme,
            self.filter_bar.organization,
        ):
            combo.setCurrentIndex(0)

    def _on_filter_bar_changed(self, criteria: ExchangeFilter) -> None:
        self.filter_proxy.set_criteria(criteria)
        self._update_count()

    def reveal(self, ident: int) -> None:
        """Select ``ident``, clearing the filters if they hide it."""
        if not self.select_id(ident):
            self.clear_filters()
            self.select_id(ident)

    # --- create and edit ----------------------------------------------------------------------
    def create_record(self) -> None:
        self._open_dialog(None, None, None, ExchangeKind.MISSION)

    def _on_new_stage_button_clicked(self) -> None:
        self._open_dialog(None, None, None, ExchangeKind.STAGE)

    def edit(self, row: ExchangeRow) -> None:
        self.edit_id(row.id)

    def edit_id(self, ident: int) -> None:
        exchange_ops.get_exchange(self.context.runner, ident).success(
            lambda d: self._open_dialog(ident, d.data, d.version, d.data.kind)
        ).run()

    def _open_dialog(
        self, exchange_id: int | None, data: ExchangeInput | None, version: int | None, kind: ExchangeKind
    ) -> None:
        def with_choices(choices: ExchangeChoices) -> None:
            result = ExchangeDialog.ask(self, choices, data, kind, self.context.language)
            if result is None:
                return
            self.save(exchange_id, result, version, choices)

        exchange_ops.exchange_choices(self.context.runner).success(with_choices).run()

    def save(
        self,
        exchange_id: int | None,
        data: ExchangeInput,
        version: int | None,
        choices: ExchangeChoices | None = None,
    ) -> None:
        if exchange_id is None:
            op = exchange_ops.add_exchange(self.context.runner, data)
        else:
            assert version is not None
            op = exchange_ops.update_exchange(self.context.runner, exchange_id, data, version)
        ident = exchange_id or 0
        again = VersionedSave(
            data.title,
            data,
            lambda s: exchanges.get_exchange(s, ident),
            lambda s, mine, current: exchanges.update_exchange(s, ident, mine, current),
            self.tr("Modifier %s") % data.title,
            choices,
        )
        op.success(lambda outcome: self.reload_and_select(outcome.value)).failure(
            lambda e: self.on_save_failed(e, exchange_id, again)
        ).initiator(self).run()

    def _on_status_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        choice = ExchangeStatusDialog.ask(self, row.title, row.status, self.context.language)
        if choice is None:
            return
        exchange_ops.change_status(
            self.context.runner, row.id, row.title, choice.status, choice.note, choice.when
        ).success(lambda outcome: self.reload_and_select(outcome.value)).failure(
            lambda e: show_error(self, self.tr("Changement de statut impossible"), e)
        ).run()

    # --- attachments --------------------------------------------------------------------------
    def _attachments_folder(self) -> Path | None:
        if self.context.paths is None:
            QMessageBox.information(
                self,
                self.tr("Documents joints"),
                self.tr(
                    "Les documents joints demandent un dossier de données local : ils ne sont pas "
                    "disponibles quand la base est sur un serveur (mode équipe)."
                ),
            )
            return None
        return self.context.paths.attachments

    def _on_attach_button_clicked(self) -> None:
        row = self.selected_row()
        folder = self._attachments_folder()
        if row is None or folder is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Joindre un document à « %s »") % row.title)
        if name:
            self.attach(row.id, Path(name))

    def attach(self, exchange_id: int, source: Path) -> None:
        folder = self._attachments_folder()
        if folder is None:
            return
        exchange_ops.attach(self.context.runner, exchange_id, source, folder).success(
            lambda _outcome: self.reload_and_select(exchange_id)
        ).failure(lambda e: show_error(self, self.tr("Document non joint"), e)).run()

    def open_attachment(self, attachment_id: int) -> None:
        folder = self._attachments_folder()
        if folder is None:
            return

        def opened(found: StoredFile) -> None:
            if not found.exists:
                QMessageBox.warning(
                    self,
                    self.tr("Document introuvable"),
                    self.tr("La copie du document n'est plus dans le dossier de données :\n%s") % found.path,
                )
                return
            if (
                not found.intact
                and QMessageBox.question(
                    self,
                    self.tr("Document modifié"),
                    self.tr(
                        "Le document a changé depuis qu'il a été joint (empreinte SHA-256 différente). "
                        "L'ouvrir quand même ?"
                    ),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
            if not open_file(found.path):
                QMessageBox.warning(
                    self,
                    self.tr("Ouverture impossible"),
                    self.tr("Aucun programme ne peut ouvrir :\n%s") % found.path,
                )

        exchange_ops.open_attachment(self.context.runner, attachment_id, folder).success(opened).failure(
            lambda e: show_error(self, self.tr("Document joint"), e)
        ).run()

    def remove_attachment(self, attachment_id: int) -> None:
        folder = self._attachments_folder()
        row = self.selected_row()
        if folder is None or row is None:
            return
        if (
            QMessageBox.question(
                self, self.tr("Retirer le document"), self.tr("Retirer ce document de l'échange ?")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        exchange_ops.delete_attachment(self.context.runner, attachment_id, folder).success(
            lambda _outcome: self.reload_and_select(row.id)
        ).failure(lambda e: show_error(self, self.tr("Document joint"), e)).run()

    def on_link(self, url: str) -> None:
        link = Link.parse(url)
        if link.kind == "attachment" and link.ident is not None:
            self.open_attachment(link.ident)
            return
        if link.kind == "attachment-remove" and link.ident is not None:
            self.remove_attachment(link.ident)
            return
        self.context.navigator.open_link(url)
