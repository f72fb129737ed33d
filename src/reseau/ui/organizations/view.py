"""The Organisations area: French and Québec bodies, with their parent and members."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.outcome import Outcome
from reseau.services.organizations import records as organizations
from reseau.services.organizations.page import OrganizationPage, organization_page
from reseau.services.organizations.records import OrganizationInput, OrganizationRow
from reseau.services.shared.contact_points import ContactView
from reseau.ui.context import AppContext
from reseau.ui.i18n import label
from reseau.ui.navigator import Link
from reseau.ui.ops import organizations as organization_ops
from reseau.ui.organizations.organization_dialog import OrganizationDialog
from reseau.ui.widgets import html
from reseau.ui.widgets.conflict_dialog import VersionedSave
from reseau.ui.widgets.contact_fields import contact_line
from reseau.ui.widgets.detail_sections import ORGANIZATION_SECTIONS
from reseau.ui.widgets.empty_state import EmptyAction, demo_data, import_contacts
from reseau.ui.widgets.lazy_record_list_view import LazyRecordListView
from reseau.ui.widgets.row_table_model import Column


class OrganizationsView(LazyRecordListView[OrganizationRow]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.new_button.setText(self.tr("&Nouvelle organisation…"))
        self.new_button.setAccessibleName(self.tr("Nouvelle organisation"))

    def empty_message(self) -> str:
        return self.tr(
            "Aucune organisation pour l'instant. Ajoutez-en une, importez vos contacts "
            "ou chargez les données de démonstration de la mission 2005."
        )

    def empty_actions(self) -> list[EmptyAction]:
        return [
            EmptyAction(self.tr("Ajouter une organisation"), self.create_record, "empty_new"),
            import_contacts(self),
            demo_data(self),
        ]

    def detail_hint(self) -> str:
        return self.tr("Sélectionnez une organisation dans la liste pour voir sa fiche ici.")

    def columns(self) -> list[Column[OrganizationRow]]:
        lang = self.context.language
        return [
            Column(self.tr("Nom"), lambda r: r.name),
            Column(self.tr("Sigle"), lambda r: r.acronym),
            Column(self.tr("Pays"), lambda r: label(r.country, lang)),
            Column(self.tr("Niveau"), lambda r: label(r.level, lang) if r.level else ""),
            Column(self.tr("Secteur"), lambda r: r.sector),
            Column(self.tr("Ville"), lambda r: r.city),
            Column(self.tr("Organisation mère"), lambda r: r.parent_name),
            Column(self.tr("Personnes"), lambda r: str(r.person_count), lambda r: r.person_count),
        ]

    def sort_keys(self) -> list[str | None]:
        return ["name", "acronym", "country", "level", "sector", "city", "parent", "persons"]

    def query_ids(self, session: Session, text: str, sort: str, descending: bool) -> list[int]:
        return organizations.organization_ids(session, text, sort, descending)

    def load_page(self, session: Session, ids: list[int]) -> list[OrganizationRow]:
        return organizations.organization_rows(session, ids)

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

    def load_detail(self, session: Session, row: OrganizationRow) -> OrganizationPage:
        return organization_page(session, row.id)

    def render_detail(self, page: OrganizationPage) -> str:
        d = page.detail
        data = d.data
        lang = self.context.language
        title = f"{data.name} ({data.acronym})" if data.acronym else data.name
        parent = (
            f"<p>{escape(self.tr('Relève de'))} "
            f"{html.link(f'organization:{data.parent_id}', d.parent_name)}</p>"
            if data.parent_id
            else ""
        )
        return "".join(
            [
                html.heading(title, label(data.country, lang)),
                parent,
                html.fields(
                    [
                        (self.tr("Niveau"), label(data.level, lang) if data.level else ""),
                        (self.tr("Secteur"), data.sector),
                        (self.tr("Région"), data.region),
                        (self.tr("Département"), data.department),
                        (self.tr("Ville"), data.city),
                        (self.tr("Site Web"), data.website),
                        *self._contact_fields(d.contacts, lang),
                    ]
                ),
                html.section(
                    self.tr("Organisations rattachées"),
                    [html.link(f"organization:{i}", n) for i, n in d.children],
                ),
                html.section(
                    self.tr("Personnes"),
                    [html.link(f"person:{i}", n) for i, n in d.members],
                    self.tr("Aucune personne n'est rattachée à cette organisation."),
                ),
                f"<h3>{escape(self.tr('Notes'))}</h3><p>{escape(data.notes)}</p>" if data.notes else "",
                *[section(page, lang) for section in ORGANIZATION_SECTIONS],
            ]
        )

    def describe(self, row: OrganizationRow) -> str:
        return row.name

    def concerns(self, changes: Changes) -> bool:
        return changes.organizations or changes.persons

    def create_record(self) -> None:
        self._open_dialog(None, None, None)

    def edit(self, row: OrganizationRow) -> None:
        self.edit_id(row.id)

    def edit_id(self, ident: int) -> None:
        organization_ops.get_organization(self.context.runner, ident).success(
            lambda detail: self._open_dialog(ident, detail.data, detail.version)
        ).run()

    def _open_dialog(self, org_id: int | None, data: OrganizationInput | None, version: int | None) -> None:
        def with_choices(choices: list[organizations.OrganizationChoice]) -> None:
            result = OrganizationDialog.ask(self, choices, data, org_id)
            if result is None:
                return
            if org_id is None:
                op = organization_ops.add_organization(self.context.runner, result)
            else:
                assert version is not None
                op = organization_ops.update_organization(self.context.runner, org_id, result, version)
            op.success(lambda outcome: self.reload_and_select(outcome.value)).failure(
                lambda e: self._on_save_failed(e, org_id, result)
            ).initiator(self).run()

        organization_ops.organization_choices(self.context.runner).success(with_choices).run()

    def _on_save_failed(self, error: BaseException, org_id: int | None, data: OrganizationInput) -> None:
        ident = org_id or 0
        save = VersionedSave(
            data.name,
            data,
            lambda s: organizations.get_organization(s, ident),
            lambda s, mine, version: organizations.update_organization(s, ident, mine, version),
            self.tr("Modifier %s") % data.name,
        )
        self.on_save_failed(error, org_id, save)

    def delete_op(self, row: OrganizationRow) -> Callable[[Session], Outcome[None]]:
        return lambda s: organizations.delete_organization(s, row.id)

    def on_link(self, url: str) -> None:
        link = Link.parse(url)
        if link.kind == "organization" and link.ident is not None:
            self.reveal(link.ident)  # a parent or a child: this very area, window or not
            return
        self.context.navigator.open_link(url)
