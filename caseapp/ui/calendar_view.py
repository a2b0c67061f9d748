"""日历 Calendar: a month coloured by status — each status also a glyph,
never colour alone; not logged is white with a dashed border; incidents
marked. Click a day or select a range (shift-click or drag) and pick a
status: one services call, one journal entry."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.casework import daylogic
from caseapp.domain.model import Case, Day
from caseapp.domain.vocab import DayStatus
from caseapp.ui import theme, words
from caseapp.ui.month_model import (
    DATE_ROLE,
    HOURS_ROLE,
    IN_MONTH_ROLE,
    INCIDENTS_ROLE,
    STATUS_ROLE,
    MonthModel,
)
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import label


class DayDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)
        status: DayStatus | None = index.data(STATUS_ROLE)
        in_month: bool = index.data(IN_MONTH_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if status is not None:
            painter.fillRect(rect, QColor(theme.STATUS_COLOUR[status]))
            fg = QColor(theme.STATUS_TEXT[status])
        else:
            painter.fillRect(rect, QColor("#FFFFFF"))
            pen = QPen(QColor("#9AA0A6"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            fg = QColor("#202124")
        if not in_month:
            painter.fillRect(rect, QColor(255, 255, 255, 170))
            fg = QColor("#9AA0A6")
        painter.setPen(fg)
        font = QFont(option.font)
        font.setPixelSize(13)
        painter.setFont(font)
        painter.drawText(
            rect.adjusted(6, 4, -6, -4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            index.data(),
        )
        if status is not None and in_month:
            big = QFont(font)
            big.setPixelSize(18)
            big.setBold(True)
            painter.setFont(big)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, words.status_glyph(status))
        hours = index.data(HOURS_ROLE)
        if hours is not None and in_month:  # hourly and piece work: the day's hours
            small = QFont(font)
            small.setPixelSize(11)
            painter.setFont(small)
            painter.setPen(fg)
            painter.drawText(
                rect.adjusted(4, 2, -6, -4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{hours.normalize():f} h",
            )
        incidents = index.data(INCIDENTS_ROLE) or 0
        if incidents and in_month:
            r = QRect(rect.right() - 20, rect.top() + 4, 16, 16)
            painter.setBrush(QColor("#000000"))
            painter.setPen(QColor("#FFFFFF"))
            painter.drawEllipse(r)
            small = QFont(font)
            small.setPixelSize(11)
            small.setBold(True)
            painter.setFont(small)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "!")
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#000000"), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class DayTable(QTableView):
    """A month grid whose shift-click and drag select the days in between in
    date order (a reading-order range), not a rectangle of weekdays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anchor = QPersistentModelIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._anchor = QPersistentModelIndex(self.indexAt(event.position().toPoint()))
        super().mousePressEvent(event)

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        model = self.model()
        anchor = (
            model.index(self._anchor.row(), self._anchor.column())
            if self._anchor.isValid()
            else self.currentIndex()
        )
        if not anchor.isValid() or not isinstance(model, MonthModel):
            super().setSelection(rect, command)
            return
        centre = self.visualRect(anchor).center()
        x = (
            rect.right()
            if abs(centre.x() - rect.left()) < abs(centre.x() - rect.right())
            else rect.left()
        )
        y = (
            rect.bottom()
            if abs(centre.y() - rect.top()) < abs(centre.y() - rect.bottom())
            else rect.top()
        )
        end = self.indexAt(QPoint(x, y))
        if not end.isValid():
            super().setSelection(rect, command)
            return
        a, b = anchor.row() * 7 + anchor.column(), end.row() * 7 + end.column()
        selection = QItemSelection()
        for cell in range(min(a, b), max(a, b) + 1):
            index = model.index(cell // 7, cell % 7)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable:
                selection.select(index, index)
        self.selectionModel().select(selection, command)


class CalendarView(QWidget):
    dayActivated = Signal(object)  # dt.date

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm: QMessageBox | None = None  # the open "days in the future?" question
        now = session.clock.today()
        self.model = MonthModel(now.year, now.month, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)

        top = QHBoxLayout()
        self.prev_button = QPushButton("‹")
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName(self.tr("Next month"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(40)
        self.month_label = label("", "title")
        self.today_button = QPushButton(self.tr("This month"))
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.today_button)
        outer.addLayout(top)
        self.prev_button.clicked.connect(lambda: self.shift_month(-1))
        self.next_button.clicked.connect(lambda: self.shift_month(1))
        self.today_button.clicked.connect(self.go_today)

        body = QHBoxLayout()
        self.table = DayTable()
        self.table.setModel(self.model)
        self.table.setItemDelegate(DayDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Calendar"))
        self.table.setMinimumHeight(300)
        body.addWidget(self.table, 3)

        side = QVBoxLayout()
        self.selection_label = label(
            self.tr("Click a day, or drag / shift-click to pick several."), "hint"
        )
        side.addWidget(self.selection_label)
        side.addWidget(label(self.tr("Set the selected days to:"), "subtitle"))
        grid = QGridLayout()
        self.set_buttons: dict[DayStatus, QPushButton] = {}
        for i, status in enumerate(words.STATUS_ORDER):
            button = QPushButton(f"{words.status_glyph(status)}  {words.status_short(status)}")
            button.setAccessibleName(words.status_label(status))
            button.setStyleSheet(
                f"QPushButton {{ border-left: 10px solid {theme.STATUS_COLOUR[status]};"
                " padding: 6px; text-align: left; }"
            )
            button.clicked.connect(lambda _=False, s=status: self.set_selected(s))
            grid.addWidget(button, i, 0)
            self.set_buttons[status] = button
        side.addLayout(grid)
        self.clear_button = QPushButton(self.tr("Mark as not logged"))
        self.clear_button.clicked.connect(self.clear_selected)
        side.addWidget(self.clear_button)
        self.day_note = QLineEdit()
        self.day_note.setPlaceholderText(self.tr("Note for this day"))
        self.day_note.setAccessibleName(self.tr("Note for this day"))
        self.day_note.editingFinished.connect(self.save_note)
        side.addWidget(self.day_note)
        side.addStretch(1)
        side.addWidget(self._legend())
        body.addLayout(side, 1)
        outer.addLayout(body, 1)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda i: self.dayActivated.emit(i.data(DATE_ROLE)))
        session.follow(self, self.show_case)
        self._update_title()
        self._selection_changed()
        if session.case is not None:
            self.show_case(session.case)

    def _legend(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        marker = QLabel("!  " + self.tr("something happened that day"))
        marker.setProperty("role", "hint")
        none = QLabel("┈  " + self.tr("dashed white: not logged"))
        none.setProperty("role", "hint")
        layout.addWidget(marker)
        layout.addWidget(none)
        return box

    def show_case(self, case: Case) -> None:
        self.model.set_case(case)

    def shift_month(self, delta: int) -> None:
        month = self.model.month - 1 + delta
        self.set_month(self.model.year + month // 12, month % 12 + 1)

    def go_today(self) -> None:
        now = self.session.clock.today()
        self.set_month(now.year, now.month)

    def set_month(self, year: int, month: int) -> None:
        self.model.set_month(year, month)
        self.model.set_case(self.session.case)
        self._update_title()
        self._selection_changed()

    def _update_title(self) -> None:
        self.month_label.setText(
            QLocale().toString(QDate(self.model.year, self.model.month, 1), self.tr("MMMM yyyy"))
        )

    def selected_dates(self) -> list[dt.date]:
        dates = {i.data(DATE_ROLE) for i in self.table.selectionModel().selectedIndexes()}
        return sorted(d for d in dates if d is not None and d.month == self.model.month)

    def _selected_day(self) -> Day | None:
        dates = self.selected_dates()
        case = self.session.case
        if len(dates) != 1 or case is None:
            return None
        return daylogic.days_by_date(case).get(dates[0])

    def save_note(self) -> None:
        day = self._selected_day()
        note = self.day_note.text().strip() or None
        if day is not None and day.note != note:
            self.session.set_days([dataclasses.replace(day, note=note)])

    def _selection_changed(self, *_: object) -> None:
        dates = self.selected_dates()
        day = self._selected_day()
        self.day_note.setVisible(day is not None)
        self.day_note.setText(day.note or "" if day else "")
        for button in [*self.set_buttons.values(), self.clear_button]:
            button.setEnabled(bool(dates) and self.session.case is not None)
        if not dates:
            self.selection_label.setText(
                self.tr("Click a day, or drag / shift-click to pick several.")
            )
        elif len(dates) == 1:
            self.selection_label.setText(
                QLocale().toString(QDate(dates[0]), QLocale.FormatType.LongFormat)
            )
        else:
            self.selection_label.setText(
                self.tr("%n day(s) selected", "", len(dates))
                + f": {dates[0].isoformat()} – {dates[-1].isoformat()}"
            )

    def select_range(self, start: dt.date, end: dt.date) -> None:
        """Select the days from ``start`` to ``end`` (as a shift-click would)."""
        sm = self.table.selectionModel()
        sm.clearSelection()
        lo, hi = min(start, end), max(start, end)
        day = lo
        while day <= hi:
            index = self.model.index_of(day)
            if index.isValid():
                sm.select(index, sm.SelectionFlag.Select)
            day += dt.timedelta(days=1)

    def set_selected(self, status: DayStatus) -> None:
        dates = self.selected_dates()
        if not dates or self.session.case is None:
            return
        ahead = daylogic.far_ahead(dates, self.session.clock.today())
        if ahead:
            self._ask_ahead(status, dates, ahead)
            return
        self._set(status, dates)

    def _ask_ahead(self, status: DayStatus, dates: list[dt.date], ahead: list[dt.date]) -> None:
        """Days far in the future: logged only when the worker says so."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Days in the future"),
            self.tr("%1 is more than %2 days from today. Log it as %3 now?")
            .replace(
                "%1",
                ahead[0].isoformat()
                if len(ahead) == 1
                else f"{ahead[0].isoformat()} – {ahead[-1].isoformat()}",
            )
            .replace("%2", str(daylogic.FUTURE_DAYS_WITHOUT_ASKING))
            .replace("%3", words.status_label(status)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Log it"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._ahead_answered(result, status, dates))
        self.confirm = box
        box.open()  # not modal to the event loop

    def _ahead_answered(self, result: int, status: DayStatus, dates: list[dt.date]) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes:
            self._set(status, dates)

    def _set(self, status: DayStatus, dates: list[dt.date]) -> None:
        if self.session.case is None:
            return
        by_date = daylogic.days_by_date(self.session.case)
        days = []
        for d in dates:
            new = daylogic.range_days(d, d, status)[0]
            old = by_date.get(d)
            if old is not None and old.note:
                new = dataclasses.replace(new, note=old.note, evidence=old.evidence)
            if old is not None and old.hours is not None:  # a new status keeps the hours
                new = dataclasses.replace(new, hours=old.hours)
            days.append(new)
        self.session.set_days(days)

    def clear_selected(self) -> None:
        dates = self.selected_dates()
        case = self.session.case
        if not dates or case is None:
            return
        logged = [d for d in dates if d in daylogic.days_by_date(case)]
        if logged:
            self.session.clear_days(logged)
