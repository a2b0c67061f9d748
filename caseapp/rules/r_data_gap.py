"""data-gap: what the case or the law data does not say, and what to add.

Legal figures (severity `low`): no minimum wage for a month of employment; no
confirmed share of the minimum wage for standby after the first cycle (with
the range of the shortfall under the plausible values the law data records,
and how to set an override); no first-cycle rule; a year the holiday calendar
does not know (Monday–Friday was assumed). Records (severity `info`): a month
whose wage is due but has no payment record — unknown, never "unpaid"; a
working month recorded only as net whose check against the minimum wage or
the contract wage needs the gross.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from caseapp.domain.findings import Alternative, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.phrases import city_words
from caseapp.rules.standby_common import floor_months, pay_payments
from caseapp.rules.workdays import month_end, months_between
from caseapp.rules.working_months import working_months

RULE = "data-gap"
NO_FORUM: Forum | None = None


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    out += _minimum_wage(ctx)
    if not ctx.money_rules_held:
        out += _standby_ratio(ctx)
        out += _payments_missing(ctx)
        out += _net_only(ctx)
    out += _calendar(ctx)
    return out


def _gap(
    ctx: RuleContext,
    variant: str,
    severity: Severity,
    params: dict[str, object],
    period: Period | None,
    refs: Sequence[str] = (),
    alternatives: Sequence[Alternative] = (),
    calculation: Calculation | None = None,
) -> Finding:
    suffix = [str(params["start"])] if "start" in params else []
    return finding(
        ctx,
        RULE,
        key_of(RULE, variant, *suffix),
        severity=severity,
        confidence=Confidence.UNCONFIRMED,
        params=params,
        period=period,
        forum=NO_FORUM,
        refs=refs,
        next_steps=(variant,),
        alternatives=alternatives,
        calculation=calculation,
        variant=variant,
    )


def _minimum_wage(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    missing = [
        m
        for m in months_between(facts.start, facts.end)
        if ctx.params.minimum_wage(max(m, facts.start)) is None
    ]
    if not missing:
        return []
    start, end = missing[0], month_end(missing[-1])
    return [
        _gap(
            ctx,
            "minimum_wage",
            Severity.LOW,
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "city": city_words(ctx.law, ctx.case.info.city),
                "months": len(missing),
            },
            Period(start, end),
        )
    ]


def _standby_ratio(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    unknown = [
        d
        for ep in facts.episodes
        for d in ep.standby_days
        if facts.cal.is_working(d)
        and facts.value(d).figure is None
        and facts.value(d).category in (Category.FLOOR, Category.FIRST_CYCLE)
    ]
    if not unknown:
        return []
    start, end = unknown[0], unknown[-1]
    plausible = _plausible_ratios(ctx, start)
    alternatives: list[Alternative] = []
    for ratio in plausible:
        total = _shortfall_at(ctx, ratio)
        if total is not None:
            alternatives.append(
                Alternative(
                    reading=Msg("rules.data-gap.alt.ratio", {"ratio": str(ratio)}),
                    amount=total,
                    calculation=Msg("calc.data-gap.alt.ratio", {"ratio": str(ratio)}),
                    confidence=Confidence.UNCONFIRMED,
                )
            )
    rng = ", ".join(str(r) for r in plausible) or "-"
    return [
        _gap(
            ctx,
            "standby_ratio",
            Severity.LOW,
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "city": city_words(ctx.law, ctx.case.info.city),
                "ratios": rng,
            },
            Period(start, end),
            [f"day:{start.isoformat()}"],
            alternatives=alternatives,
            calculation=Calculation(
                formula=Msg("calc.data-gap.standby_ratio.formula"),
                inputs={"plausible_ratios": rng},
            ),
        )
    ]


def _plausible_ratios(ctx: RuleContext, on: dt.date) -> list[Decimal]:
    rule = ctx.law.standby_rule(ctx.case.info.city, on)
    alternatives = () if rule is None else rule.after_alternatives
    values = {Decimal(str(a.value)) for a in alternatives}
    if not values:
        for city in sorted(ctx.law.cities()):
            other = ctx.law.standby_rule(city, on)
            after = None if other is None else other.after_ratio
            if after is not None:
                values.add(Decimal(str(after.value)))
    if not values:
        return []
    return sorted({min(values), max(values)})


def _shortfall_at(ctx: RuleContext, ratio: Decimal) -> Decimal | None:
    def value(v: DayValue) -> Decimal | None:
        if v.category == Category.FLOOR and v.figure is None:
            minimum = ctx.params.minimum_wage(v.day)
            return None if minimum is None else minimum.value * ratio
        return v.figure

    total = Decimal(0)
    for m in floor_months(ctx, value):
        if m.shortfall is not None:
            total += m.shortfall
    return total


def _payments_missing(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    payments = pay_payments(ctx)
    missing = []
    for first in months_between(facts.start, facts.end):
        if ctx.pay_due_date(first) > ctx.as_of:
            continue
        lo, hi = max(first, facts.start), min(month_end(first), facts.end)
        if not any(p.period_start <= hi and p.period_end >= lo for p in payments):
            missing.append(first)
    if not missing:
        return []
    listed = ", ".join(m.isoformat()[:7] for m in missing[:24])
    if len(missing) > 24:
        listed += ", …"
    return [
        _gap(
            ctx,
            "payment_missing",
            Severity.INFO,
            {
                "start": missing[0].isoformat(),
                "end": month_end(missing[-1]).isoformat(),
                "months": len(missing),
                "list": listed,
            },
            Period(missing[0], month_end(missing[-1])),
        )
    ]


def _net_only(ctx: RuleContext) -> list[Finding]:
    months = [
        wm
        for wm in working_months(ctx)
        if wm.payments and any(pay.is_net_only(p) for p in wm.payments)
    ]
    if not months:
        return []
    refs = [f"payment:{p.id}" for wm in months for p in wm.payments if pay.is_net_only(p)]
    start, end = months[0].month, months[-1].end
    return [
        _gap(
            ctx,
            "net_only",
            Severity.INFO,
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "months": len(months),
                "amount": money(None),
            },
            Period(start, end),
            refs,
        )
    ]


def _record_years(ctx: RuleContext) -> set[int]:
    """The years the case holds records in (days, payments, incidents)."""
    case = ctx.case
    years = {d.date.year for d in case.days}
    for p in case.payments:
        years.update(range(p.period_start.year, p.period_end.year + 1))
    years.update(i.date.year for i in case.incidents)
    return years


def _calendar(ctx: RuleContext) -> list[Finding]:
    """A year the holiday calendar only guesses, when the case has records in
    it (issue 11: a year of the employment window without records is not
    worth a warning)."""
    facts = ctx.facts
    recorded = _record_years(ctx)
    # make sure every recorded year of the employment window has been asked
    for year in range(facts.start.year, facts.end.year + 1):
        if year in recorded:
            facts.cal.is_working(dt.date(year, 6, 30))
    years = sorted(y for y in facts.cal.guessed_years if y in recorded)
    if not years:
        return []
    return [_gap(ctx, "calendar", Severity.LOW, {"years": ", ".join(str(y) for y in years)}, None)]
