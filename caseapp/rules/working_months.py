"""Working periods: pay periods (`caseapp.rules.periods`: calendar months, or
the cycle the payments show, e.g. the 10th to the 9th) wholly inside
employment with no standby, first-cycle or sick days (absence and unpaid
leave allowed: they lower what is due by day rates). The pay-cut and
minimum-wage rules look only at these, period by period, and only once the
period's pay is due (`RuleContext.pay_due_date` of its first day)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.model import Payment
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Category
from caseapp.rules.periods import PayPeriod
from caseapp.rules.standby_common import pay_payments

NOT_WORKING = frozenset({Category.FLOOR, Category.FIRST_CYCLE, Category.UNMODELLED})


@dataclass(frozen=True, slots=True)
class WorkingMonth:
    """One working pay period (a calendar month unless the cycle is another)."""

    period: PayPeriod
    payments: tuple[Payment, ...]  # pay payments overlapping the period

    @property
    def month(self) -> dt.date:
        """The period's first day."""
        return self.period.start

    @property
    def end(self) -> dt.date:
        return self.period.end


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
    for period in facts.cycle.periods(facts.start, facts.end):
        first, last = period.start, period.end
        if first < facts.start or last > facts.end or ctx.pay_due_date(first) > ctx.as_of:
            continue
        if any(facts.value(d).category in NOT_WORKING for d in facts.workdays(first, last)):
            continue
        used = tuple(p for p in payments if p.period_start <= last and p.period_end >= first)
        out.append(WorkingMonth(period, used))
    return out
