"""Working months: calendar months wholly inside employment with no standby,
first-cycle or sick days (absence and unpaid leave allowed: they lower what is
due by day rates). The pay-cut and minimum-wage rules look only at these, and
only once the month's wage is due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.model import Payment
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Category
from caseapp.rules.standby_common import pay_payments
from caseapp.rules.workdays import month_end, months_between

NOT_WORKING = frozenset({Category.FLOOR, Category.FIRST_CYCLE, Category.UNMODELLED})


@dataclass(frozen=True, slots=True)
class WorkingMonth:
    month: dt.date
    end: dt.date
    payments: tuple[Payment, ...]  # pay payments overlapping the month


def working_months(ctx: RuleContext) -> list[WorkingMonth]:
    """Memoised per run (several rules ask)."""
    hit = ctx.notes.get("working_months")
    if isinstance(hit, list):
        return hit
    out = _working_months(ctx)
    ctx.notes["working_months"] = out
    return out


def _working_months(ctx: RuleContext) -> list[WorkingMonth]:
    facts = ctx.facts
    out: list[WorkingMonth] = []
    payments = pay_payments(ctx)
    for first in months_between(facts.start, facts.end):
        last = month_end(first)
        if first < facts.start or last > facts.end or ctx.pay_due_date(first) > ctx.as_of:
            continue
        if any(facts.value(d).category in NOT_WORKING for d in facts.month_workdays(first)):
            continue
        used = tuple(p for p in payments if p.period_start <= last and p.period_end >= first)
        out.append(WorkingMonth(first, last, used))
    return out
