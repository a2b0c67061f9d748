"""Severance N and 2N (LCL 46, 47, 87; Reg. 27), and notice pay (LCL 40; Reg. 20).

* Service years: `Facts.service_years` (half-year rule, prior service).
* Base: the average monthly wage *due* over the 12 months before the end
  (employment end, else `as_of`) — taken as the 12 whole calendar months
  before it (`base_window`; the month of the end counts only if the end is
  its last day) — computed month by month with the one pro-rating method
  (`prorate.due_in`), standby months at what was due for them (Reg. 27:
  wages due, 应得工资). With fewer months of service, the whole months
  served. If the average is below the minimum wage on the end day, the
  minimum wage (Reg. 27).
* Cap: if the base exceeds 3 × the local average monthly wage (the law
  data's cap as its source states it; an `average_wage` override × 3), the
  base is the cap and the years are capped at 12 (LCL 47 ¶2) — the 12-year
  cap applies only then. Without an average the cap is not applied and the
  calculation says so.
* N = base × years; 2N = twice that (LCL 87). Notice pay in lieu (LCL 40):
  one month of the wage in force on the end day (Reg. 20: the previous
  month's wage standard).
* Alternative: the base without the standby months (standby days at the wage
  in force) — practice is not settled (law.md §8 q6); a reference for
  negotiation, not a legal rule.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    Calculation,
    CalcValue,
    Parameter,
    SeveranceEstimate,
)
from caseapp.domain.messages import Msg
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import Confidence
from caseapp.rules.context import RuleContext, money
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.prorate import due_in
from caseapp.rules.workdays import ONE_DAY, add_months, month_end, month_start, months_between

MAX_CAPPED_YEARS = Decimal(12)


def base_window(ctx: RuleContext, end: dt.date) -> tuple[dt.date, dt.date, int]:
    """The months the base averages: the 12 whole calendar months ending on
    `end` if it is a month's last day, else on the last day of the month
    before; months before the first day of work are left out, and a first
    month that starts mid-month is left out too unless it is the only one.
    Returns (first day, last day, number of months averaged)."""
    facts = ctx.facts
    last = end if end == month_end(end) else month_start(end) - ONE_DAY
    if last < facts.start:  # less than one whole month of service
        return facts.start, end, 1
    first = max(add_months(month_start(last), -11), month_start(facts.start))
    if first < facts.start:
        first = add_months(first, 1) if add_months(first, 1) <= last else facts.start
    months = len(months_between(first, last))
    return first, last, max(months, 1)


def _base(
    ctx: RuleContext, end: dt.date, as_if_working: bool
) -> tuple[Decimal | None, int, dt.date, dt.date]:
    facts = ctx.facts
    first, last, n = base_window(ctx, end)

    def value(v: DayValue) -> Decimal | None:
        if as_if_working and v.category in (Category.FLOOR, Category.FIRST_CYCLE):
            return facts.wage_on(v.day)
        return v.figure

    total, _parts = due_in(facts, first, last, value)
    if total is None:
        return None, n, first, last
    return total / n, n, first, last


def severance_estimate(
    ctx: RuleContext, end: dt.date | None = None, base_end: dt.date | None = None
) -> SeveranceEstimate | None:
    """N and 2N for employment ending on `end` (default: the end of the
    employment window). `base_end` (default `end`) is the day the base window
    ends: for an end still in the future, the analysis date. Memoised per run
    (`RuleContext.severance_memo`): several termination rules and the
    findings' own estimate ask for the same end."""
    end = end or ctx.facts.end
    key = (end, min(base_end or end, end))
    if key not in ctx.severance_memo:
        ctx.severance_memo[key] = _estimate(ctx, *key)
    return ctx.severance_memo[key]


def _estimate(ctx: RuleContext, end: dt.date, base_day: dt.date) -> SeveranceEstimate | None:
    facts = ctx.facts
    if end < facts.start:
        return None
    years, months, days = facts.service_years(end)
    base, n_months, window_start, window_end = _base(ctx, base_day, as_if_working=False)
    if base is None:
        return None
    params: list[Parameter] = [ctx.params.pay_divisor().parameter("pay_divisor")]
    inputs: dict[str, CalcValue] = {
        "service": Msg("calc.value.service", {"months": months, "days": days}),
        "years": str(years),
        "window": Msg(
            "calc.value.range",
            {"start": window_start.isoformat(), "end": window_end.isoformat()},
        ),
        "months_averaged": str(n_months),
        "average_due": money(base),
    }
    minimum = ctx.params.minimum_wage(base_day)
    if minimum is not None:
        params.append(minimum.parameter("minimum_wage"))
        if base < minimum.value:
            base = minimum.value
            inputs["floor_applied"] = money(minimum.value)
    capped_years = years
    cap_figure = ctx.params.severance_cap(base_day)
    cap = cap_figure.value if cap_figure is not None else None
    if cap_figure is not None and cap is not None:
        params.append(cap_figure.parameter("severance_cap"))
        inputs["cap"] = money(cap)
        if base > cap:
            base = cap
            capped_years = min(years, MAX_CAPPED_YEARS)
            inputs["cap_applied"] = "yes"
    else:
        inputs["cap"] = Msg("calc.value.cap_unknown")
    n = round_fen(base) * capped_years
    notice = facts.wage_on(base_day)
    alternatives: list[Alternative] = []
    alt_base, _, _, _ = _base(ctx, base_day, as_if_working=True)
    if alt_base is not None and round_fen(alt_base) != round_fen(base):
        if minimum is not None and alt_base < minimum.value:
            alt_base = minimum.value
        alt_years = years
        if cap is not None and alt_base > cap:
            alt_base = cap
            alt_years = min(years, MAX_CAPPED_YEARS)
        alternatives.append(
            Alternative(
                reading=Msg("rules.severance.alt.without_standby"),
                amount=round_fen(round_fen(alt_base) * alt_years),
                calculation=Msg(
                    "calc.severance.alt.without_standby",
                    {"base": money(alt_base), "years": str(alt_years)},
                ),
                confidence=Confidence.CONTESTED,
            )
        )
    return SeveranceEstimate(
        years=capped_years,
        base=round_fen(base),
        n=round_fen(n),
        double=round_fen(2 * n),
        notice_pay=round_fen(notice),
        alternatives=tuple(alternatives),
        calculation=Calculation(
            formula=Msg("calc.severance.formula"),
            inputs=inputs,
            parameters=tuple(params),
        ),
    )
