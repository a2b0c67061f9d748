"""Figures the summary and the charts show, computed from the case itself.

Pay received per month counts wage-like payments (wage, standby, allowance,
overtime, bonus, other; not severance or notice pay), gross where known and
net otherwise, spread over their pay period by calendar days. The contract
wage is the wage in force at the month's end. The legal floor (the minimum
wage) is asked of a lookup the caller passes in (the law data by default).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.model import Case, Payment
from caseapp.domain.vocab import DayStatus, PaymentKind

WAGE_LIKE = frozenset(
    {
        PaymentKind.WAGE,
        PaymentKind.STANDBY,
        PaymentKind.ALLOWANCE,
        PaymentKind.OVERTIME,
        PaymentKind.BONUS,
        PaymentKind.OTHER,
    }
)


@dataclass(frozen=True)
class PayMonth:
    month: dt.date  # first day
    received: Decimal | None  # None: no payment recorded (unknown, not "unpaid")
    contract: Decimal
    floor: Decimal | None
    due: Decimal | None = None  # due at least under the rules (None: not computed)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    out: list[dt.date] = []
    m = month_start(start)
    while m <= end:
        out.append(m)
        m = next_month(m)
    return out


def covered(case: Case, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The period the records cover: first to last dated record (at most as_of)."""
    dates: list[dt.date] = [d.date for d in case.days]
    dates += [p.period_start for p in case.payments] + [p.paid_on for p in case.payments]
    dates += [i.date for i in case.incidents] + [t.assigned_on for t in case.tasks]
    start = case.info.employment_start or case.info.contract.start
    if not dates:
        return start, as_of
    return min(dates), min(max(dates), as_of)


def report_period(
    case: Case, as_of: dt.date, period_from: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The period the report's pictures and chronology cover: the records'
    period, or from `period_from` (`--from`) to the records' end (to `as_of`
    when no record is that late)."""
    start, end = covered(case, as_of)
    if period_from is None:
        return start, end
    return period_from, end if end >= period_from else as_of


def status_counts(case: Case, start: dt.date, end: dt.date) -> tuple[Counter[DayStatus], int]:
    counts: Counter[DayStatus] = Counter(d.status for d in case.days if start <= d.date <= end)
    logged = sum(counts.values())
    not_logged = max(0, (end - start).days + 1 - logged)
    return counts, not_logged


def wage_in_force(case: Case, on: dt.date) -> Decimal:
    history = sorted(case.info.wage_history, key=lambda w: w.from_)
    if not history:  # no monthly wage (hourly or piece work): no monthly line
        return case.info.monthly_wage or Decimal(0)
    current = history[0].monthly_gross
    for change in history:
        if change.from_ <= on:
            current = change.monthly_gross
    return current


def payment_value(p: Payment) -> Decimal | None:
    return p.amount if p.amount is not None else p.net


def _spread(p: Payment) -> dict[dt.date, Decimal]:
    value = payment_value(p)
    if value is None:
        return {}
    start, end = p.period_start, max(p.period_end, p.period_start)
    total = (end - start).days + 1
    out: dict[dt.date, Decimal] = {}
    for m in months(start, end):
        first = max(m, start)
        last = min(next_month(m) - dt.timedelta(days=1), end)
        out[m] = out.get(m, Decimal(0)) + value * Decimal((last - first).days + 1) / Decimal(total)
    return out


def _received_by_month(case: Case) -> dict[dt.date, Decimal]:
    received: dict[dt.date, Decimal] = {}
    for p in case.payments:
        if p.kind not in WAGE_LIKE:
            continue
        for m, v in _spread(p).items():
            received[m] = received.get(m, Decimal(0)) + v
    return received


def per_hour_months(
    case: Case,
    start: dt.date,
    end: dt.date,
    hourly_floor: Callable[[dt.date], Decimal | None],
) -> list[PayMonth]:
    """Hourly and piece work (issue 15): each month's pay received divided by
    the hours logged that month (None, shown as "?", when either is missing),
    the agreed hourly wage (0: none agreed) and the hourly minimum wage in
    force at the month's end."""
    received = _received_by_month(case)
    hours: dict[dt.date, Decimal] = {}
    for d in case.days:
        if d.hours and start <= d.date <= end:
            m = month_start(d.date)
            hours[m] = hours.get(m, Decimal(0)) + d.hours
    agreed = case.info.hourly_wage or Decimal(0)
    out: list[PayMonth] = []
    for m in months(start, end):
        month_end = next_month(m) - dt.timedelta(days=1)
        paid, worked = received.get(m), hours.get(m)
        per_hour = paid / worked if paid is not None and worked else None
        out.append(PayMonth(m, per_hour, agreed, hourly_floor(month_end)))
    return out


def pay_months(
    case: Case,
    start: dt.date,
    end: dt.date,
    floor: Callable[[str, dt.date], Decimal | None],
    due: Mapping[dt.date, Decimal] | None = None,
) -> list[PayMonth]:
    received = _received_by_month(case)
    out: list[PayMonth] = []
    for m in months(start, end):
        month_end = next_month(m) - dt.timedelta(days=1)
        contract = wage_in_force(case, month_end)
        legal = (due or {}).get(m)
        out.append(PayMonth(m, received.get(m), contract, floor(case.info.city, m), legal))
    return out
