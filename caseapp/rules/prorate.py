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

**Due for a pay period** (`due_in_period`). The same computation with the
pay period (`caseapp.rules.periods`: the 10th to the 9th, …) in place of the
calendar month: every working day of the whole period has its X, a whole
period at one figure is exactly that figure, and a day's rate is X ÷ 21.75.
For calendar-month periods it is `due_in` of that month.

**Pay attributed to a window** (`paid_in`, `share`). A payment covers
[period_start, period_end]. It is first divided between the pay periods it
touches — a whole period counts 1, a part of one its share of the period's
working days — so a payment for two whole periods gives each half, however
many working days each has; inside a period, its part is spread over its
days there in proportion to working days (calendar days if there are none),
and a window receives the share of those working days that fall inside it.
A payment for one period is thus wholly that period's pay: comparing due and
paid period by period never spreads one period's pay over two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.model import Payment
from caseapp.rules.facts import DayValue, Facts
from caseapp.rules.periods import PayPeriod
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
    divisor = facts.params.pay_divisor(start).value
    figure_of = value or (lambda v: v.figure)
    total: Decimal | None = Decimal(0)
    parts: list[MonthDue] = []
    for first in months_between(start, end):
        part = _unit_due(facts.month_workdays(first), first, start, end, facts, figure_of, divisor)
        parts.append(part)
        if part.due is None:
            total = None
        elif total is not None:
            total += part.due
    return total, tuple(parts)


def due_in_period(
    facts: Facts,
    period: PayPeriod,
    start: dt.date,
    end: dt.date,
    value: Callable[[DayValue], Decimal | None] | None = None,
) -> MonthDue:
    """What is due for the days of [start, end] inside one pay period, the
    period's other working days counting 0 (`MonthDue.month` is the period's
    first day; `due` None if a figure is unknown)."""
    divisor = facts.params.pay_divisor(period.start).value
    figure_of = value or (lambda v: v.figure)
    days = facts.workdays(period.start, period.end)
    return _unit_due(days, period.start, start, end, facts, figure_of, divisor)


def _unit_due(
    workdays: tuple[dt.date, ...],
    first: dt.date,
    start: dt.date,
    end: dt.date,
    facts: Facts,
    figure_of: Callable[[DayValue], Decimal | None],
    divisor: Decimal,
) -> MonthDue:
    """The anchor method over one month or pay period (`workdays`: all of its
    working days)."""
    counts: dict[Decimal, int] = {}
    unknown = 0
    zero = Decimal(0)
    for day in workdays:
        fig = figure_of(facts.value(day)) if start <= day <= end else zero
        if fig is None:
            unknown += 1
        else:
            counts[fig] = counts.get(fig, 0) + 1
    if unknown or not counts:
        return MonthDue(first, None if unknown else Decimal(0), (), None, unknown)
    anchor = max(counts, key=lambda x: (counts[x], x))
    due = anchor + sum(
        ((x - anchor) / divisor * n for x, n in counts.items() if x != anchor), Decimal(0)
    )
    due = min(max(due, min(counts)), max(counts))
    return MonthDue(first, due, tuple(sorted(counts.items())), anchor, 0)


def share(facts: Facts, payment: Payment, start: dt.date, end: dt.date) -> Decimal:
    """The fraction of a payment that belongs to [start, end] (see the
    module's docstring: by pay period, then by working days)."""
    first, last = payment.period_start, payment.period_end
    lo, hi = max(start, first), min(end, last)
    if hi < lo:
        return Decimal(0)
    periods = facts.cycle.periods(first, last)
    if len(periods) <= 1:
        return _spread(facts, first, last, lo, hi)
    weights: list[tuple[Decimal, dt.date, dt.date]] = []
    for period in periods:
        a, b = max(period.start, first), min(period.end, last)
        weights.append((_spread(facts, period.start, period.end, a, b), a, b))
    total = sum((w for w, _, _ in weights), Decimal(0))
    if not total:
        return _spread(facts, first, last, lo, hi)
    out = Decimal(0)
    for weight, a, b in weights:
        x, y = max(lo, a), min(hi, b)
        if x <= y and weight:
            out += weight / total * _spread(facts, a, b, x, y)
    return out


def _spread(facts: Facts, first: dt.date, last: dt.date, lo: dt.date, hi: dt.date) -> Decimal:
    """The share of [first, last] that [lo, hi] (inside it) holds, by working
    days (calendar days if [first, last] has none)."""
    whole = len(facts.workdays(first, last))
    if whole:
        return Decimal(facts.cal.count(lo, hi)) / Decimal(whole)
    days = (last - first).days + 1
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
