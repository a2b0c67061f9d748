"""人员 People: the managers, HR staff, colleagues and witnesses the records
name — for which side they act, their role, and their chat accounts."""

from __future__ import annotations

import dataclasses

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

from caseapp.domain.model import Case, Person
from caseapp.domain.vocab import Party
from caseapp.ui import words
from caseapp.ui.records_model import RecordRole, RecordsModel
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, label


class PeopleView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: Person | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("People"), "title"))
        left.addWidget(
            label(
                self.tr("Who said or did what: name them once, pick them in every record."),
                "hint",
            )
        )
        self.model: RecordsModel[Person] = RecordsModel(
            [
                (lambda: QCoreApplication.translate("PeopleView", "Name"), lambda p: p.name),
                (
                    lambda: QCoreApplication.translate("PeopleView", "Side"),
                    lambda p: words.vocab_label("party", str(p.party)),
                ),
                (lambda: QCoreApplication.translate("PeopleView", "Role"), lambda p: p.role or ""),
                (
                    lambda: QCoreApplication.translate("PeopleView", "Accounts"),
                    lambda p: ", ".join(p.accounts),
                ),
                (lambda: QCoreApplication.translate("PeopleView", "In records"), self._uses),
            ],
            sort_key=lambda p: p.name,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("People"))
        self.table.doubleClicked.connect(self._edit_row)
        left.addWidget(self.table, 1)
        outer.addLayout(left, 1)

        form = QVBoxLayout()
        self.heading = label(self.tr("Add a person"), "subtitle")
        form.addWidget(self.heading)
        self.name = QLineEdit()
        self.party = QComboBox()
        for party in Party:
            self.party.addItem(words.vocab_label("party", party.value), party.value)
        self.role = QLineEdit()
        self.accounts = QLineEdit()
        self.fields = {
            "name": Field(
                self.tr("Name"), self.name, self.tr('Or how you call them: "Manager Wang".')
            ),
            "party": Field(self.tr("Acts for"), self.party, self.tr("The side they speak for.")),
            "role": Field(
                self.tr("Role (optional)"), self.role, self.tr("e.g. project manager, HR.")
            ),
            "accounts": Field(
                self.tr("Accounts (optional)"),
                self.accounts,
                self.tr("WeChat or DingTalk IDs, comma-separated."),
            ),
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

    def _uses(self, person: Person) -> str:
        case = self.session.case
        if case is None:
            return ""
        n = sum(1 for i in case.incidents if i.actor == person.id)
        n += sum(1 for t in case.tasks if t.assigned_by == person.id)
        return str(n) if n else ""

    def show_case(self, case: Case) -> None:
        self.model.set_records(case.people)

    def start_new(self) -> None:
        self.editing = None
        self.heading.setText(self.tr("Add a person"))
        for edit in (self.name, self.role, self.accounts):
            edit.clear()
        self.party.setCurrentIndex(self.party.findData(Party.EMPLOYER.value))
        self.error.setText("")

    def _edit_row(self, index: QModelIndex) -> None:
        person = self.model.index(index.row(), 0).data(RecordRole)
        if person is None:
            return
        self.editing = person
        self.heading.setText(self.tr("Change this person"))
        self.name.setText(person.name)
        self.party.setCurrentIndex(self.party.findData(str(person.party)))
        self.role.setText(person.role or "")
        self.accounts.setText(", ".join(person.accounts))

    def save(self) -> None:
        name = self.name.text().strip()
        self.fields["name"].set_error(None if name else self.tr("Write a name or a role."))
        if not name:
            return
        accounts = tuple(
            a.strip() for a in self.accounts.text().replace("，", ",").split(",") if a.strip()
        )
        base = self.editing or Person(id="", name=name, party=Party.EMPLOYER)
        person = dataclasses.replace(
            base,
            name=name,
            party=Party(self.party.currentData()),
            role=self.role.text().strip() or None,
            accounts=accounts,
        )
        self.save_button.setEnabled(False)
        self.session.save_record(person, done=self._saved, error=self._failed)

    def _saved(self, _person: Person) -> None:
        self.save_button.setEnabled(True)
        self.start_new()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
