"""relationship-to-confirm (law-addendum §4; LCL 68–72).

Arrangements outside a labour contract — `part_time` (which may be misused
for full-time work), `service_agreement`, `platform`, `unknown` — may first
need the employment relationship confirmed (Mediation and Arbitration Law
art. 2(1)). Until it is, the money rules are held back (`RuleContext.
money_rules_held`), and this finding says why.
"""

from __future__ import annotations

from caseapp.domain.findings import Finding, Period
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.phrases import ground_label

RULE = "relationship-to-confirm"


def check(ctx: RuleContext) -> list[Finding]:
    if not ctx.money_rules_held:
        return []
    info = ctx.case.info
    arrangement = str(info.arrangement)
    basis = [B.art(B.ARBITRATION_LAW, "2"), B.art(B.LCL, "7")]
    if arrangement == "part_time":
        basis += [B.art(B.LCL, "68"), B.art(B.LCL, "72")]
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, arrangement),
            severity=Severity.HIGH,
            confidence=Confidence.PRACTICE,
            params={"arrangement": ground_label("arrangement", arrangement)},
            period=Period(ctx.facts.start, ctx.facts.end),
            basis=basis,
            respondents=ctx.respondents(with_client=True),
            refs=[],
            strengthen=("control", "attendance", "pay_records"),
            next_steps=("collect", "steps.lawyer_relationship"),
            counter=("independent",),
            variant="part_time" if arrangement == "part_time" else "",
        )
    ]
