"""late-wages (law.md R07), in proportion (issue 9 item 6).

The wage for a month is due on `CaseInfo.payday` of the month `pay_lag_months`
later (clamped to the month's end; a payday on a rest day moves to the
nearest earlier working day: Wage Provisions art. 7). Where a local rule sets
a grace period (Beijing: 7 days, 京高法发〔2024〕534号 Q54), the last day on
time is the payday + the grace days. A wage or standby payment covering a
month and paid after that last day is late; one recorded as "0.00" is unpaid.
A month with no payment at all is unknown (see `data-gap`), never late.

How much it weighs:

* Paid on the agreed calendar day when that day was a rest day (so after the
  working day before it, but not after the day agreed): at most an `info`
  note (variant `rest_day`), and only when nothing else was late.
* A short delay with nothing else — less than a pay period, nothing unpaid
  for a pay period, not after a written demand — is `low` (`short`); it does
  not mention resigning.
* Substantial — unpaid, or paid late, by a pay period (a month) or more, or
  late again after a written demand (`demand_sent` / `written_objection` in
  writing, asserting this rule or nothing in particular): medium (late) or
  high (`unpaid`); the text names LCL art. 38 and always says to talk to a
  lawyer or legal aid (12348) before resigning, and the employer's answer is
  the local guidance on deliberate versus excusable delay (Beijing wage
  regulations art. 26; Tianjin courts' guide art. 26; elsewhere Interp. I
  art. 45 speaks of delay "without reason").
* Unpaid for less than a pay period: medium (`unpaid_recent`).
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
from caseapp.domain.model import Incident, Payment
from caseapp.domain.vocab import Confidence, Form, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, unique_params
from caseapp.rules.lawview import weakest
from caseapp.rules.workdays import add_months, month_days, month_end, months_between

RULE = "late-wages"
DEMANDS = frozenset({IncidentKind.DEMAND_SENT, IncidentKind.WRITTEN_OBJECTION})
# The local guidance on deliberate versus excusable delay (the employer's answer).
GUIDANCE: dict[str, Basis] = {
    "beijing": B.art("beijing_wage_regulations", "26"),
    "tianjin": B.art("tianjin_court_guide_2017", "26"),
}
NATIONAL_GUIDANCE = B.art(B.SPC_INTERP_1, "45")


@dataclass(frozen=True, slots=True)
class Late:
    month: dt.date
    agreed: dt.date  # the agreed calendar day (before moving off a rest day)
    payday: dt.date  # the day it was due (Wage Provisions art. 7)
    last_on_time: dt.date
    paid_on: dt.date | None  # None: recorded as 0.00
    payment_id: str

    @property
    def days_late(self) -> int | None:
        return None if self.paid_on is None else (self.paid_on - self.payday).days

    @property
    def on_agreed_day(self) -> bool:
        """Paid by the agreed calendar day, which was a rest day."""
        return self.paid_on is not None and self.paid_on <= self.agreed

    def a_period_or_more(self, as_of: dt.date) -> bool:
        """Unpaid, or paid late, by a pay period (a month) or more."""
        return (self.paid_on or as_of) >= add_months(self.payday, 1)


def _zero(p: Payment) -> bool:
    value = p.amount if p.amount is not None else p.net
    return value is not None and value == Decimal(0)


def _agreed_day(ctx: RuleContext, month: dt.date) -> dt.date:
    info = ctx.case.info
    target = add_months(month.replace(day=1), info.pay_lag_months)
    return target.replace(day=min(info.payday, month_days(target.year, target.month)))


def _demand(ctx: RuleContext) -> Incident | None:
    """The first written demand about pay on time (asserting this rule, or
    nothing in particular)."""
    found = [
        i
        for i in ctx.case.incidents
        if i.kind in DEMANDS and i.form != Form.ORAL and (not i.asserts or RULE in i.asserts)
    ]
    return min(found, key=lambda i: (i.date, i.id), default=None)


def _rows(ctx: RuleContext) -> tuple[list[Late], list[Parameter], set[Confidence], list[Basis]]:
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
        agreed = _agreed_day(ctx, first)
        grace = ctx.params.grace_days(payday)
        days = int(grace.value) if grace is not None else 0
        last_on_time = payday + dt.timedelta(days=days)
        last = month_end(first)
        for p in wages:
            if p.period_start > last or p.period_end < first:
                continue
            if _zero(p):
                if ctx.as_of > last_on_time:
                    rows.append(Late(first, agreed, payday, last_on_time, None, p.id))
            elif p.paid_on > last_on_time:
                rows.append(Late(first, agreed, payday, last_on_time, p.paid_on, p.id))
            else:
                continue
            if grace is not None:
                params.append(grace.parameter("wage_grace_days"))
                confs.add(grace.confidence)
                regional.update(dict.fromkeys(grace.basis))
    return rows, params, confs, list(regional)


def _table(rows: list[Late]) -> CalcTable:
    return CalcTable(
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


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    rows, params, confs, regional = _rows(ctx)
    if not rows:
        return []
    late = [r for r in rows if not r.on_agreed_day]
    if not late:
        return [_rest_day(ctx, rows, params, confs, regional)]
    unpaid = any(r.paid_on is None for r in late)
    demand = _demand(ctx)
    after_demand = demand is not None and any(r.payday > demand.date for r in late)
    long = any(r.a_period_or_more(ctx.as_of) for r in late)
    substantial = long or after_demand
    start, end = late[0].month, month_end(late[-1].month)
    worst = max((r.days_late or 0) for r in late)
    p: dict[str, object] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "count": len(late),
        "worst": worst,
    }
    basis: list[Basis] = [B.art(B.WAGE_PROV, "7"), *regional, B.LCL30]
    steps: tuple[str, ...]
    counter: tuple[str, ...] = ("agreed_delay", "difficulty")
    if substantial:
        guidance = GUIDANCE.get(ctx.region or "", NATIONAL_GUIDANCE)
        region = ctx.region if ctx.region in GUIDANCE else "national"
        p["why"] = (
            Msg("rules.late-wages.why.after_demand", {"demand": demand.date.isoformat()})
            if after_demand and demand is not None and not long
            else Msg("rules.late-wages.why.long")
        )
        p["guidance"] = Msg(f"rules.late-wages.guidance.{region}")
        basis += [B.LCL38_PAY, guidance]
        steps = ("demand", "steps.inspection_complaint", "steps.lawyer_first")
        counter = ("agreed_delay", "excusable")
        variant = "unpaid" if unpaid else ""
        severity = Severity.HIGH if unpaid else Severity.MEDIUM
    elif unpaid:
        steps = ("demand", "steps.inspection_complaint")
        variant, severity = "unpaid_recent", Severity.MEDIUM
    else:
        steps = ("demand", "watch")
        variant, severity = "short", Severity.LOW
    refs = [f"payment:{r.payment_id}" for r in late]
    if after_demand and demand is not None:
        refs.append(f"incident:{demand.id}")
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, start.isoformat()),
            severity=severity,
            confidence=weakest(confs),
            params=p,
            period=Period(start, end),
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                parameters=unique_params(params),
                table=_table(late),
            ),
            basis=basis,
            refs=refs,
            strengthen=("bank", "payday"),
            next_steps=steps,
            counter=counter,
            variant=variant,
        )
    ]


def _rest_day(
    ctx: RuleContext,
    rows: list[Late],
    params: list[Parameter],
    confs: set[Confidence],
    regional: list[Basis],
) -> Finding:
    """Every late payment came on the agreed calendar day, which was a rest
    day: a note, never more."""
    start, end = rows[0].month, month_end(rows[-1].month)
    return finding(
        ctx,
        RULE,
        key_of(RULE, "rest_day", start.isoformat()),
        severity=Severity.INFO,
        confidence=weakest(confs),
        params={
            "start": start.isoformat(),
            "end": end.isoformat(),
            "count": len(rows),
            "worst": max((r.days_late or 0) for r in rows),
            "dates": ", ".join(r.agreed.isoformat() for r in rows),
        },
        period=Period(start, end),
        calculation=Calculation(
            formula=Msg(f"calc.{RULE}.formula"),
            parameters=unique_params(params),
            table=_table(rows),
        ),
        basis=(B.art(B.WAGE_PROV, "7"), *regional),
        refs=[f"payment:{r.payment_id}" for r in rows],
        strengthen=("payday",),
        next_steps=("note",),
        counter=("calendar",),
        variant="rest_day",
    )
