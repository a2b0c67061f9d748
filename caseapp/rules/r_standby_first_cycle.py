"""standby-first-cycle-underpaid (law.md R02).

Not dispatch. For each standby episode starting on S, the first pay cycle is
[S, S + 1 month) (MOHRSS/SPC 2020 typical case 4), shortened where the region
caps it (Guangdong art. 39: at most 30 days). Its days are valued at the wage
in force × the region's first-cycle ratio (1 in most regions; Shenzhen's
disputed 0.8 is carried with its confidence, and the full wage is then given
as the alternative); an unlogged working day inside the run is valued the
same way and counted as unlogged.

Due and paid are compared **per pay period** (工资支付暂行规定 art. 7; the
cycle the payments show, else calendar months): the periods holding the
cycle's days, each its *head* (`standby_common`: the days up to the cycle's
last day in the period; the days after it, at the floor, are
`standby-below-floor`'s tail and are credited first, up to their floor). A
period is compared once its pay is due (its payday: `payday`,
`pay_lag_months`), so the cycle is found on the payday of its first
underpaid period; a period without a pay record is unknown and left out.
Near misses: a period paid in full; a period whose payday has not come.
"""

from __future__ import annotations

from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    CalcRow,
    CalcTable,
    Calculation,
    CalcValue,
    Finding,
    Parameter,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, money, unique_params
from caseapp.rules.facts import Category, DayValue, Episode, Inferred
from caseapp.rules.lawview import weakest
from caseapp.rules.standby_common import (
    CycleMonth,
    cycle_months,
    date_list,
    day_refs,
    period_key_column,
)
from caseapp.rules.workdays import ONE_DAY

RULE = "standby-first-cycle-underpaid"
CENT = Decimal("0.005")


def check(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    if facts.dispatch or ctx.money_rules_held:
        return []
    out: list[Finding] = []
    for episode in facts.episodes:
        if not facts.in_employment(episode.start):
            continue
        ratio = ctx.params.first_cycle_ratio(episode.start)
        if ratio is None:
            continue  # data-gap reports the missing figure
        rows = cycle_months(ctx, episode)
        if not rows:
            continue
        shortfall = sum((r.shortfall for r in rows), Decimal(0))
        if shortfall < CENT:
            continue
        out.append(_finding(ctx, episode, rows, shortfall))
    return out


def _finding(
    ctx: RuleContext, episode: Episode, rows: list[CycleMonth], shortfall: Decimal
) -> Finding:
    facts = ctx.facts
    start = episode.start
    ratio = ctx.params.first_cycle_ratio(start)
    assert ratio is not None
    cap = ctx.params.first_cycle_max_days(start)
    wage = facts.wage_on(start)
    cycle_last = min(episode.cycle_end - ONE_DAY, facts.end)
    due = sum((r.due for r in rows), Decimal(0))
    paid = sum((r.paid for r in rows), Decimal(0))
    net_only = any(r.net_only for r in rows)
    confidence = ratio.confidence
    tails = [r.tail_confidence for r in rows if r.tail_confidence is not None]
    if tails:
        confidence = weakest((confidence, *tails))
    if net_only:
        confidence = Confidence.CONTESTED
    alternatives: list[Alternative] = []
    if ratio.value < 1:

        def full(v: DayValue) -> Decimal | None:
            if v.category == Category.FIRST_CYCLE:
                return facts.wage_on(v.day)
            return v.figure

        at_wage = cycle_months(ctx, episode, full)
        if at_wage is not None:
            amount = sum((r.shortfall for r in at_wage), Decimal(0))
            alternatives.append(
                Alternative(
                    reading=Msg("rules.standby-first-cycle-underpaid.alt.full_wage"),
                    amount=amount,
                    calculation=Msg(
                        f"calc.{RULE}.alt.full_wage", {"wage": money(wage), "paid": money(paid)}
                    ),
                    confidence=Confidence.CONTESTED,
                )
            )
    used = list({p.id: p for r in rows for p in r.payments}.values())
    params: dict[str, object] = {
        "start": start.isoformat(),
        "end": cycle_last.isoformat(),
        "wage": money(wage),
        "ratio": str(ratio.value),
        "due": money(due),
        "paid": money(paid),
        "shortfall": money(shortfall),
    }
    inputs: dict[str, CalcValue] = {
        "W": money(wage),
        "r": str(ratio.value),
        "S": start.isoformat(),
        "cycle_last_day": cycle_last.isoformat(),
    }
    if not facts.cycle.calendar:
        inputs["pay_cycle"] = facts.cycle.words
    unlogged = [d for r in rows for d in r.unlogged]
    rest = [d for r in rows for d, k in r.inferred if k == Inferred.REST_ON_WORKDAY]
    if unlogged:
        inputs["unlogged_days"] = date_list(unlogged)
    if rest:
        inputs["rest_on_workdays"] = date_list(rest)
    inputs |= {
        "due": money(due),
        "paid": money(paid),
        **{f"payment:{p.id}": money(pay.at_least(p)) for p in used},
    }
    split = any(r.period_paid != r.credited for r in rows)
    columns = (
        "from",
        "to",
        "due",
        *(("period_paid", "floor_after", "credited") if split else ("paid",)),
        "shortfall",
    )
    table = CalcTable(
        period_key_column([r.period for r in rows]),
        columns,
        tuple(
            CalcRow(
                r.period.key,
                (
                    r.start.isoformat(),
                    r.end.isoformat(),
                    money(r.due),
                    *((money(r.period_paid), money(r.period_paid - r.credited)) if split else ()),
                    money(r.paid),
                    money(r.shortfall),
                ),
                label=r.period.label,
            )
            for r in rows
        ),
    )
    parameters: list[Parameter] = [
        *((cap.parameter("first_cycle_max_days"),) if cap is not None else ()),
        ratio.parameter("first_cycle_ratio"),
        *(p for r in rows for p in r.tail_parameters),
        *ctx.params.divisor_parameters(start, cycle_last),
    ]
    calc = Calculation(
        formula=Msg(
            f"calc.{RULE}.formula", {"divisor": str(ctx.params.pay_divisor(cycle_last).value)}
        ),
        inputs=inputs,
        parameters=unique_params(parameters),
        table=table,
    )
    in_cycle = [d for d in episode.standby_days if d <= cycle_last]
    refs = day_refs(in_cycle) + [f"payment:{p.id}" for p in used]
    refs += [
        f"incident:{i.id}"
        for i in ctx.case.incidents
        if i.kind in ("standby_notice", "removed_from_project") and i.date <= cycle_last
    ]
    per_period = () if facts.cycle.calendar else (B.art(B.WAGE_PROV, "7"),)
    return finding(
        ctx,
        RULE,
        key_of(RULE, start.isoformat()),
        severity=Severity.HIGH,
        confidence=confidence,
        params=params,
        period=Period(start, cycle_last),
        amount=shortfall,
        calculation=calc,
        basis=(
            *B.STANDBY_NATIONAL,
            *per_period,
            B.art(B.TYPICAL_CASES_2020, "4"),
            *ratio.basis,
            B.LCL30,
            B.LCL38_PAY,
        ),
        refs=refs,
        strengthen=("payslip", "notice") + (("gross",) if net_only else ()),
        next_steps=("steps.demand_in_writing", "steps.keep_logging", "steps.lawyer_first"),
        counter=("payroll_month", "agreed"),
        alternatives=alternatives,
    )
