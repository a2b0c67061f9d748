"""standby-below-floor (law.md R03).

Standby at the floor — after the first pay cycle; for dispatch from the first
day without work — compared **per pay period** (工资支付暂行规定 art. 7; the
cycle the payments show, else calendar months; `standby_common`): for each
period holding such days, its *tail* (the days after the first cycle's last
day in the period, or the whole period): due = `prorate.due_in_period` over
the tail, where a standby day's monthly figure is minimum wage × the ratio
(dispatch: the dispatch ratio, LCL 58; on-site or on-call standby: the
presence ratio; else the region's share after the first cycle) and a worked
day's is the wage. Paid = the period's pay (in a period the first cycle ends
in, credited to the tail first, up to its due). A working day inside a
standby run with no entry is valued as a plain standby day, counted as
unlogged in the breakdown, and the reading that it was a day at the wage is
an `unconfirmed` alternative. Periods with no pay record are unknown and left
to `data-gap`; a floor the law data does not know is left to `data-gap` too.
One finding per standby episode, periods listed in the calculation. Paid
amounts recorded only as net are compared as they are, and the finding is
then `contested` (law.md §8 q3: gross or net is not settled). Near misses: a
period paid exactly the floor; a period whose payday has not come.
"""

from __future__ import annotations

from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    Basis,
    CalcRow,
    CalcTable,
    Calculation,
    CalcValue,
    Finding,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money, unique_params
from caseapp.rules.facts import Category, DayValue, Inferred
from caseapp.rules.lawview import weakest
from caseapp.rules.standby_common import (
    FloorMonth,
    date_list,
    day_refs,
    floor_months,
    group_by_episode,
    period_key_column,
)

RULE = "standby-below-floor"


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    facts = ctx.facts
    months = [m for m in floor_months(ctx) if m.shortfall is not None]
    out: list[Finding] = []
    for group in group_by_episode(months):
        short = [m for m in group if m.shortfall and m.shortfall >= Decimal("0.005")]
        if not short:
            continue
        amount = sum((m.shortfall or Decimal(0) for m in short), Decimal(0))
        conf = weakest(m.confidence for m in short)
        alternatives = (
            _plausible_share_alternatives(ctx, short)
            + _full_minimum_alternative(ctx, short)
            + _unlogged_alternative(ctx, group)
        )
        start, end = short[0].start, short[-1].end
        params: dict[str, object] = {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "months": len(short),
            "amount": money(amount),
            "dispatch": "dispatch" if facts.dispatch else "other",
        }
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, short[0].month.isoformat()),
                severity=Severity.HIGH,
                confidence=conf,
                params=params,
                period=Period(start, end),
                amount=amount,
                calculation=_calculation(ctx, short, group),
                basis=_basis(ctx, short),
                refs=_refs(short),
                strengthen=("payslip", "standby_days")
                + (("gross",) if any(m.net_only for m in short) else ()),
                next_steps=("steps.demand_in_writing", "steps.keep_logging", "steps.lawyer_first"),
                counter=("living_allowance", "worker_fault"),
                alternatives=alternatives,
                variant="dispatch" if facts.dispatch else "",
            )
        )
    return out


def _basis(ctx: RuleContext, months: list[FloorMonth]) -> tuple[Basis, ...]:
    """National articles, then the regional ones the figures used cite."""
    regional = [b for m in months for b in m.basis]
    national: tuple[Basis, ...] = (
        (B.art(B.LCL, "58", 2), B.art(B.DISPATCH_PROV, "12"))
        if ctx.facts.dispatch
        else B.STANDBY_NATIONAL
    )
    per_period = () if ctx.facts.cycle.calendar else (B.art(B.WAGE_PROV, "7"),)
    return tuple(dict.fromkeys((*national, *per_period, *regional, B.LCL38_PAY)))


def _refs(months: list[FloorMonth]) -> list[str]:
    days = [d for m in months for d in m.floor_days]
    return day_refs(days) + [f"payment:{p.id}" for m in months for p in m.payments]


def _calculation(
    ctx: RuleContext, months: list[FloorMonth], group: list[FloorMonth]
) -> Calculation:
    """The short periods' breakdown; the days valued as standby by inference
    are listed for the whole episode's periods."""
    facts = ctx.facts
    unlogged = [d for m in group for d in m.unlogged]
    rest = [d for m in group for d, k in m.inferred if k == Inferred.REST_ON_WORKDAY]
    columns = ("from", "to", *(("unlogged",) if unlogged else ()), "due", "paid", "shortfall")
    rows = tuple(
        CalcRow(
            m.period.key,
            (
                m.start.isoformat(),
                m.end.isoformat(),
                *((str(len(m.unlogged)),) if unlogged else ()),
                money(m.due),
                money(m.paid),
                money(m.shortfall),
            ),
            label=m.period.label,
        )
        for m in months
    )
    inputs: dict[str, CalcValue] = {}
    if not facts.cycle.calendar:
        inputs["pay_cycle"] = facts.cycle.words
    if unlogged:
        inputs["unlogged_days"] = date_list(unlogged)
    if rest:
        inputs["rest_on_workdays"] = date_list(rest)
    params = [p for m in months for p in m.parameters]
    divisor = ctx.params.pay_divisor(months[-1].end)
    params += ctx.params.divisor_parameters(months[0].start, months[-1].end)
    return Calculation(
        formula=Msg(f"calc.{RULE}.formula", {"divisor": str(divisor.value)}),
        inputs=inputs,
        parameters=unique_params(params),
        table=CalcTable(period_key_column([m.period for m in months]), columns, rows),
    )


def _plausible_share_alternatives(ctx: RuleContext, months: list[FloorMonth]) -> list[Alternative]:
    """Where the share after the first cycle is not confirmed (the lowest share
    the sources leave open, issue 11), the shortfall at each higher share the
    sources mention for the region (`unconfirmed`)."""
    if ctx.facts.dispatch:
        return []
    used = ctx.params.after_ratio(months[0].start)
    if used is None or used.confidence is not Confidence.UNCONFIRMED or used.overridden:
        return []
    rule = ctx.law.standby_rule(ctx.case.info.city, months[0].start)
    shares = sorted({a.value for a in (rule.after_alternatives if rule else ())})
    out: list[Alternative] = []
    ours = sum((m.shortfall or Decimal(0) for m in months), Decimal(0))
    for share in (s for s in shares if s > used.value):

        def at_share(v: DayValue, share: Decimal = share) -> Decimal | None:
            if v.category == Category.FLOOR and any(n == "after_ratio" for n, _ in v.sources):
                minimum = ctx.params.minimum_wage(v.day)
                return None if minimum is None else minimum.value * share
            return v.figure

        alt = {m.month: m for m in floor_months(ctx, at_share)}
        total = Decimal(0)
        for m in months:
            other = alt.get(m.month)
            if other is None or other.shortfall is None:
                return out
            total += other.shortfall
        if total > ours:
            out.append(
                Alternative(
                    reading=Msg("rules.data-gap.alt.ratio", {"ratio": str(share)}),
                    amount=total,
                    calculation=Msg("calc.data-gap.alt.ratio", {"ratio": str(share)}),
                    confidence=Confidence.UNCONFIRMED,
                )
            )
    return out


def _full_minimum_alternative(ctx: RuleContext, months: list[FloorMonth]) -> list[Alternative]:
    """If the share after the first cycle is below 100 %, the reading that the
    full minimum wage applies (presence or duty required; law.md §1.2 point 2)."""
    if ctx.facts.dispatch:
        return []
    params = ctx.params

    def full(v: DayValue) -> Decimal | None:
        if v.category != Category.FLOOR:
            return v.figure
        minimum = params.minimum_wage(v.day)
        presence = params.presence_ratio(v.day)
        if minimum is None or presence is None:
            return None
        return minimum.value * presence.value

    alt = {m.month: m for m in floor_months(ctx, full)}
    total = Decimal(0)
    for m in months:
        other = alt.get(m.month)
        if other is None or other.shortfall is None:
            return []
        total += other.shortfall
    ours = sum((m.shortfall or Decimal(0) for m in months), Decimal(0))
    if total <= ours:
        return []
    return [
        Alternative(
            reading=Msg("rules.standby-below-floor.alt.presence"),
            amount=total,
            calculation=Msg(f"calc.{RULE}.alt.presence"),
            confidence=Confidence.PRACTICE,
        )
    ]


def _unlogged_alternative(ctx: RuleContext, months: list[FloorMonth]) -> list[Alternative]:
    """Working days inside the run that the worker did not log are valued as
    standby days (the conservative reading); the other reading is that they
    were days at the wage in force (`unconfirmed`: the records do not say)."""
    if not any(m.unlogged for m in months):
        return []
    facts = ctx.facts

    def at_wage(v: DayValue) -> Decimal | None:
        if v.inferred == Inferred.UNLOGGED:
            return facts.wage_on(v.day)
        return v.figure

    alt = {m.month: m for m in floor_months(ctx, at_wage)}
    total = Decimal(0)
    for m in months:
        other = alt.get(m.month)
        if other is None or other.shortfall is None:
            return []
        total += other.shortfall
    ours = sum((m.shortfall or Decimal(0) for m in months), Decimal(0))
    if total - ours < Decimal("0.005"):
        return []
    unlogged = [d for m in months for d in m.unlogged]
    return [
        Alternative(
            reading=Msg("rules.standby-below-floor.alt.unlogged", {"count": len(unlogged)}),
            amount=total,
            calculation=Msg(f"calc.{RULE}.alt.unlogged", {"days": date_list(unlogged)}),
            confidence=Confidence.UNCONFIRMED,
        )
    ]
