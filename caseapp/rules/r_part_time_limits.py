"""part-time-limits-exceeded (LCL 68; law-addendum §4.1).

Part-time work (非全日制用工) at one employer averages at most 4 hours a day
and 24 hours a week (LCL 68; both figures in meta.toml). **The averaging
window is each calendar week, Monday to Sunday**: a week exceeds the limits
when its hours (`days[].hours`) add up to more than 24, or when their average
over the days worked in it (days with hours) is more than 4. A week at exactly
4 hours on each of 6 days (24 hours) is within both. Only a part-time
arrangement is checked (`hourly.is_part_time`), and not for a worker who is a
full-time student or draws a pension (no labour relationship).

What follows is arguable, not settled (how courts reclassify was not
researched, addendum §4.1: N): the "part-time" label may not hold, so the
full-time claims — a written contract and double wages, social insurance,
severance — become arguable; `relationship-to-confirm` says what evidence
decides it. If the label holds, either side may end the work at any time and
no compensation is owed (LCL 71): the finding says so and prices no N. No
amount; confidence `practice`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import CalcRow, CalcTable, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.hourly import hours_by_day, is_part_time, no_labour_subject
from caseapp.rules.lawview import from_dated

RULE = "part-time-limits-exceeded"


@dataclass(frozen=True, slots=True)
class Week:
    monday: dt.date
    days: int
    hours: Decimal

    @property
    def average(self) -> Decimal:
        return self.hours / self.days


def weeks(hours: dict[dt.date, Decimal]) -> list[Week]:
    """The calendar weeks (Monday to Sunday) with hours, in order."""
    grouped: dict[dt.date, list[Decimal]] = {}
    for day, h in hours.items():
        grouped.setdefault(day - dt.timedelta(days=day.weekday()), []).append(h)
    return [
        Week(monday, len(items), sum(items, Decimal(0)))
        for monday, items in sorted(grouped.items())
    ]


def exceeded_weeks(ctx: RuleContext) -> list[Week]:
    """The weeks over either limit (empty when the law data lacks a limit)."""
    hours = hours_by_day(ctx.case)
    out: list[Week] = []
    for week in weeks(hours):
        daily = ctx.law.part_time_daily_hours(week.monday)
        weekly = ctx.law.part_time_weekly_hours(week.monday)
        if daily is None or weekly is None:
            continue
        if week.hours > weekly.value or week.average > daily.value:
            out.append(week)
    return out


def check(ctx: RuleContext) -> list[Finding]:
    info = ctx.case.info
    if not is_part_time(info) or no_labour_subject(info):
        return []
    over = exceeded_weeks(ctx)
    if not over:
        return []
    first, last = over[0], over[-1]
    daily = from_dated(ctx.law.part_time_daily_hours(first.monday))
    weekly = from_dated(ctx.law.part_time_weekly_hours(first.monday))
    assert daily is not None and weekly is not None  # exceeded_weeks found them
    all_weeks = weeks(hours_by_day(ctx.case))
    end = min(last.monday + dt.timedelta(days=6), ctx.facts.end)
    refs = [
        f"day:{d.date.isoformat()}"
        for d in ctx.case.days
        if d.hours is not None
        and any(w.monday <= d.date <= w.monday + dt.timedelta(6) for w in over)
    ]
    most = max(w.hours for w in over)
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, first.monday.isoformat()),
            severity=Severity.MEDIUM,
            confidence=Confidence.PRACTICE,
            params={
                "weeks": len(over),
                "of_weeks": len(all_weeks),
                "most": _num(most),
                "daily": _num(daily.value),
                "weekly": _num(weekly.value),
                "start": first.monday.isoformat(),
                "end": end.isoformat(),
            },
            period=Period(first.monday, max(end, first.monday)),
            calculation=Calculation(
                formula=Msg(
                    f"calc.{RULE}.formula",
                    {"daily": _num(daily.value), "weekly": _num(weekly.value)},
                ),
                inputs={"weeks_over": str(len(over)), "weeks_with_hours": str(len(all_weeks))},
                parameters=(
                    daily.parameter("part_time_daily_hours"),
                    weekly.parameter("part_time_weekly_hours"),
                ),
                table=CalcTable(
                    "week",
                    ("days_worked", "hours", "average_hours"),
                    tuple(
                        CalcRow(
                            w.monday.isoformat(),
                            (str(w.days), _num(w.hours), _num(w.average.quantize(Decimal("0.01")))),
                        )
                        for w in over
                    ),
                ),
            ),
            basis=(
                B.art(B.LCL, "68"),
                B.art(B.LCL, "69"),
                B.art(B.LCL, "71"),
                B.art(B.LCL, "10"),
                B.art(B.LCL, "82"),
            ),
            respondents=ctx.respondents(with_client=True),
            refs=refs[:20],
            strengthen=("hours_evidence", "one_employer"),
            next_steps=("full_time_claims", "no_n_if_part_time", "steps.lawyer_relationship"),
            counter=("breaks", "own_choice"),
        )
    ]


def _num(value: Decimal) -> str:
    """A number of hours as people write it: 24, 4.5, 4.17."""
    text = format(value.normalize(), "f")
    return text
