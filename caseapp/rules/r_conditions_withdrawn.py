"""working-conditions-withdrawn (law.md R10; §5 patterns 1, 6, 19).

`access_revoked` (accounts, badge, laptop, chat groups, desk) or
`humiliating_task` incidents dated while the employment continues — on or
after the first day of work and before the day it ended. Taking away the
tools and the workplace is failing to provide working conditions (LCL
38(1)(1); Beijing 2024 top-10 arbitration case 7). No amount of its own:
what matters is the record and the worker's written requests for work.
An access change on or after the last day (the normal exit handover) is not
counted.
"""

from __future__ import annotations

from caseapp.domain.findings import Finding, Period
from caseapp.domain.vocab import Confidence, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of

RULE = "working-conditions-withdrawn"
KINDS = frozenset({IncidentKind.ACCESS_REVOKED, IncidentKind.HUMILIATING_TASK})


def check(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    ended = facts.ended_on
    hits = sorted(
        (
            i
            for i in ctx.case.incidents
            if i.kind in KINDS and facts.start <= i.date and (ended is None or i.date < ended)
        ),
        key=lambda i: (i.date, i.id),
    )
    if not hits:
        return []
    first, last = hits[0].date, hits[-1].date
    kinds = {i.kind for i in hits}
    variant = "humiliating" if kinds == {IncidentKind.HUMILIATING_TASK} else ""
    refs = incident_refs(hits)
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, first.isoformat()),
            severity=Severity.HIGH,
            confidence=Confidence.PRACTICE,
            params={"start": first.isoformat(), "end": last.isoformat(), "count": len(hits)},
            period=Period(first, last),
            basis=(B.LCL38_CONDITIONS, B.art(B.SPC_INTERP_1, "45", None, 2)),
            respondents=ctx.respondents(with_client=ctx.facts.dispatch),
            refs=refs,
            strengthen=("photos", "clock_in", "witness"),
            next_steps=("ask_work", "keep_showing_up", "steps.no_sign", "lawyer"),
            counter=("security", "no_project"),
            variant=variant,
        )
    ]
