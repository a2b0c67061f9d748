"""工资 Pay: the chart of pay received each month against the contract wage
and the local minimum wage, the payments table with its side-panel form, and
the social-insurance months."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Case, Payment, SIMonth
from caseapp.domain.vocab import PayBasis, SIStatus
from caseapp.ui import lawdata
from caseapp.ui.pay_chart import PayChart
from caseapp.ui.pay_form import PaymentForm
from caseapp.ui.pay_model import (
    SI_LABEL,
    Floor,
    PaymentsModel,
    hourly_pay,
    label_of,
    law_floor,
    law_floor_hourly,
    law_grace,
    monthly_pay,
    short_months,
)
from caseapp.ui.record_list import RecordListView
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import label


class PayView(RecordListView[Payment]):
    """The payments list on the shared scaffold (`RecordListView`): select or
    double-click a payment to change it in the side form, Delete… asks
    first and Ctrl+Z brings it back, History…, a finding's payments shaded;
    above it the chart, below it the social-insurance months."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        model = PaymentsModel()
        super().__init__(
            session,
            title=self.tr("Pay"),
            hint=self.tr("Double-click a payment to change it. Ctrl+Z undoes the last change."),
            records=lambda case: case.payments,
            model=model,
            widths=(100, 200, 170, 100, 100, 90, 120),
            parent=parent,
        )
        self.model: PaymentsModel = model
        self.floor: Floor | None = None
        self.law: object = None
        self.add_button = QPushButton(self.tr("Add pay received"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_payment)
        self.head.addWidget(self.add_button)
        self.rebuild_button = QPushButton(self.tr("Rebuild past months…"))
        self.rebuild_button.setToolTip(
            self.tr("Started logging late? Rebuild the days and pay since your last real work.")
        )
        self.rebuild_button.clicked.connect(self.open_wizard)
        self.head.addWidget(self.rebuild_button)
        layout = self.main_layout
        self.summary = label("", "hint")
        layout.insertWidget(1, self.summary)
        self.chart = PayChart()
        layout.insertWidget(2, self.chart, 3)
        layout.setStretchFactor(self.table, 3)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Payments"))

        layout.addWidget(label(self.tr("Social insurance months"), "subtitle"))
        si_row = QHBoxLayout()
        self.si_list = QListWidget()
        self.si_list.setAccessibleName(self.tr("Social insurance months"))
        self.si_list.setMaximumHeight(110)
        si_row.addWidget(self.si_list, 2)
        si_form = QVBoxLayout()
        self.si_month = QLineEdit()
        self.si_month.setPlaceholderText("2025-03")
        self.si_month.setAccessibleName(self.tr("Month"))
        self.si_status = QComboBox()
        self.si_status.addItem(self.tr("— choose —"), None)  # paid or not: her answer
        for status in SIStatus:
            self.si_status.addItem(label_of("si_status", status.value, SI_LABEL), status.value)
        self.si_status.setAccessibleName(self.tr("Social insurance paid?"))
        self.si_button = QPushButton(self.tr("Record this month"))
        self.si_button.clicked.connect(self.save_si_month)
        self.si_error = label("", "error")
        si_form.addWidget(self.si_month)
        si_form.addWidget(self.si_status)
        si_form.addWidget(self.si_button)
        si_form.addWidget(self.si_error)
        si_form.addWidget(
            label(
                self.tr("Check it in the 社保 (social insurance) app's contribution record."),
                "hint",
            )
        )
        si_row.addLayout(si_form, 1)
        layout.addLayout(si_row)

        self._connect_case()
        lawdata.when_loaded(self._law_ready)  # last: may call now

    # --- the side form (built on first use) ------------------------------------------
    def build_side(self) -> QWidget:
        form = PaymentForm(self.session)
        form.setVisible(False)
        form.closed.connect(lambda: form.setVisible(False))
        form.setStyleSheet("PaymentForm { border-left: 1px solid #E0E3E7; }")
        return form

    def start_new(self) -> None:
        self.form.start_new()

    def load(self, record: Payment) -> None:
        self.form.edit(record)

    def save(self) -> None:
        self.form.save()

    def deleted(self, record: Payment) -> None:
        editing = self.form.editing if self._side is not None else None
        if editing is not None and editing.id == record.id:
            self.form.start_new()

    @property
    def form(self) -> PaymentForm:
        form = self.side
        assert isinstance(form, PaymentForm)
        return form

    def _law_ready(self, law: object) -> None:
        self.law = law
        self._floor_ready(law_floor(law))

    def _floor_ready(self, floor: Floor | None) -> None:
        self.floor = floor
        if self.session.case is not None:
            self.show_pay(self.session.case)

    def show_case(self, case: Case) -> None:
        super().show_case(case)
        self.show_pay(case)

    def show_pay(self, case: Case) -> None:
        """The chart, the summary and the social-insurance months."""
        per_hour = case.info.pay_basis != PayBasis.MONTHLY
        if per_hour:  # hourly and piece work: pay per hour against the hourly minimum
            months = hourly_pay(case, law_floor_hourly(self.law))
        else:
            months = monthly_pay(case, self.floor)
        self.chart.set_months(months, per_hour)
        now = self.session.clock.today()
        short = short_months(case, months, now, law_grace(self.law, case.info.city, now))
        text = self.tr("%1 payments recorded.").replace("%1", str(len(case.payments)))
        if short and per_hour:
            text += " " + self.tr(
                "%1 of the months shown paid less per hour than the agreed hourly wage."
            ).replace("%1", str(len(short)))
        elif short:
            text += " " + self.tr(
                "%1 of the months shown received less than the contract wage."
            ).replace("%1", str(len(short)))
        if self.floor is None:
            text += " " + self.tr("The minimum-wage line is not shown: the law data did not load.")
        self.summary.setText(text)
        self.si_list.clear()
        for si in sorted(case.social_insurance, key=lambda s: s.month, reverse=True):
            status = label_of("si_status", str(si.status), SI_LABEL)
            self.si_list.addItem(f"{si.month.isoformat()[:7]} · {status}")

    def open_wizard(self) -> None:
        from caseapp.ui.wizard import open_reconstruct_wizard

        if self.session.case is None:
            return
        self.wizard = open_reconstruct_wizard(self.session, self)

    def add_payment(self) -> None:
        self.add()

    def save_si_month(self) -> None:
        text = self.si_month.text().strip()
        try:
            month = dt.date.fromisoformat(text + "-01")
        except ValueError:
            self.si_error.setText(self.tr("Write the month as year-month, e.g. 2025-03."))
            return
        if self.si_status.currentData() is None:
            self.si_error.setText(self.tr("Choose whether it was paid, as the app shows it."))
            return
        self.si_error.setText("")
        record = SIMonth(month=month, status=SIStatus(self.si_status.currentData()))
        self.session.save_record(record, done=lambda _r: self.si_month.clear())
