"""Shared by the standby money rules: which months hold standby at the floor,
the window of each month outside the first pay cycle, and the refs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import Basis, Parameter
from caseapp.domain.model import Payment
from caseapp.domain.vocab import Confidence
from caseapp.rules import pay
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Category, DayValue, Episode
from caseapp.rules.lawview import weakest
from caseapp.rules.prorate import MonthDue, due_in, paid_in
from caseapp.rules.workdays import month_end


def pay_payments(ctx: RuleContext) -> tuple[Payment, ...]:
    return tuple(p for p in ctx.case.payments if p.kind in pay.PAY_KINDS)


@dataclass(frozen=True, slots=True)
class FloorMonth:
    month: dt.date
    start: dt.date
    end: dt.date
    episode: Episode | None
    due: Decimal | None
    paid: Decimal | None
    parts: tuple[MonthDue, ...]
    payments: tuple[Payment, ...]
    net_only: bool
    floor_days: tuple[dt.date, ...]
    parameters: tuple[Parameter, ...]
    confidence: Confidence
    basis: tuple[Basis, ...] = ()

    @property
    def shortfall(self) -> Decimal | None:
        if self.due is None or self.paid is None:
            return None
        return max(self.due - self.paid, Decimal(0))


def floor_months(
    ctx: RuleContext, value: Callable[[DayValue], Decimal | None] | None = None
) -> list[FloorMonth]:
    """Months holding standby days at the floor whose wage is already due,
    each restricted to the part after any first pay cycle. Where the region
    makes the employer bear the worker's own contributions on top of the
    allowance (Jiangsu art. 32), those recorded as deducted count as not paid (memoised per run
    for the default day values)."""
    if value is None:
        hit = ctx.notes.get("floor_months")
        if isinstance(hit, list):
            return hit
        out = _floor_months(ctx, None)
        ctx.notes["floor_months"] = out
        return out
    return _floor_months(ctx, value)


def _floor_months(
    ctx: RuleContext, value: Callable[[DayValue], Decimal | None] | None
) -> list[FloorMonth]:
    facts = ctx.facts
    out: list[FloorMonth] = []
    floor_days = sorted(
        d
        for episode in facts.episodes
        for d in episode.standby_days
        if facts.cal.is_working(d) and facts.value(d).category == Category.FLOOR
    )
    if not floor_days:
        return out
    payments = pay_payments(ctx)
    by_month: dict[dt.date, list[dt.date]] = {}
    for d in floor_days:
        by_month.setdefault(d.replace(day=1), []).append(d)
    for first, days in sorted(by_month.items()):
        if ctx.pay_due_date(first) > ctx.as_of:
            continue
        start = max(first, facts.start)
        for episode in facts.episodes:
            if first < episode.cycle_end <= month_end(first) and episode.cycle_end <= days[0]:
                start = max(start, episode.cycle_end)
        end = min(month_end(first), facts.end)
        due, parts = due_in(facts, start, end, value)
        bears = None if facts.dispatch else ctx.params.employer_bears_worker_si(days[0])
        measure = pay.without_own_contributions if bears is not None else pay.gross
        paid_gross, used = paid_in(facts, payments, start, end, measure)
        net_only = False
        paid = paid_gross
        if paid is None:
            paid, used = paid_in(facts, payments, start, end, pay.at_least)
            net_only = True
        if not used:
            paid = None  # no record: unknown, never "unpaid"
        params: list[Parameter] = []
        confs: list[Confidence] = []
        basis: dict[Basis, None] = {}
        for d in days:
            for name, fig in facts.value(d).sources:
                params.append(fig.parameter(name))
                confs.append(fig.confidence)
                basis.update(dict.fromkeys(fig.basis))
        if bears is not None:
            params.append(
                Parameter(
                    name="employer_bears_worker_si",
                    value="true",
                    effective_from=bears.effective_from,
                    source=bears.source,
                    confidence=bears.confidence,
                )
            )
            basis.update(dict.fromkeys(bears.basis))
        conf = weakest(confs) if confs else Confidence.UNCONFIRMED
        if net_only:
            conf = weakest((conf, Confidence.CONTESTED))
        out.append(
            FloorMonth(
                first,
                start,
                end,
                facts.episode_of(days[0]),
                due,
                paid,
                parts,
                used,
                net_only,
                tuple(days),
                tuple(params),
                conf,
                tuple(basis),
            )
        )
    return out


def group_by_episode(months: list[FloorMonth]) -> list[list[FloorMonth]]:
    groups: dict[dt.date, list[FloorMonth]] = {}
    for item in months:
        anchor = item.episode.start if item.episode else item.month
        groups.setdefault(anchor, []).append(item)
    return [groups[k] for k in sorted(groups)]


def day_refs(days: list[dt.date] | tuple[dt.date, ...], limit: int = 3) -> list[str]:
    """Refs of the first and last few days (a long run is not listed day by day)."""
    ordered = sorted(days)
    if len(ordered) > 2 * limit:
        ordered = ordered[:limit] + ordered[-limit:]
    return [f"day:{d.isoformat()}" for d in ordered]
