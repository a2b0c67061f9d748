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

* Double wages (LCL art. 82, `DOUBLE_WAGE_CLAIMS`): the extra wage is a
  penalty, not wages, so it runs during employment. Unless the law data
  confirms that the region counts the year from the end of the violation
  (`double_wages.toml`, `from_end` at statute, local_rule or practice), the
  deadline shown is the strictest one: each day's extra wage has its own year,
  so the first day of the period is lost one year after it (`last_day`), and
  the last one year after the period's end (`until`). A worker is never told
  they have more time than the strictest reading gives.
* A last day that is a rest day or a holiday moves to the next working day
  (民法典 art. 203) — only where the holiday calendar of every day involved is
  confirmed (the State Council notice is in the law data). `last_day` stays
  the unmoved date: the text names the moved one and advises filing by the
  unmoved one.

The app never says a deadline "has expired": after the last day a claim "may
be time-barred if the employer raises it" — and the worker should still apply
(the tribunal does not raise limitation by itself; Interp. II art. 20).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from caseapp.domain.findings import Deadline, Finding
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, IncidentKind
from caseapp.rules.context import RuleContext
from caseapp.rules.law_wages import FROM_END
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
    # part-time pay (issue 15): pay for work during employment
    "below-hourly-minimum",
    "part-time-pay-cycle",
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
# contract's end.
END_OF_PERIOD_CLAIMS = frozenset({"contract-expiry"})
# Double wages: each day's extra wage has its own year (see the docstring).
DOUBLE_WAGE_CLAIMS = frozenset({"no-written-contract"})
# Readings firm enough to give a worker more time than the strictest one.
FIRM_READINGS = frozenset({Confidence.STATUTE, Confidence.LOCAL_RULE, Confidence.PRACTICE})
# Claims that carry money or a status the tribunal decides.
CLAIMS = frozenset(WAGE_CLAIMS) | TERMINATION_CLAIMS | {"no-written-contract", "contract-expiry"}


@dataclass(frozen=True, slots=True)
class ClaimClock:
    claim: str
    from_: dt.date
    last_day: dt.date | None
    restarted_by: str | None
    computation: Msg
    # 民法典 art. 203: the next working day when `last_day` is a rest day or a
    # holiday and the calendar is confirmed; None otherwise.
    moved_to: dt.date | None = None
    # Double wages counted back: the last day for the last of the extra wage.
    until: dt.date | None = None


def one_year(day: dt.date) -> dt.date:
    return add_months(day, 12)


def moved_last_day(ctx: RuleContext, last: dt.date) -> dt.date | None:
    """The day a period whose last day is `last` ends under 民法典 art. 203:
    the next working day when `last` is a rest day or holiday — only where the
    holiday calendar of those days is confirmed; None when it does not move
    (or cannot be told)."""
    calendar = ctx.law.holidays
    if not calendar.confirmed(last) or calendar.is_working_day(last):
        return None
    return calendar.next_working_day(last)


def counts_from_end(ctx: RuleContext) -> bool:
    """The law data confirms that the region counts the year for the extra
    wage from the end of the violation (never assumed)."""
    reading = ctx.params.double_wage_limitation(ctx.as_of)
    return reading is not None and reading.value == FROM_END and reading.confidence in FIRM_READINGS


def _with_move(ctx: RuleContext, clock: ClaimClock) -> ClaimClock:
    if clock.last_day is None:
        return clock
    moved = moved_last_day(ctx, clock.last_day)
    if moved is None:
        return clock
    note = Msg(
        "rules.deadline.moved",
        {"last_day": clock.last_day.isoformat(), "moved_to": moved.isoformat()},
    )
    computation = Msg("rules.deadline.with_note", {"text": clock.computation, "note": note})
    return replace(clock, moved_to=moved, computation=computation)


def clock(
    ctx: RuleContext, claim: str, known_on: dt.date, until: dt.date | None = None
) -> ClaimClock:
    """The claim's clock; `until` is the last day of a double-wage period."""
    return _with_move(ctx, _clock(ctx, claim, known_on, until))


def _clock(ctx: RuleContext, claim: str, known_on: dt.date, until: dt.date | None) -> ClaimClock:
    ended = ctx.facts.ended_on
    rolling = claim in DOUBLE_WAGE_CLAIMS and until is not None
    if rolling and until is not None and counts_from_end(ctx):
        known_on, rolling = until, False
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
    computation = Msg(
        key,
        {
            "claim": claim,
            "from": start.isoformat(),
            "last_day": last.isoformat(),
            "incident": restarted or "",
        },
    )
    tail: dt.date | None = None
    if rolling and until is not None:
        tail = one_year(max(until, start))
        computation = Msg(
            "rules.deadline.with_note",
            {
                "text": computation,
                "note": Msg(
                    "rules.deadline.double_wages",
                    {"last_day": last.isoformat(), "until": tail.isoformat()},
                ),
            },
        )
    return ClaimClock(claim, start, last, restarted, computation, until=tail)


def known_on(ctx: RuleContext, item: Finding) -> dt.date:
    """When the worker knew of the claim a finding describes."""
    if item.rule in END_OF_PERIOD_CLAIMS and item.period is not None:
        return item.period.end
    if item.rule in DOUBLE_WAGE_CLAIMS and item.period is not None:
        return item.period.start  # the first day's extra wage is the first to go
    if item.rule in TERMINATION_CLAIMS:
        return ctx.facts.ended_on or (item.period.start if item.period else ctx.as_of)
    if item.rule in WAGE_CLAIMS and item.period is not None:
        return ctx.pay_due_date(item.period.start.replace(day=1))
    if item.period is not None:
        return item.period.start
    return ctx.as_of


def claim_clocks(ctx: RuleContext, findings: Iterable[Finding]) -> list[ClaimClock]:
    earliest: dict[str, dt.date] = {}
    latest_end: dict[str, dt.date] = {}
    for item in findings:
        if item.rule not in CLAIMS:
            continue
        day = known_on(ctx, item)
        if item.rule not in earliest or day < earliest[item.rule]:
            earliest[item.rule] = day
        if item.rule in DOUBLE_WAGE_CLAIMS and item.period is not None:
            end = item.period.end
            latest_end[item.rule] = max(end, latest_end.get(item.rule, end))
    return [
        clock(ctx, claim, day, latest_end.get(claim)) for claim, day in sorted(earliest.items())
    ]


def deadlines(ctx: RuleContext, findings: tuple[Finding, ...]) -> tuple[Deadline, ...]:
    return tuple(
        Deadline(claim=c.claim, from_=c.from_, last_day=c.last_day, computation=c.computation)
        for c in claim_clocks(ctx, findings)
    )
