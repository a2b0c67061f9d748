"""The item model of one calendar month: 6 weeks × 7 days, Monday first.
Each cell knows its date, the logged status (if any) and the incidents."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.domain.model import Case, Day
from caseapp.ui import theme, words

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
INCIDENTS_ROLE = Qt.ItemDataRole.UserRole + 3
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4
HOURS_ROLE = Qt.ItemDataRole.UserRole + 10  # hours worked (hourly and piece work)

Index = QModelIndex | QPersistentModelIndex


def first_cell(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


class MonthModel(QAbstractTableModel):
    def __init__(self, year: int, month: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.year, self.month = year, month
        self._days: dict[dt.date, Day] = {}
        self._incidents: dict[dt.date, int] = {}

    # --- content -------------------------------------------------------------
    def set_case(self, case: Case | None) -> None:
        self._days = {d.date: d for d in case.days} if case else {}
        counts: dict[dt.date, int] = {}
        for incident in case.incidents if case else ():
            counts[incident.date] = counts.get(incident.date, 0) + 1
        self._incidents = counts
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(5, 6))

    def set_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self.endResetModel()

    def date_at(self, row: int, column: int) -> dt.date:
        return first_cell(self.year, self.month) + dt.timedelta(days=row * 7 + column)

    def index_of(self, day: dt.date) -> QModelIndex:
        offset = (day - first_cell(self.year, self.month)).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    # --- QAbstractItemModel ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.date_at(index.row(), index.column()).month != self.month:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        day = self.date_at(index.row(), index.column())
        logged = self._days.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == STATUS_ROLE:
            return logged.status if logged else None
        if role == INCIDENTS_ROLE:
            return self._incidents.get(day, 0)
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == HOURS_ROLE:
            return logged.hours if logged else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(theme.STATUS_COLOUR[logged.status] if logged else "#FFFFFF"))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = words.status_label(logged.status) if logged else self.tr("Not logged")
            parts = [day.isoformat(), text]
            if logged and logged.hours is not None:
                parts.append(self.tr("%1 h").replace("%1", f"{logged.hours.normalize():f}"))
            if logged and logged.note:
                parts.append(logged.note)
            n = self._incidents.get(day, 0)
            if n:
                parts.append(self.tr("%n incident(s)", "", n))
            return " · ".join(parts)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            names = [
                self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                self.tr("Fri"), self.tr("Sat"), self.tr("Sun"),
            ]  # fmt: skip
            return names[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < 6:
            return str(section + 1)
        return None
