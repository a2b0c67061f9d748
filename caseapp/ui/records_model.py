"""A small read-only table model over a tuple of records (incidents, tasks,
people, evidence): the view gives the columns as (title, cell function)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
Column = tuple[Callable[[], str], Callable[[T], str]]  # (title, cell text)


class RecordsModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        sort_key: Callable[[T], Any],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._sort_key = sort_key
        self._rows: list[T] = []
        self._source: Sequence[T] | None = None  # what the rows were sorted from
        self.resorts_skipped = 0  # refreshes that found the same records (tests count them)
        self.highlighted: set[int] = set()

    def set_records(self, records: Sequence[T]) -> None:
        """The rows, sorted. The same sequence object as last time (a case's
        untouched record list is the same tuple after a change elsewhere,
        `domain.changes.apply_changes`): no sort and no reset, only a
        repaint of the rows on screen (a cell may read other records)."""
        if records is self._source:
            self.resorts_skipped += 1
            if self._rows:
                last = self.index(len(self._rows) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._source = records
        self._rows = sorted(records, key=self._sort_key, reverse=True)
        self.highlighted = set()
        self.endResetModel()

    def record(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.highlighted:
            from PySide6.QtGui import QColor

            return QColor("#FFF1C9")
        return None

    def highlight(self, rows: set[int]) -> None:
        self.highlighted = rows
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])
