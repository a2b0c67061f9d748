"""parameter-stale (law.md §2.1 notes; issue 11 item 6): the case's minimum
wage may have changed without the law data knowing it. Two triggers, from the
data's own dates:

- the newest monthly minimum wage the data holds for the case's place took
  effect more than 24 months before `as_of` (minimum wages must be reviewed
  at least every two years);
- `as_of` is more than 12 months after the date the data was compiled (its
  sources were last checked then; a change after it cannot be in the data).

The advice is what the worker can do: see every figure with its document
(`caseapp law show PLACE --on DATE`), check the local notice, and add an
override with its source. It never says to update the app.
"""

from __future__ import annotations

from caseapp.domain.findings import Calculation, CalcValue, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.phrases import city_words
from caseapp.rules.workdays import add_months

RULE = "parameter-stale"
STALE_MONTHS = 24
COMPILED_MONTHS = 12


def check(ctx: RuleContext) -> list[Finding]:
    newest = ctx.params.newest_figure_date()
    if newest is None:
        return []
    limit = add_months(ctx.as_of, -STALE_MONTHS)
    compiled = ctx.law.compiled
    old = newest < limit
    after_compiled = compiled is not None and ctx.as_of > add_months(compiled, COMPILED_MONTHS)
    if not old and not after_compiled:
        return []
    reason = "old" if old else "compiled"
    forum: Forum | None = None
    place = ctx.case.info.city
    inputs: dict[str, CalcValue] = {"newest": newest.isoformat(), "limit": limit.isoformat()}
    if compiled is not None:
        inputs["compiled"] = compiled.isoformat()
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, place),
            severity=Severity.LOW,
            confidence=Confidence.UNCONFIRMED,
            params={
                "city": city_words(ctx.law, place),
                "newest": newest.isoformat(),
                "compiled": compiled.isoformat() if compiled else "-",
                "reason": Msg(
                    f"rules.parameter-stale.reason.{reason}",
                    {"months": STALE_MONTHS, "compiled_months": COMPILED_MONTHS},
                ),
                "place": place,
                "as_of": ctx.as_of.isoformat(),
            },
            period=Period(newest, ctx.as_of),
            calculation=Calculation(
                formula=Msg(
                    f"calc.{RULE}.formula",
                    {"months": STALE_MONTHS, "compiled_months": COMPILED_MONTHS},
                ),
                inputs=inputs,
            ),
            forum=forum,
            refs=[],
            strengthen=("official",),
            next_steps=("law_show", "override"),
        )
    ]
