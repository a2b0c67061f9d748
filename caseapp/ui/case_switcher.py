"""The case switcher in the top bar: a combo box whose shown name is elided
with "…" (the full name in its tooltip and in each item's), and whose open
list keeps the highlighted item readable (dark text on a light blue, as the
rail's selection), whatever the bar's own background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

SELECTED_BG = "#DCE8F5"  # the rail's selection (theme.STYLE)
TEXT = "#1F2328"
MAX_WIDTH = 420  # px: a long case name is elided rather than pushing the bar apart

STYLE = f"""
QComboBox {{ background: #FFFFFF; color: {TEXT}; }}
QComboBox QAbstractItemView {{ background: #FFFFFF; color: {TEXT};
    selection-background-color: {SELECTED_BG}; selection-color: #000000;
    outline: none; }}
QComboBox QAbstractItemView::item {{ min-height: 28px; padding: 2px 8px; color: {TEXT}; }}
QComboBox QAbstractItemView::item:selected,
QComboBox QAbstractItemView::item:hover {{ background: {SELECTED_BG}; color: #000000; }}
"""


class CaseSwitcher(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSwitcher")
        self.setStyleSheet(STYLE)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setMinimumWidth(260)
        self.setMaximumWidth(MAX_WIDTH)
        # a plain item delegate: the style's menu-like one ignores the rules above
        self.setItemDelegate(QStyledItemDelegate(self))
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        palette = self.view().palette()  # the delegate paints from the palette too
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTED_BG))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#000000"))
        self.view().setPalette(palette)
        self.view().setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentIndexChanged.connect(self.update_tooltip)

    def add_case(self, text: str, data: object) -> None:
        self.addItem(text, data)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def update_tooltip(self, _index: int = 0) -> None:
        self.setToolTip(self.currentText())

    def _field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return max(0, rect.width() - 4)

    def shown_text(self) -> str:
        """The current name as drawn: elided with "…" when it does not fit."""
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, self._field_width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
