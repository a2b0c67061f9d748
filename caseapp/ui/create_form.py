"""The create-my-case form: every term explained in one line, every problem
shown at its field, nothing saved until all is well."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import CaseInfo, Contract, Organisation, Worker
from caseapp.domain.money import parse_money
from caseapp.domain.vocab import Arrangement, ContractKind, PayBasis
from caseapp.ui import words
from caseapp.ui.clock import computer_today
from caseapp.ui.party_details import PartyDetails
from caseapp.ui.widgets import Field, label
from caseapp.ui.words import QT_TRANSLATE_NOOP

_ARRANGEMENT = {
    Arrangement.DISPATCH.value: QT_TRANSLATE_NOOP("Words", "Dispatched by an agency (劳务派遣)"),
    Arrangement.OUTSOURCING.value: QT_TRANSLATE_NOOP("Words", "Outsourced to a client (外包)"),
    Arrangement.DIRECT.value: QT_TRANSLATE_NOOP("Words", "Employed directly"),
    Arrangement.PART_TIME.value: QT_TRANSLATE_NOOP("Words", "Part-time"),
    Arrangement.SERVICE_AGREEMENT.value: QT_TRANSLATE_NOOP("Words", "Service agreement (劳务协议)"),
    Arrangement.PLATFORM.value: QT_TRANSLATE_NOOP("Words", "Platform work"),
    Arrangement.UNKNOWN.value: QT_TRANSLATE_NOOP("Words", "Not sure"),
}
_CONTRACT_KIND = {
    ContractKind.FIXED.value: QT_TRANSLATE_NOOP("Words", "Fixed term"),
    ContractKind.OPEN_ENDED.value: QT_TRANSLATE_NOOP("Words", "Open-ended (无固定期限)"),
    ContractKind.TASK_BASED.value: QT_TRANSLATE_NOOP("Words", "Until a task is done"),
    ContractKind.NONE.value: QT_TRANSLATE_NOOP("Words", "No contract"),
}


def city_choices(lang: str) -> list[tuple[str, str]]:
    """(code, name) of the places the law data knows, province by province:
    each province's cities, then its one "other city" (`other:<region>`, its
    lowest tier); last, the place the data does not know (`other`), once.
    A name reads "省 · 城市 (pinyin key)", so typing Chinese or pinyin finds it
    (`searchable`). A city whose province puts some of its districts or
    counties in a lower minimum-wage tier is followed by those districts
    ("省 · 杭州市桐庐县 (tonglu, 330122)"): choosing one records its 6-digit
    division code, which takes that tier."""
    out: list[tuple[str, str]] = []
    try:
        from caseapp.rules.law import load_law_data

        law = load_law_data()
        by_region: dict[str, list[str]] = {}
        for code in law.cities():
            if code == "other":
                continue
            region = law.region_of(code)
            while law.region_parent(region) not in (None, "national"):
                region = law.region_parent(region) or region
            by_region.setdefault(region, []).append(code)
        for region in sorted(by_region):
            province = law.region_name(region, lang)
            codes = sorted(by_region[region], key=lambda c: (c.startswith("other:"), c))
            for code in codes:
                name = law.city_name(code, lang)
                if code.startswith("other:"):
                    other = QCoreApplication.translate("CreateCaseForm", "Other city")
                    out.append((code, f"{province} · {other}"))
                else:
                    out.append((code, f"{province} · {name} ({code})"))
                    for district in law.districts(code):
                        label = law.city_name(district, lang)
                        pinyin = law.district_pinyin(district)
                        out.append((district, f"{province} · {label} ({pinyin}, {district})"))
    except Exception:
        out = []
    nowhere = QCoreApplication.translate("CreateCaseForm", "Another city (province not given)")
    out.append(("other", nowhere))
    return out


def searchable(combo: QComboBox) -> None:
    """Let the user type part of a name (Chinese or pinyin) to find a place."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


# the grid's reading order, two fields a row
FIELD_ORDER = ("worker", "employer", "client", "arrangement", "city", "kind",
               "start", "end", "written", "pay_basis", "wage", "hourly_wage",
               "payday")  # fmt: skip


class CreateCaseForm(QWidget):
    submitted = Signal(object)  # CaseInfo
    cancelled = Signal()

    def __init__(
        self, today: Callable[[], dt.date] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today or computer_today  # the app passes session.clock.today
        layout = self._build_page()
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        layout.addLayout(grid)
        self._build_editors()
        self.fields: dict[str, Field] = self._build_fields()
        for i, key in enumerate(FIELD_ORDER):
            grid.addWidget(self.fields[key], i // 2, i % 2)
        # 申请仲裁时需要的信息: folded, so creating a case stays a matter of seconds
        self.details = PartyDetails(self._cities)
        self.details.set_client_shown(False)
        self.client.textChanged.connect(
            lambda text: self.details.set_client_shown(bool(text.strip()))
        )
        layout.addWidget(self.details)
        self._build_buttons(layout)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.pay_basis.currentIndexChanged.connect(self._basis_changed)
        self._basis_changed()

    def _build_page(self) -> QVBoxLayout:
        """The scrolled page with its title and hint; returns the page's layout."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(label(self.tr("Create my case"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Fill in what you know; anything marked optional can wait. "
                    "You can change all of it later."
                ),
                "hint",
            )
        )
        return layout

    def _build_editors(self) -> None:
        self.worker = QLineEdit()
        self.employer = QLineEdit()
        self.client = QLineEdit()
        # how she is employed, where, the contract's kind, whether one was
        # signed: her answers, each starting on "— choose —" (never a default)
        self.arrangement = QComboBox()
        self.arrangement.addItem(self.tr("— choose —"), None)
        for arrangement in Arrangement:
            self.arrangement.addItem(
                words.vocab_label("arrangement", arrangement.value, _ARRANGEMENT),
                arrangement.value,
            )
        self.city = QComboBox()
        self.city.addItem(self.tr("— choose —"), None)
        self._cities = city_choices(words.lang())
        for city, name in self._cities:
            self.city.addItem(name, city)
        searchable(self.city)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("— choose —"), None)
        for kind in ContractKind:
            self.kind.addItem(
                words.vocab_label("contract_kind", kind.value, _CONTRACT_KIND), kind.value
            )
        self.start = QLineEdit()
        self.start.setPlaceholderText("2024-03-01")
        self.end = QLineEdit()
        self.end.setPlaceholderText("2027-02-28")
        self.written = QComboBox()
        self.written.addItem(self.tr("— choose —"), None)
        self.written.addItem(self.tr("Yes, I signed a written contract"), True)
        self.written.addItem(self.tr("No, none was signed"), False)
        for box in (self.arrangement, self.city, self.kind, self.written):
            # a long choice is elided in the box (whole in its list), never widening the window
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        # how the work is paid (issue 15): by the month unless she says otherwise
        # (the case file's own default: "monthly" is never written)
        self.pay_basis = QComboBox()
        for basis in PayBasis:
            self.pay_basis.addItem(words.vocab_label("pay_basis", basis.value), basis.value)
        self.hourly_wage = QLineEdit()
        self.hourly_wage.setPlaceholderText("25")
        self.wage = QLineEdit()
        self.wage.setPlaceholderText("8000")
        self.payday = QLineEdit()
        self.payday.setPlaceholderText("15")

    def _build_fields(self) -> dict[str, Field]:
        """Each editor with its label and one-line explanation, by field name."""
        return {
            "worker": Field(self.tr("Your name"), self.worker, self.tr("As on your ID card.")),
            "employer": Field(
                self.tr("Employer"),
                self.employer,
                self.tr("The company named on your contract or that pays you (用人单位)."),
            ),
            "client": Field(
                self.tr("Where you actually work (optional)"),
                self.client,
                self.tr("The client or the company you were sent to (用工单位), if different."),
            ),
            "arrangement": Field(
                self.tr("How you are employed"),
                self.arrangement,
                self.tr("Dispatch: an agency employs you and sends you to another company."),
            ),
            "city": Field(
                self.tr("City where you work"),
                self.city,
                self.tr("Local minimum wage and rules depend on where the work is done."),
            ),
            "kind": Field(
                self.tr("Contract"),
                self.kind,
                self.tr('The kind of term your contract has; "no contract" if none was signed.'),
            ),
            "start": Field(
                self.tr("Start date"),
                self.start,
                self.tr("The day you started work, as year-month-day."),
            ),
            "end": Field(
                self.tr("End date (if any)"),
                self.end,
                self.tr("When the contract term ends; leave empty if open-ended."),
            ),
            "written": Field(
                self.tr("Written contract"),
                self.written,
                self.tr("Without one after a month, the law provides double pay."),
            ),
            "wage": Field(
                self.tr("Monthly wage in the contract (yuan, before tax)"),
                self.wage,
                self.tr("The gross monthly figure agreed, e.g. 8000 or 8000.50."),
            ),
            "pay_basis": Field(
                self.tr("How the work is paid"),
                self.pay_basis,
                self.tr("By the hour for part-time work; by the piece for platform batches."),
            ),
            "hourly_wage": Field(
                self.tr("Hourly wage agreed (yuan, optional)"),
                self.hourly_wage,
                self.tr("For work paid by the hour, e.g. 25."),
            ),
            "payday": Field(
                self.tr("Payday"),
                self.payday,
                self.tr("The day of the month your pay usually arrives (1–31)."),
            ),
        }

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Create"))
        self.save_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Back"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.form_error = label("", "error")
        layout.addWidget(self.form_error)
        layout.addStretch(1)

    def _basis_changed(self) -> None:
        monthly = self.pay_basis.currentData() == PayBasis.MONTHLY.value
        self.hourly_wage.setEnabled(self.pay_basis.currentData() == PayBasis.HOURLY.value)
        self.fields["wage"].setToolTip(
            "" if monthly else self.tr("Optional when the work is not paid by the month.")
        )

    def _kind_changed(self) -> None:
        needs_end = self.kind.currentData() == ContractKind.FIXED.value
        self.end.setEnabled(needs_end)

    def show_service_error(self, message: str) -> None:
        self.form_error.setText(message)

    def validate(self) -> CaseInfo | None:
        """The CaseInfo the fields describe, or None after marking each problem."""
        errors: dict[str, str] = {}
        worker = self.worker.text().strip()
        employer = self.employer.text().strip()
        if not worker:
            errors["worker"] = self.tr("Please enter your name.")
        if not employer:
            errors["employer"] = self.tr("Please enter the employer's name.")
        start: dt.date | None = None
        end: dt.date | None = None
        try:
            start = parse_date(self.start.text())
        except ValueError:
            errors["start"] = self.tr("Write the date as year-month-day, e.g. 2024-03-01.")
        if self.end.isEnabled() and self.end.text().strip():
            try:
                end = parse_date(self.end.text())
            except ValueError:
                errors["end"] = self.tr("Write the date as year-month-day, e.g. 2027-02-28.")
            else:
                if start is not None and end < start:
                    errors["end"] = self.tr("The end date is before the start date.")
        wage: Decimal | None = None
        basis = PayBasis(self.pay_basis.currentData())
        wage_text = self.wage.text().strip().replace(",", "")
        if wage_text or basis == PayBasis.MONTHLY:  # optional for hourly and piece work
            try:
                wage = parse_money(wage_text)
            except ValueError:
                errors["wage"] = self.tr(
                    "Enter the amount in yuan as digits, e.g. 8000 or 8000.50."
                )
        hourly: Decimal | None = None
        hourly_text = self.hourly_wage.text().strip().replace(",", "")
        if self.hourly_wage.isEnabled() and hourly_text:
            try:
                hourly = parse_money(hourly_text)
            except ValueError:
                errors["hourly_wage"] = self.tr("Enter the amount in yuan as digits, e.g. 25.")
        for key, box in (
            ("arrangement", self.arrangement),
            ("city", self.city),
            ("kind", self.kind),
            ("written", self.written),
        ):
            if box.currentData() is None:
                errors[key] = self.tr("Choose one.")
        payday: int | None = None
        text = self.payday.text().strip()
        if not text.isdigit() or not 1 <= int(text) <= 31:
            errors["payday"] = self.tr("A month has days 1 to 31; enter one of them.")
        else:
            payday = int(text)
        details, detail_errors = self.details.read(self.today())
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if errors or detail_errors:
            if errors:
                first = next(k for k in self.fields if k in errors)
                self.fields[first].editor.setFocus()
            else:
                self.details.fields[next(iter(detail_errors))].editor.setFocus()
            return None
        assert start is not None and payday is not None
        assert wage is not None or basis != PayBasis.MONTHLY
        client = self.client.text().strip()
        return CaseInfo(
            uid="",
            worker=Worker(name=worker, **details),
            employer=self.details.employer.apply(Organisation(name=employer)),
            client=self.details.client.apply(Organisation(name=client)) if client else None,
            arrangement=Arrangement(self.arrangement.currentData()),
            city=str(self.city.currentData()),
            contract=Contract(
                kind=ContractKind(self.kind.currentData()),
                start=start,
                end=end,
                written=bool(self.written.currentData()),
            ),
            monthly_wage=wage,
            payday=payday,
            pay_basis=basis,
            hourly_wage=hourly,
        )

    def submit(self) -> None:
        self.form_error.setText("")
        info = self.validate()
        if info is not None:
            self.submitted.emit(info)
