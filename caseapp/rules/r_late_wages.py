"""late-wages (law.md R07).

The wage for a month is due on `CaseInfo.payday` of the month `pay_lag_months`
later (clamped to the month's end; a payday on a rest day moves to the
nearest earlier working day: Wage Provisions art. 7). Where a local rule sets
a grace period (Beijing: 7 days, 京高法发〔2024〕534号 Q54), the last day on
time is the payday + the grace days. A wage or standby payment covering a
month and paid after that last day is late; one recorded as "0.00" is unpaid.
A month with no payment at all is unknown (see `data-gap`), never late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import (
    Basis,
    CalcRow,
    CalcTable,
    Calculation,
    Finding,
    Parameter,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.model import Payment
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, unique_params
from caseapp.rules.lawview import weakest
from caseapp.rules.workdays import month_end, months_between

RULE = "late-wages"


@dataclass(frozen=True, slots=True)
class Late:
    month: dt.date
    payday: dt.date
    last_on_time: dt.date
    paid_on: dt.date | None  # None: recorded as 0.00
    payment_id: str

    @property
    def days_late(self) -> int | None:
        return None if self.paid_on is None else (self.paid_on - self.payday).days


def _zero(p: Payment) -> bool:
    value = p.amount if p.amount is not None else p.net
    return value is not None and value == Decimal(0)


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    facts = ctx.facts
    wages = [p for p in ctx.case.payments if p.kind in pay.WAGE_KINDS]
    rows: list[Late] = []
    params: list[Parameter] = []
    confs = {Confidence.STATUTE}
    regional: dict[Basis, None] = {}
    for first in months_between(facts.start, facts.end):
        payday = ctx.pay_due_date(first)
        if payday > ctx.as_of:
            continue
        grace = ctx.params.grace_days(payday)
        days = int(grace.value) if grace is not None else 0
        last_on_time = payday + dt.timedelta(days=days)
        last = month_end(first)
        for p in wages:
            if p.period_start > last or p.period_end < first:
                continue
            if _zero(p):
                if ctx.as_of > last_on_time:
                    rows.append(Late(first, payday, last_on_time, None, p.id))
            elif p.paid_on > last_on_time:
                rows.append(Late(first, payday, last_on_time, p.paid_on, p.id))
            else:
                continue
            if grace is not None:
                params.append(grace.parameter("wage_grace_days"))
                confs.add(grace.confidence)
                regional.update(dict.fromkeys(grace.basis))
    if not rows:
        return []
    unpaid = any(r.paid_on is None for r in rows)
    start, end = rows[0].month, month_end(rows[-1].month)
    worst = max((r.days_late or 0) for r in rows)
    conf = weakest(confs)
    table = CalcTable(
        "month",
        ("payment", "payday", "last_on_time", "paid_on", "days_late"),
        tuple(
            CalcRow(
                f"{r.month.isoformat()[:7]} payment:{r.payment_id}",
                (
                    f"payment:{r.payment_id}",
                    r.payday.isoformat(),
                    r.last_on_time.isoformat(),
                    Msg("calc.value.recorded_zero") if r.paid_on is None else r.paid_on.isoformat(),
                    "—" if r.days_late is None else str(r.days_late),
                ),
                label=r.month.isoformat()[:7],
            )
            for r in rows
        ),
    )
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, start.isoformat()),
            severity=Severity.HIGH if unpaid else Severity.MEDIUM,
            confidence=conf,
            params={
                "start": start.isoformat(),
                "end": end.isoformat(),
                "count": len(rows),
                "worst": worst,
            },
            period=Period(start, end),
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                parameters=unique_params(params),
                table=table,
            ),
            basis=(B.art(B.WAGE_PROV, "7"), *regional, B.LCL30, B.LCL38_PAY),
            refs=[f"payment:{r.payment_id}" for r in rows],
            strengthen=("bank", "payday"),
            next_steps=("demand", "steps.inspection_complaint", "steps.lawyer_first"),
            counter=("agreed_delay", "difficulty"),
            variant="unpaid" if unpaid else "",
        )
    ]
