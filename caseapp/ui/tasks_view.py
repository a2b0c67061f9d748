"""任务 Tasks: the work actually given while on standby (or none), with who
assigned it; a small form beside the list to add or change one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Case, Task
from caseapp.ui.formparse import read_date
from caseapp.ui.records_model import RecordRole, RecordsModel
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, label


class TasksView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: Task | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Tasks"), "title"))
        left.addWidget(
            label(
                self.tr(
                    "Work you were actually given, and by whom. Weeks with nothing assigned "
                    "matter too: they show the standby."
                ),
                "hint",
            )
        )
        self.model: RecordsModel[Task] = RecordsModel(
            [
                (
                    lambda: QCoreApplication.translate("TasksView", "Assigned on"),
                    lambda t: t.assigned_on.isoformat(),
                ),
                (lambda: QCoreApplication.translate("TasksView", "Task"), lambda t: t.title),
                (lambda: QCoreApplication.translate("TasksView", "By"), self._by),
                (
                    lambda: QCoreApplication.translate("TasksView", "Project"),
                    lambda t: t.project or "",
                ),
                (
                    lambda: QCoreApplication.translate("TasksView", "Done on"),
                    lambda t: t.completed_on.isoformat() if t.completed_on else "",
                ),
            ],
            sort_key=lambda t: (t.assigned_on, t.id),
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()  # fixed widths: sizing to contents is slow
        for column, width in enumerate((100, 260, 110, 120, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Tasks"))
        self.table.doubleClicked.connect(self._edit_row)
        left.addWidget(self.table, 1)
        outer.addLayout(left, 1)

        form = QVBoxLayout()
        self.heading = label(self.tr("Add a task"), "subtitle")
        form.addWidget(self.heading)
        self.assigned_on = QLineEdit(dt.date.today().isoformat())
        self.title = QLineEdit()
        self.by = QComboBox()
        self.by.setEditable(True)
        self.project = QLineEdit()
        self.completed_on = QLineEdit()
        self.fields = {
            "assigned_on": Field(
                self.tr("Assigned on"), self.assigned_on, self.tr("Year-month-day.")
            ),
            "title": Field(self.tr("What the task was"), self.title, self.tr("In a few words.")),
            "by": Field(self.tr("Assigned by (optional)"), self.by, self.tr("A name or a role.")),
            "project": Field(self.tr("Project (optional)"), self.project, ""),
            "completed_on": Field(self.tr("Done on (optional)"), self.completed_on, ""),
        }
        for field in self.fields.values():
            form.addWidget(field)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.start_new)
        row.addWidget(self.save_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        form.addLayout(row)
        self.error = label("", "error")
        form.addWidget(self.error)
        form.addStretch(1)
        box = QWidget()
        box.setLayout(form)
        box.setFixedWidth(340)
        outer.addWidget(box)
        session.caseChanged.connect(self.show_case)
        if session.case is not None:  # views are built on first use, after the case opened
            self.show_case(session.case)

    def _by(self, task: Task) -> str:
        case = self.session.case
        for person in case.people if case else ():
            if person.id == task.assigned_by:
                return person.name
        return ""

    def show_case(self, case: Case) -> None:
        self.model.set_records(case.tasks)
        current = self.by.currentText()
        self.by.clear()
        self.by.addItem("", None)
        for person in case.people:
            self.by.addItem(person.name, person.id)
        self.by.setEditText(current)

    def start_new(self) -> None:
        self.editing = None
        self.heading.setText(self.tr("Add a task"))
        self.assigned_on.setText(dt.date.today().isoformat())
        for edit in (self.title, self.project, self.completed_on):
            edit.clear()
        self.by.setCurrentIndex(0)
        self.error.setText("")

    def _edit_row(self, index: QModelIndex) -> None:
        task = self.model.index(index.row(), 0).data(RecordRole)
        if task is None:
            return
        self.editing = task
        self.heading.setText(self.tr("Change this task"))
        self.assigned_on.setText(task.assigned_on.isoformat())
        self.title.setText(task.title)
        self.by.setCurrentIndex(max(self.by.findData(task.assigned_by), 0))
        self.project.setText(task.project or "")
        self.completed_on.setText(task.completed_on.isoformat() if task.completed_on else "")

    def read(self) -> tuple[Task | None, dict[str, str]]:
        errors: dict[str, str] = {}
        assigned, problem = read_date(self.assigned_on.text())
        if problem:
            errors["assigned_on"] = problem
        done = None
        if self.completed_on.text().strip():
            done, problem = read_date(self.completed_on.text())
            if problem:
                errors["completed_on"] = problem
            elif assigned and done and done < assigned:
                errors["completed_on"] = self.tr("It cannot be done before it was given.")
        if not self.title.text().strip():
            errors["title"] = self.tr("Write what the task was.")
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if errors or assigned is None:
            return None, errors
        base = self.editing or Task(id="", assigned_on=assigned, title="")
        task = dataclasses.replace(
            base,
            assigned_on=assigned,
            title=self.title.text().strip(),
            project=self.project.text().strip() or None,
            completed_on=done,
        )
        return task, {}

    def save(self) -> None:
        task, _errors = self.read()
        if task is None:
            return
        who = self.by.currentText().strip()
        index = self.by.findText(who) if who else -1
        person_id = self.by.itemData(index) if index > 0 else None
        if who and person_id is None:
            from caseapp.domain.model import Person
            from caseapp.domain.vocab import Party

            self.session.save_record(
                Person(id="", name=who, party=Party.CLIENT),
                done=lambda p: self._save(dataclasses.replace(task, assigned_by=p.id)),
                error=self._failed,
            )
        else:
            self._save(dataclasses.replace(task, assigned_by=person_id))

    def _save(self, task: Task) -> None:
        self.save_button.setEnabled(False)
        self.session.save_record(task, done=self._saved, error=self._failed)

    def _saved(self, _task: Task) -> None:
        self.save_button.setEnabled(True)
        self.start_new()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
