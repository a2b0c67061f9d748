"""platform-pay-below-minimum (人社部发〔2021〕56号; 2024 MOHRSS guidelines;
law-addendum §4.2).

Work a platform manages without a full labour relationship — category (2)
of 56号: the enterprise sets the tasks, the rates, the hours or the
appraisal — is to be brought under minimum-wage protection, at the hourly
minimum of the place where the work is done (the 2024 guidelines;
`case.city`). This is policy guidance, not statute: the finding is
`practice` at most (weaker if the hourly figure is), and says so.

Fires for piece work or platform work (`pay_basis` `piece` or `arrangement`
`platform`) that is not a part-time arrangement (`below-hourly-minimum`
covers those), when the records show the work is managed — at least one of:
`control.tasks_by`, `appraisal_by`, `attendance_by`, `rules_by` or `pay_by`
naming a party (not `unknown`), or a task assigned by a party other than
the worker — and a paid period with hours (`hourly.hour_rows`) whose pay
per hour is below that minimum. The shortfall is hours × minimum − pay.
Where no labour relationship is claimed the forum is a court (a civil
claim); the pay of unpaid batches is `piece-work-unpaid`'s, so the two are
alternatives over the same months (`claims.PIECE_PAY`).
"""

from __future__ import annotations

from caseapp.domain.findings import Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Arrangement, Confidence, ControlBy, Party, PayBasis, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.hourly import HourlyFloor, confirmable, forum_of, is_part_time, shortfall
from caseapp.rules.lawview import weakest

RULE = "platform-pay-below-minimum"
MANAGED_BY = ("tasks_by", "appraisal_by", "attendance_by", "rules_by", "pay_by")


def management_indicators(ctx: RuleContext) -> list[str]:
    """What the records show of the platform managing the work."""
    info = ctx.case.info
    found: list[str] = []
    if info.control is not None:
        for name in MANAGED_BY:
            who = getattr(info.control, name)
            if who is not None and who != ControlBy.UNKNOWN:
                found.append(name)
    assigned = any(
        t.assigned_by_party is not None and t.assigned_by_party != Party.WORKER
        for t in ctx.case.tasks
    )
    if assigned and "tasks_by" not in found:
        found.append("tasks_by")
    return found


def check(ctx: RuleContext) -> list[Finding]:
    info = ctx.case.info
    if is_part_time(info):
        return []
    if info.pay_basis != PayBasis.PIECE and info.arrangement != Arrangement.PLATFORM:
        return []
    indicators = management_indicators(ctx)
    if not indicators:
        return []
    short = shortfall(ctx.case, HourlyFloor(ctx.law, info.city))
    if short is None:
        return []
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, short.start.isoformat()),
            severity=Severity.MEDIUM,
            confidence=weakest([Confidence.PRACTICE, *(f.confidence for f in short.figures)]),
            params=short.params(),
            period=Period(short.start, short.end),
            amount=short.amount,
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                inputs={"managed_by": ", ".join(indicators)},
                parameters=short.parameters(),
                table=short.table(),
            ),
            basis=(
                B.art(B.NEW_EMPLOYMENT, "*"),
                B.art(B.NEW_EMPLOYMENT_PAY, "*"),
                B.art(B.MIN_WAGE_PROV, "*"),
            ),
            forum=forum_of(info),
            respondents=("employer",),
            refs=short.refs(),
            strengthen=("hours_evidence", "management"),
            next_steps=(
                "platform_complaint",
                *(("if_confirmed",) if confirmable(info) else ()),
                "steps.lawyer_relationship",
            ),
            counter=("guidance_only", "independent"),
        )
    ]
