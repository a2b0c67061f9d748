"""人员 People: the managers, HR staff, colleagues and witnesses the records
name — for which side they act, their role, and their chat accounts."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.domain.model import Person
from caseapp.domain.vocab import Party
from caseapp.ui import words
from caseapp.ui.record_list import FormListView
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import Field


class PeopleView(FormListView[Person]):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=self.tr("People"),
            hint=self.tr("Who said or did what: name them once, pick them in every record."),
            headings=(self.tr("Add a person"), self.tr("Change this person")),
            records=lambda case: case.people,
            columns=[
                (lambda: self.tr("Name"), lambda p: p.name),
                (lambda: self.tr("Side"), lambda p: words.vocab_label("party", str(p.party))),
                (lambda: self.tr("Role"), lambda p: p.role or ""),
                (lambda: self.tr("Accounts"), lambda p: ", ".join(p.accounts)),
                (lambda: self.tr("In records"), self._uses),
            ],
            sort_key=lambda p: p.name,
            parent=parent,
        )

    def build_fields(self) -> dict[str, Field]:
        self.name = QLineEdit()
        self.party = QComboBox()
        for party in Party:
            self.party.addItem(words.vocab_label("party", party.value), party.value)
        self.role = QLineEdit()
        self.accounts = QLineEdit()
        return {
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

    def _uses(self, person: Person) -> str:
        case = self.session.case
        if case is None:
            return ""
        n = sum(1 for i in case.incidents if i.actor == person.id)
        n += sum(1 for t in case.tasks if t.assigned_by == person.id)
        return str(n) if n else ""

    def clear(self) -> None:
        for edit in (self.name, self.role, self.accounts):
            edit.clear()
        self.party.setCurrentIndex(self.party.findData(Party.EMPLOYER.value))

    def fill(self, person: Person) -> None:
        self.name.setText(person.name)
        self.party.setCurrentIndex(self.party.findData(str(person.party)))
        self.role.setText(person.role or "")
        self.accounts.setText(", ".join(person.accounts))

    def read(self) -> tuple[Person | None, dict[str, str]]:
        name = self.name.text().strip()
        if not name:
            return None, {"name": self.tr("Write a name or a role.")}
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
        return person, {}
