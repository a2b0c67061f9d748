"""申请仲裁时需要的信息: the parties' details an arbitration application asks
for (劳动人事争议仲裁办案规则 art. 29) — the worker's gender, birth date, ID
number, addresses and phone; each company's credit code, addresses, city,
legal representative with title, phone and union — in a section the create
form keeps folded, so a worker in a hurry never sees it.

Each field says where to find it. The ID number and the credit code are
checked as they are typed, and a failed check is a warning under the field,
never a refusal: documents from Hong Kong, Macau, Taiwan and abroad differ.
Gender and birth date are proposed from an 18-digit ID number only while
those fields are empty (or still hold the proposal), and the proposal is said
in words next to them, so nothing is stored that the worker did not see.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.casework import ids
from caseapp.domain.model import Organisation, Worker
from caseapp.domain.vocab import Gender
from caseapp.ui import words
from caseapp.ui.clock import computer_today
from caseapp.ui.formparse import read_date
from caseapp.ui.widgets import Field, label

WORKER_KEYS = ("id_number", "gender", "birth_date", "phone", "address", "service_address")
ORG_KEYS = ("credit_code", "address", "service_address", "city", "legal_representative",
            "representative_title", "phone", "union")  # fmt: skip
TITLES = ("法定代表人", "负责人")  # stored in Chinese: the application prints them as written


def _warning_line(field: Field) -> Any:
    """A warning under a field's editor: a check to make, not an error."""
    line = label("", "warning")
    line.setVisible(False)
    layout = field.layout()
    assert layout is not None
    layout.addWidget(line)
    return line


def _heading(text: str) -> QWidget:
    """A group's heading under a thin rule, so it does not read as one more field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(4)
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setStyleSheet("color: #D0D4DA;")
    layout.addWidget(rule)
    layout.addWidget(label(text, "subtitle"))
    return box


def _set_warning(line: Any, text: str | None) -> None:
    line.setText(text or "")
    line.setVisible(bool(text))


def _choice(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def id_warning(problem: str | None) -> str | None:
    """The words for an ID-number check that failed; None when it passed."""
    texts = {
        "not_mainland_form": QCoreApplication.translate(
            "PartyDetails",
            "This is not an 18-digit mainland ID number. If your document is from Hong Kong, "
            "Macau, Taiwan or abroad, that is fine; otherwise check it against your ID card.",
        ),
        "bad_birth_date": QCoreApplication.translate(
            "PartyDetails",
            "Digits 7 to 14 are not a date of birth. Check the number against your ID card.",
        ),
        "bad_check_digit": QCoreApplication.translate(
            "PartyDetails",
            "The last character does not match the other 17: one of them may be mistyped. "
            "Check it against your ID card (documents from Hong Kong, Macau, Taiwan and abroad "
            "differ).",
        ),
    }
    return None if problem is None else texts[problem]


def credit_warning(problem: str | None) -> str | None:
    """The words for a credit-code check that failed; None when it passed."""
    texts = {
        "not_18": QCoreApplication.translate(
            "PartyDetails",
            "A unified social credit code has 18 characters. Check it in the National "
            "Enterprise Credit Information Publicity System (国家企业信用信息公示系统).",
        ),
        "bad_character": QCoreApplication.translate(
            "PartyDetails",
            "A credit code never uses the letters I, O, S, V or Z: an O may be a 0, an I a 1. "
            "Check it in the publicity system.",
        ),
        "bad_check_character": QCoreApplication.translate(
            "PartyDetails",
            "The last character does not match the other 17: one of them may be mistyped. "
            "Check it in the publicity system (国家企业信用信息公示系统).",
        ),
    }
    return None if problem is None else texts[problem]


class OrganisationDetails(QWidget):
    """The details of one company (the employer, or the client)."""

    def __init__(self, who: str, cities: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText("91330106MA2XXXXXXX")
        self.address = QLineEdit()
        self.service_address = QLineEdit()
        self.city = QComboBox()
        self.city.addItem(self.tr("Not filled in"), None)
        for code, name in cities:
            if code != "other":
                self.city.addItem(name, code)
        self.legal_representative = QLineEdit()
        self.representative_title = QComboBox()
        self.representative_title.addItem(self.tr("Not filled in"), None)
        self.representative_title.addItem(self.tr("Legal representative (法定代表人)"), TITLES[0])
        self.representative_title.addItem(
            self.tr("Head of a branch (负责人, for a 分公司)"), TITLES[1]
        )
        self.phone = QLineEdit()
        self.union = QComboBox()
        self.union.addItem(self.tr("Not sure"), None)
        self.union.addItem(self.tr("Yes, it has a union"), True)
        self.union.addItem(self.tr("No union"), False)
        self.fields: dict[str, Field] = {
            "credit_code": Field(
                self.tr("Unified social credit code"),
                self.credit_code,
                self.tr(
                    "18 characters, on the contract, a payslip or the business licence; or "
                    "search the name in 国家企业信用信息公示系统 (www.gsxt.gov.cn)."
                ),
            ),
            "address": Field(
                self.tr("Registered address (住所)"),
                self.address,
                self.tr("As on the business licence or in the publicity system."),
            ),
            "service_address": Field(
                self.tr("Address for papers (通讯地址)"),
                self.service_address,
                self.tr("Where papers reach the company, e.g. the office you reported to."),
            ),
            "city": Field(
                self.tr("City where it is located"),
                self.city,
                self.tr("You may apply where the company is located or where you work."),
            ),
            "legal_representative": Field(
                self.tr("Legal representative"),
                self.legal_representative,
                self.tr("The 法定代表人 named in the publicity system; for a branch, its 负责人."),
            ),
            "representative_title": Field(
                self.tr("Their title"),
                self.representative_title,
                self.tr("A branch (分公司) has a 负责人 instead of a legal representative."),
            ),
            "phone": Field(
                self.tr("Phone"),
                self.phone,
                self.tr("The company's switchboard or HR number."),
            ),
            "union": Field(
                self.tr("Trade union"),
                self.union,
                self.tr(
                    "Whether the company has a trade union (工会); leave it if you are not sure."
                ),
            ),
        }
        for field in self.fields.values():  # "用人单位：电话" for a screen reader
            field.editor.setAccessibleName(
                self.tr("%1: %2").replace("%1", who).replace("%2", field.caption.text())
            )
        self.credit_warning = _warning_line(self.fields["credit_code"])
        self.credit_code.editingFinished.connect(self.check)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addWidget(_heading(who), 0, 0, 1, 2)
        for i, key in enumerate(ORG_KEYS):
            grid.addWidget(self.fields[key], 1 + i // 2, i % 2, Qt.AlignmentFlag.AlignTop)

    def load(self, org: Organisation | None) -> None:
        org = org or Organisation(name="")
        self.credit_code.setText(org.credit_code or "")
        self.address.setText(org.address or "")
        self.service_address.setText(org.service_address or "")
        if org.city and self.city.findData(org.city) < 0:
            self.city.addItem(org.city, org.city)  # a key this law data does not know: kept
        _choice(self.city, org.city)
        self.legal_representative.setText(org.legal_representative or "")
        title = org.representative_title
        if title and self.representative_title.findData(title) < 0:
            self.representative_title.addItem(title, title)  # typed elsewhere: kept
        _choice(self.representative_title, title)
        self.phone.setText(org.phone or "")
        _choice(self.union, org.union)
        self.check()

    def check(self) -> None:
        """Show (or clear) the credit code's warning."""
        _set_warning(
            self.credit_warning, credit_warning(ids.credit_code_problem(self.credit_code.text()))
        )

    def values(self) -> dict[str, Any]:
        """The Organisation keyword values (None where empty)."""
        code = self.credit_code.text().strip()
        if code and ids.credit_code_problem(code) is None:
            code = ids.normalise(code)

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "credit_code": code or None,
            "address": text(self.address),
            "service_address": text(self.service_address),
            "city": self.city.currentData(),
            "legal_representative": text(self.legal_representative),
            "representative_title": self.representative_title.currentData(),
            "phone": text(self.phone),
            "union": self.union.currentData(),
        }

    def apply(self, org: Organisation) -> Organisation:
        return dataclasses.replace(org, **self.values())


class PartyDetails(QWidget):
    """The folded section: a toggle, a one-line note, and the three parties."""

    def __init__(self, cities: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(4)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Details for an arbitration application (optional)"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self.set_open)
        outer.addWidget(self.toggle)
        self.note = label(
            self.tr(
                "Not needed to start. An arbitration application asks for them; fill them in "
                "now or later in Case settings."
            ),
            "hint",
        )
        outer.addWidget(self.note)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 4, 0, 0)
        body.setSpacing(12)
        outer.addWidget(self.body)
        self._build_worker(body)
        self.employer = OrganisationDetails(self.tr("Employer"), cities)
        self.client = OrganisationDetails(self.tr("Where you actually work"), cities)
        body.addWidget(self.employer)
        body.addWidget(self.client)
        self._proposed: tuple[Gender | None, dt.date | None] = (None, None)
        self.id_number.textChanged.connect(self._propose_from_id)
        self.id_number.editingFinished.connect(self.check)
        self.body.setVisible(False)

    def _build_worker(self, body: QVBoxLayout) -> None:
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText("110105199001011234")
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Not filled in"), None)
        for gender in Gender:
            self.gender.addItem(words.vocab_label("gender", gender.value), gender.value)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText("1990-01-01")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("13800000000")
        self.address = QLineEdit()
        self.service_address = QLineEdit()
        # the two questions that decide 主体资格 for part-time and platform work
        # (issue 15): "not answered" until she answers
        self.student = QComboBox()
        self.pensioner = QComboBox()
        for box in (self.student, self.pensioner):
            box.addItem(self.tr("Not answered"), None)
            box.addItem(self.tr("Yes"), True)
            box.addItem(self.tr("No"), False)
        self.fields: dict[str, Field] = {
            "id_number": Field(
                self.tr("Your ID number"),
                self.id_number,
                self.tr("On your ID card (居民身份证), or the number of the document you use."),
            ),
            "phone": Field(
                self.tr("Your phone"),
                self.phone,
                self.tr("A number where the arbitration commission can reach you."),
            ),
            "gender": Field(
                self.tr("Gender"),
                self.gender,
                self.tr("Proposed from an 18-digit ID number; check it."),
            ),
            "birth_date": Field(
                self.tr("Date of birth"),
                self.birth_date,
                self.tr("Year-month-day; proposed from an 18-digit ID number."),
            ),
            "address": Field(
                self.tr("Your address (住所)"),
                self.address,
                self.tr("As on your ID card (户籍地), or where you have lived for a year or more."),
            ),
            "service_address": Field(
                self.tr("Address for papers (通讯地址)"),
                self.service_address,
                self.tr(
                    "Where the commission's papers reach you: where you can sign for post now."
                ),
            ),
            "student": Field(
                self.tr("A full-time student while doing this work?"),
                self.student,
                self.tr("A student's spare-time work is not employment (劳部发〔1995〕309号)."),
            ),
            "pensioner": Field(
                self.tr("Drawing a basic pension?"),
                self.pensioner,
                self.tr(
                    "Work while drawing a pension is a service relationship (法释〔2020〕26号)."
                ),
            ),
        }
        self.id_warning = _warning_line(self.fields["id_number"])
        self.proposal = label("", "warning")
        self.proposal.setVisible(False)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(_heading(self.tr("You")), 0, 0, 1, 2)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.fields["id_number"], 1, 0, top)
        grid.addWidget(self.fields["phone"], 1, 1, top)
        grid.addWidget(self.fields["gender"], 2, 0, top)
        grid.addWidget(self.fields["birth_date"], 2, 1, top)
        grid.addWidget(self.proposal, 3, 0, 1, 2)  # under what it speaks of
        grid.addWidget(self.fields["address"], 4, 0, top)
        grid.addWidget(self.fields["service_address"], 4, 1, top)
        grid.addWidget(self.fields["student"], 5, 0, top)
        grid.addWidget(self.fields["pensioner"], 5, 1, top)
        body.addLayout(grid)

    # --- showing ---------------------------------------------------------------

    def set_open(self, on: bool) -> None:
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def set_client_shown(self, shown: bool) -> None:
        self.client.setVisible(shown)

    def all_fields(self) -> list[Field]:
        return [*self.fields.values(), *self.employer.fields.values(), *self.client.fields.values()]

    # --- the ID number's proposal and the checks -------------------------------

    def _propose_from_id(self) -> None:
        """Fill gender and birth date from an 18-digit ID number while they are
        empty or still hold the last proposal; say so next to them."""
        text = self.id_number.text()
        gender, born = ids.gender_of(text), ids.birth_date_of(text)
        if born is not None and ids.id_number_problem(text) == "bad_birth_date":
            gender, born = None, None
        last_gender, last_born = self._proposed
        filled: list[object] = []
        current_gender = self.gender.currentData()
        if gender is not None and current_gender in (None, last_gender and last_gender.value):
            _choice(self.gender, gender.value)
            filled.append(gender)
        current_born = self.birth_date.text().strip()
        if born is not None and current_born in ("", last_born.isoformat() if last_born else ""):
            self.birth_date.setText(born.isoformat())
            filled.append(born)
        if gender is None and born is None:
            # no longer an ID number: take back what was only proposed
            if last_gender is not None and current_gender == last_gender.value:
                _choice(self.gender, None)
            if last_born is not None and current_born == last_born.isoformat():
                self.birth_date.clear()
        self._proposed = (gender, born)
        _set_warning(
            self.proposal,
            self.tr("Gender and date of birth were filled in from the ID number: check them.")
            if filled
            else None,
        )
        self._check_against_id()

    def _check_against_id(self) -> None:
        """A gender or birth date the worker chose that the ID number contradicts."""
        text = self.id_number.text()
        gender, born = ids.gender_of(text), ids.birth_date_of(text)
        if ids.id_number_problem(text) is not None:
            return
        chosen_gender = self.gender.currentData()
        chosen_born, _ = (
            read_date(self.birth_date.text()) if self.birth_date.text().strip() else (None, None)
        )
        if (gender and chosen_gender and chosen_gender != gender.value) or (
            born and chosen_born and chosen_born != born
        ):
            _set_warning(
                self.proposal,
                self.tr(
                    "The ID number gives %1; what you entered differs. Check which is right."
                ).replace(
                    "%1",
                    f"{words.vocab_label('gender', gender.value) if gender else ''} "
                    f"{born.isoformat() if born else ''}".strip(),
                ),
            )

    def check(self) -> None:
        """Show (or clear) every warning of the section."""
        _set_warning(self.id_warning, id_warning(ids.id_number_problem(self.id_number.text())))
        self._check_against_id()
        self.employer.check()
        self.client.check()

    def warnings(self) -> list[str]:
        """The warnings shown now (for tests and for the save message)."""
        lines = [self.id_warning, self.proposal, self.employer.credit_warning,
                 self.client.credit_warning]  # fmt: skip
        return [w.text() for w in lines if w.text()]

    # --- reading and loading ---------------------------------------------------

    def load(self, worker: Worker, employer: Organisation, client: Organisation | None) -> None:
        self.id_number.blockSignals(True)
        self.id_number.setText(worker.id_number or "")
        self.id_number.blockSignals(False)
        _choice(self.gender, worker.gender.value if worker.gender else None)
        self.birth_date.setText(worker.birth_date.isoformat() if worker.birth_date else "")
        self._proposed = (None, None)
        _set_warning(self.proposal, None)
        self.phone.setText(worker.phone or "")
        self.address.setText(worker.address or "")
        self.service_address.setText(worker.service_address or "")
        _choice(self.student, worker.student)
        _choice(self.pensioner, worker.pensioner)
        self.employer.load(employer)
        self.client.load(client)
        for field in self.all_fields():
            field.set_error(None)
        self.check()

    def read(self, today: dt.date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
        """The Worker keyword values of the section, and errors by field (only a
        birth date that cannot be one: every check of a number is a warning)."""
        errors: dict[str, str] = {}
        born: dt.date | None = None
        if self.birth_date.text().strip():
            born, problem = read_date(self.birth_date.text())
            if problem:
                errors["birth_date"] = problem
            elif born is not None and not (
                dt.date(1900, 1, 1) <= born <= (today or computer_today())
            ):
                errors["birth_date"] = self.tr("A date of birth lies between 1900 and today.")
                born = None
        number = self.id_number.text().strip()
        if number and ids.id_number_problem(number) in (None, "bad_check_digit"):
            number = ids.normalise(number)  # 18 characters: spaces out, x as X
        gender = self.gender.currentData()
        values = {
            "id_number": number or None,
            "gender": Gender(gender) if gender else None,
            "birth_date": born,
            "phone": self.phone.text().strip() or None,
            "address": self.address.text().strip() or None,
            "service_address": self.service_address.text().strip() or None,
            "student": self.student.currentData(),
            "pensioner": self.pensioner.currentData(),
        }
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if errors:
            self.set_open(True)
        self.check()
        return values, errors

    def apply_worker(self, worker: Worker, values: dict[str, Any]) -> Worker:
        return dataclasses.replace(worker, **values)
