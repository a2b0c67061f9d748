"""no-written-contract (law.md R17; LCL 10, 82; Reg. 6–7; Interp. II arts. 6–9).

Fires only when `contract.written` is false (null is unknown: nothing is
said). Double wages run from the day after the first month of work,
[start + 1 month, ...), to the day before a written contract was signed, the
end of employment or `as_of`, and at most to the day before the first
anniversary (then the contract is deemed open-ended: Reg. 7) — so at most 11
months. The extra wage is the wage in force, pro-rated for part months by the
one method (`prorate.due_in`). Conservative amount: only the part within the
year before `as_of` (each month's extra wage has its own one-year period,
law.md R17); the whole period is the alternative.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import Alternative, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.prorate import due_in
from caseapp.rules.workdays import ONE_DAY, add_months

RULE = "no-written-contract"


def window(ctx: RuleContext) -> tuple[dt.date, dt.date] | None:
    info = ctx.case.info
    if info.contract.written is not False:
        return None
    facts = ctx.facts
    start = add_months(facts.start, 1)
    end = min(add_months(facts.start, 12) - ONE_DAY, facts.end)
    if info.contract.signed_on is not None:
        end = min(end, info.contract.signed_on - ONE_DAY)
    return (start, end) if start <= end else None


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    span = window(ctx)
    if span is None:
        return []
    facts = ctx.facts
    start, end = span

    def wage(v: DayValue) -> Decimal | None:
        return Decimal(0) if v.category == Category.OUTSIDE else facts.wage_on(v.day)

    full, _ = due_in(facts, start, end, wage)
    if full is None:
        return []
    barred_before = add_months(ctx.as_of, -12) + ONE_DAY
    recent_start = max(start, barred_before)
    recent = Decimal(0)
    if recent_start <= end:
        value, _ = due_in(facts, recent_start, end, wage)
        recent = value or Decimal(0)
    alternatives = []
    if recent != full:
        alternatives.append(
            Alternative(
                reading=Msg("rules.no-written-contract.alt.whole_period"),
                amount=full,
                calculation=Msg(
                    f"calc.{RULE}.alt.whole_period",
                    {"start": start.isoformat(), "end": end.isoformat()},
                ),
                confidence=Confidence.CONTESTED,
            )
        )
    divisor = ctx.params.pay_divisor()
    params: dict[str, object] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "amount": money(recent),
        "full": money(full),
    }
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, start.isoformat()),
            severity=Severity.HIGH,
            confidence=Confidence.STATUTE,
            params=params,
            period=Period(start, end),
            amount=recent,
            calculation=Calculation(
                formula=Msg(
                    f"calc.{RULE}.formula",
                    {"divisor": str(divisor.value), "from": recent_start.isoformat()},
                ),
                inputs={
                    "first_day_of_work": facts.start.isoformat(),
                    "window": Msg(
                        "calc.value.range", {"start": start.isoformat(), "end": end.isoformat()}
                    ),
                    "wage": money(facts.wage_on(start)),
                    "whole_period": money(full),
                    "within_one_year": money(recent),
                },
                parameters=(divisor.parameter("pay_divisor"),),
            ),
            basis=(
                B.art(B.LCL, "10"),
                B.art(B.LCL, "82"),
                B.art(B.LCL_REG, "6"),
                B.art(B.LCL_REG, "7"),
            ),
            refs=[],
            strengthen=("relationship", "no_copy"),
            next_steps=("keep_proof", "lawyer"),
            counter=("refused", "signed"),
            alternatives=alternatives,
        )
    ]
