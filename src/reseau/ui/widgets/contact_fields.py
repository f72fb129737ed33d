"""The contact points the person and organization dialogs share: a list of typed rows.

Each e-mail, phone, address or web link is a row with its type (travail, domicile, cellulaire,
télécopieur, autre), a phone with its extension, an address in parts (street, city, postal
code, region, country). Every contact point a record has gets a row, so editing never drops
the third e-mail or the twelfth phone an import brought in; a custom label read from a file
(« Assistante ») rides along unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage, Country
from reseau.core.errors import FieldProblem
from reseau.services.shared.contact_points import ContactInput, normalize_contacts
from reseau.ui.i18n import label, say
from reseau.ui.widgets.validation import FieldMarker

# The types each kind offers (a fax e-mail makes no sense).
USAGES: dict[ContactKind, tuple[ContactUsage, ...]] = {
    ContactKind.EMAIL: (ContactUsage.WORK, ContactUsage.HOME, ContactUsage.OTHER),
    ContactKind.PHONE: tuple(ContactUsage),
    ContactKind.ADDRESS: (ContactUsage.WORK, ContactUsage.HOME, ContactUsage.OTHER),
    ContactKind.WEB: (ContactUsage.WORK, ContactUsage.HOME, ContactUsage.OTHER),
}


class ContactRow(QWidget):
    """One contact point: its type, its value (an address in parts), a button to remove it."""

    removed = Signal(QWidget)

    def __init__(self, kind: ContactKind, contact: ContactInput | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.custom_label = contact.label if contact else ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(label(kind))
        self.kind_label.setMinimumWidth(70)
        self.usage = QComboBox()
        self.usage.setAccessibleName(self.tr("Type de coordonnée"))
        self.usage.addItem(self.tr("(non précisé)"), None)
        for usage in USAGES[kind]:
            self.usage.addItem(label(usage), usage)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.usage)
        self.value = QLineEdit()
        self.extension = QLineEdit()
        self.street = QPlainTextEdit()
        self.city, self.postal_code = QLineEdit(), QLineEdit()
        self.region, self.country = QLineEdit(), QLineEdit()
        if kind == ContactKind.ADDRESS:
            layout.addWidget(self._address_box(), 1)
        else:
            layout.addWidget(self.value, 1)
            self.value.setAccessibleName(label(kind))
        if kind == ContactKind.PHONE:
            self.extension.setPlaceholderText(self.tr("poste"))
            self.extension.setAccessibleName(self.tr("Poste"))
            self.extension.setMaxLength(20)
            self.extension.setMaximumWidth(80)
            layout.addWidget(self.extension)
        remove = self.remove = QToolButton()
        remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        remove.setToolTip(self.tr("Retirer"))
        remove.setAccessibleName(self.tr("Retirer"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(remove)
        if self.custom_label:
            self.kind_label.setText(f"{label(kind)} ({self.custom_label})")
        if contact is not None:
            self.set_contact(contact)

    def _address_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.street.setMaximumHeight(48)
        self.street.setPlaceholderText(self.tr("Rue (une ou plusieurs lignes)"))
        self.street.setAccessibleName(self.tr("Rue"))
        for widget, text in (
            (self.city, self.tr("Ville")),
            (self.postal_code, self.tr("Code postal")),
            (self.region, self.tr("Province ou région")),
            (self.country, self.tr("Pays")),
        ):
            widget.setPlaceholderText(text)
            widget.setAccessibleName(text)
        grid.addWidget(self.street, 0, 0, 1, 2)
        grid.addWidget(self.city, 1, 0)
        grid.addWidget(self.postal_code, 1, 1)
        grid.addWidget(self.region, 2, 0)
        grid.addWidget(self.country, 2, 1)
        return box

    def set_contact(self, contact: ContactInput) -> None:
        self.usage.setCurrentIndex(max(0, self.usage.findData(contact.usage)))
        if self.kind == ContactKind.ADDRESS:
            parts = contact.address or PostalAddress(street=contact.value)
            self.street.setPlainText(parts.street)
            self.city.setText(parts.city)
            self.postal_code.setText(parts.postal_code)
            self.region.setText(parts.region)
            self.country.setText(parts.country)
        else:
            self.value.setText(contact.value)
            self.extension.setText(contact.extension)

    def address(self) -> PostalAddress:
        return PostalAddress(
            street=self.street.toPlainText().strip(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            postal_code=self.postal_code.text().strip(),
            country=self.country.text().strip(),
        )

    def contact(self) -> ContactInput | None:
        """What the row holds; None when it is empty."""
        usage = self.usage.currentData()
        if self.kind == ContactKind.ADDRESS:
            address = self.address()
            if address.is_empty():
                return None
            return ContactInput(self.kind, address.formatted(), self.custom_label, usage, "", address)
        value = self.value.text().strip()
        if not value:
            return None
        extension = self.extension.text().strip() if self.kind == ContactKind.PHONE else ""
        return ContactInput(self.kind, value, self.custom_label, usage, extension)

    def focus_chain(self) -> list[QWidget]:
        """The row's controls in reading order, for the dialog's Tab order."""
        if self.kind == ContactKind.ADDRESS:
            middle: list[QWidget] = [self.street, self.city, self.postal_code, self.region, self.country]
        elif self.kind == ContactKind.PHONE:
            middle = [self.value, self.extension]
        else:
            middle = [self.value]
        return [self.usage, *middle, self.remove]

    def focus_widget(self) -> QWidget:
        return self.street if self.kind == ContactKind.ADDRESS else self.value


class ContactListEditor(QWidget):
    """Every contact point of a record, one row each, with buttons to add a row of each kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        outer.addLayout(self.rows_layout)
        buttons = QHBoxLayout()
        self.add_buttons: dict[ContactKind, QPushButton] = {}
        for kind, text in (
            (ContactKind.EMAIL, self.tr("+ Courriel")),
            (ContactKind.PHONE, self.tr("+ Téléphone")),
            (ContactKind.ADDRESS, self.tr("+ Adresse")),
            (ContactKind.WEB, self.tr("+ Site Web")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self._on_add_clicked(k))
            buttons.addWidget(button)
            self.add_buttons[kind] = button
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.rows: list[ContactRow] = []
        self._neighbours: tuple[QWidget, QWidget] | None = None

    def set_tab_neighbours(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from ``before`` through every row, top to bottom, to ``after``: rows made
        in code would otherwise come last in the dialog's Tab order."""
        self._neighbours = (before, after)
        self._chain()

    def _chain(self) -> None:
        if self._neighbours is None:
            return
        previous, after = self._neighbours
        for widget in [*(w for row in self.rows for w in row.focus_chain()), *self.add_buttons.values()]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, after)

    def _on_add_clicked(self, kind: ContactKind) -> None:
        self.add_row(kind).focus_widget().setFocus()

    def add_row(self, kind: ContactKind, contact: ContactInput | None = None) -> ContactRow:
        row = ContactRow(kind, contact, self)
        row.removed.connect(self._on_row_removed)
        # Rows stay grouped by kind, in the order e-mails, phones, addresses, links.
        order = list(ContactKind)
        position = sum(1 for r in self.rows if order.index(r.kind) <= order.index(kind))
        self.rows.insert(position, row)
        self.rows_layout.insertWidget(position, row)
        self._chain()
        return row

    def _on_row_removed(self, row: QWidget) -> None:
        assert isinstance(row, ContactRow)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._chain()

    def set_contacts(self, contacts: tuple[ContactInput, ...], blank: tuple[ContactKind, ...] = ()) -> None:
        """One row per contact point, then an empty row for each kind in ``blank`` it lacks."""
        for row in list(self.rows):
            self._on_row_removed(row)
        for contact in contacts:
            self.add_row(contact.kind, contact)
        for kind in blank:
            if not any(r.kind == kind for r in self.rows):
                self.add_row(kind, ContactInput(kind, "", usage=ContactUsage.WORK))

    def first_row(self, kind: ContactKind) -> ContactRow:
        """The first row of ``kind``, added when there is none."""
        return next((r for r in self.rows if r.kind == kind), None) or self.add_row(kind)

    def contacts(self) -> tuple[ContactInput, ...]:
        return tuple(c for c in (row.contact() for row in self.rows) if c is not None)

    def problems(self, country: Country) -> list[tuple[QWidget, FieldProblem]]:
        """Each invalid row with the validator's reason, so the dialog can point at it."""
        found: list[tuple[QWidget, FieldProblem]] = []
        for row in self.rows:
            contact = row.contact()
            if contact is None:
                continue
            problems: list[FieldProblem] = []
            normalize_contacts((contact,), country, problems)
            found.extend((row.focus_widget(), p) for p in problems)
        return found


def fill_country_combo(combo: QComboBox, lang: str | None = None) -> None:
    for country in Country:
        combo.addItem(label(country, lang), country)


def check_fields(
    marker: FieldMarker,
    required: QLineEdit,
    required_message: str,
    editor: ContactListEditor,
    country: Country,
) -> bool:
    """Mark the empty required name and every invalid contact row; True when all is well."""
    marker.clear()
    if not required.text().strip():
        marker.mark(required, required_message)
    for widget, problem in editor.problems(country):
        marker.mark(widget, say(problem.message))
    return not marker.has_problems()


def contact_line(kind_words: str, usage: ContactUsage | None, custom: str, lang: str | None = None) -> str:
    """The words before a contact point in a detail pane: "téléphone (cellulaire)"."""
    qualifier = custom or (label(usage, lang) if usage is not None else "")
    return f"{kind_words} ({qualifier})" if qualifier else kind_words
