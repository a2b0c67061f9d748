"""dispatch-termination-after-return (law.md R14; §5 patterns 10, 11).

A dispatched worker returned to the agency (`returned_to_agency` on day R)
whose contract the agency then ends (a `termination_notice`, or
`employment_ended` on an employer ground, on or after R) when, between the
return and the termination, no re-dispatch was offered or only offers on
`worse` terms. Under Interim Provisions on Labour Dispatch art. 15 the agency
may end the contract after a return only if the worker refuses a re-dispatch
on the same or better terms (and then owes severance, art. 17); after an
offer of worse terms, or none, it may not. Amount (conservative: the claim
for unlawful termination): 2N at the termination date (LCL 48, 87), with the
agency and the client named together (Dispatch Prov. 15; LCL 92 ¶2;
Mediation and Arbitration Law 22 ¶2). Alternative: N, if the termination
were upheld as lawful (art. 17). A termination after a refused offer on the
same or better terms does not fire.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Alternative, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import (
    Arrangement,
    Confidence,
    EndGround,
    IncidentKind,
    Response,
    Severity,
    Terms,
)
from caseapp.rules import basis as B
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, finding, key_of, money

RULE = "dispatch-termination-after-return"
# Grounds on which the worker, not the agency, ended the contract, or the worker's fault.
NOT_AGENCY = frozenset(
    {
        EndGround.ART36_WORKER_PROPOSED,
        EndGround.ART37,
        EndGround.ART38,
        EndGround.ART39,
        EndGround.ART39_PROBATION,
    }
)
ACCEPTED = frozenset({Response.AGREED_IN_WRITING, Response.AGREED_ORALLY})


def _termination(ctx: RuleContext, returned_on: dt.date) -> tuple[dt.date, list[str]] | None:
    refs: list[str] = []
    dates: list[dt.date] = []
    for i in ctx.case.incidents:
        if (
            i.kind == IncidentKind.TERMINATION_NOTICE
            and returned_on <= i.date
            and i.ground not in NOT_AGENCY
        ):
            dates.append(i.date)
            refs.append(f"incident:{i.id}")
    ended = ctx.case.info.employment_ended
    if ended is not None and returned_on <= ended.date <= ctx.as_of:
        if ended.ground in NOT_AGENCY:
            return None
        dates.append(ended.date)
    if not dates:
        return None
    end = ended.date if ended is not None and ended.date in dates else max(dates)
    return end, refs


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.case.info.arrangement != Arrangement.DISPATCH:
        return []
    returns = sorted(
        (i for i in ctx.case.incidents if i.kind == IncidentKind.RETURNED_TO_AGENCY),
        key=lambda i: (i.date, i.id),
    )
    if not returns:
        return []
    returned = returns[0]
    found = _termination(ctx, returned.date)
    if found is None:
        return []
    end, refs = found
    offers = [
        i
        for i in ctx.case.incidents
        if i.kind == IncidentKind.REDISPATCH_OFFER and returned.date <= i.date <= end
    ]
    fair_refused = [
        i for i in offers if i.terms == Terms.SAME_OR_BETTER and i.response not in ACCEPTED
    ]
    if fair_refused:
        return []  # art. 15: termination allowed after refusing same-or-better terms
    amount = None
    alternatives: list[Alternative] = []
    calculation = None
    params: dict[str, object] = {
        "returned": returned.date.isoformat(),
        "end": end.isoformat(),
        "offers": len(offers),
        "double": "—",
    }
    if not ctx.money_rules_held:
        estimate = severance_estimate(ctx, end)
        if estimate is not None:
            amount = estimate.double
            calculation = estimate.calculation
            params["double"] = money(estimate.double)
            alternatives.append(
                Alternative(
                    reading=Msg("rules.dispatch-termination-after-return.alt.n"),
                    amount=estimate.n,
                    calculation=Msg(
                        "calc.severance.alt.n",
                        {"base": money(estimate.base), "years": str(estimate.years)},
                    ),
                    confidence=Confidence.CONTESTED,
                )
            )
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, end.isoformat()),
            severity=Severity.HIGH,
            confidence=Confidence.STATUTE,
            params=params,
            period=Period(returned.date, end),
            amount=amount,
            calculation=calculation,
            basis=(
                B.art(B.DISPATCH_PROV, "15"),
                B.art(B.DISPATCH_PROV, "17"),
                B.art(B.LCL, "48"),
                B.art(B.LCL, "87"),
                B.art(B.LCL, "92", 2),
                B.art(B.ARBITRATION_LAW, "22", 2),
                B.art(B.CHAOYANG_CASES, "2"),
            ),
            respondents=("employer", "client"),
            refs=[f"incident:{returned.id}", *refs, *(f"incident:{i.id}" for i in offers)],
            strengthen=("offers", "notice"),
            next_steps=("steps.no_sign", "steps.termination_papers", "lawyer"),
            counter=("offered", "refused"),
            alternatives=alternatives,
            variant="worse" if offers else "",
        )
    ]
