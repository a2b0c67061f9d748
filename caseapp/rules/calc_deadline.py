"""The arbitration deadline per claim (Mediation and Arbitration Law art. 27).

* A claim's period is one year from the day the worker knew or should have
  known of it (`known_on`; for a pay shortfall, the payday of the first short
  month; for a termination, the day the worker learned of it). The last day is
  the same calendar date one year later (periods start the next day: 办案规则
  art. 19; 29 February maps to 28 February).
* Wage arrears during employment are not barred while employment continues:
  the period starts when employment ends (`last_day` None until then).
* The period restarts (art. 27 ¶2) only on a `demand_sent`,
  `written_objection`, `employer_acknowledged` or `complaint_filed` incident
  dated after the period began, on or before `as_of`, whose `asserts` names the
  claim's rule id. A demand that asserts another claim restarts nothing.

The app never says a deadline "has expired": after the last day a claim "may
be time-barred if the employer raises it" — and the worker should still apply
(the tribunal does not raise limitation by itself; Interp. II art. 20).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.findings import Deadline, Finding
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import IncidentKind
from caseapp.rules.context import RuleContext
from caseapp.rules.workdays import add_months

RESTARTERS = frozenset(
    {
        IncidentKind.DEMAND_SENT,
        IncidentKind.WRITTEN_OBJECTION,
        IncidentKind.EMPLOYER_ACKNOWLEDGED,
        IncidentKind.COMPLAINT_FILED,
    }
)
# Claims that are wage arrears (not barred during employment). A tuple: the UI
# lists them in this order (the claims a pay demand or an objection asserts).
WAGE_CLAIMS: tuple[str, ...] = (
    "standby-first-cycle-underpaid",
    "standby-below-floor",
    "standby-full-wage-arguable",
    "unilateral-pay-cut",
    "below-minimum-wage",
)
# Claims whose clock runs from a termination.
TERMINATION_CLAIMS = frozenset(
    {
        "objective-change-not-shown",
        "dispatch-termination-after-return",
        "incompetence-without-training",
        "protected-worker-terminated",
        "union-not-notified",
        "absence-pretext",
        "unlawful-termination",
        "severance-due",
    }
)
# Claims whose period runs from the last day of the finding's period: the
# contract's end; for double wages, the day the double-wage period ends (the
# reading most favourable to the worker; the finding's conservative amount
# already leaves out months more than a year old).
END_OF_PERIOD_CLAIMS = frozenset({"contract-expiry", "no-written-contract"})
# Claims that carry money or a status the tribunal decides.
CLAIMS = frozenset(WAGE_CLAIMS) | TERMINATION_CLAIMS | {"no-written-contract", "contract-expiry"}


@dataclass(frozen=True, slots=True)
class ClaimClock:
    claim: str
    from_: dt.date
    last_day: dt.date | None
    restarted_by: str | None
    computation: Msg


def one_year(day: dt.date) -> dt.date:
    return add_months(day, 12)


def clock(ctx: RuleContext, claim: str, known_on: dt.date) -> ClaimClock:
    ended = ctx.facts.ended_on
    if claim in WAGE_CLAIMS:
        if ended is None or ended > ctx.as_of:
            return ClaimClock(
                claim,
                known_on,
                None,
                None,
                Msg(
                    "rules.deadline.not_running", {"claim": claim, "known_on": known_on.isoformat()}
                ),
            )
        start = ended
    else:
        start = known_on
    restarted: str | None = None
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if incident.kind in RESTARTERS and claim in incident.asserts and start < incident.date:
            start = incident.date
            restarted = incident.id
    last = one_year(start)
    key = "rules.deadline.restarted" if restarted else "rules.deadline.running"
    return ClaimClock(
        claim,
        start,
        last,
        restarted,
        Msg(
            key,
            {
                "claim": claim,
                "from": start.isoformat(),
                "last_day": last.isoformat(),
                "incident": restarted or "",
            },
        ),
    )


def known_on(ctx: RuleContext, item: Finding) -> dt.date:
    """When the worker knew of the claim a finding describes."""
    if item.rule in END_OF_PERIOD_CLAIMS and item.period is not None:
        return item.period.end
    if item.rule in TERMINATION_CLAIMS:
        return ctx.facts.ended_on or (item.period.start if item.period else ctx.as_of)
    if item.rule in WAGE_CLAIMS and item.period is not None:
        return ctx.pay_due_date(item.period.start.replace(day=1))
    if item.period is not None:
        return item.period.start
    return ctx.as_of


def claim_clocks(ctx: RuleContext, findings: Iterable[Finding]) -> list[ClaimClock]:
    earliest: dict[str, dt.date] = {}
    for item in findings:
        if item.rule not in CLAIMS:
            continue
        day = known_on(ctx, item)
        if item.rule not in earliest or day < earliest[item.rule]:
            earliest[item.rule] = day
    return [clock(ctx, claim, day) for claim, day in sorted(earliest.items())]


def deadlines(ctx: RuleContext, findings: tuple[Finding, ...]) -> tuple[Deadline, ...]:
    return tuple(
        Deadline(claim=c.claim, from_=c.from_, last_day=c.last_day, computation=c.computation)
        for c in claim_clocks(ctx, findings)
    )
