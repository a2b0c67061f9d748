"""objective-change-not-shown (law.md §5 pattern 8; LCL 40(3)).

A termination on LCL art. 40(3) ("major change in objective circumstances"),
or a post abolished for reorganisation, strategy, automation or AI: none of
these is an objective change in the sense of art. 40(3) in Beijing practice
(534 Q79; (2023)京03民终20183号), and a post elimination is not a
negotiation to change the contract. If employment has ended on such a
ground, the amount is 2N (LCL 87, the conservative claim being the unlawful-
termination damages; severance N plus notice pay is the alternative if the
tribunal accepts the ground). Before a termination, no amount.
"""

from __future__ import annotations

from decimal import Decimal

from caseapp.domain.findings import Alternative, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, EndGround, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, finding, key_of, money

RULE = "objective-change-not-shown"


def check(ctx: RuleContext) -> list[Finding]:
    triggers = [
        i
        for i in ctx.case.incidents
        if i.kind == IncidentKind.POST_ELIMINATED
        or (i.kind == IncidentKind.TERMINATION_NOTICE and i.ground == EndGround.ART40_3)
    ]
    ended = ctx.case.info.employment_ended
    terminated = ended is not None and ended.ground == EndGround.ART40_3 and ended.date <= ctx.as_of
    if not triggers and not terminated:
        return []
    first = min((i.date for i in triggers), default=ended.date if ended else ctx.as_of)
    amount = None
    alternatives: list[Alternative] = []
    params: dict[str, object] = {"date": first.isoformat()}
    calculation = None
    if terminated and not ctx.money_rules_held and ended is not None:
        estimate = severance_estimate(ctx, ended.date)
        if estimate is not None:
            amount = estimate.double
            calculation = estimate.calculation
            params.update(double=money(estimate.double), n=money(estimate.n))
            alternatives.append(
                Alternative(
                    reading=Msg("rules.objective-change-not-shown.alt.n_plus_notice"),
                    amount=estimate.n + (estimate.notice_pay or Decimal(0)),
                    calculation=Msg(
                        "calc.severance.alt.n_plus_notice",
                        {"n": money(estimate.n), "notice": money(estimate.notice_pay)},
                    ),
                    confidence=Confidence.PRACTICE,
                )
            )
    refs = [f"incident:{i.id}" for i in triggers]
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, first.isoformat()),
            severity=Severity.HIGH,
            confidence=Confidence.PRACTICE,
            params=params,
            period=Period(first, ended.date if terminated and ended else first),
            amount=amount,
            calculation=calculation,
            basis=(B.art(B.LCL, "40", 1, 3), B.art(B.LCL, "48"), B.art(B.LCL, "87")),
            refs=refs,
            strengthen=("notice", "reason"),
            next_steps=("steps.no_sign", "steps.termination_papers", "steps.lawyer_first"),
            counter=("reorganisation", "consulted"),
            alternatives=alternatives,
            variant="terminated" if amount is not None else "",
        )
    ]
