"""A list of records beside the form that edits one — the scaffold of 人员
People, 任务 Tasks and 事件 Incidents: a table over the case's records, a
side form, New / Save / Delete, selection into the form, the case's changes
into the table, the records a finding rests on shaded, and the history of
the selected record. Enter saves, Esc cancels, Del deletes (after asking);
Ctrl+Z (the window's) undoes the last change, a deletion included."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QMetaMethod, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.kinds import ref_of
from caseapp.domain.model import Case, Record
from caseapp.ui.formparse import read_date
from caseapp.ui.records_model import Column, RecordsModel
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, label

T = TypeVar("T", bound=Record)


Key = QKeySequence | QKeySequence.StandardKey | str


def on_keys(widget: QWidget, keys: Sequence[Key], slot: Callable[[], Any]) -> None:
    """Shortcuts that work while the focus is inside ``widget``."""
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def enter_saves(fields: Sequence[Field], save: Callable[[], None]) -> None:
    """Enter in a one-line field (or an editable box) saves the form."""
    for field in fields:
        editor = field.editor
        line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        if isinstance(line, QLineEdit):
            line.returnPressed.connect(save)


def read_span(
    start: tuple[str, str],
    end: tuple[str, str],
    too_early: str,
    errors: dict[str, str],
    start_optional: bool = False,
) -> tuple[dt.date | None, dt.date | None]:
    """Two dates given as (field key, text): a start (required unless
    ``start_optional``) and an optional end not before it. What cannot be
    read goes into ``errors`` under the field's key; it reads as None."""
    dates: list[dt.date | None] = []
    for (key, text), optional in ((start, start_optional), (end, True)):
        value, problem = (None, None) if optional and not text.strip() else read_date(text)
        if problem:
            errors[key] = problem
        dates.append(value)
    first, last = dates
    if first is not None and last is not None and last < first:
        errors[end[0]] = too_early
        last = None
    return first, last


class RecordListView(QWidget, Generic[T]):
    """The table and its buttons; a subclass gives the records, the side form,
    and what New, loading a record and Save do."""

    historyRequested = Signal(str)  # a record ref ("" = the whole case)

    def __init__(
        self,
        session: CaseSession,
        *,
        title: str,
        hint: str,
        records: Callable[[Case], Sequence[T]],
        columns: Sequence[Column[T]] = (),
        sort_key: Callable[[T], Any] = ref_of,
        model: RecordsModel[T] | None = None,
        widths: Sequence[int] = (),
        stretch: int | None = None,
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.records_of = records
        self.outer = QHBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        main = QWidget()
        self.main_layout = layout = QVBoxLayout(main)
        layout.setContentsMargins(20, 16, 20, 16)
        self.head = QHBoxLayout()
        self.head.addWidget(label(title, "title"), 1)
        self.delete_button = QPushButton(QCoreApplication.translate("RecordListView", "Delete…"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "RecordListView", "Delete the selected record (Del); Ctrl+Z undoes it"
            )
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(
            QCoreApplication.translate("RecordListView", "Change history…")
        )
        self.history_button.setToolTip(
            QCoreApplication.translate(
                "RecordListView", "Every change to the selected record, with undo"
            )
        )
        self.history_button.clicked.connect(self.request_history)
        self.head.addWidget(self.delete_button)
        self.head.addWidget(self.history_button)
        layout.addLayout(self.head)
        layout.addWidget(label(hint, "hint"))

        if model is None:
            model = RecordsModel(columns, sort_key=sort_key)
        model.setParent(self)
        self.model: RecordsModel[T] = model
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()  # fixed widths: sizing to contents is slow
        header.setMinimumSectionSize(60)
        if widths:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(title)
        self.table.doubleClicked.connect(self.open_row)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        on_keys(self.table, [QKeySequence.StandardKey.Delete, "Backspace"], self.delete_selected)
        on_keys(self.table, ["Return", "Enter"], lambda: self.open_row(self.table.currentIndex()))
        layout.addWidget(self.table, 1)
        self.empty = label(empty_text, "hint")
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        self.message = label("", "error")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.outer.addWidget(main, 1)
        self.confirm: QMessageBox | None = None  # the open "delete?" question
        self.shaded: tuple[str, ...] = ()  # refs of the records a finding rests on
        self._side: QWidget | None = None
        self._opening = False

    def _connect_case(self) -> None:
        """Called by the subclass once its form exists; while the view is
        hidden it catches up when shown (see `CaseSession.follow`)."""
        self.session.follow(self, self.show_case)
        if self.session.case is not None:  # views are built on first use, after the case opened
            self.show_case(self.session.case)

    # --- for the subclass ------------------------------------------------------------
    def build_side(self) -> QWidget:
        raise NotImplementedError

    def start_new(self) -> None:
        """Empty the form for a new record."""
        raise NotImplementedError

    def load(self, record: T) -> None:
        """Fill the form with ``record`` to change it."""
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def case_shown(self, case: Case) -> None:
        """The case changed: refresh what the form lists (people, evidence)."""

    def fill_model(self, case: Case) -> None:
        """Give the table the case's records."""
        self.model.set_records(self.records_of(case))

    def refusal(self, record: T) -> str:
        """Why ``record`` cannot be deleted now ("" = it can: ask first)."""
        return ""

    # --- the side form ----------------------------------------------------------------
    @property
    def side(self) -> QWidget:
        if self._side is None:
            self._side = self.build_side()
            self.outer.addWidget(self._side)
        return self._side

    def showEvent(self, event: QShowEvent) -> None:
        # History… shows only where the window wired it to the history panel
        wired = self.isSignalConnected(QMetaMethod.fromSignal(self.historyRequested))
        self.history_button.setVisible(wired)
        super().showEvent(event)

    def side_shown(self) -> bool:
        return self._side is not None and self._side.isVisibleTo(self)

    def add(self) -> None:
        if self.session.case is None:
            return
        self.start_new()
        self.side.setVisible(True)

    def open_row(self, index: QModelIndex) -> None:
        """Show the record in the form, selected in the table (so Delete and
        History act on what the form shows)."""
        record = self.model.record(index.row()) if index.isValid() else None
        if record is None:
            return
        self._opening = True
        self.table.selectRow(index.row())
        self._opening = False
        self.load(record)
        self.side.setVisible(True)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.delete_button.setEnabled(current.isValid())
        if self.side_shown() and not self._opening:
            self.open_row(current)

    # --- the table ------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        chosen = self.selected()
        self.fill_model(case)
        if chosen is not None:
            self.reselect(self.ref(chosen))
        if self.shaded:
            self.highlight(self.shaded)  # a new list keeps the finding's shading
        self.delete_button.setEnabled(self.selected() is not None)
        self.empty.setVisible(self.model.rowCount() == 0 and bool(self.empty.text()))
        self.case_shown(case)

    def reselect(self, ref: str) -> None:
        """Select the record ``ref`` names again after the list was rebuilt
        (the form keeps what it shows)."""
        for row, record in enumerate(self.model.records()):
            if self.ref(record) == ref:
                self._opening = True
                self.table.selectRow(row)
                self._opening = False
                return

    def selected(self) -> T | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def ref(self, record: T) -> str:
        return ref_of(record)

    def request_history(self) -> None:
        record = self.selected()
        self.historyRequested.emit(self.ref(record) if record is not None else "")

    def highlight(self, refs: Sequence[str]) -> None:
        self.shaded = tuple(refs)
        wanted = set(refs)
        self.model.highlight(
            {row for row, record in enumerate(self.model.records()) if self.ref(record) in wanted}
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- deleting -----------------------------------------------------------------------
    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or self.session.case_id is None:
            return
        refused = self.refusal(record)
        self.show_message(refused)
        if refused:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RecordListView", "Delete this record?"),
            QCoreApplication.translate(
                "RecordListView", "Delete the selected record? Ctrl+Z brings it back."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._confirmed(record, result))
        self.confirm = box
        box.open()  # not modal to the event loop: the GUI keeps running

    def _confirmed(self, record: T, result: int) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes:
            self.delete(record)

    def delete(self, record: T) -> None:
        """Delete through the session (the writer); a record others still
        name is refused with the service's message."""
        self.session.delete_record(
            self.ref(record),
            done=lambda _ref: self._deleted(record),
            error=lambda exc: self.show_message(error_text(exc)),
        )

    def _deleted(self, record: T) -> None:
        self.show_message("")
        self.deleted(record)

    def deleted(self, record: T) -> None:
        """``record`` is gone: a form still showing it starts anew."""


class RecordForm(QWidget):
    """An inline side form: a heading, the fields, Save and New, and a line
    for what went wrong. Enter in a one-line field saves; Esc starts anew."""

    def __init__(
        self,
        heading: str,
        fields: dict[str, Field],
        save: Callable[[], None],
        new: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        form = QVBoxLayout(self)
        form.setContentsMargins(0, 16, 20, 16)
        self.heading = label(heading, "subtitle")
        form.addWidget(self.heading)
        for field in fields.values():
            form.addWidget(field)
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("RecordListView", "Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(save)
        self.new_button = QPushButton(QCoreApplication.translate("RecordListView", "New"))
        self.new_button.clicked.connect(new)
        row.addWidget(self.save_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        form.addLayout(row)
        self.error = label("", "error")
        form.addWidget(self.error)
        form.addStretch(1)
        self.setFixedWidth(360)
        enter_saves(list(fields.values()), save)
        on_keys(self, ["Esc"], new)

    def set_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key))


class FormListView(RecordListView[T]):
    """A record list with its inline form always beside it (People, Tasks);
    ``headings``: the form's heading for a new record and for a change."""

    def __init__(self, session: CaseSession, headings: tuple[str, str], **kwargs: Any) -> None:
        super().__init__(session, **kwargs)
        self.editing: T | None = None
        self.headings = headings
        self.form = RecordForm(headings[0], self.build_fields(), self.save, self.start_new)
        self.fields = self.form.fields
        self.save_button = self.form.save_button
        self.new_button = self.form.new_button
        self.error = self.form.error
        self.heading = self.form.heading
        self._side = self.form
        self.outer.addWidget(self.form)
        self._connect_case()

    def build_side(self) -> QWidget:
        return self.form

    # --- for the subclass --------------------------------------------------------------
    def build_fields(self) -> dict[str, Field]:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def fill(self, record: T) -> None:
        raise NotImplementedError

    def read(self) -> tuple[T | None, dict[str, str]]:
        raise NotImplementedError

    def before_store(self, record: T, then: Callable[[T], None]) -> None:
        """A last step before saving (e.g. saving a newly named person)."""
        then(record)

    # --- the flow -------------------------------------------------------------------------
    def deleted(self, record: T) -> None:
        if self.editing is not None and self.ref(self.editing) == self.ref(record):
            self.start_new()

    def start_new(self) -> None:
        self.editing = None
        self.heading.setText(self.headings[0])
        self.clear()
        self.form.set_errors({})
        self.error.setText("")

    def load(self, record: T) -> None:
        self.start_new()
        self.editing = record
        self.heading.setText(self.headings[1])
        self.fill(record)

    def save(self) -> None:
        record, errors = self.read()
        self.form.set_errors(errors)
        if record is None:
            return
        self.save_button.setEnabled(False)
        self.before_store(record, self._store)

    def _store(self, record: T) -> None:
        self.session.save_record(record, done=self._saved, error=self._failed)

    def _saved(self, _record: T) -> None:
        self.save_button.setEnabled(True)
        self.table.selectionModel().clear()  # the selection and the current row
        self.delete_button.setEnabled(False)
        self.start_new()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
