"""A small rich-text editor for the mission briefing document (rule A1), stored as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QToolButton, QVBoxLayout, QWidget

from reseau.core.agenda import BRIEFING_TEMPLATE

# The three parts the 2005 report asks for (core.agenda.BRIEFING_TEMPLATE): rule A1 ignores these
# words until the user writes the briefing's own.
OUTLINE_HTML = "".join(f"<h2>{escape(title)}</h2><p>{escape(text)}</p>" for title, text in BRIEFING_TEMPLATE)


class BriefingEditor(QWidget):
    save_requested = Signal(str)  # the HTML to store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QTextEdit()
        self.editor.setObjectName("briefing_edit")
        self.editor.setAcceptRichText(True)
        self.editor.setAccessibleName(self.tr("Document de préparation"))
        self.editor.setPlaceholderText(
            self.tr(
                "Rédigez ici le document remis à chaque participant : l'organisation politique "
                "française, les grandes politiques sociales, le rôle des villes en France et au Québec."
            )
        )
        self.status = QLabel()
        self.status.setObjectName("briefing_status")
        toolbar = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("G"), self.tr("Gras (Ctrl+B)"), self._on_bold_clicked),
            (self.tr("I"), self.tr("Italique (Ctrl+I)"), self._on_italic_clicked),
            (self.tr("Titre"), self.tr("Titre de section"), self._on_heading_clicked),
            (self.tr("• Liste"), self.tr("Liste à puces"), self._on_list_clicked),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            toolbar.addWidget(button)
        self.outline_button = QPushButton(self.tr("Insérer le plan A1"))
        self.outline_button.setObjectName("outline_button")
        self.outline_button.setToolTip(
            self.tr(
                "Ajoute à la fin les trois parties que recommande le rapport de 2005 ; remplacez "
                "leurs phrases par votre texte (un plan non rédigé ne satisfait pas A1)."
            )
        )
        self.outline_button.clicked.connect(self._on_outline_button_clicked)
        self.save_button = QPushButton(self.tr("&Enregistrer le document"))
        self.save_button.setObjectName("save_briefing_button")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        toolbar.addStretch(1)
        toolbar.addWidget(self.outline_button)
        toolbar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        # "Modified" means: the text differs from what was loaded or saved. Qt's own flag also
        # turns on for a format toggled and toggled back, or a character typed and erased,
        # which announced « Modifications non enregistrées » for a document as saved.
        self._saved_html = self.editor.toHtml()
        self.editor.document().modificationChanged.connect(self._on_document_modificationChanged)
        self.editor.document().contentsChanged.connect(self._on_document_contentsChanged)
        self._on_document_modificationChanged(False)

    def set_html(self, html: str) -> None:
        self.editor.setHtml(html)
        self.mark_saved()

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def mark_saved(self, saved_html: str | None = None) -> None:
        """The document is saved (as ``saved_html`` when given: what the save wrote); what the
        user typed after the save started stays marked as unsaved."""
        self._saved_html = saved_html if saved_html is not None else self.editor.toHtml()
        self.editor.document().setModified(self.editor.toHtml() != self._saved_html)

    def _on_document_contentsChanged(self) -> None:
        modified = self.editor.toHtml() != self._saved_html
        if self.editor.document().isModified() != modified:
            self.editor.document().setModified(modified)

    def _on_document_modificationChanged(self, modified: bool) -> None:
        self.save_button.setEnabled(modified)
        self.status.setText(self.tr("Modifications non enregistrées.") if modified else "")

    def _on_bold_clicked(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def _on_italic_clicked(self) -> None:
        self.editor.setFontItalic(not self.editor.fontItalic())

    def _on_heading_clicked(self) -> None:
        cursor = self.editor.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0 if block.headingLevel() else 2)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if block.headingLevel() else QFont.Weight.Normal)
        fmt.setFontPointSize(14 if block.headingLevel() else self.font().pointSizeF())
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)

    def _on_list_clicked(self) -> None:
        self.editor.textCursor().createList(QTextListFormat.Style.ListDisc)

    def _on_outline_button_clicked(self) -> None:
        """Append the plan after the text: never over a selection, never inside a sentence."""
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if self.editor.document().toPlainText().strip():
            cursor.insertBlock()
        cursor.insertHtml(OUTLINE_HTML)
        self.editor.setTextCursor(cursor)

    def _on_save_button_clicked(self) -> None:
        self.save_requested.emit(self.editor.toHtml())
