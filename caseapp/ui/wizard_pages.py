"""The pages of the reconstruction wizard. Each page checks its own answers
and shows the problem at the field (or the table row) before moving on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from caseapp.casework.reconstruct import (
    MonthAmount,
    SaidEntry,
    StatusRange,
    grid_months,
    standby_month,
)
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import DayStatus, EvidenceKind, IncidentKind, Party, PaymentKind
from caseapp.ui import words
from caseapp.ui.formparse import read_date, read_money
from caseapp.ui.pay_model import PARTY_LABEL, contract_wage, kind_label, label_of
from caseapp.ui.widgets import Field, label
from caseapp.ui.words import QT_TRANSLATE_NOOP

BAD = QColor("#FCE3D6")
RANGE_STATUSES = (
    DayStatus.STANDBY,
    DayStatus.STANDBY_ONSITE,
    DayStatus.STANDBY_ONCALL,
    DayStatus.WORKING,
    DayStatus.LEAVE,
    DayStatus.SICK,
)
SAID_KINDS = (
    IncidentKind.STANDBY_NOTICE,
    IncidentKind.REMOVED_FROM_PROJECT,
    IncidentKind.RETURNED_TO_AGENCY,
    IncidentKind.ASKED_TO_RESIGN,
    IncidentKind.PAY_CUT_NOTICE,
    IncidentKind.TRANSFER_NOTICE,
    IncidentKind.ACCESS_REVOKED,
    IncidentKind.OTHER,
)

# What a month's pay may be (severance and notice pay are not pay for a month).
WIZARD_KINDS = (
    PaymentKind.WAGE,
    PaymentKind.STANDBY,
    PaymentKind.ALLOWANCE,
    PaymentKind.BONUS,
    PaymentKind.OVERTIME,
    PaymentKind.OTHER,
)


def fitting_combo() -> QComboBox:
    """A combo box that never widens its page with a long choice (elided, full
    text in the list)."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAccessibleName(name)
    return t


def cell(t: QTableWidget, row: int, col: int) -> str:
    item = t.item(row, col)
    return item.text() if item is not None else ""


def mark(t: QTableWidget, row: int, col: int, bad: bool) -> None:
    item = t.item(row, col)
    if item is None:
        item = QTableWidgetItem("")
        t.setItem(row, col, item)
    item.setBackground(BAD if bad else QColor("#FFFFFF"))


class LastWorkPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("When did you last have real work?"))
        self.setSubTitle(
            self.tr("The last day you were given actual tasks. An approximate day is fine.")
        )
        layout = QVBoxLayout(self)
        self.date = QLineEdit()
        self.date.setPlaceholderText("2025-01-15")
        hint = self.tr("Year-month-day.")
        self.date_field = Field(self.tr("Last day with real work"), self.date, hint)
        layout.addWidget(self.date_field)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return read_date(self.date.text())[0]

    def validatePage(self) -> bool:
        value, problem = read_date(self.date.text())
        today = self.wizard().today  # type: ignore[attr-defined]
        if value is not None and value >= today:
            problem = self.tr("Pick a day before today.")
        self.date_field.set_error(problem)
        return problem is None


class RangesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Since then, were you told to stay home, sit in, or check in?"))
        self.setSubTitle(
            self.tr(
                "One row per stretch of days. Weekends and holidays are filled in as rest days."
            )
        )
        layout = QVBoxLayout(self)
        self.table = table([self.tr("From"), self.tr("To"), self.tr("What it was")],
                           self.tr("Stretches of days"))  # fmt: skip
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a stretch"))
        self.add_button.clicked.connect(lambda: self.add_row("", "", None))
        self.remove_button = QPushButton(self.tr("Remove the selected stretch"))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = label("", "error")
        layout.addWidget(self.error)

    def add_row(self, start: str, end: str, status: DayStatus | None) -> int:
        """A stretch; its status starts unchosen unless ``status`` is given
        (what the days were is the worker's answer, never a default)."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(start))
        self.table.setItem(r, 1, QTableWidgetItem(end))
        combo = fitting_combo()
        combo.addItem(self.tr("— choose —"), None)
        for s in RANGE_STATUSES:
            combo.addItem(words.status_label(s), s.value)
        combo.setCurrentIndex(max(combo.findData(status.value), 0) if status else 0)
        combo.setAccessibleName(self.tr("What it was"))
        self.table.setCellWidget(r, 2, combo)
        return r

    def initializePage(self) -> None:
        if self.table.rowCount():
            return
        wizard = self.wizard()
        last = wizard.page_last.value()  # type: ignore[attr-defined]
        today = wizard.today  # type: ignore[attr-defined]
        if last is not None:
            start = last + dt.timedelta(days=1)
            self.add_row(start.isoformat(), today.isoformat(), None)

    def ranges(self) -> list[StatusRange]:
        out = []
        for r in range(self.table.rowCount()):
            start, end = read_date(cell(self.table, r, 0))[0], read_date(cell(self.table, r, 1))[0]
            combo = self.table.cellWidget(r, 2)
            if start and end and isinstance(combo, QComboBox) and combo.currentData():
                out.append(StatusRange(start, end, DayStatus(combo.currentData())))
        return out

    def validatePage(self) -> bool:
        problems = []
        today = self.wizard().today  # type: ignore[attr-defined]
        for r in range(self.table.rowCount()):
            start, p1 = read_date(cell(self.table, r, 0))
            end, p2 = read_date(cell(self.table, r, 1))
            mark(self.table, r, 0, p1 is not None)
            mark(self.table, r, 1, p2 is not None)
            row = self.tr("Row %1: ").replace("%1", str(r + 1))
            if p1 or p2:
                problems.append(row + (p1 or p2 or ""))
            elif start and end and end < start:
                mark(self.table, r, 1, True)
                problems.append(row + self.tr("the stretch ends before it starts."))
            elif end and end > today:
                mark(self.table, r, 1, True)
                problems.append(row + self.tr("the stretch cannot end after today."))
            combo = self.table.cellWidget(r, 2)
            if isinstance(combo, QComboBox) and not combo.currentData():
                problems.append(row + self.tr("choose what it was, or remove the row."))
        self.error.setText("\n".join(problems))
        return not problems


class PayPage(QWizardPage):
    """The pay month by month. Every amount starts empty: the worker writes
    what reached her (or asks for the contract wage with a button); a month
    left empty records nothing. Each payment carries the kind chosen on its
    row and the payer chosen for the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What were you paid each month?"))
        self.setSubTitle(
            self.tr(
                "Write what reached you each month, from the bank app; write 0 for a month "
                "with nothing paid. A month left empty records nothing."
            )
        )
        layout = QVBoxLayout(self)
        self.net = QRadioButton(self.tr("These are what reached my account (net, bank app)"))
        self.gross = QRadioButton(self.tr("These are the payslip's gross amounts"))
        self.net.setChecked(True)
        layout.addWidget(self.net)
        layout.addWidget(self.gross)
        self.table = table(
            [self.tr("Month"), self.tr("Amount (yuan)"), self.tr("What it is")],
            self.tr("Pay by month"),
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.fill_button = QPushButton(self.tr("Fill in the contract wage"))
        self.fill_button.setToolTip(
            self.tr("Only if the contract wage is really what reached you: empty months only.")
        )
        self.fill_button.clicked.connect(self.fill_contract_wage)
        row.addWidget(self.fill_button)
        row.addStretch(1)
        row.addWidget(label(self.tr("Paid by"), "subtitle"))
        self.payer = fitting_combo()
        self.payer.addItem(self.tr("— not said —"), None)
        for party in (Party.EMPLOYER, Party.CLIENT, Party.AGENCY, Party.OTHER):
            self.payer.addItem(label_of("party", party.value, PARTY_LABEL), party.value)
        self.payer.setAccessibleName(self.tr("Paid by"))
        row.addWidget(self.payer)
        layout.addLayout(row)
        self.error = label("", "error")
        layout.addWidget(self.error)
        self._months: list[dt.date] = []
        self._recorded: set[dt.date] = set()

    def initializePage(self) -> None:
        wizard = self.wizard()
        last = wizard.page_last.value()  # type: ignore[attr-defined]
        case = wizard.session.case  # type: ignore[attr-defined]
        rows = grid_months(case, last, wizard.today) if last else []  # type: ignore[attr-defined]
        answers = wizard.answers()  # type: ignore[attr-defined]
        months = [m for m, _ in rows]
        if months == self._months:
            return
        self._months = months
        self._recorded = {m for m, amount in rows if amount is not None}
        self.table.setRowCount(0)
        for m, amount in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            month_item = QTableWidgetItem(m.isoformat()[:7])
            month_item.setFlags(month_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, month_item)
            value = QTableWidgetItem("" if amount is None else fmt_money(amount))
            if amount is not None:  # already recorded: shown, not added again
                value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
                value.setForeground(QColor("#5F6368"))
                value.setToolTip(self.tr("Already recorded under Pay."))
            self.table.setItem(r, 1, value)
            if amount is None:
                kind = fitting_combo()
                for k in WIZARD_KINDS:
                    kind.addItem(kind_label(k), k.value)
                standby = standby_month(answers, m)
                chosen = PaymentKind.STANDBY if standby else PaymentKind.WAGE
                kind.setCurrentIndex(kind.findData(chosen.value))
                kind.setAccessibleName(self.tr("What it is"))
                self.table.setCellWidget(r, 2, kind)

    def fill_contract_wage(self) -> None:
        """The worker's explicit act: each empty month gets the contract wage."""
        case = self.wizard().session.case  # type: ignore[attr-defined]
        for r, m in enumerate(self._months):
            if m in self._recorded or cell(self.table, r, 1).strip():
                continue
            self.table.setItem(r, 1, QTableWidgetItem(fmt_money(contract_wage(case, m))))

    def months(self) -> list[MonthAmount]:
        out = []
        payer = self.payer.currentData()
        for r, m in enumerate(self._months):
            if m in self._recorded:
                continue
            value = read_money(cell(self.table, r, 1))[0]
            combo = self.table.cellWidget(r, 2)
            kind = PaymentKind(combo.currentData()) if isinstance(combo, QComboBox) else None
            if value is not None and kind is not None:
                out.append(MonthAmount(m, value, kind, Party(payer) if payer else None))
        return out

    def validatePage(self) -> bool:
        problems = []
        for r in range(self.table.rowCount()):
            text = cell(self.table, r, 1).strip()
            problem = read_money(text)[1] if text not in ("", "0") else None
            mark(self.table, r, 1, problem is not None)
            if problem:
                problems.append(f"{cell(self.table, r, 0)}: {problem}")
        self.error.setText("\n".join(problems))
        return not problems


class SaidPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What was said, and by whom?"))
        self.setSubTitle(
            self.tr("The notices and conversations you remember. Leave it empty if none.")
        )
        layout = QVBoxLayout(self)
        headers = [
            self.tr("Date"),
            self.tr("What happened"),
            self.tr("Who"),
            self.tr("What was said"),
        ]
        self.table = table(headers, self.tr("What was said"))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add one"))
        self.add_button.clicked.connect(
            lambda: self.add_row("", IncidentKind.STANDBY_NOTICE, "", "")
        )
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = label("", "error")
        layout.addWidget(self.error)

    def add_row(self, date: str, kind: IncidentKind, who: str, said: str) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(date))
        combo = fitting_combo()
        combo.setAccessibleName(self.tr("What happened"))
        for k in SAID_KINDS:
            combo.addItem(words.incident_label(k), k.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        self.table.setCellWidget(r, 1, combo)
        self.table.setItem(r, 2, QTableWidgetItem(who))
        self.table.setItem(r, 3, QTableWidgetItem(said))
        return r

    def entries(self) -> list[SaidEntry]:
        out = []
        for r in range(self.table.rowCount()):
            day = read_date(cell(self.table, r, 0))[0]
            combo = self.table.cellWidget(r, 1)
            if day and isinstance(combo, QComboBox):
                kind = IncidentKind(combo.currentData())
                out.append(SaidEntry(day, kind, cell(self.table, r, 2), cell(self.table, r, 3)))
        return out

    def validatePage(self) -> bool:
        problems = []
        for r in range(self.table.rowCount()):
            _day, problem = read_date(cell(self.table, r, 0))
            mark(self.table, r, 0, problem is not None)
            empty = not cell(self.table, r, 3).strip()
            mark(self.table, r, 3, empty)
            row = self.tr("Row %1: ").replace("%1", str(r + 1))
            if problem:
                problems.append(row + problem)
            if empty:
                problems.append(row + self.tr("write what was said, as you remember it."))
        self.error.setText("\n".join(problems))
        return not problems


HAVE = (
    (
        EvidenceKind.CHAT,
        QT_TRANSLATE_NOOP("HavePage", "Chats about the standby (screenshots)"),
    ),
    (EvidenceKind.BANK_STATEMENT, QT_TRANSLATE_NOOP("HavePage", "Bank records of my pay")),
    (EvidenceKind.PAYSLIP, QT_TRANSLATE_NOOP("HavePage", "Payslips")),
    (EvidenceKind.CONTRACT, QT_TRANSLATE_NOOP("HavePage", "My labour contract")),
    (EvidenceKind.NOTICE, QT_TRANSLATE_NOOP("HavePage", "A written notice from the company")),
    (EvidenceKind.ATTENDANCE, QT_TRANSLATE_NOOP("HavePage", "Attendance / clock-in records")),
    (
        EvidenceKind.RECORDING,
        QT_TRANSLATE_NOOP("HavePage", "A recording of a talk I was part of"),
    ),
)


class HavePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What do you already have?"))
        self.setSubTitle(
            self.tr(
                "Tick what you have kept. Add the files later under Evidence; keep the originals."
            )
        )
        layout = QVBoxLayout(self)
        self.boxes: list[tuple[QCheckBox, EvidenceKind]] = []
        for kind, text in HAVE:
            box = QCheckBox(self.tr(text))
            layout.addWidget(box)
            self.boxes.append((box, kind))
        layout.addStretch(1)

    def have(self) -> list[tuple[EvidenceKind, str]]:
        return [(kind, box.text()) for box, kind in self.boxes if box.isChecked()]


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready to add to your case"))
        layout = QVBoxLayout(self)
        self.summary = label("")
        layout.addWidget(self.summary)
        layout.addWidget(
            label(
                self.tr(
                    "Everything is marked as reconstructed from memory and the bank app, so a "
                    "lawyer can tell it apart from what you logged on the day. Days you already "
                    "logged are kept as they are."
                ),
                "hint",
            )
        )
        self.error = label("", "error")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        w = self.wizard()
        plan = w.plan()  # type: ignore[attr-defined]
        self.summary.setText(
            self.tr("%1 days, %2 payments, %3 things said, %4 pieces of evidence to fetch.")
            .replace("%1", str(len(plan.days)))
            .replace("%2", str(len(plan.payments)))
            .replace("%3", str(len(plan.incidents)))
            .replace("%4", str(len(plan.evidence)))
        )
