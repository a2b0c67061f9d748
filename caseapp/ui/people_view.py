"""人员 People: the managers, HR staff, colleagues and witnesses the records
name — for which side they act, their role, and their chat accounts; and,
for a company named here (an agency, a contractor), its unified social credit
code and address, checked with a warning that never blocks saving."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.casework import ids
from caseapp.domain.model import Person
from caseapp.domain.vocab import Party
from caseapp.ui import words
from caseapp.ui.party_details import _set_warning, _warning_line, credit_warning
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
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText("91330106MA2XXXXXXX")
        self.credit_code.editingFinished.connect(self.check)
        self.address = QLineEdit()
        fields = {
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
            "credit_code": Field(
                self.tr("Credit code, for a company (optional)"),
                self.credit_code,
                self.tr("18 characters; search the name in 国家企业信用信息公示系统."),
            ),
            "address": Field(
                self.tr("Address (optional)"),
                self.address,
                self.tr("Where papers reach them, if the application names them."),
            ),
        }
        self.credit_warning = _warning_line(fields["credit_code"])
        return fields

    def check(self) -> None:
        """Show (or clear) the credit code's warning: a check to make, never a refusal."""
        problem = ids.credit_code_problem(self.credit_code.text())
        _set_warning(self.credit_warning, credit_warning(problem))

    def _uses(self, person: Person) -> str:
        case = self.session.case
        if case is None:
            return ""
        n = sum(1 for i in case.incidents if i.actor == person.id)
        n += sum(1 for t in case.tasks if t.assigned_by == person.id)
        return str(n) if n else ""

    def clear(self) -> None:
        for edit in (self.name, self.role, self.accounts, self.credit_code, self.address):
            edit.clear()
        self.check()
        self.party.setCurrentIndex(self.party.findData(Party.EMPLOYER.value))

    def fill(self, person: Person) -> None:
        self.name.setText(person.name)
        self.party.setCurrentIndex(self.party.findData(str(person.party)))
        self.role.setText(person.role or "")
        self.accounts.setText(", ".join(person.accounts))
        self.credit_code.setText(person.credit_code or "")
        self.address.setText(person.address or "")
        self.check()

    def read(self) -> tuple[Person | None, dict[str, str]]:
        name = self.name.text().strip()
        if not name:
            return None, {"name": self.tr("Write a name or a role.")}
        accounts = tuple(
            a.strip() for a in self.accounts.text().replace("，", ",").split(",") if a.strip()
        )
        code = self.credit_code.text().strip()
        if code and ids.credit_code_problem(code) is None:
            code = ids.normalise(code)  # a valid code as the register writes it
        self.check()
        base = self.editing or Person(id="", name=name, party=Party.EMPLOYER)
        person = dataclasses.replace(
            base,
            name=name,
            party=Party(self.party.currentData()),
            role=self.role.text().strip() or None,
            accounts=accounts,
            credit_code=code or None,
            address=self.address.text().strip() or None,
        )
        return person, {}
