"""任务 Tasks: the work actually given while on standby (or none), with who
assigned it; a small form beside the list to add or change one."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from caseapp.domain.model import Case, Task
from caseapp.domain.vocab import Party
from caseapp.ui.record_list import FormListView, read_span
from caseapp.ui.session import CaseSession
from caseapp.ui.who_box import WhoBox
from caseapp.ui.widgets import Field


class TasksView(FormListView[Task]):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=self.tr("Tasks"),
            hint=self.tr(
                "Work you were actually given, and by whom. Weeks with nothing assigned "
                "matter too: they show the standby."
            ),
            headings=(self.tr("Add a task"), self.tr("Change this task")),
            records=lambda case: case.tasks,
            columns=[
                (lambda: self.tr("Assigned on"), lambda t: t.assigned_on.isoformat()),
                (lambda: self.tr("Task"), lambda t: t.title),
                (lambda: self.tr("By"), self._by),
                (lambda: self.tr("Project"), lambda t: t.project or ""),
                (
                    lambda: self.tr("Done on"),
                    lambda t: t.completed_on.isoformat() if t.completed_on else "",
                ),
            ],
            sort_key=lambda t: (t.assigned_on, t.id),
            widths=(100, 260, 110, 120, 100),
            stretch=1,
            parent=parent,
        )

    def build_fields(self) -> dict[str, Field]:
        self.assigned_on = QLineEdit(self.session.clock.today().isoformat())
        self.title = QLineEdit()
        self.by = WhoBox()
        self.project = QLineEdit()
        self.completed_on = QLineEdit()
        return {
            "assigned_on": Field(
                self.tr("Assigned on"), self.assigned_on, self.tr("Year-month-day.")
            ),
            "title": Field(self.tr("What the task was"), self.title, self.tr("In a few words.")),
            "by": Field(self.tr("Assigned by (optional)"), self.by, self.tr("A name or a role.")),
            "project": Field(self.tr("Project (optional)"), self.project, ""),
            "completed_on": Field(self.tr("Done on (optional)"), self.completed_on, ""),
        }

    def case_shown(self, case: Case) -> None:
        self.by.fill(case, keep_text=True)

    def _by(self, task: Task) -> str:
        case = self.session.case
        for person in case.people if case else ():
            if person.id == task.assigned_by:
                return person.name
        return ""

    def clear(self) -> None:
        self.assigned_on.setText(self.session.clock.today().isoformat())
        for edit in (self.title, self.project, self.completed_on):
            edit.clear()
        self.by.setCurrentIndex(0)

    def fill(self, task: Task) -> None:
        self.assigned_on.setText(task.assigned_on.isoformat())
        self.title.setText(task.title)
        self.by.select(task.assigned_by)
        self.project.setText(task.project or "")
        self.completed_on.setText(task.completed_on.isoformat() if task.completed_on else "")

    def read(self) -> tuple[Task | None, dict[str, str]]:
        errors: dict[str, str] = {}
        assigned, done = read_span(
            ("assigned_on", self.assigned_on.text()),
            ("completed_on", self.completed_on.text()),
            self.tr("It cannot be done before it was given."),
            errors,
        )
        if not self.title.text().strip():
            errors["title"] = self.tr("Write what the task was.")
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

    def before_store(self, task: Task, then: Callable[[Task], None]) -> None:
        """A new name under "assigned by" becomes a person (for the client)."""
        self.by.resolve(
            self.session,
            Party.CLIENT,
            lambda person_id: then(dataclasses.replace(task, assigned_by=person_id)),
            self._failed,
        )
