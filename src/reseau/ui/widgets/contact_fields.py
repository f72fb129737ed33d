"""Read and fill the contact fields (e-mail, phones, address, web) that the dialogs share."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from reseau.core.enums import ContactKind, Country
from reseau.core.errors import FieldProblem
from reseau.services.shared.contact_points import ContactInput, normalize_contacts
from reseau.ui.i18n import label, say
from reseau.ui.widgets.validation import FieldMarker


@dataclass(frozen=True)
class ContactField:
    widget: QLineEdit | QPlainTextEdit
    kind: ContactKind
    label: str


def widget_text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def read_contacts(fields: list[ContactField]) -> tuple[ContactInput, ...]:
    return tuple(
        ContactInput(f.kind, widget_text(f.widget).strip(), f.label)
        for f in fields
        if widget_text(f.widget).strip()
    )


def fill_contacts(fields: list[ContactField], contacts: tuple[ContactInput, ...]) -> None:
    """Put each contact in the first free field of its kind (labels matched first)."""
    remaining = list(contacts)
    for pass_by_label in (True, False):
        for f in fields:
            if widget_text(f.widget):
                continue
            for contact in remaining:
                if contact.kind == f.kind and (not pass_by_label or contact.label == f.label):
                    f.widget.setPlainText(contact.value) if isinstance(
                        f.widget, QPlainTextEdit
                    ) else f.widget.setText(contact.value)
                    remaining.remove(contact)
                    break


def contact_problems(fields: list[ContactField], country: Country) -> list[tuple[QWidget, FieldProblem]]:
    """Each invalid field with the validator's reason, so the dialog can point at it."""
    found: list[tuple[QWidget, FieldProblem]] = []
    for f in fields:
        text = widget_text(f.widget).strip()
        if not text:
            continue
        problems: list[FieldProblem] = []
        normalize_contacts((ContactInput(f.kind, text, f.label),), country, problems)
        found.extend((f.widget, p) for p in problems)
    return found


def fill_country_combo(combo: QComboBox, lang: str | None = None) -> None:
    for country in Country:
        combo.addItem(label(country, lang), country)


def check_fields(
    marker: FieldMarker,
    required: QLineEdit,
    required_message: str,
    fields: list[ContactField],
    country: Country,
) -> bool:
    """Mark the empty required name and every invalid contact field; True when all is well."""
    marker.clear()
    if not required.text().strip():
        marker.mark(required, required_message)
    for widget, problem in contact_problems(fields, country):
        marker.mark(widget, say(problem.message))
    return not marker.has_problems()
