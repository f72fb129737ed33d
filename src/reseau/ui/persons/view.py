"""The Personnes area: the people of both countries, filterable, with a detail pane.

The table is lazy (LazyRecordListView): smooth with 100,000 persons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.services.organizations import records as organizations
from reseau.services.persons import records as persons
from reseau.services.persons.page import PersonPage, person_page
from reseau.services.persons.records import PersonInput, PersonRow
from reseau.services.shared.contact_points import ContactView
from reseau.ui.context import AppContext
from reseau.ui.i18n import label
from reseau.ui.journal.actions import edit_entry, log_entry
from reseau.ui.navigator import Link
from reseau.ui.ops import organizations as organization_ops
from reseau.ui.ops import persons as person_ops
from reseau.ui.persons.person_dialog import PersonDialog
from reseau.ui.privacy.actions import install_privacy_actions
from reseau.ui.widgets import html
from reseau.ui.widgets.conflict_dialog import VersionedSave
from reseau.ui.widgets.contact_fields import contact_line
from reseau.ui.widgets.detail_sections import PERSON_SECTIONS
from reseau.ui.widgets.empty_state import EmptyAction, demo_data, import_contacts
from reseau.ui.widgets.lazy_record_list_view import LazyRecordListView
from reseau.ui.widgets.row_table_model import Column


class PersonsView(LazyRecordListView[PersonRow]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.setText(self.tr("&Nouvelle personne…"))
        self.new_button.setAccessibleName(self.tr("Nouvelle personne"))
        self.privacy = install_privacy_actions(self)
        # The journal's action (issue 4): log an exchange with the selected person.
        self.log_button = QPushButton(self.tr("Consi&gner un échange…"))
        self.log_button.setObjectName("log_button")
        self.add_toolbar_button(self.log_button)
        self.log_button.clicked.connect(self.log_entry)

    def empty_message(self) -> str:
        return self.tr(
            "Aucune personne pour l'instant. Ajoutez-en une, importez vos contacts "
            "(CSV, vCard, Excel) ou chargez les données de démonstration de la mission 2005."
        )

    def empty_actions(self) -> list[EmptyAction]:
        return [
            EmptyAction(self.tr("Ajouter une personne"), self.create_record, "empty_new"),
            import_contacts(self),
            demo_data(self),
        ]

    def detail_hint(self) -> str:
        return self.tr("Sélectionnez une personne dans la liste pour voir sa fiche ici.")

    def log_entry(self) -> None:
        row = self.selected_row()
        log_entry(self, self.context, (row.id,) if row else (), on_saved=lambda _id: self.reload_detail())

    def reload_detail(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_detail(row)

    def columns(self) -> list[Column[PersonRow]]:
        return [
            Column(self.tr("Nom"), lambda r: r.last_name, lambda r: f"{r.last_name} {r.first_name}"),
            Column(self.tr("Prénom"), lambda r: r.first_name),
            Column(self.tr("Fonction"), lambda r: r.title),
            Column(self.tr("Organisation"), lambda r: r.organization_name),
            Column(self.tr("Pays"), lambda r: label(r.country, self.context.language)),
            Column(self.tr("Courriel"), lambda r: r.email),
            Column(self.tr("Téléphone"), lambda r: r.phone),
        ]

    def sort_keys(self) -> list[str | None]:
        return ["name", "first_name", "title", "organization", "country", "email", "phone"]

    def query_ids(self, session: Session, text: str, sort: str, descending: bool) -> list[int]:
        return persons.person_ids(session, text, sort, descending)

    def load_page(self, session: Session, ids: list[int]) -> list[PersonRow]:
        return persons.person_rows(session, ids)

    def _contact_fields(self, contacts: tuple[ContactView, ...], lang: str) -> list[tuple[str, str]]:
        """Each contact point with its type ("téléphone (cellulaire)"), a phone with its
        extension, in the UI's words ("poste 22", "ext. 22")."""
        fields = []
        for c in contacts:
            shown = c.display
            if c.extension:
                shown = self.tr("%1, poste %2").replace("%1", shown).replace("%2", c.extension)
            fields.append((contact_line(label(c.kind, lang), c.usage, c.label, lang), shown))
        return fields

    def load_detail(self, session: Session, row: PersonRow) -> PersonPage:
        return person_page(session, row.id, date.today())

    def render_detail(self, page: PersonPage) -> str:
        d = page.detail
        lang = self.context.language
        data = d.data
        org = (
            html.link(f"organization:{data.organization_id}", d.organization_name)
            if (data.organization_id)
            else ""
        )
        parts = [
            html.heading(d.name, data.title),
            f"<p>{org}{escape(' — ' + data.department) if data.department else ''}</p>"
            if org or data.department
            else "",
            html.fields(
                [
                    (self.tr("Pays"), label(data.country, lang)),
                    *self._contact_fields(d.contacts, lang),
                    (self.tr("Secteurs"), ", ".join(data.sectors)),
                    (self.tr("Rôles"), ", ".join(data.roles)),
                    (self.tr("Langues"), ", ".join(data.languages)),
                    (self.tr("Étiquettes"), ", ".join(data.tags)),
                    (
                        self.tr("Relance"),
                        self.tr("tous les %s jours") % data.follow_up_days if data.follow_up_days else "",
                    ),
                    (self.tr("Provenance"), data.source),
                    (self.tr("Motif de conservation"), data.consent_basis),
                ]
            ),
            f"<p style='color:#b00020'><b>{escape(self.tr('Ne pas contacter'))}</b></p>"
            if data.do_not_contact
            else "",
            html.section(self.tr("Thèmes"), [escape(t) for t in d.theme_titles]),
            f"<h3>{escape(self.tr('Notes'))}</h3><p>{escape(data.notes)}</p>" if data.notes else "",
            *[section(page, lang) for section in PERSON_SECTIONS],
        ]
        return "".join(parts)

    def describe(self, row: PersonRow) -> str:
        return row.name

    def concerns(self, changes: Changes) -> bool:
        return changes.persons or changes.organizations

    def create_record(self) -> None:
        self._open_dialog(None, None, None)

    def edit(self, row: PersonRow) -> None:
        self.edit_id(row.id)

    def edit_id(self, ident: int) -> None:
        person_ops.get_person(self.context.runner, ident).success(
            lambda detail: self._open_dialog(ident, detail.data, detail.version)
        ).run()

    def _open_dialog(self, person_id: int | None, data: PersonInput | None, version: int | None) -> None:
        def with_choices(choices: list[organizations.OrganizationChoice]) -> None:
            result = PersonDialog.ask(self, choices, data)
            if result is None:
                return
            if person_id is None:
                op = person_ops.add_person(self.context.runner, result)
            else:
                assert version is not None
                op = person_ops.update_person(self.context.runner, person_id, result, version)
            op.success(lambda outcome: self.reload_and_select(outcome.value)).failure(
                lambda e: self._on_save_failed(e, person_id, result)
            ).initiator(self).run()

        organization_ops.organization_choices(self.context.runner).success(with_choices).run()

    def _on_save_failed(self, error: BaseException, person_id: int | None, data: PersonInput) -> None:
        ident = person_id or 0
        save = VersionedSave(
            display_name(data.first_name, data.last_name),
            data,
            lambda s: persons.get_person(s, ident),
            lambda s, mine, version: persons.update_person(s, ident, mine, version),
            self.tr("Modifier %s") % display_name(data.first_name, data.last_name),
        )
        self.on_save_failed(error, person_id, save)

    def delete_op(self, row: PersonRow) -> Callable[[Session], Outcome[None]]:
        return lambda s: persons.delete_person(s, row.id)

    def on_link(self, url: str) -> None:
        link = Link.parse(url)
        if link.kind == "log-entry":
            self.log_entry()
            return
        if link.kind == "journal" and link.ident is not None:
            edit_entry(self, self.context, link.ident, on_saved=lambda _id: self.reload_detail())
            return
        self.context.navigator.open_link(url)
