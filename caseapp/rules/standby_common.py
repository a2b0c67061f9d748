"""Shared by the standby money rules: the pay periods holding standby days,
each split where the first pay cycle ends, what is due and what was paid for
each part, and the refs.

**Pay periods.** Standby pay is compared pay period by pay period (工资支付
暂行规定 art. 7; `caseapp.rules.periods`: calendar months unless the payments
show another cycle). A period is looked at once its pay is due
(`RuleContext.pay_due_date` of its first day), when it is over (or
employment ended inside it), and only if it has a pay record (none: unknown,
left to `data-gap`).

**Head and tail.** A period holding both first-cycle days and standby days at
the floor is split after its last first-cycle day: the *head* holds the days
up to it (days worked before the stoppage, the cycle's days), the *tail* the
days after it (the floor, and any day worked after it). A period with
first-cycle days but none at the floor is all head; one with floor days but
no first-cycle day (and any dispatch standby) is all tail. The head is priced
by `standby-first-cycle-underpaid`, the tail by `standby-below-floor` (and on
the contested reading by `standby-full-wage-arguable`): no period is counted
twice, and one period's pay is never spread over another.

**Due and paid.** due(period) = `prorate.due_in_period` over its days in
employment; due(tail) the same over the tail's days (the head's days
counting 0); due(head) = due(period) − due(tail). Paid = the payments' shares
of the period (`prorate.paid_in`: a payment for the period is wholly its
pay). In a split period the pay is credited first to the tail, up to its due
at the floor (a standby allowance is pay for the standby days), and the rest
to the head; so the two shortfalls add up to the period's own,
max(0, due(period) − paid). Where the region makes the employer bear the
worker's own contributions on top of the allowance (Jiangsu art. 32), those
recorded as deducted do not count as paid toward the floor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import Basis, CalcValue, Parameter
from caseapp.domain.model import Payment
from caseapp.domain.vocab import Confidence
from caseapp.rules import pay
from caseapp.rules.context import RuleContext
from caseapp.rules.facts import Category, DayValue, Episode, Facts, Inferred
from caseapp.rules.law_types import Dated
from caseapp.rules.lawview import Figure, weakest
from caseapp.rules.periods import PayPeriod
from caseapp.rules.prorate import MonthDue, due_in_period, paid_in
from caseapp.rules.workdays import ONE_DAY

Value = Callable[[DayValue], Decimal | None]
STANDBY = frozenset({Category.FLOOR, Category.FIRST_CYCLE})


def pay_payments(ctx: RuleContext) -> tuple[Payment, ...]:
    return tuple(p for p in ctx.case.payments if p.kind in pay.PAY_KINDS)


@dataclass(frozen=True, slots=True)
class StandbyPeriod:
    """A pay period holding standby days, its pay due and recorded."""

    period: PayPeriod
    lo: dt.date  # the period's first day in employment
    hi: dt.date  # its last day in employment
    cut: dt.date | None  # the tail's first day (None: no tail)
    head: bool  # holds first-cycle days: the head is [lo, cut) or [lo, hi]
    cycle_episode: Episode | None  # the episode whose first cycle the head holds
    tail_episode: Episode | None  # the episode of the tail's first standby day
    payments: tuple[Payment, ...]
    gross: Decimal  # paid for the period (gross; the net where only that is recorded)
    floor_paid: Decimal  # paid as counted toward the floor (Jiangsu art. 32)
    net_only: bool
    bears: Dated[bool] | None

    @property
    def head_end(self) -> dt.date:
        return self.hi if self.cut is None else self.cut - ONE_DAY

    @property
    def tail_start(self) -> dt.date | None:
        if self.cut is not None:
            return self.cut
        return None if self.head else self.lo


def standby_periods(ctx: RuleContext) -> list[StandbyPeriod]:
    """The pay periods holding first-cycle or floor days, due, over and with a
    pay record (memoised per run)."""
    hit = ctx.notes.get("standby_periods")
    if isinstance(hit, list):
        return hit
    out = _standby_periods(ctx)
    ctx.notes["standby_periods"] = out
    return out


def _standby_periods(ctx: RuleContext) -> list[StandbyPeriod]:
    facts = ctx.facts
    by_period: dict[PayPeriod, list[dt.date]] = {}
    for episode in facts.episodes:
        for d in (*episode.standby_days, *episode.inferred_days):
            if (
                facts.in_employment(d)
                and facts.cal.is_working(d)
                and facts.value(d).category in STANDBY
            ):
                by_period.setdefault(facts.cycle.period_of(d), []).append(d)
    out: list[StandbyPeriod] = []
    payments = pay_payments(ctx)
    ended_by_as_of = facts.ended_on is not None and facts.ended_on <= ctx.as_of
    for period, days in sorted(by_period.items()):
        if ctx.pay_due_date(period.start) > ctx.as_of:
            continue
        if period.end > facts.end and not ended_by_as_of:
            continue  # the period is not over yet
        days.sort()
        cycle_days = [d for d in days if facts.value(d).category == Category.FIRST_CYCLE]
        floor_days = [d for d in days if facts.value(d).category == Category.FLOOR]
        lo, hi = max(period.start, facts.start), min(period.end, facts.end)
        cut = None
        if floor_days and cycle_days:
            # after the cycle's last day (its end, when the cycle ends in the period)
            cut = cycle_days[-1] + ONE_DAY
            owner = facts.episode_of(cycle_days[-1])
            if owner is not None and cut < owner.cycle_end <= hi:
                cut = owner.cycle_end
            if cut > hi:
                cut = None
        elif floor_days:
            cut = lo
        bears = None if facts.dispatch else ctx.params.employer_bears_worker_si(days[0])
        gross, used = paid_in(facts, payments, period.start, period.end, pay.gross)
        net_only = False
        if gross is None:
            gross, used = paid_in(facts, payments, period.start, period.end, pay.at_least)
            net_only = True
        if not used or gross is None:
            continue  # no record: unknown, never "unpaid"
        floor_paid: Decimal | None = gross
        if bears is not None:
            floor_paid, _ = paid_in(
                facts, payments, period.start, period.end, pay.without_own_contributions
            )
        if floor_paid is None:
            floor_paid = gross
        out.append(
            StandbyPeriod(
                period=period,
                lo=lo,
                hi=hi,
                cut=cut,
                head=bool(cycle_days),
                cycle_episode=facts.episode_of(cycle_days[-1]) if cycle_days else None,
                tail_episode=facts.episode_of(floor_days[0]) if floor_days else None,
                payments=used,
                gross=gross,
                floor_paid=floor_paid,
                net_only=net_only,
                bears=bears,
            )
        )
    return out


def _due(facts: Facts, sp: StandbyPeriod, start: dt.date, value: Value | None) -> MonthDue:
    return due_in_period(facts, sp.period, start, sp.hi, value)


def tail_credit(ctx: RuleContext, sp: StandbyPeriod, value: Value | None = None) -> Decimal | None:
    """The pay credited to the tail: all of it when the period is all tail;
    in a split period, at most the tail's due at the floor (that due under
    `value` if the floor itself is unknown; None if both are)."""
    if sp.tail_start is None:
        return Decimal(0)
    if sp.cut is None or not sp.head:
        return sp.floor_paid
    due = _tail_due_default(ctx, sp)
    if due is None and value is not None:
        due = _due(ctx.facts, sp, sp.cut, value).due
    if due is None:
        return None
    return min(sp.floor_paid, due)


def _tail_due_default(ctx: RuleContext, sp: StandbyPeriod) -> Decimal | None:
    start = sp.tail_start
    if start is None:
        return Decimal(0)
    key = f"tail_due:{sp.period.start.isoformat()}"
    hit = ctx.notes.get(key)
    if isinstance(hit, MonthDue):
        return hit.due
    part = _due(ctx.facts, sp, start, None)
    ctx.notes[key] = part
    return part.due


def _sources(
    facts: Facts, days: list[dt.date]
) -> tuple[list[Parameter], list[Confidence], dict[Basis, None]]:
    """The figures the days' values use, each once, in the days' order."""
    params: list[Parameter] = []
    confs: list[Confidence] = []
    basis: dict[Basis, None] = {}
    seen: set[tuple[str, Figure]] = set()
    for d in days:
        for name, fig in facts.value(d).sources:
            if (name, fig) in seen:
                continue
            seen.add((name, fig))
            params.append(fig.parameter(name))
            confs.append(fig.confidence)
            basis.update(dict.fromkeys(fig.basis))
    return params, confs, basis


# --- the tail: standby at the floor -------------------------------------------------


@dataclass(frozen=True, slots=True)
class FloorMonth:
    """The tail of one pay period: standby at the floor (a calendar month's
    part after any first cycle, when the cycle is calendar months)."""

    period: PayPeriod
    start: dt.date
    end: dt.date
    episode: Episode | None
    due: Decimal | None
    paid: Decimal | None
    parts: tuple[MonthDue, ...]
    payments: tuple[Payment, ...]
    net_only: bool
    floor_days: tuple[dt.date, ...]  # logged standby days at the floor
    inferred: tuple[tuple[dt.date, Inferred], ...]  # working days valued as standby
    parameters: tuple[Parameter, ...]
    confidence: Confidence
    basis: tuple[Basis, ...] = ()

    @property
    def month(self) -> dt.date:
        """The pay period's first day."""
        return self.period.start

    @property
    def unlogged(self) -> tuple[dt.date, ...]:
        return tuple(d for d, kind in self.inferred if kind == Inferred.UNLOGGED)

    @property
    def shortfall(self) -> Decimal | None:
        if self.due is None or self.paid is None:
            return None
        return max(self.due - self.paid, Decimal(0))


def floor_months(ctx: RuleContext, value: Value | None = None) -> list[FloorMonth]:
    """The tails of the standby periods (see the module's docstring), with
    standby days valued by `value` (default: their day values; memoised)."""
    if value is None:
        hit = ctx.notes.get("floor_months")
        if isinstance(hit, list):
            return hit
        out = _floor_months(ctx, None)
        ctx.notes["floor_months"] = out
        return out
    return _floor_months(ctx, value)


def _floor_months(ctx: RuleContext, value: Value | None) -> list[FloorMonth]:
    facts = ctx.facts
    out: list[FloorMonth] = []
    for sp in standby_periods(ctx):
        start = sp.tail_start
        if start is None:
            continue
        part = _due(facts, sp, start, value)
        paid = tail_credit(ctx, sp, value)
        standby = [
            d
            for episode in facts.episodes
            for d in episode.standby_days
            if start <= d <= sp.hi
            and facts.cal.is_working(d)
            and facts.value(d).category == Category.FLOOR
        ]
        inferred = [
            (d, v.inferred)
            for episode in facts.episodes
            for d in episode.inferred_days
            if start <= d <= sp.hi
            and (v := facts.value(d)).category == Category.FLOOR
            and v.inferred is not None
        ]
        params, confs, basis = _sources(facts, sorted([*standby, *(d for d, _ in inferred)]))
        if sp.bears is not None:
            params.append(
                Parameter(
                    name="employer_bears_worker_si",
                    value="true",
                    effective_from=sp.bears.effective_from,
                    source=sp.bears.source,
                    confidence=sp.bears.confidence,
                )
            )
            basis.update(dict.fromkeys(sp.bears.basis))
        conf = weakest(confs) if confs else Confidence.UNCONFIRMED
        if sp.net_only:
            conf = weakest((conf, Confidence.CONTESTED))
        out.append(
            FloorMonth(
                period=sp.period,
                start=start,
                end=sp.hi,
                episode=sp.tail_episode,
                due=part.due,
                paid=paid,
                parts=(part,),
                payments=sp.payments,
                net_only=sp.net_only,
                floor_days=tuple(sorted(standby)),
                inferred=tuple(sorted((d, k) for d, k in inferred if k is not None)),
                parameters=tuple(params),
                confidence=conf,
                basis=tuple(basis),
            )
        )
    return out


# --- the head: the first pay cycle --------------------------------------------------


@dataclass(frozen=True, slots=True)
class CycleMonth:
    """The head of one pay period: the first cycle's days (and days worked
    before the stoppage in the same period)."""

    period: PayPeriod
    start: dt.date
    end: dt.date
    episode: Episode
    due: Decimal  # due for the head
    floor_due: Decimal  # due for the tail of the same period (0: no tail)
    period_paid: Decimal  # all the pay for the period
    credited: Decimal  # the part of it credited to the head
    payments: tuple[Payment, ...]
    net_only: bool
    inferred: tuple[tuple[dt.date, Inferred], ...]
    tail_parameters: tuple[Parameter, ...]
    tail_confidence: Confidence | None  # the floor figures' weakest, when a tail is credited

    @property
    def paid(self) -> Decimal:
        """What is counted as paid for the head."""
        return self.credited

    @property
    def shortfall(self) -> Decimal:
        return max(self.due - self.credited, Decimal(0))

    @property
    def unlogged(self) -> tuple[dt.date, ...]:
        return tuple(d for d, kind in self.inferred if kind == Inferred.UNLOGGED)


def cycle_months(
    ctx: RuleContext, episode: Episode, value: Value | None = None
) -> list[CycleMonth] | None:
    """The heads of the standby periods holding `episode`'s first cycle (see
    the module's docstring), first-cycle days valued by `value`; None if a
    figure is unknown."""
    facts = ctx.facts
    out: list[CycleMonth] = []
    for sp in standby_periods(ctx):
        if not sp.head or sp.cycle_episode is not episode:
            continue
        tail_start = sp.tail_start
        tail = Decimal(0) if tail_start is None else _due(facts, sp, tail_start, value).due
        if tail is None:
            # the floor is unknown: the head alone, the tail's days counting 0
            head = due_in_period(facts, sp.period, sp.lo, sp.head_end, value).due
        else:
            total = _due(facts, sp, sp.lo, value).due
            head = None if total is None else max(total - tail, Decimal(0))
        if head is None:
            return None
        # pay credited to an unknown floor: none (all of it counts for the head)
        credit = tail_credit(ctx, sp) or Decimal(0)
        tail_default = _tail_due_default(ctx, sp) if tail_start is not None else Decimal(0)
        tail_params: tuple[Parameter, ...] = ()
        tail_conf: Confidence | None = None
        if tail_start is not None and credit:
            floor = [
                d
                for d in facts.workdays(tail_start, sp.hi)
                if facts.value(d).category == Category.FLOOR
            ]
            params, confs, _ = _sources(facts, floor)
            tail_params = tuple(params)
            tail_conf = weakest(confs) if confs else None
        inferred = tuple(
            (d, v.inferred)
            for d in episode.inferred_days
            if sp.lo <= d <= sp.head_end
            and (v := facts.value(d)).category == Category.FIRST_CYCLE
            and v.inferred is not None
        )
        out.append(
            CycleMonth(
                period=sp.period,
                start=sp.lo,
                end=sp.head_end,
                episode=episode,
                due=head,
                floor_due=tail_default or Decimal(0),
                period_paid=sp.gross,
                credited=sp.gross - credit,
                payments=sp.payments,
                net_only=sp.net_only,
                inferred=inferred,
                tail_parameters=tail_params,
                tail_confidence=tail_conf,
            )
        )
    return out


def group_by_episode(months: list[FloorMonth]) -> list[list[FloorMonth]]:
    groups: dict[dt.date, list[FloorMonth]] = {}
    for item in months:
        anchor = item.episode.start if item.episode else item.month
        groups.setdefault(anchor, []).append(item)
    return [groups[k] for k in sorted(groups)]


def period_key_column(periods: list[PayPeriod]) -> str:
    """The breakdown's key column: `month` when every period is a calendar month."""
    return "month" if all(p.calendar for p in periods) else "period"


def row_label(period: PayPeriod) -> CalcValue | None:
    return period.label


def day_refs(days: list[dt.date] | tuple[dt.date, ...], limit: int = 3) -> list[str]:
    """Refs of the first and last few days (a long run is not listed day by day)."""
    ordered = sorted(days)
    if len(ordered) > 2 * limit:
        ordered = ordered[:limit] + ordered[-limit:]
    return [f"day:{d.isoformat()}" for d in ordered]


def date_list(days: list[dt.date] | tuple[dt.date, ...]) -> str:
    """Days as a language-neutral list for a calculation's inputs."""
    return ", ".join(d.isoformat() for d in sorted(days))
