"""unilateral-pay-cut (law.md R06).

Working pay periods (see `working_months`: calendar months, or the cycle the
payments show, e.g. the 10th to the 9th — pay is owed per agreed period,
工资支付暂行规定 art. 7) whose gross pay is below what is due at the wage in
force (`prorate.due_in_period`: the wage less day rates for unpaid days),
with no written agreement on pay (`agreement_signed` with subject `pay`, or a
`pay_cut_notice` answered `agreed_in_writing`) on or before the period's end.
The comparison is gross against gross: overtime is left out, and a period
whose pay is recorded only as net (a bank statement) is never compared —
taxes and contributions alone must not look like a pay cut; such periods are
listed by `data-gap` instead. Near misses: a 10th-to-9th cycle paid in full
(each period's payment is wholly that period's pay); a cut agreed in writing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import CalcRow, CalcTable, Calculation, CalcValue, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import AgreementSubject, Confidence, IncidentKind, Response, Severity
from caseapp.rules import basis as B
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.periods import PayPeriod
from caseapp.rules.prorate import due_in_period, paid_in
from caseapp.rules.standby_common import period_key_column
from caseapp.rules.working_months import working_months

RULE = "unilateral-pay-cut"
CENT = Decimal("0.005")


@dataclass(frozen=True, slots=True)
class Row:
    period: PayPeriod
    due: Decimal
    paid: Decimal
    refs: tuple[str, ...]

    @property
    def shortfall(self) -> Decimal:
        return self.due - self.paid


def _agreed_by(ctx: RuleContext) -> list[dt.date]:
    return [
        i.date
        for i in ctx.case.incidents
        if (i.kind == IncidentKind.AGREEMENT_SIGNED and i.subject == AgreementSubject.PAY)
        or (i.kind == IncidentKind.PAY_CUT_NOTICE and i.response == Response.AGREED_IN_WRITING)
    ]


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    facts = ctx.facts
    agreements = _agreed_by(ctx)
    rows: list[Row] = []
    for wm in working_months(ctx):
        if not wm.payments or any(d <= wm.end for d in agreements):
            continue
        paid, used = paid_in(facts, wm.payments, wm.month, wm.end, pay.without_overtime)
        if paid is None:
            continue  # net only: never a pay cut from deductions alone
        due = due_in_period(facts, wm.period, wm.month, wm.end).due
        if due is None or due - paid < CENT:
            continue
        rows.append(Row(wm.period, due, paid, tuple(f"payment:{p.id}" for p in used)))
    if not rows:
        return []
    amount = sum((r.shortfall for r in rows), Decimal(0))
    start, end = rows[0].period.start, rows[-1].period.end
    inputs: dict[str, CalcValue] = {}
    if not facts.cycle.calendar:
        inputs["pay_cycle"] = facts.cycle.words
    per_period = () if facts.cycle.calendar else (B.art(B.WAGE_PROV, "7"),)
    divisor = ctx.params.pay_divisor(end)
    notices = [
        f"incident:{i.id}"
        for i in ctx.case.incidents
        if i.kind in (IncidentKind.PAY_CUT_NOTICE, IncidentKind.PERFORMANCE_PAY_STOPPED)
    ]
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, start.isoformat()),
            severity=Severity.HIGH,
            confidence=Confidence.STATUTE,
            params={
                "start": start.isoformat(),
                "end": end.isoformat(),
                "months": len(rows),
                "amount": money(amount),
            },
            period=Period(start, end),
            amount=amount,
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula", {"divisor": str(divisor.value)}),
                inputs=inputs,
                parameters=ctx.params.divisor_parameters(start, end),
                table=CalcTable(
                    period_key_column([r.period for r in rows]),
                    ("due", "paid", "shortfall"),
                    tuple(
                        CalcRow(
                            r.period.key,
                            (money(r.due), money(r.paid), money(r.shortfall)),
                            label=r.period.label,
                        )
                        for r in rows
                    ),
                ),
            ),
            basis=(
                B.LCL30,
                *per_period,
                B.LCL35,
                B.LCL38_PAY,
                B.art(B.SPC_INTERP_1, "43"),
                B.art(B.SPC_INTERP_1, "44"),
            ),
            refs=[ref for r in rows for ref in r.refs] + notices,
            strengthen=("payslip", "contract", "objection"),
            next_steps=("object_writing", "steps.demand_in_writing", "steps.lawyer_first"),
            counter=("oral_agreement", "performance"),
        )
    ]
