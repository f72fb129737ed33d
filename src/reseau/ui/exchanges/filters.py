"""The filter bar of the exchanges list: kind, status, year, direction, theme, organization,
plus the free-text filter, applied by one proxy model over the rows."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from reseau.core.enums import Direction, ExchangeKind, ExchangeStatus
from reseau.services.exchanges.records import ExchangeRow
from reseau.ui.i18n import label
from reseau.ui.widgets.row_table_model import FoldingFilterProxy, Index, RowTableModel


@dataclass(frozen=True)
class ExchangeFilter:
    kind: ExchangeKind | None = None
    status: ExchangeStatus | None = None
    year: int | None = None
    direction: Direction | None = None
    theme_id: int | None = None
    organization_id: int | None = None

    def accepts(self, row: ExchangeRow) -> bool:
        return (
            (self.kind is None or row.kind == self.kind)
            and (self.status is None or row.status == self.status)
            and (self.year is None or self.year in row.years)
            and (self.direction is None or row.direction == self.direction)
            and (self.theme_id is None or any(t == self.theme_id for t, _ in row.themes))
            and (
                self.organization_id is None
                or any(o == self.organization_id for o, _, _ in row.organizations)
            )
        )


class ExchangeFilterProxy(FoldingFilterProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = ExchangeFilter()

    def set_criteria(self, criteria: ExchangeFilter) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        row: ExchangeRow = model.row_at(source_row)
        return self.criteria.accepts(row) and super().filterAcceptsRow(source_row, source_parent)


class ExchangeFilterBar(QWidget):
    """Six combos; ``changed`` carries the new :class:`ExchangeFilter`. The year, theme and
    organization combos offer only what the loaded exchanges use."""

    changed = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        everything = self.tr("(tous)")
        self.kind = self._combo("filter_kind", self.tr("Type"), everything)
        for kind in ExchangeKind:
            self.kind.addItem(label(kind, lang), kind.value)
        self.status = self._combo("filter_status", self.tr("Statut"), everything)
        for status in ExchangeStatus:
            self.status.addItem(label(status, lang), status.value)
        self.year = self._combo("filter_year", self.tr("Année"), self.tr("(toutes)"))
        self.direction = self._combo("filter_direction", self.tr("Sens"), everything)
        for direction in Direction:
            self.direction.addItem(label(direction, lang), direction.value)
        self.theme = self._combo("filter_theme", self.tr("Thème"), everything)
        self.organization = self._combo("filter_organization", self.tr("Organisation"), self.tr("(toutes)"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, (title, combo) in enumerate(
            (
                (self.tr("&Type :"), self.kind),
                (self.tr("St&atut :"), self.status),
                (self.tr("A&nnée :"), self.year),
                (self.tr("Sen&s :"), self.direction),
                (self.tr("T&hème :"), self.theme),
                (self.tr("Or&ganisation :"), self.organization),
            )
        ):
            caption = QLabel(title)
            caption.setBuddy(combo)
            row, column = divmod(position, 3)
            layout.addWidget(caption, row, column * 2)
            layout.addWidget(combo, row, column * 2 + 1)
            layout.setColumnStretch(column * 2 + 1, 1)
            combo.currentIndexChanged.connect(self._on_combo_currentIndexChanged)

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def offer(self, rows: list[ExchangeRow]) -> None:
        """Refill the year, theme and organization combos from the rows, keeping the choice."""
        years = sorted({y for r in rows for y in r.years}, reverse=True)
        themes = sorted({t for r in rows for t in r.themes}, key=lambda t: t[1])
        orgs = sorted({(o, n) for r in rows for o, n, _ in r.organizations}, key=lambda o: o[1].lower())
        self._refill(self.year, [(str(y), y) for y in years])
        self._refill(self.theme, [(title, ident) for ident, title in themes])
        self._refill(self.organization, [(name, ident) for ident, name in orgs])

    def _refill(self, combo: QComboBox, items: list[tuple[str, int]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self._on_combo_currentIndexChanged(0)

    def criteria(self) -> ExchangeFilter:
        def code(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return str(value) if value is not None else None

        kind, status, direction = code(self.kind), code(self.status), code(self.direction)
        return replace(
            ExchangeFilter(),
            kind=ExchangeKind(kind) if kind else None,
            status=ExchangeStatus(status) if status else None,
            year=self.year.currentData(),
            direction=Direction(direction) if direction else None,
            theme_id=self.theme.currentData(),
            organization_id=self.organization.currentData(),
        )

    def _on_combo_currentIndexChanged(self, _index: int) -> None:
        self.changed.emit(self.criteria())
