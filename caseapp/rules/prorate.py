"""The one pro-rating method: what is due for part of a month, and which part
of a payment belongs to a stretch of days.

**Due for a window of days** (`due_in`). The day rate is a monthly figure ÷
the pay divisor (21.75 paid days a month: 人社部发〔2025〕2号, unchanged from
劳社部发〔2008〕3号; read from the law data), and days are counted as working
days by the holiday calendar (make-up weekend days count; holiday weekdays do
not). For each calendar month touched by the window, every working day of the
*whole* month has a monthly figure X: its day value (`facts.DayValue`) inside
the window, and 0 outside the window or outside employment. The days are
grouped by X; the largest group (ties: the higher X) is the *anchor*, and

    due(month) = X_anchor + Σ_{other groups g} (X_g − X_anchor) ÷ 21.75 × n_g

clamped between the smallest and the largest X of the month. So a whole month
at one figure is exactly that figure (however many working days the month
has); a month with three unpaid days is the wage minus three day rates
("月工资 − 月工资 ÷ 21.75 × 缺勤天数"); a month that starts at work and
turns to standby is the figure of the larger part, adjusted by day rates for
the other. A month that straddles a minimum-wage change is the same
computation: days before and after the change have different X. The due for
a window is the sum over its months.

**Pay attributed to a window** (`paid_in`). A payment covers
[period_start, period_end]; it is spread over that period in proportion to
working days (calendar days if the period has none), and a window receives
the share of the payment's working days that fall inside it. A payment for
June when the first pay cycle ends on 9 July is split between the cycle and
the rest by this rule like any other payment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.model import Payment
from caseapp.rules.facts import DayValue, Facts
from caseapp.rules.workdays import months_between


@dataclass(frozen=True, slots=True)
class MonthDue:
    month: dt.date
    due: Decimal | None
    groups: tuple[tuple[Decimal, int], ...]  # (monthly figure, working days)
    anchor: Decimal | None
    unknown_days: int


def due_in(
    facts: Facts,
    start: dt.date,
    end: dt.date,
    value: Callable[[DayValue], Decimal | None] | None = None,
) -> tuple[Decimal | None, tuple[MonthDue, ...]]:
    """What is due for [start, end] under the method above; None if a figure
    is unknown for a day inside the window. `value` maps a day's value to its
    monthly figure (default: the day's own figure)."""
    divisor = facts.params.pay_divisor().value
    figure_of = value or (lambda v: v.figure)
    total: Decimal | None = Decimal(0)
    parts: list[MonthDue] = []
    for first in months_between(start, end):
        counts: dict[Decimal, int] = {}
        unknown = 0
        zero = Decimal(0)
        for day in facts.month_workdays(first):
            fig = figure_of(facts.value(day)) if start <= day <= end else zero
            if fig is None:
                unknown += 1
            else:
                counts[fig] = counts.get(fig, 0) + 1
        if unknown or not counts:
            parts.append(MonthDue(first, None if unknown else Decimal(0), (), None, unknown))
            if unknown:
                total = None
            continue
        anchor = max(counts, key=lambda x: (counts[x], x))
        due = anchor + sum(
            ((x - anchor) / divisor * n for x, n in counts.items() if x != anchor), Decimal(0)
        )
        due = min(max(due, min(counts)), max(counts))
        groups = tuple(sorted(counts.items()))
        parts.append(MonthDue(first, due, groups, anchor, 0))
        if total is not None:
            total += due
    return total, tuple(parts)


def share(facts: Facts, payment: Payment, start: dt.date, end: dt.date) -> Decimal:
    """The fraction of a payment that belongs to [start, end]."""
    lo, hi = max(start, payment.period_start), min(end, payment.period_end)
    if hi < lo:
        return Decimal(0)
    whole = facts.cal.count(payment.period_start, payment.period_end)
    if whole:
        return Decimal(facts.cal.count(lo, hi)) / Decimal(whole)
    days = (payment.period_end - payment.period_start).days + 1
    return Decimal((hi - lo).days + 1) / Decimal(days)


def paid_in(
    facts: Facts,
    payments: Iterable[Payment],
    start: dt.date,
    end: dt.date,
    measure: Callable[[Payment], Decimal | None],
) -> tuple[Decimal | None, tuple[Payment, ...]]:
    """The pay attributed to [start, end] and the payments that contribute;
    None if a contributing payment has no value under `measure`."""
    total: Decimal | None = Decimal(0)
    used: list[Payment] = []
    for payment in payments:
        part = share(facts, payment, start, end)
        if not part:
            continue
        used.append(payment)
        amount = measure(payment)
        if amount is None or total is None:
            total = None
            continue
        total += amount * part
    return total, tuple(used)
