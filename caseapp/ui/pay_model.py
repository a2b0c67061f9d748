"""Pay as the 工资 view shows it: the payments table model, the monthly
figures for the chart (received, contract wage, legal floor), and the labels
of the payment vocabularies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from caseapp import i18n
from caseapp.domain.model import Case, Payment
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import Party, PayBasis, PaymentKind, SIStatus
from caseapp.rules.periods import pay_still_due
from caseapp.ui import words
from caseapp.ui.records_model import RecordRole, RecordsModel
from caseapp.ui.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
PaymentRole = RecordRole  # the Payment of a row

KIND_LABEL = {
    PaymentKind.WAGE: QT_TRANSLATE_NOOP("Pay", "Wage"),
    PaymentKind.STANDBY: QT_TRANSLATE_NOOP("Pay", "Standby pay / living allowance"),
    PaymentKind.BONUS: QT_TRANSLATE_NOOP("Pay", "Bonus"),
    PaymentKind.OVERTIME: QT_TRANSLATE_NOOP("Pay", "Overtime pay"),
    PaymentKind.ALLOWANCE: QT_TRANSLATE_NOOP("Pay", "Allowance"),
    PaymentKind.SEVERANCE: QT_TRANSLATE_NOOP("Pay", "Severance"),
    PaymentKind.NOTICE_PAY: QT_TRANSLATE_NOOP("Pay", "Pay in lieu of notice"),
    PaymentKind.OTHER: QT_TRANSLATE_NOOP("Pay", "Other"),
}
PARTY_LABEL = {
    Party.EMPLOYER: QT_TRANSLATE_NOOP("Pay", "Employer (the contract company)"),
    Party.CLIENT: QT_TRANSLATE_NOOP("Pay", "Client (where I work)"),
    Party.AGENCY: QT_TRANSLATE_NOOP("Pay", "Agency"),
    Party.WORKER: QT_TRANSLATE_NOOP("Pay", "Me"),
    Party.AUTHORITY: QT_TRANSLATE_NOOP("Pay", "Authority"),
    Party.OTHER: QT_TRANSLATE_NOOP("Pay", "Other"),
}
SI_LABEL = {
    SIStatus.PAID: QT_TRANSLATE_NOOP("Pay", "Paid in full"),
    SIStatus.PARTIAL: QT_TRANSLATE_NOOP("Pay", "Partly paid"),
    SIStatus.UNPAID: QT_TRANSLATE_NOOP("Pay", "Not paid"),
}
# Payments that are pay for a month (the chart); severance and notice pay are not.
MONTHLY_KINDS = {
    PaymentKind.WAGE,
    PaymentKind.STANDBY,
    PaymentKind.BONUS,
    PaymentKind.OVERTIME,
    PaymentKind.ALLOWANCE,
    PaymentKind.OTHER,
}


def pay_text(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("Pay", ...), translated."""
    return QCoreApplication.translate("Pay", text)


def label_of(vocabulary: str, code: str, fallback: dict[Any, str]) -> str:
    try:
        return i18n.label(vocabulary, code, words.lang())
    except (i18n.MissingMessage, KeyError):
        for key, text in fallback.items():
            if str(key) == code:
                return pay_text(text)
        return code


def kind_label(kind: PaymentKind) -> str:
    return label_of("payment_kind", kind.value, KIND_LABEL)


def money(value: Decimal | None) -> str:
    return "" if value is None else "¥" + fmt_money(value)


def deductions_total(p: Payment) -> Decimal | None:
    d = p.deductions
    if d is None:
        return None
    parts = [d.si_employee, d.housing_fund_employee, d.iit, d.other]
    known = [x for x in parts if x is not None]
    return sum(known, Decimal(0)) if known else None


def received(p: Payment) -> tuple[Decimal | None, bool]:
    """(what reached the worker as best known, True if only the net is known)."""
    if p.amount is not None:
        return p.amount, False
    return p.net, True


COLUMNS = (
    QT_TRANSLATE_NOOP("Pay", "Paid on"),
    QT_TRANSLATE_NOOP("Pay", "For"),
    QT_TRANSLATE_NOOP("Pay", "Kind"),
    QT_TRANSLATE_NOOP("Pay", "Gross"),
    QT_TRANSLATE_NOOP("Pay", "Net"),
    QT_TRANSLATE_NOOP("Pay", "Deductions"),
    QT_TRANSLATE_NOOP("Pay", "Paid by"),
)


def _gross(p: Payment) -> str:
    if p.amount is None:
        return QCoreApplication.translate("Pay", "not known")
    return money(p.amount)


def _payer(p: Payment) -> str:
    if p.payer_name:
        return p.payer_name
    return label_of("party", p.payer_party.value, PARTY_LABEL) if p.payer_party else ""


_CELLS: tuple[Callable[[Payment], str], ...] = (
    lambda p: p.paid_on.isoformat(),
    lambda p: f"{p.period_start.isoformat()} – {p.period_end.isoformat()}",
    lambda p: kind_label(PaymentKind(p.kind)),
    _gross,
    lambda p: money(p.net),
    lambda p: money(deductions_total(p)),
    _payer,
)
_MONEY_COLUMNS = (3, 4, 5)


def _title(text: str) -> Callable[[], str]:
    return lambda: pay_text(text)


class PaymentsModel(RecordsModel[Payment]):
    """The case's payments, newest first (the 工资 view's list)."""

    def __init__(self, parent: Any = None) -> None:
        columns = [(_title(t), cell) for t, cell in zip(COLUMNS, _CELLS, strict=True)]
        super().__init__(columns, sort_key=lambda p: (p.paid_on, p.id), parent=parent)

    def set_payments(self, payments: tuple[Payment, ...]) -> None:
        self.set_records(payments)

    def payment(self, row: int) -> Payment | None:
        return self.record(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.isValid() and index.column() in _MONEY_COLUMNS and self.record(index.row()):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)


# --- the chart's figures ------------------------------------------------------------
@dataclass(frozen=True)
class MonthPay:
    month: dt.date  # first of the month
    received: Decimal  # what is recorded as paid for the month (gross where known)
    net_only: bool  # some of it is known only as net
    contract: Decimal | None
    floor: Decimal | None


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def previous_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def contract_wage(case: Case, month: dt.date) -> Decimal:
    wage = case.info.monthly_wage or Decimal(0)  # hourly or piece work: no monthly wage
    end = next_month(month) - dt.timedelta(days=1)
    for change in sorted(case.info.wage_history, key=lambda c: c.from_):
        if change.from_ <= end:
            wage = change.monthly_gross
    return wage


Floor = Callable[[str, dt.date], Decimal | None]


def paid_by_month(case: Case) -> tuple[dict[dt.date, Decimal], set[dt.date]]:
    """What was received for each month (by the month its period starts in)
    of the monthly kinds of payment, and the months some of it is known only
    as net."""
    paid: dict[dt.date, Decimal] = {}
    net_only: set[dt.date] = set()
    for p in case.payments:
        if PaymentKind(p.kind) not in MONTHLY_KINDS:
            continue
        value, only_net = received(p)
        if value is None:
            continue
        m = month_of(p.period_start)
        paid[m] = paid.get(m, Decimal(0)) + value
        if only_net:
            net_only.add(m)
    return paid, net_only


def monthly_pay(case: Case, floor: Floor | None = None, limit: int = 36) -> list[MonthPay]:
    """The last ``limit`` months from the first month with pay or a logged
    day to the newest, each with what was received for it."""
    paid, net_only = paid_by_month(case)
    ends = list(paid)
    if case.days:  # the first and last logged day (not a set of every day's month)
        dates = [d.date for d in case.days]
        ends += [month_of(min(dates)), month_of(max(dates))]
    if not ends:
        return []
    first, last = min(ends), max(ends)
    start = last  # only the last `limit` months are computed (a 10-year case has 120)
    for _ in range(limit - 1):
        if start <= first:
            break
        start = previous_month(start)
    out: list[MonthPay] = []
    m = max(start, first) if limit > 0 else first
    while m <= last:
        fl = floor(case.info.city, m) if floor is not None else None
        out.append(MonthPay(m, paid.get(m, Decimal(0)), m in net_only, contract_wage(case, m), fl))
        m = next_month(m)
    return out[-limit:]


def hourly_pay(case: Case, floor: Floor | None = None, limit: int = 36) -> list[MonthPay]:
    """Hourly and piece work (issue 15): for each month with hours logged,
    pay per hour — what was received for the month ÷ its hours — against the
    agreed hourly wage (`contract`, hourly work only) and the local hourly
    minimum wage (`floor`): where the employer is located for hourly work
    (LCL 72), where the work is done for piece work."""
    hours: dict[dt.date, Decimal] = {}
    for d in case.days:
        if d.hours:
            hours[month_of(d.date)] = hours.get(month_of(d.date), Decimal(0)) + d.hours
    paid, net_only = paid_by_month(case)
    info = case.info
    agreed = info.hourly_wage if info.pay_basis == PayBasis.HOURLY else None
    place = (info.employer.city or info.city) if info.pay_basis == PayBasis.HOURLY else info.city
    out = [
        MonthPay(
            m,
            (paid.get(m, Decimal(0)) / h).quantize(Decimal("0.01")),
            m in net_only,
            agreed,
            floor(place, m) if floor is not None else None,
        )
        for m, h in sorted(hours.items())
    ]
    return out[-limit:]


def short_months(
    case: Case, months: list[MonthPay], today: dt.date, grace_days: int = 0
) -> list[MonthPay]:
    """The months that received less than the contract wage, among those whose
    pay has fallen due (payday and grace days passed: `rules.periods.pay_still_due`);
    a month whose pay is not yet due is not short."""
    info = case.info
    return [
        m
        for m in months
        if m.contract is not None
        and m.received < m.contract
        and not pay_still_due(m.month, today, info.payday, info.pay_lag_months, grace_days)
    ]


def law_grace(law: Any, city: str, on: dt.date) -> int:
    """The local days of grace after payday (0 without law data or a figure)."""
    if law is None:
        return 0
    try:
        dated = law.wage_grace_days(city, on)
    except (KeyError, ValueError, LookupError):
        return 0
    return 0 if dated is None else int(dated.value)


def law_floor(law: Any) -> Floor | None:
    """The monthly minimum wage from the law data (None without law data)."""
    if law is None:
        return None

    def floor(city: str, month: dt.date) -> Decimal | None:
        try:
            dated = law.minimum_wage(city, month)
        except (KeyError, ValueError, LookupError):
            return None
        return None if dated is None else Decimal(dated.value)

    return floor


def law_floor_hourly(law: Any) -> Floor | None:
    """The hourly minimum wage (非全日制) from the law data (None without law data)."""
    if law is None:
        return None

    def floor(city: str, month: dt.date) -> Decimal | None:
        try:
            dated = law.minimum_wage_hourly(city, month)
        except (KeyError, ValueError, LookupError, AttributeError):
            return None
        return None if dated is None else Decimal(dated.value)

    return floor
