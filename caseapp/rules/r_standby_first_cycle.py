"""standby-first-cycle-underpaid (law.md R02).

Not dispatch. For each standby episode starting on S, the first pay cycle is
[S, S + 1 month) (MOHRSS/SPC 2020 typical case 4). Due for it: one month of
the wage in force on S × the region's first-cycle ratio (1 in most regions;
Shenzhen's disputed 0.8 is carried with its confidence, and the full wage is
then given as the alternative). If employment ended inside the cycle, the due
is pro-rated by `prorate.due_in`, and so is a cycle the region caps below a
month (Guangdong art. 39: at most 30 days). Paid: the payments' shares of the cycle by
working days (`prorate.paid_in`). Evaluated only once the wage for the cycle's
last month is due, and only if every month of the cycle has a pay record.
"""

from __future__ import annotations

from decimal import Decimal

from caseapp.domain.findings import Alternative, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.prorate import due_in, paid_in
from caseapp.rules.standby_common import day_refs, pay_payments
from caseapp.rules.workdays import ONE_DAY, add_months, month_end, months_between

RULE = "standby-first-cycle-underpaid"


def check(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    if facts.dispatch or ctx.money_rules_held:
        return []
    out: list[Finding] = []
    payments = pay_payments(ctx)
    for episode in facts.episodes:
        start = episode.start
        if not facts.in_employment(start):
            continue
        last = min(episode.cycle_end - ONE_DAY, facts.end)
        if ctx.pay_due_date(last.replace(day=1)) > ctx.as_of:
            continue
        ratio = ctx.params.first_cycle_ratio(start)
        cap = ctx.params.first_cycle_max_days(start)
        if ratio is None:
            continue  # data-gap reports the missing figure
        wage = facts.wage_on(start)
        if last == add_months(start, 1) - ONE_DAY:  # a whole month: one month's wage
            due: Decimal | None = wage * ratio.value
        else:

            def cycle_value(v: DayValue, r: Decimal = ratio.value) -> Decimal | None:
                return Decimal(0) if v.category == Category.OUTSIDE else facts.wage_on(v.day) * r

            due, _ = due_in(facts, start, last, cycle_value)
        if due is None:
            continue
        covered = all(
            any(
                p.period_start <= min(month_end(m), last) and p.period_end >= max(m, start)
                for p in payments
            )
            for m in months_between(start, last)
        )
        paid, used = paid_in(facts, payments, start, last, pay.gross)
        net_only = False
        if paid is None:
            paid, used = paid_in(facts, payments, start, last, pay.at_least)
            net_only = True
        if not covered or not used or paid is None:
            continue
        shortfall = due - paid
        if shortfall < Decimal("0.005"):
            continue
        confidence = ratio.confidence
        if net_only:
            confidence = Confidence.CONTESTED
        alternatives = []
        if ratio.value < 1:
            full = wage - paid
            alternatives.append(
                Alternative(
                    reading=Msg("rules.standby-first-cycle-underpaid.alt.full_wage"),
                    amount=max(full, Decimal(0)),
                    calculation=Msg(
                        f"calc.{RULE}.alt.full_wage", {"wage": money(wage), "paid": money(paid)}
                    ),
                    confidence=Confidence.CONTESTED,
                )
            )
        params: dict[str, object] = {
            "start": start.isoformat(),
            "end": last.isoformat(),
            "wage": money(wage),
            "ratio": str(ratio.value),
            "due": money(due),
            "paid": money(paid),
            "shortfall": money(shortfall),
        }
        calc = Calculation(
            formula=Msg(f"calc.{RULE}.formula"),
            inputs={
                "W": money(wage),
                "r": str(ratio.value),
                "S": start.isoformat(),
                "cycle_last_day": last.isoformat(),
                "due": money(due),
                "paid": money(paid),
                **{f"payment:{p.id}": money(pay.at_least(p)) for p in used},
            },
            parameters=(
                *((cap.parameter("first_cycle_max_days"),) if cap is not None else ()),
                ratio.parameter("first_cycle_ratio"),
                *ctx.params.divisor_parameters(start, last),
            ),
        )
        in_cycle = [d for d in episode.standby_days if d <= last]
        refs = day_refs(in_cycle) + [f"payment:{p.id}" for p in used]
        refs += [
            f"incident:{i.id}"
            for i in ctx.case.incidents
            if i.kind in ("standby_notice", "removed_from_project") and i.date <= last
        ]
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, start.isoformat()),
                severity=Severity.HIGH,
                confidence=confidence,
                params=params,
                period=Period(start, last),
                amount=shortfall,
                calculation=calc,
                basis=(
                    *B.STANDBY_NATIONAL,
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
        )
    return out
