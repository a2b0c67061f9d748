"""The side-panel form for a payment: when it was paid, the month it is for,
what kind, and either only what reached the bank account (net — a payment
from the bank app) or the payslip's gross and deductions; who paid.

Nothing here is recorded unless the worker wrote or chose it: the day it was
paid, its kind and the amounts start empty, who paid starts "not said"; only
the period is suggested (last month, then the month after the one saved).
A payment dated after today is saved only after the worker confirms it. The
fields scroll inside the panel (never squeezed); Save stays in view.

For piece work (issue 15) the form lists the case's batches to tick the ones
a payout covers (`payments[].tasks`); none is ticked unless the worker ticks
it, and an id no batch has any more is kept as it was."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import NO_PROVENANCE, Deductions, Payment, Task
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import Party, PaymentKind
from caseapp.ui import words
from caseapp.ui.formparse import read_date, read_money
from caseapp.ui.pay_model import PARTY_LABEL, kind_label, label_of, next_month
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, label


def fitting_combo() -> QComboBox:
    """A combo box whose long choices are elided (full in the list), never
    widening the panel."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


class PaymentForm(QWidget):
    closed = Signal()
    savedPayment = Signal(object)  # Payment

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: Payment | None = None
        self.confirm: QMessageBox | None = None  # the open "dated after today?" question
        self.setMinimumWidth(340)
        self.setMaximumWidth(420)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        self.heading = label(self.tr("Add pay received"), "title")
        root.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        self.fields_area = scroll
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 8, 0)

        self._build_fields()
        grid = QGridLayout()
        grid.addWidget(self.fields["paid_on"], 0, 0, 1, 2)
        grid.addWidget(self.fields["start"], 1, 0)
        grid.addWidget(self.fields["end"], 1, 1)
        grid.addWidget(self.fields["kind"], 2, 0, 1, 2)
        outer.addLayout(grid)
        outer.addWidget(self.net_mode)
        outer.addWidget(self.gross_mode)
        amounts = QGridLayout()
        amounts.addWidget(self.fields["net"], 0, 0, 1, 2)
        amounts.addWidget(self.fields["gross"], 1, 0, 1, 2)
        amounts.addWidget(self.fields["si"], 2, 0)
        amounts.addWidget(self.fields["fund"], 2, 1)
        amounts.addWidget(self.fields["iit"], 3, 0)
        amounts.addWidget(self.fields["other"], 3, 1)
        amounts.addWidget(self.fields["payer"], 4, 0, 1, 2)
        amounts.addWidget(self.fields["payer_name"], 5, 0, 1, 2)
        amounts.addWidget(self.fields["note"], 6, 0, 1, 2)
        amounts.addWidget(self.fields["batches"], 7, 0, 1, 2)
        outer.addLayout(amounts)
        outer.addStretch(1)
        self.error = label("", "error")
        root.addWidget(self.error)
        buttons = QHBoxLayout()  # always in view, below the scrolling fields
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        root.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.closed)
        self.net_mode.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _build_fields(self) -> None:
        """The editors, each in its Field with a one-line explanation."""
        self.paid_on = QLineEdit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        self.kind = fitting_combo()
        self.kind.addItem(self.tr("— choose —"), None)
        for kind in PaymentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.net_mode = QRadioButton(self.tr("Only what reached my account (bank app)"))
        self.gross_mode = QRadioButton(self.tr("The payslip: gross and deductions"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.net_mode)
        self.mode.addButton(self.gross_mode)
        self.net_mode.setChecked(True)
        self.net = QLineEdit()
        self.gross = QLineEdit()
        self.si = QLineEdit()
        self.fund = QLineEdit()
        self.iit = QLineEdit()
        self.other = QLineEdit()
        self.payer = fitting_combo()
        self.payer.addItem(self.tr("— not said —"), None)
        for party in (Party.EMPLOYER, Party.CLIENT, Party.AGENCY, Party.OTHER):
            self.payer.addItem(label_of("party", party.value, PARTY_LABEL), party.value)
        self.payer_name = QLineEdit()
        self.note = QLineEdit()
        self.batches = QListWidget()
        self.batches.setMinimumHeight(90)
        self.kept_tasks: tuple[str, ...] = ()  # linked ids no batch has any more

        self.fields = {
            "paid_on": Field(self.tr("Paid on"), self.paid_on, self.tr("The day it reached you.")),
            "start": Field(self.tr("For the period from"), self.start, self.tr("Year-month-day.")),
            "end": Field(self.tr("to"), self.end, self.tr("Usually the month before payday.")),
            "kind": Field(
                self.tr("What it is"), self.kind, self.tr("As the payslip or bank calls it.")
            ),
            "net": Field(
                self.tr("Net received"),
                self.net,
                self.tr("The amount on the bank app, after social insurance and tax."),
            ),
            "gross": Field(
                self.tr("Gross (before deductions)"), self.gross, self.tr("应发 on the payslip.")
            ),
            "si": Field(self.tr("Your social insurance"), self.si, self.tr("Optional.")),
            "fund": Field(self.tr("Your housing fund"), self.fund, self.tr("Optional.")),
            "iit": Field(self.tr("Income tax"), self.iit, self.tr("Optional.")),
            "other": Field(self.tr("Other deductions"), self.other, self.tr("Optional.")),
            "payer": Field(self.tr("Paid by"), self.payer, ""),
            "payer_name": Field(
                self.tr("Payer's name (optional)"),
                self.payer_name,
                self.tr("The name on the bank record, if shown."),
            ),
            "note": Field(self.tr("Note (optional)"), self.note, ""),
            "batches": Field(
                self.tr("Batches this pays for"),
                self.batches,
                self.tr("Piece work: tick the batches this payout covers."),
            ),
        }

    def _mode_changed(self) -> None:
        gross = self.gross_mode.isChecked()
        for key in ("gross", "si", "fund", "iit", "other"):
            self.fields[key].setVisible(gross)
        self.fields["net"].caption.setText(
            self.tr("Net received (optional)") if gross else self.tr("Net received")
        )

    # --- filling -------------------------------------------------------------------
    def start_new(self, on: dt.date | None = None) -> None:
        """An empty form; the period suggested is last month."""
        on = on or self.session.clock.today()
        self.editing = None
        self.heading.setText(self.tr("Add pay received"))
        last_month_end = on.replace(day=1) - dt.timedelta(days=1)
        self._fill(None, last_month_end.replace(day=1), last_month_end)
        self._clear_values()
        self._fill_batches(())
        self.net_mode.setChecked(True)
        self.paid_on.setFocus()

    def _clear_values(self) -> None:
        """Everything but the period: amounts, kind, payer, note."""
        for edit in (self.net, self.gross, self.si, self.fund, self.iit, self.other):
            edit.clear()
        self.payer_name.clear()
        self.note.clear()
        self.kind.setCurrentIndex(0)  # — choose —
        self.payer.setCurrentIndex(0)  # — not said —

    def edit(self, p: Payment) -> None:
        self.start_new()
        self.editing = p
        self.heading.setText(self.tr("Change this payment"))
        self._fill(p.paid_on, p.period_start, p.period_end)
        self.kind.setCurrentIndex(self.kind.findData(str(p.kind)))
        self.net.setText("" if p.net is None else str(p.net))
        self.gross_mode.setChecked(p.amount is not None)
        self.net_mode.setChecked(p.amount is None)
        self.gross.setText("" if p.amount is None else str(p.amount))
        d = p.deductions or Deductions()
        for edit, value in (
            (self.si, d.si_employee),
            (self.fund, d.housing_fund_employee),
            (self.iit, d.iit),
            (self.other, d.other),
        ):
            edit.setText("" if value is None else str(value))
        index = self.payer.findData(str(p.payer_party) if p.payer_party else None)
        self.payer.setCurrentIndex(max(index, 0))
        self.payer_name.setText(p.payer_name or "")
        self.note.setText(p.note or "")
        self._fill_batches(p.tasks)

    def _batch_text(self, task: Task) -> str:
        parts = [task.assigned_on.isoformat(), task.title]
        if task.due is not None:
            parts.append(fmt_money(task.due))
        if task.status is not None:
            parts.append(words.vocab_label("task_status", task.status.value))
        return " · ".join(parts)

    def _fill_batches(self, linked: tuple[str, ...]) -> None:
        """The case's piece-work batches (a status or a price), ticked where
        `linked`; the list shows only when there is a batch to tick."""
        self.batches.clear()
        case = self.session.case
        tasks = [
            t
            for t in (case.tasks if case is not None else ())
            if t.status is not None or t.due is not None or t.id in linked
        ]
        for task in sorted(tasks, key=lambda t: (t.assigned_on, t.id)):
            item = QListWidgetItem(self._batch_text(task))
            item.setToolTip(item.text())  # the panel is narrow: the whole line on hover
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = task.id in linked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.batches.addItem(item)
        known = {t.id for t in tasks}
        self.kept_tasks = tuple(i for i in linked if i not in known)
        self.fields["batches"].setVisible(bool(tasks))

    def linked_tasks(self) -> tuple[str, ...]:
        """The ticked batches' ids, then the ids kept from before."""
        ticked = [
            str(self.batches.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.batches.count())
            if self.batches.item(n).checkState() == Qt.CheckState.Checked
        ]
        return (*ticked, *self.kept_tasks)

    def _fill(self, paid_on: dt.date | None, start: dt.date, end: dt.date) -> None:
        self.paid_on.setText(paid_on.isoformat() if paid_on else "")
        self.start.setText(start.isoformat())
        self.end.setText(end.isoformat())
        self.error.setText("")
        for field in self.fields.values():
            field.set_error(None)

    # --- saving ----------------------------------------------------------------------
    def read(self) -> tuple[Payment | None, dict[str, str]]:
        """The payment the form describes, or the message for each bad field."""
        errors: dict[str, str] = {}
        dates: dict[str, dt.date] = {}
        for key, edit in (("paid_on", self.paid_on), ("start", self.start), ("end", self.end)):
            value, problem = read_date(edit.text())
            if problem:
                errors[key] = problem
            elif value is not None:
                dates[key] = value
        if self.kind.currentData() is None:
            errors["kind"] = self.tr("Choose what it is, as the payslip or bank calls it.")
        if "start" in dates and "end" in dates and dates["end"] < dates["start"]:
            errors["end"] = self.tr("The period ends before it starts.")
        gross_mode = self.gross_mode.isChecked()
        net, problem = read_money(self.net.text(), required=not gross_mode)
        if problem:
            errors["net"] = problem
        amount: Decimal | None = None
        parts: dict[str, Decimal | None] = {}
        if gross_mode:
            amount, problem = read_money(self.gross.text())
            if problem:
                errors["gross"] = problem
            for key, edit in (
                ("si", self.si),
                ("fund", self.fund),
                ("iit", self.iit),
                ("other", self.other),
            ):
                parts[key], problem = read_money(edit.text(), required=False)
                if problem:
                    errors[key] = problem
            taken = sum((v for v in parts.values() if v is not None), Decimal(0))
            if amount is not None and "gross" not in errors and taken > amount:
                errors["gross"] = self.tr("The deductions add up to more than the gross.")
            if amount is not None and net is not None and net > amount:
                errors["net"] = self.tr("The net cannot be more than the gross.")
        if net is not None and net == 0 and not gross_mode:
            errors["net"] = self.tr(
                "Write what arrived; for a month with nothing paid, add nothing."
            )
        if errors:
            return None, errors
        deductions = None
        if gross_mode and any(v is not None for v in parts.values()):
            deductions = Deductions(
                si_employee=parts["si"],
                housing_fund_employee=parts["fund"],
                iit=parts["iit"],
                other=parts["other"],
            )
        payer = self.payer.currentData()
        payment = Payment(
            id=self.editing.id if self.editing else "",
            paid_on=dates["paid_on"],
            period_start=dates["start"],
            period_end=dates["end"],
            kind=PaymentKind(self.kind.currentData()),
            amount=amount,
            net=net,
            deductions=deductions,
            payer_party=Party(payer) if payer else None,
            payer_name=self.payer_name.text().strip() or None,
            note=self.note.text().strip() or None,
            tasks=self.linked_tasks(),
            evidence=self.editing.evidence if self.editing else (),
            provenance=self.editing.provenance if self.editing else NO_PROVENANCE,
        )
        return payment, {}

    def save(self) -> None:
        payment, errors = self.read()
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if payment is None:
            self.error.setText(self.tr("Nothing was saved: check the fields marked above."))
            return
        self.error.setText("")
        if payment.paid_on > self.session.clock.today():
            self._ask_future(payment)
            return
        self._store(payment)

    def _ask_future(self, payment: Payment) -> None:
        """A payment dated after today: saved only when the worker says so."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A payment dated after today"),
            self.tr("This payment is dated %1, after today (%2). Save it with this date?")
            .replace("%1", payment.paid_on.isoformat())
            .replace("%2", self.session.clock.today().isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Save with this date"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Let me correct it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._future_answered(payment, result))
        self.confirm = box
        box.open()  # not modal to the event loop

    def _future_answered(self, payment: Payment, result: int) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes:
            self._store(payment)
        else:
            self.paid_on.setFocus()

    def _store(self, payment: Payment) -> None:
        self.save_button.setEnabled(False)
        self.session.save_record(payment, done=self._saved, error=self._failed)

    def _saved(self, payment: Payment) -> None:
        self.save_button.setEnabled(True)
        self.savedPayment.emit(payment)
        # cleared for the next payment; only the period moves on by one month
        self.editing = None
        self.heading.setText(self.tr("Add pay received"))
        start = next_month(payment.period_start.replace(day=1))
        self._fill(None, start, next_month(start) - dt.timedelta(days=1))
        self._clear_values()
        self.net_mode.setChecked(True)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
