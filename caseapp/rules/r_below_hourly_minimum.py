"""below-hourly-minimum (LCL 72; law-addendum §4.1; the law data's hourly series).

For a part-time arrangement (`hourly.is_part_time`), each paid period
(`hourly.paid_periods`) with hours logged: what is due at least is the hours
of each day × the hourly minimum wage in force that day where the employer is
located (`employer.city`, else `case.city`; LCL 72); the shortfall is that
less the pay recorded for the period. Pay per hour = pay ÷ hours. A period
paid exactly at the minimum is not short. Not for a worker who is a full-time
student or draws a pension (no labour relationship: the Labour Contract Law
does not apply). Confidence: the weakest of the hourly figures used (the rule
itself is statute). A claim before the arbitration commission; labour
inspection can also order it paid.
"""

from __future__ import annotations

from caseapp.domain.findings import Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.hourly import (
    HourlyFloor,
    is_part_time,
    no_labour_subject,
    place_of_employer,
    shortfall,
)
from caseapp.rules.lawview import weakest

RULE = "below-hourly-minimum"


def check(ctx: RuleContext) -> list[Finding]:
    info = ctx.case.info
    if not is_part_time(info) or no_labour_subject(info):
        return []
    short = shortfall(ctx.case, HourlyFloor(ctx.law, place_of_employer(info)))
    if short is None:
        return []
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, short.start.isoformat()),
            severity=Severity.HIGH,
            confidence=weakest(f.confidence for f in short.figures),
            params=short.params(periods=len(short.rows)),
            period=Period(short.start, short.end),
            amount=short.amount,
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                parameters=short.parameters(),
                table=short.table(),
            ),
            basis=(B.art(B.LCL, "72"), B.art(B.MIN_WAGE_PROV, "*"), B.art(B.LCL, "85")),
            refs=short.refs(),
            strengthen=("hours_evidence", "pay_records"),
            next_steps=(
                "steps.demand_in_writing",
                "steps.inspection_complaint",
                "steps.lawyer_first",
            ),
            counter=("hours_disputed",),
        )
    ]
