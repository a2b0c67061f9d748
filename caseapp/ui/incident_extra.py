"""The kind-specific fields of an incident (spec: the "extra keys" column):
scope, stated reason, ground, terms, response, subject, new post and city,
assessment period and result, union notified, how many affected, the claims
asserted, the resignation reason, the amount an inspection ordered paid and
by when — only those of the chosen kind are shown."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.domain.model import Incident
from caseapp.domain.vocab import (
    INCIDENT_EXTRA_KEYS,
    AgreementSubject,
    EndGround,
    IncidentKind,
    ResignationReason,
    Response,
    ReturnGround,
    Scope,
    Terms,
)
from caseapp.ui import words
from caseapp.ui.formparse import read_date, read_money
from caseapp.ui.record_list import read_span
from caseapp.ui.widgets import Field

# After the wage claims: the others a written demand can assert (and so
# restart their clock, LDMAL art. 27 ¶2), the endings' claims among them.
OTHER_CLAIMS = (
    "late-wages",
    "no-written-contract",
    "severance-due",
    "unlawful-termination",
    "contract-expiry",
    "objective-change-not-shown",
)
# the Incident fields that belong to one kind or another (emptied when the kind changes)
EXTRA_FIELDS = (
    "scope",
    "stated_reason",
    "ground",
    "terms",
    "terms_text",
    "response",
    "subject",
    "new_post",
    "new_city",
    "period_start",
    "period_end",
    "result",
    "stated_ground_text",
    "union_notified",
    "affected_count",
    "asserts",
    "reason",
    "amount",
    "due_by",
)


def _combo(vocabulary: str, enum: type[StrEnum]) -> QComboBox:
    box = QComboBox()
    box.addItem("—", None)
    for code in enum:
        box.addItem(words.vocab_label(vocabulary, code.value), code.value)
    return box


def _assertable_claims() -> tuple[str, ...]:
    """The claims an incident can assert: the rules' wage claims, then the others.
    Imported when the form is built, not with this module: the rules stay off
    the path to the first paint."""
    from caseapp.rules.calc_deadline import WAGE_CLAIMS

    return (*WAGE_CLAIMS, *OTHER_CLAIMS)


def set_choice(box: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (as text); the blank "—" when none."""
    index = box.findData(None if value is None else str(value))
    box.setCurrentIndex(max(index, 0))


class IncidentExtra(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scope = _combo("scope", Scope)
        self.stated_reason = QLineEdit()
        self.return_ground = _combo("return_ground", ReturnGround)
        self.end_ground = _combo("end_ground", EndGround)
        self.terms = _combo("terms", Terms)
        self.terms_text = QLineEdit()
        self.response = _combo("response", Response)
        self.subject = _combo("agreement_subject", AgreementSubject)
        self.new_post = QLineEdit()
        self.new_city = QLineEdit()
        self.period_start = QLineEdit()
        self.period_end = QLineEdit()
        self.result = QLineEdit()
        self.stated_ground_text = QLineEdit()
        self.union_notified = QComboBox()
        self.union_notified.addItem("—", None)
        self.union_notified.addItem(self.tr("Yes"), True)
        self.union_notified.addItem(self.tr("No"), False)
        self.affected_count = QLineEdit()
        self.reason = _combo("resignation_reason", ResignationReason)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("8004.78")
        self.due_by = QLineEdit()
        self.due_by.setPlaceholderText("2025-07-15")
        self.asserts = QListWidget()
        self.asserts.setMaximumHeight(120)
        for claim in _assertable_claims():
            try:
                title = i18n.text(f"rules.{claim}.title", words.lang())
            except i18n.MissingMessage:
                title = claim
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, claim)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.asserts.addItem(item)
        self.fields: dict[str, Field] = self._build_fields()
        for field in self.fields.values():
            layout.addWidget(field)
        self.kind: IncidentKind = IncidentKind.OTHER
        self.show_for(IncidentKind.OTHER)

    def _build_fields(self) -> dict[str, Field]:
        """Each kind-specific editor with its label and one-line explanation."""
        return {
            "scope": Field(
                self.tr("Who else was affected"), self.scope, self.tr("Only you, or more people?")
            ),
            "stated_reason": Field(
                self.tr("The reason they gave"), self.stated_reason, self.tr("In their words.")
            ),
            "return_ground": Field(self.tr("Ground given for the return"), self.return_ground, ""),
            "end_ground": Field(
                self.tr("Ground given for ending the contract"), self.end_ground, ""
            ),
            "terms": Field(
                self.tr("Compared with before"), self.terms, self.tr("Pay, post and place.")
            ),
            "terms_text": Field(
                self.tr("What they offered"), self.terms_text, self.tr("Amounts and dates.")
            ),
            "response": Field(
                self.tr("How you answered"),
                self.response,
                self.tr("Say no in writing if you do not agree."),
            ),
            "subject": Field(self.tr("What the agreement is about"), self.subject, ""),
            "new_post": Field(self.tr("New post"), self.new_post, ""),
            "new_city": Field(self.tr("New city"), self.new_city, ""),
            "period_start": Field(
                self.tr("Assessed from"), self.period_start, self.tr("Year-month-day.")
            ),
            "period_end": Field(
                self.tr("Assessed to"), self.period_end, self.tr("Year-month-day.")
            ),
            "result": Field(self.tr("Result"), self.result, ""),
            "stated_ground_text": Field(
                self.tr("The ground as written"), self.stated_ground_text, ""
            ),
            "union_notified": Field(
                self.tr("Was the union told?"), self.union_notified, self.tr("If you know.")
            ),
            "affected_count": Field(
                self.tr("How many people affected"),
                self.affected_count,
                self.tr("A number, if known."),
            ),
            "asserts": Field(
                self.tr("What it claims"),
                self.asserts,
                self.tr("Tick the claims it names; only their deadlines restart."),
            ),
            "reason": Field(self.tr("Reason you gave"), self.reason, ""),
            "amount": Field(
                self.tr("Amount ordered paid (yuan)"),
                self.amount,
                self.tr("As written in the order (限期整改指令书 or similar)."),
            ),
            "due_by": Field(
                self.tr("To be paid by"),
                self.due_by,
                self.tr("The date in the order, year-month-day."),
            ),
        }

    def keys_for(self, kind: IncidentKind) -> set[str]:
        keys = set(INCIDENT_EXTRA_KEYS.get(kind, frozenset()))
        if "ground" in keys:
            keys.discard("ground")
            keys.add("return_ground" if kind == IncidentKind.RETURNED_TO_AGENCY else "end_ground")
        return keys

    def show_for(self, kind: IncidentKind) -> None:
        self.kind = kind
        keys = self.keys_for(kind)
        for name, field in self.fields.items():
            field.setVisible(name in keys)
            field.set_error(None)
        self.setVisible(bool(keys))

    def clear(self) -> None:
        for edit in (
            self.stated_reason,
            self.terms_text,
            self.new_post,
            self.new_city,
            self.period_start,
            self.period_end,
            self.result,
            self.stated_ground_text,
            self.affected_count,
            self.amount,
            self.due_by,
        ):
            edit.clear()
        for box in (
            self.scope,
            self.return_ground,
            self.end_ground,
            self.terms,
            self.response,
            self.subject,
            self.union_notified,
            self.reason,
        ):
            box.setCurrentIndex(0)
        for i in range(self.asserts.count()):
            self.asserts.item(i).setCheckState(Qt.CheckState.Unchecked)

    def load(self, incident: Incident) -> None:
        self.clear()
        set_choice(self.scope, incident.scope)
        self.stated_reason.setText(incident.stated_reason or "")
        set_choice(self.return_ground, incident.ground)
        set_choice(self.end_ground, incident.ground)
        set_choice(self.terms, incident.terms)
        self.terms_text.setText(incident.terms_text or "")
        set_choice(self.response, incident.response)
        set_choice(self.subject, incident.subject)
        self.new_post.setText(incident.new_post or "")
        self.new_city.setText(incident.new_city or "")
        self.period_start.setText(
            incident.period_start.isoformat() if incident.period_start else ""
        )
        self.period_end.setText(incident.period_end.isoformat() if incident.period_end else "")
        self.result.setText(incident.result or "")
        self.stated_ground_text.setText(incident.stated_ground_text or "")
        index = self.union_notified.findData(incident.union_notified)
        self.union_notified.setCurrentIndex(
            max(index, 0) if incident.union_notified is not None else 0
        )
        count = incident.affected_count
        self.affected_count.setText("" if count is None else str(count))
        set_choice(self.reason, incident.reason)
        self.amount.setText("" if incident.amount is None else str(incident.amount))
        self.due_by.setText(incident.due_by.isoformat() if incident.due_by else "")
        for i in range(self.asserts.count()):
            item = self.asserts.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in incident.asserts
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The Incident keyword values of the shown fields, and field errors."""
        keys = self.keys_for(self.kind)
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}

        def combo(name: str, box: QComboBox, enum: type[StrEnum], key: str | None = None) -> None:
            if name in keys and box.currentData() is not None:
                values[key or name] = enum(box.currentData())

        def text(name: str, edit: QLineEdit) -> None:
            if name in keys and edit.text().strip():
                values[name] = edit.text().strip()

        combo("scope", self.scope, Scope)
        combo("return_ground", self.return_ground, ReturnGround, "ground")
        combo("end_ground", self.end_ground, EndGround, "ground")
        combo("terms", self.terms, Terms)
        combo("response", self.response, Response)
        combo("subject", self.subject, AgreementSubject)
        combo("reason", self.reason, ResignationReason)
        for name, edit in (
            ("stated_reason", self.stated_reason),
            ("terms_text", self.terms_text),
            ("new_post", self.new_post),
            ("new_city", self.new_city),
            ("result", self.result),
            ("stated_ground_text", self.stated_ground_text),
        ):
            text(name, edit)
        if "period_start" in keys:  # with period_end
            start, end = read_span(
                ("period_start", self.period_start.text()),
                ("period_end", self.period_end.text()),
                self.tr("The period ends before it starts."),
                errors,
                start_optional=True,
            )
            for name, value in (("period_start", start), ("period_end", end)):
                if value is not None:
                    values[name] = value
        if "affected_count" in keys and self.affected_count.text().strip():
            raw = self.affected_count.text().strip()
            if raw.isdigit() and int(raw) > 0:
                values["affected_count"] = int(raw)
            else:
                errors["affected_count"] = self.tr("Write a whole number, e.g. 12.")
        if "amount" in keys and self.amount.text().strip():
            amount, problem = read_money(self.amount.text(), required=False)
            if problem:
                errors["amount"] = problem
            elif amount is not None:
                values["amount"] = amount
        if "due_by" in keys and self.due_by.text().strip():
            due, problem = read_date(self.due_by.text())
            if problem:
                errors["due_by"] = problem
            elif due is not None:
                values["due_by"] = due
        if "union_notified" in keys and self.union_notified.currentData() is not None:
            values["union_notified"] = bool(self.union_notified.currentData())
        if "asserts" in keys:
            values["asserts"] = tuple(
                self.asserts.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.asserts.count())
                if self.asserts.item(i).checkState() == Qt.CheckState.Checked
            )
            if self.kind == IncidentKind.DEMAND_SENT and not values["asserts"]:
                errors["asserts"] = self.tr("Tick at least one claim the demand makes.")
        for name, field in self.fields.items():
            field.set_error(errors.get(name))
        return values, errors
