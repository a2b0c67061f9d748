"""targeted-standby (law.md R04; §1.2 point 1; §5 patterns 1, 6).

Standby that singles the worker out: during a standby episode (from 30 days
before its first day to 30 days after its last, and not after `as_of`) the
worker recorded `colleagues_still_working` or `hiring_same_role`, or was
put on standby by a `standby_notice` whose scope is `individual`. A warning,
not a verdict: the stoppage rules may not apply to standby that targets one
worker while the employer operates normally, so the full contract wage is
arguable (contested) and the pattern is common before a disguised dismissal.
No amount of its own (the money is in `standby-below-floor` and, on the
contested reading, `standby-full-wage-arguable`); for non-dispatch standby the
full-wage difference is given as an alternative so the two can be compared.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import Alternative, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.model import Incident
from caseapp.domain.vocab import Confidence, IncidentKind, Scope, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of, money
from caseapp.rules.facts import Category, DayValue, Episode
from caseapp.rules.standby_common import day_refs, floor_months

RULE = "targeted-standby"
MARGIN = dt.timedelta(days=30)  # product window around an episode, not a legal figure
SIGNALS = frozenset({IncidentKind.COLLEAGUES_STILL_WORKING, IncidentKind.HIRING_SAME_ROLE})


def _signals(ctx: RuleContext, episode: Episode) -> list[Incident]:
    lo = episode.start - MARGIN
    hi = min(episode.end + MARGIN, ctx.as_of)
    out = []
    for i in ctx.case.incidents:
        if not lo <= i.date <= hi:
            continue
        if i.kind in SIGNALS or (
            i.kind == IncidentKind.STANDBY_NOTICE
            and i.scope == Scope.INDIVIDUAL
            and i.date <= episode.end
        ):
            out.append(i)
    return sorted(out, key=lambda i: (i.date, i.id))


def _full_wage_difference(ctx: RuleContext, episode: Episode) -> Decimal | None:
    facts = ctx.facts

    def wage(v: DayValue) -> Decimal | None:
        if v.category in (Category.FLOOR, Category.FIRST_CYCLE):
            return facts.wage_on(v.day)
        return v.figure

    total = Decimal(0)
    found = False
    for m in floor_months(ctx, wage):
        if m.episode is episode and m.shortfall is not None:
            total += m.shortfall
            found = True
    return total if found else None


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for episode in ctx.facts.episodes:
        signals = _signals(ctx, episode)
        if not signals:
            continue
        kinds = sorted({str(i.kind) for i in signals})
        alternatives: list[Alternative] = []
        if not ctx.facts.dispatch and not ctx.money_rules_held:
            diff = _full_wage_difference(ctx, episode)
            if diff:
                alternatives.append(
                    Alternative(
                        reading=Msg("rules.targeted-standby.alt.full_wage"),
                        amount=diff,
                        calculation=Msg(f"calc.{RULE}.alt.full_wage"),
                        confidence=Confidence.CONTESTED,
                    )
                )
        params: dict[str, object] = {
            "start": episode.start.isoformat(),
            "end": episode.end.isoformat(),
            "count": len(signals),
            "first_signal": signals[0].date.isoformat(),
            "full": money(alternatives[0].amount) if alternatives else "—",
        }
        refs = incident_refs(signals)
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, episode.start.isoformat()),
                severity=Severity.MEDIUM,
                confidence=Confidence.CONTESTED,
                params=params,
                period=Period(episode.start, episode.end),
                basis=(B.LCL30, B.LCL38_CONDITIONS, B.art(B.SPC_INTERP_1, "45", None, 2)),
                refs=refs + day_refs(episode.standby_days, 1),
                strengthen=("names", "job_ads", "scope"),
                next_steps=("steps.ask_work", "record", "steps.lawyer_first"),
                counter=("different_role", "business"),
                alternatives=alternatives,
                variant="notice" if kinds == [str(IncidentKind.STANDBY_NOTICE)] else "",
            )
        )
    return out
