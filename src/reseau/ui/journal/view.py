"""The Journal area: the entries (tab 1), the "À relancer" list (tab 2) and the network (tab 3)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import FollowUpState
from reseau.services.journal import entries as journal
from reseau.services.journal import pages as journal_pages
from reseau.services.journal.entries import EntryRow
from reseau.services.journal.page import JournalEntryPage, journal_entry_page
from reseau.ui.context import AppContext
from reseau.ui.i18n import label
from reseau.ui.journal.actions import edit_entry, log_entry
from reseau.ui.journal.follow_ups_view import FollowUpsView
from reseau.ui.journal.network_view import NetworkView
from reseau.ui.widgets import html
from reseau.ui.widgets.check_list import item_text
from reseau.ui.widgets.empty_state import EmptyAction
from reseau.ui.widgets.lazy_record_list_view import LazyRecordListView
from reseau.ui.widgets.row_table_model import Column
from reseau.ui.widgets.tabs import LazyTabs, accent_safe_tabs


class JournalEntriesView(LazyRecordListView[EntryRow]):
    """The entries, lazily: ids sorted and filtered by the database, rows read by pages."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.setText(self.tr("Consi&gner un échange…"))
        self.new_button.setAccessibleName(self.tr("Consigner un échange"))

    def empty_message(self) -> str:
        return self.tr(
            "Le journal est vide. Consignez ici chaque rencontre, appel ou courriel, "
            "avec la date à laquelle relancer."
        )

    def empty_actions(self) -> list[EmptyAction]:
        return [EmptyAction(self.tr("Consigner un échange"), self.create_record, "empty_new")]

    def detail_hint(self) -> str:
        return self.tr("Sélectionnez une entrée du journal pour en voir le détail ici.")

    def default_sort(self) -> tuple[str, bool]:
        return ("date", True)  # newest first

    def sort_keys(self) -> list[str | None]:
        return ["date", "kind", None, None, None, "follow_up", "summary"]

    def query_ids(self, session: Session, text: str, sort: str, descending: bool) -> list[int]:
        return journal_pages.entry_ids(session, text, sort, descending)

    def load_page(self, session: Session, ids: list[int]) -> list[EntryRow]:
        return journal_pages.entry_rows(session, ids)

    def columns(self) -> list[Column[EntryRow]]:
        lang = self.context.language
        return [
            Column(self.tr("Date"), lambda r: r.occurred_on.isoformat(), lambda r: r.occurred_on.toordinal()),
            Column(self.tr("Type"), lambda r: label(r.kind, lang)),
            Column(self.tr("Personnes"), lambda r: ", ".join(p.name for p in r.persons)),
            Column(self.tr("Organisations"), lambda r: ", ".join(o.name for o in r.organizations)),
            Column(self.tr("Thèmes"), lambda r: ", ".join(t.name.split(" — ")[0] for t in r.themes)),
            Column(
                self.tr("Relance"),
                self._follow_up,
                lambda r: r.follow_up_on.toordinal() if r.follow_up_on else 0,
            ),
            Column(self.tr("Résumé"), lambda r: r.summary.replace("\n", " "), tooltip=lambda r: r.summary),
        ]

    def _follow_up(self, row: EntryRow) -> str:
        if row.follow_up_on is None:
            return ""
        done = self.tr(" (fait)") if row.follow_up_state == FollowUpState.DONE else ""
        return row.follow_up_on.isoformat() + done

    def load_detail(self, session: Session, row: EntryRow) -> JournalEntryPage:
        return journal_entry_page(session, row.id)

    def render_detail(self, page: JournalEntryPage) -> str:
        e = page.entry
        lang = self.context.language
        return "".join(
            [
                html.heading(f"{e.occurred_on.isoformat()} — {label(e.kind, lang)}"),
                html.fields(
                    [
                        (self.tr("Échange"), e.exchange.name if e.exchange else ""),
                        (self.tr("Relance"), self._follow_up(e)),
                    ]
                ),
                f"<p>{escape(e.summary)}</p>" if e.summary else "",
                html.section(
                    self.tr("Personnes"), [html.link(f"person:{p.id}", item_text(p)) for p in e.persons]
                ),
                html.section(
                    self.tr("Organisations"),
                    [html.link(f"organization:{o.id}", item_text(o)) for o in e.organizations],
                ),
                html.section(self.tr("Thèmes"), [escape(t.name) for t in e.themes]),
            ]
        )

    def describe(self, row: EntryRow) -> str:
        return self.tr("l'entrée du %s (%s)") % (row.occurred_on.isoformat(), row.who)

    def concerns(self, changes: Changes) -> bool:
        return changes.interactions or changes.persons or changes.organizations or changes.themes

    def create_record(self) -> None:
        log_entry(self, self.context, on_saved=self.reload_and_select)

    def edit(self, row: EntryRow) -> None:
        edit_entry(self, self.context, row.id, on_saved=self.reload_and_select)

    def delete_op(self, row: EntryRow) -> Any:
        return lambda s: journal.delete_entry(s, row.id)

    def on_link(self, url: str) -> None:
        self.context.navigator.open_link(url)


class JournalView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = JournalEntriesView(context)
        self.tabs = accent_safe_tabs("journal_tabs")
        self.tabs.addTab(self.entries, self.tr("Entrées"))
        # The other tabs are built when first shown (and then read, as the lazy lists).
        self._lazy = LazyTabs(self.tabs)
        self._follow_ups = self._lazy.add(lambda: FollowUpsView(context, lazy=True), self.tr("À relancer"))
        self._network = self._lazy.add(lambda: NetworkView(context), self.tr("Réseau"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def follow_ups(self) -> FollowUpsView:
        widget = self._lazy.widget(self._follow_ups)
        assert isinstance(widget, FollowUpsView)
        return widget

    @property
    def network(self) -> NetworkView:
        widget = self._lazy.widget(self._network)
        assert isinstance(widget, NetworkView)
        return widget

    def select_id(self, ident: int) -> bool:
        self.tabs.setCurrentWidget(self.entries)
        return self.entries.select_id(ident)
