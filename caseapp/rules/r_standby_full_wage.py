"""standby-full-wage-arguable (law.md R04, §1.2 point 1; §8 q1).

Not dispatch, and no `standby_notice` recorded with scope `whole_company`:
whether the stoppage rule covers one worker benched by an employer that is
operating normally is contested; the reading that the full contract wage
stays due is arguable. Amount: for the same pay periods and days as
`standby-below-floor` (after the first cycle; `standby_common`), due with
standby days — unlogged ones included — at the wage in force, minus what was
paid for them. The floor-based figure is the conservative alternative.
"""

from __future__ import annotations

from decimal import Decimal

from caseapp.domain.findings import Alternative, CalcRow, CalcTable, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, IncidentKind, Scope, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.standby_common import (
    day_refs,
    floor_months,
    group_by_episode,
    period_key_column,
)

RULE = "standby-full-wage-arguable"


def check(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    if facts.dispatch or ctx.money_rules_held:
        return []
    if any(
        i.kind == IncidentKind.STANDBY_NOTICE and i.scope == Scope.WHOLE_COMPANY
        for i in ctx.case.incidents
    ):
        return []

    def wage(v: DayValue) -> Decimal | None:
        if v.category in (Category.FLOOR, Category.FIRST_CYCLE):
            return facts.wage_on(v.day)
        return v.figure

    conservative = {m.month: m for m in floor_months(ctx)}
    months = [m for m in floor_months(ctx, wage) if m.shortfall is not None]
    out: list[Finding] = []
    for group in group_by_episode(months):
        short = [m for m in group if m.shortfall and m.shortfall >= Decimal("0.005")]
        if not short:
            continue
        amount = sum((m.shortfall or Decimal(0) for m in short), Decimal(0))
        floor_total = sum(
            (
                conservative[m.month].shortfall or Decimal(0)
                for m in short
                if m.month in conservative
            ),
            Decimal(0),
        )
        start, end = short[0].start, short[-1].end
        params: dict[str, object] = {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "amount": money(amount),
            "floor_amount": money(floor_total),
        }
        rows = tuple(
            CalcRow(
                m.period.key,
                (money(m.due), money(m.paid), money(m.shortfall)),
                label=m.period.label,
            )
            for m in short
        )
        incidents = [
            f"incident:{i.id}"
            for i in ctx.case.incidents
            if i.kind
            in (
                IncidentKind.STANDBY_NOTICE,
                IncidentKind.COLLEAGUES_STILL_WORKING,
                IncidentKind.HIRING_SAME_ROLE,
            )
        ]
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, short[0].month.isoformat()),
                severity=Severity.MEDIUM,
                confidence=Confidence.CONTESTED,
                params=params,
                period=Period(start, end),
                amount=amount,
                calculation=Calculation(
                    formula=Msg(f"calc.{RULE}.formula"),
                    parameters=ctx.params.divisor_parameters(start, end),
                    table=CalcTable(
                        period_key_column([m.period for m in short]),
                        ("due_at_wage", "paid", "difference"),
                        rows,
                    ),
                ),
                basis=(B.LCL30, B.LCL38_CONDITIONS, B.art(B.SPC_INTERP_1, "45")),
                refs=day_refs([d for m in short for d in m.floor_days]) + incidents,
                strengthen=("colleagues", "operating", "scope"),
                next_steps=("record_scope", "steps.ask_work", "lawyer"),
                counter=("stoppage", "business"),
                alternatives=(
                    Alternative(
                        reading=Msg("rules.standby-full-wage-arguable.alt.floor"),
                        amount=floor_total,
                        calculation=Msg(f"calc.{RULE}.alt.floor"),
                        confidence=Confidence.LOCAL_RULE,
                    ),
                ),
            )
        )
    return out
