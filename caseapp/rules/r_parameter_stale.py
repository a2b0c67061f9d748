"""parameter-stale (law.md §2.1 notes): the newest legal figure the law data
holds for the case's city is more than 24 months older than `as_of` (minimum
wages must be reviewed at least every two years). The user can add an
override with its source."""

from __future__ import annotations

from caseapp.domain.findings import Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.phrases import city_words
from caseapp.rules.workdays import add_months

RULE = "parameter-stale"
STALE_MONTHS = 24


def check(ctx: RuleContext) -> list[Finding]:
    newest = ctx.params.newest_figure_date()
    if newest is None:
        return []
    limit = add_months(ctx.as_of, -STALE_MONTHS)
    if newest >= limit:
        return []
    forum: Forum | None = None
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, ctx.case.info.city),
            severity=Severity.LOW,
            confidence=Confidence.UNCONFIRMED,
            params={"city": city_words(ctx.law, ctx.case.info.city), "newest": newest.isoformat()},
            period=Period(newest, ctx.as_of),
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula", {"months": STALE_MONTHS}),
                inputs={"newest": newest.isoformat(), "limit": limit.isoformat()},
            ),
            forum=forum,
            refs=[],
            strengthen=("official",),
            next_steps=("override",),
        )
    ]
