"""contract-expiry (law.md R18; LCL 44(1), 46(5), 14; Beijing 534 Q81).

A fixed-term contract whose end falls within 60 days after `as_of`, or has
passed (employment recorded as ended by expiry, or not recorded as ended).
Severance N is due when a fixed-term contract ends (LCL 46(5)) — unless the
employer offered to renew on the same or better terms and the worker
refused, in which case nothing fires. Amount: N at the contract's end date
(`calc_severance`, base over the 12 months before the end or before
`as_of` if the end is still ahead). If an earlier contract at the same
workplace is recorded (`prior_service`), this may be the second consecutive
fixed term, after which the worker may ask for an open-ended contract
(LCL 14; Interp. II art. 10): said in the text, no amount. When the end date
has passed, employment is not recorded as ended, and later records (days
logged, pay for later periods) show the work went on, the contract did not
simply expire (it continues on its terms in practice) and nothing fires.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Basis, Finding, Period
from caseapp.domain.vocab import (
    Confidence,
    ContractKind,
    DayStatus,
    EndGround,
    IncidentKind,
    Response,
    Severity,
    Terms,
)
from caseapp.rules import basis as B
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.pay import PAY_KINDS

RULE = "contract-expiry"
WARN_DAYS = 60  # product threshold from the spec's rule table
ACCEPTED = frozenset({Response.AGREED_IN_WRITING, Response.AGREED_ORALLY})


def _continued(ctx: RuleContext, end: dt.date) -> bool:
    """Records after the end date show the employment went on (a day logged
    other than rest, or pay for a period after it)."""
    return any(d.date > end and d.status != DayStatus.REST for d in ctx.case.days) or any(
        p.period_end > end and p.kind in PAY_KINDS for p in ctx.case.payments
    )


def check(ctx: RuleContext) -> list[Finding]:
    contract = ctx.case.info.contract
    if contract.kind != ContractKind.FIXED or contract.end is None:
        return []
    end = contract.end
    ended = ctx.case.info.employment_ended
    if (
        ended is not None
        and ended.date < end
        and ended.ground
        not in (
            EndGround.EXPIRY,
            EndGround.ART44,
        )
    ):
        return []  # employment ended earlier on another ground
    if ended is not None and ended.ground not in (EndGround.EXPIRY, EndGround.ART44):
        return []
    left = (end - ctx.as_of).days
    if left > WARN_DAYS:
        return []
    if left < 0 and ended is None and _continued(ctx, end):
        return []  # work went on after the end date: not an expiry (see the docstring)
    offers = [
        i
        for i in ctx.case.incidents
        if i.kind == IncidentKind.RENEWAL_OFFER and i.date <= max(end, ctx.as_of)
    ]
    if any(i.terms == Terms.SAME_OR_BETTER and i.response not in ACCEPTED for i in offers):
        return []  # LCL 46(5): a refused renewal on the same or better terms, no severance
    if any(i.response in ACCEPTED for i in offers):
        return []  # renewed
    passed = left < 0
    estimate = None if ctx.money_rules_held else severance_estimate(ctx, end, ctx.as_of)
    second = any(p.same_workplace for p in ctx.case.info.prior_service)
    basis: list[Basis] = [B.art(B.LCL, "44", 1, 1), B.art(B.LCL, "46", 1, 5), B.art(B.LCL, "47")]
    if second:
        basis += [B.art(B.LCL, "14"), B.art(B.SPC_INTERP_2, "10")]
    if ctx.region == "beijing":
        basis.append(B.art(B.BJ_ANSWERS, "Q81"))
    start = max(min(end, ctx.as_of), ctx.facts.start)
    period_start: dt.date = min(start, end)
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, end.isoformat()),
            severity=Severity.HIGH if passed else Severity.MEDIUM,
            confidence=Confidence.STATUTE,
            params={
                "end": end.isoformat(),
                "days_left": max(left, 0),
                "n": money(estimate.n) if estimate else "—",
                "second": "yes" if second else "no",
            },
            period=Period(period_start, end),
            amount=estimate.n if estimate else None,
            calculation=estimate.calculation if estimate else None,
            basis=basis,
            refs=[f"incident:{i.id}" for i in offers],
            strengthen=("contract_copy", "offers"),
            next_steps=(() if passed else ("ask_intent",))
            + ("no_sign", "lawyer")
            + (("open_ended",) if second else ()),
            counter=("offered_renewal",),
            variant="passed" if passed else "",
        )
    ]
