"""part-time-pay-cycle (LCL 72; law-addendum §4.1).

Part-time pay is settled at least every 15 days (LCL 72; the figure in
meta.toml). For a part-time arrangement (`hourly.is_part_time`), not for a
student or a pensioner:

* **Long cycles** (`@long`): a payment whose period is longer than 15 days,
  counting both ends (1–15 June is 15 days: within; 1–16 June is 16: over).
  No amount (the pay itself was settled); `statute`, medium.
* **Hours not settled** (`@unsettled`, variant `unsettled`): days with hours
  that no payment's period covers, worked more than 15 days before `as_of`
  (a day exactly 15 days before is not yet counted). What is due for them:
  hours × the agreed `hourly_wage`, or × the hourly minimum where the
  employer is located when no wage is agreed or the agreed one is below it
  (LCL 72). A day whose figures the law data lacks and no agreed wage is
  counted without an amount. Grouped by calendar week in the table.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import (
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
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.hourly import (
    NOT_PAY,
    HourlyFloor,
    covered,
    figure_order,
    hours_by_day,
    is_part_time,
    no_labour_subject,
    paid_periods,
    place_of_employer,
)
from caseapp.rules.lawview import from_dated, weakest

RULE = "part-time-pay-cycle"


def check(ctx: RuleContext) -> list[Finding]:
    info = ctx.case.info
    if not is_part_time(info) or no_labour_subject(info):
        return []
    cycle = from_dated(ctx.law.part_time_pay_cycle_days(ctx.as_of))
    if cycle is None:
        return []
    limit = int(cycle.value)
    out: list[Finding] = []
    long_ = sorted(
        (
            p
            for p in ctx.case.payments
            if p.kind not in NOT_PAY and (p.period_end - p.period_start).days + 1 > limit
        ),
        key=lambda p: (p.period_start, p.id),
    )
    param = cycle.parameter("part_time_pay_cycle_days")
    if long_:
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, "long"),
                severity=Severity.MEDIUM,
                confidence=Confidence.STATUTE,
                params={
                    "count": len(long_),
                    "limit": limit,
                    "longest": max((p.period_end - p.period_start).days + 1 for p in long_),
                },
                period=Period(long_[0].period_start, max(p.period_end for p in long_)),
                calculation=Calculation(
                    formula=Msg(f"calc.{RULE}.formula", {"limit": limit}),
                    parameters=(param,),
                    table=CalcTable(
                        "payment",
                        ("from", "to", "days"),
                        tuple(
                            CalcRow(
                                f"payment:{p.id}",
                                (
                                    p.period_start.isoformat(),
                                    p.period_end.isoformat(),
                                    str((p.period_end - p.period_start).days + 1),
                                ),
                            )
                            for p in long_
                        ),
                    ),
                ),
                basis=(B.art(B.LCL, "72"),),
                refs=[f"payment:{p.id}" for p in long_],
                strengthen=("pay_records",),
                next_steps=("ask_cycle", "steps.lawyer_first"),
                counter=("agreed_cycle",),
            )
        )
    unsettled = _unsettled(ctx, limit, param)
    if unsettled is not None:
        out.append(unsettled)
    return out


def _unsettled(ctx: RuleContext, limit: int, cycle: Parameter) -> Finding | None:
    info = ctx.case.info
    periods = paid_periods(ctx.case.payments)
    last_day = ctx.as_of - dt.timedelta(days=limit + 1)
    days = {
        d: h
        for d, h in sorted(hours_by_day(ctx.case).items())
        if d <= last_day and not covered(d, periods)
    }
    if not days:
        return None
    floor = HourlyFloor(ctx.law, place_of_employer(info))
    agreed = info.hourly_wage
    weeks: dict[dt.date, list[tuple[dt.date, Decimal, Decimal | None]]] = {}
    for day, h in days.items():
        minimum = floor.value(day)
        rates = [r for r in (agreed, minimum) if r is not None]
        rate = max(rates) if rates else None
        weeks.setdefault(day - dt.timedelta(days=day.weekday()), []).append((day, h, rate))
    rows: list[CalcRow] = []
    amount = Decimal(0)
    unpriced = 0
    for monday, items in sorted(weeks.items()):
        hours = sum((h for _, h, _ in items), Decimal(0))
        priced = [h * r for _, h, r in items if r is not None]
        unpriced += sum(1 for _, _, r in items if r is None)
        due = sum(priced, Decimal(0))
        amount += due
        rows.append(CalcRow(monday.isoformat(), (str(len(items)), str(hours), money(due))))
    figures = sorted(floor.figures, key=figure_order)
    confidences = [Confidence.STATUTE, *(f.confidence for f in figures if agreed is None)]
    first, last = min(days), max(days)
    inputs: dict[str, CalcValue] = {
        "hours": str(sum(days.values(), Decimal(0))),
        "days_worked": str(len(days)),
    }
    if agreed is not None:
        inputs["hourly_wage"] = money(agreed)
    if unpriced:
        inputs["days_without_figure"] = str(unpriced)
    return finding(
        ctx,
        RULE,
        key_of(RULE, "unsettled"),
        severity=Severity.HIGH,
        confidence=weakest(confidences),
        params={
            "days": len(days),
            "hours": inputs["hours"],
            "start": first.isoformat(),
            "end": last.isoformat(),
            "limit": limit,
            "amount": money(amount),
        },
        period=Period(first, last),
        amount=amount if amount > 0 else None,
        calculation=Calculation(
            formula=Msg(f"calc.{RULE}.unsettled.formula", {"limit": limit}),
            inputs=inputs,
            parameters=(cycle, *(f.parameter("hourly_minimum_wage") for f in figures)),
            table=CalcTable("week", ("days_worked", "hours", "due"), tuple(rows)),
        ),
        basis=(B.art(B.LCL, "72"), B.art(B.LCL, "30"), B.art(B.LCL, "85")),
        refs=[f"day:{d.isoformat()}" for d in list(days)[:20]],
        strengthen=("hours_evidence", "pay_records"),
        next_steps=(
            "steps.demand_in_writing",
            "steps.inspection_complaint",
            "steps.lawyer_first",
        ),
        counter=("paid_in_cash",),
        variant="unsettled",
    )
