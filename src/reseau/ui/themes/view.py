"""The Thèmes area: the list of themes with their links (tab 1) and the coverage view (tab 2).

Deleting a theme first lists what it is linked to; the built-in themes cannot be deleted.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.services.journal.entries import JournalChoices
from reseau.services.themes import records as themes
from reseau.services.themes.page import ThemePage, theme_page
from reseau.services.themes.records import ThemeInput, ThemeLinks, ThemeRow
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import label, spaced
from reseau.ui.journal.actions import searchable
from reseau.ui.ops import journal as journal_ops
from reseau.ui.ops import records as records_ops
from reseau.ui.ops import themes as theme_ops
from reseau.ui.themes.coverage_view import CoverageView
from reseau.ui.themes.theme_dialog import ThemeDialog
from reseau.ui.widgets import html
from reseau.ui.widgets.check_list import item_text
from reseau.ui.widgets.conflict_dialog import VersionedSave
from reseau.ui.widgets.empty_state import EmptyAction, demo_data
from reseau.ui.widgets.record_list_view import RecordListView
from reseau.ui.widgets.row_table_model import Column
from reseau.ui.widgets.tabs import LazyTabs, accent_safe_tabs

MAX_LISTED = 12


def links_message(links: ThemeLinks, tr: Any) -> str:
    """The confirmation text: what will be unlinked, by kind, at most MAX_LISTED names each."""
    parts = []
    for title, names in (
        (tr("Personnes"), links.persons),
        (tr("Organisations"), links.organizations),
        (tr("Échanges"), links.exchanges),
        (tr("Entrées du journal"), links.entries),
    ):
        if names:
            shown = "\n".join(f"  • {n}" for n in names[:MAX_LISTED])
            more = f"\n  … (+{len(names) - MAX_LISTED})" if len(names) > MAX_LISTED else ""
            parts.append(f"{title} ({len(names)})" + spaced(" :") + f"\n{shown}{more}")
    return "\n\n".join(parts)


class ThemesListView(RecordListView[ThemeRow]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.setText(self.tr("&Nouveau thème…"))
        self.new_button.setAccessibleName(self.tr("Nouveau thème"))

    def empty_message(self) -> str:
        return self.tr(
            "Aucun thème pour l'instant. Les 16 thèmes de suivi et les 8 recommandations du "
            "rapport de 2005 viennent avec les données de démonstration ; ajoutez aussi les vôtres."
        )

    def empty_actions(self) -> list[EmptyAction]:
        return [
            EmptyAction(self.tr("Nouveau thème"), self.create_record, "empty_new"),
            demo_data(self),
        ]

    def detail_hint(self) -> str:
        return self.tr(
            "Sélectionnez un thème dans la liste pour voir qui le porte : personnes, organisations, "
            "échanges et entrées du journal qui lui sont liés."
        )

    def columns(self) -> list[Column[ThemeRow]]:
        lang = self.context.language
        return [
            # Report order: T01–T16, then P1–P8, then the user's own (by title).
            Column(
                self.tr("Code"),
                lambda r: r.code,
                lambda r: ("0" if r.code[:1] == "T" else "1" if r.code else "2") + (r.code or r.title),
            ),
            Column(self.tr("Titre"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Statut"), lambda r: label(r.status, lang)),
            Column(self.tr("Responsable"), lambda r: r.owner_name),
            Column(self.tr("Pers."), lambda r: str(r.persons), lambda r: r.persons),
            Column(self.tr("Org."), lambda r: str(r.organizations), lambda r: r.organizations),
            Column(self.tr("Échanges"), lambda r: str(r.exchanges), lambda r: r.exchanges),
            Column(self.tr("Journal"), lambda r: str(r.entries), lambda r: r.entries),
        ]

    def load_rows(self, session: Session) -> list[ThemeRow]:
        return themes.list_themes(session)

    def _show_rows(self, rows: list[ThemeRow]) -> None:
        super()._show_rows(rows)
        self.table.setColumnWidth(1, 420)

    def load_detail(self, session: Session, row: ThemeRow) -> ThemePage:
        return theme_page(session, row.id)

    def render_detail(self, page: ThemePage) -> str:
        d = page.detail
        lang = self.context.language
        title = f"{d.code} — {d.data.title}" if d.code else d.data.title
        return "".join(
            [
                html.heading(title, label(d.kind, lang)),
                html.fields(
                    [
                        (self.tr("Statut"), label(d.data.status, lang)),
                        (self.tr("Responsable"), d.owner_name),
                        (self.tr("Description"), d.data.description),
                        (self.tr("Notes"), d.data.notes),
                    ]
                ),
                html.section(
                    self.tr("Personnes"),
                    [html.link(f"person:{p.id}", item_text(p)) for p in d.persons],
                    self.tr("Aucune personne liée."),
                ),
                html.section(
                    self.tr("Organisations"),
                    [html.link(f"organization:{o.id}", item_text(o)) for o in d.organizations],
                    self.tr("Aucune organisation liée."),
                ),
                html.section(self.tr("Échanges"), [escape(x.name) for x in d.exchanges]),
                html.section(
                    self.tr("Journal"),
                    [
                        html.link(f"journal:{e.id}", f"{e.occurred_on.isoformat()} {e.text}")
                        for e in d.entries
                    ],
                ),
            ]
        )

    def describe(self, row: ThemeRow) -> str:
        return row.title

    def concerns(self, changes: Changes) -> bool:
        return (
            changes.themes
            or changes.interactions
            or changes.persons
            or changes.organizations
            or changes.exchanges
        )

    def create_record(self) -> None:
        self._open(None, None, None, "")

    def edit(self, row: ThemeRow) -> None:
        self.edit_id(row.id)

    def edit_id(self, ident: int) -> None:
        theme_ops.get_theme(self.context.runner, ident).success(
            lambda d: self._open(ident, d.data, d.version, d.code)
        ).run()

    def _open(self, theme_id: int | None, data: ThemeInput | None, version: int | None, code: str) -> None:
        def with_choices(choices: JournalChoices) -> None:
            result = ThemeDialog.ask(self, choices, data, code)
            if result is None:
                return
            if theme_id is None:
                op = theme_ops.add_theme(self.context.runner, result)
            else:
                assert version is not None
                op = theme_ops.update_theme(self.context.runner, theme_id, result, version)
            ident = theme_id or 0
            again = VersionedSave(
                result.title,
                result,
                lambda s: themes.get_theme(s, ident),
                lambda s, mine, current: themes.update_theme(s, ident, mine, current),
                self.tr("Modifier le thème"),
                choices,
            )
            op.success(lambda outcome: self.reload_and_select(outcome.value)).failure(
                lambda e: self.on_save_failed(e, theme_id, again)
            ).initiator(self).run()

        linked = (*data.person_ids, *((data.owner_id,) if data.owner_id else ())) if data else ()
        journal_ops.journal_choices(self.context.runner, linked).success(
            lambda choices: with_choices(searchable(self.context, choices))
        ).run()

    def delete_op(self, row: ThemeRow) -> Any:
        return lambda s: themes.delete_theme(s, row.id)

    def _on_delete_button_clicked(self) -> None:
        # Replaces the generic confirmation: the user sees what is linked before deciding.
        row = self.selected_row()
        if row is not None:
            theme_ops.theme_links(self.context.runner, row.id).success(
                lambda links: self.confirm_delete(row, links)
            ).run()

    def confirm_delete(self, row: ThemeRow, links: ThemeLinks) -> None:
        if links.built_in:
            QMessageBox.information(
                self,
                self.tr("Thème du rapport"),
                self.tr(
                    "« %s » est un thème du rapport de 2005 : il ne peut pas être supprimé.\n\n"
                    "Passez son statut à « clos » pour le retirer du suivi."
                )
                % links.title,
            )
            return
        if links.count:
            text = self.tr(
                "Supprimer le thème « %s » ?\n\nIl est lié à %d fiche(s). Ces fiches sont conservées ; "
                "seul leur lien avec ce thème disparaîtra :\n\n"
            ) % (links.title, links.count) + links_message(links, self.tr)
        else:
            text = self.tr("Supprimer le thème « %s » ? Il n'est lié à aucune fiche.") % links.title
        answer = QMessageBox.question(
            self,
            self.tr("Confirmer la suppression"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            records_ops.delete_record(self.context.runner, self.delete_op(row), None).failure(
                lambda e: show_error(self, self.tr("Suppression impossible"), e)
            ).run()

    def on_link(self, url: str) -> None:
        self.context.navigator.open_link(url)


class ThemesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = ThemesListView(context)
        self.tabs = accent_safe_tabs("themes_tabs")
        self.tabs.addTab(self.list, self.tr("Thèmes"))
        self._lazy = LazyTabs(self.tabs)  # the coverage is built when first shown
        self._coverage = self._lazy.add(lambda: CoverageView(context), self.tr("Couverture France–Québec"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def coverage(self) -> CoverageView:
        widget = self._lazy.widget(self._coverage)
        assert isinstance(widget, CoverageView)
        return widget

    def select_id(self, ident: int) -> bool:
        self.tabs.setCurrentWidget(self.list)
        return self.list.select_id(ident)
