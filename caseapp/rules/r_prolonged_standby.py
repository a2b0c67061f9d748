"""prolonged-standby (law.md R05): 30 consecutive days of standby (rest days
inside a run count, they do not break it), or 45 standby days within any 60 —
a pattern to record, never a violation on its own. No amount."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.standby_common import day_refs
from caseapp.rules.workdays import ONE_DAY

RULE = "prolonged-standby"
RUN_DAYS = 30  # product thresholds (spec rule table), not legal figures
WINDOW_DAYS = 60
WINDOW_MIN = 45


def check(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    out: list[Finding] = []
    covered: set[dt.date] = set()
    for run in facts.runs:
        day = run.start
        while day <= run.end:
            covered.add(day)
            day += ONE_DAY
    for episode in facts.episodes:
        days = sorted(d for d in covered if episode.start <= d <= episode.end)
        longest = max(run.length for run in episode.runs)
        dense = _densest_window(days)
        if longest < RUN_DAYS and dense < WINDOW_MIN:
            continue
        params: dict[str, object] = {
            "start": episode.start.isoformat(),
            "end": episode.end.isoformat(),
            "longest": longest,
            "dense": dense,
            "total": len(days),
        }
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, episode.start.isoformat()),
                severity=Severity.MEDIUM,
                confidence=Confidence.PRACTICE,
                params=params,
                period=Period(episode.start, episode.end),
                calculation=Calculation(
                    formula=Msg(
                        f"calc.{RULE}.formula",
                        {"run": RUN_DAYS, "min": WINDOW_MIN, "window": WINDOW_DAYS},
                    ),
                    inputs={"longest_run": str(longest), "densest_60": str(dense)},
                ),
                basis=(B.LCL38_CONDITIONS, B.art(B.LCL_REG, "13")),
                forum=None,
                refs=day_refs(episode.standby_days),
                strengthen=("log_daily", "ask_work"),
                next_steps=("steps.ask_work", "steps.keep_logging", "steps.no_sign"),
                counter=("business",),
            )
        )
    return out


def _densest_window(days: list[dt.date]) -> int:
    best = 0
    lo = 0
    for hi, day in enumerate(days):
        while (day - days[lo]).days >= WINDOW_DAYS:
            lo += 1
        best = max(best, hi - lo + 1)
    return best
