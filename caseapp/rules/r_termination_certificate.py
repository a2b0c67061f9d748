"""termination-certificate-missing (LCL arts. 50, 89; Implementing
Regulations art. 24).

When a contract ends, the employer must issue a certificate of termination
(解除或者终止劳动合同的证明) and, within 15 days, transfer the worker's files
and social insurance (LCL art. 50); the certificate states the contract's
term, the date it ended, the post and the years worked (Reg. art. 24). An
employer that gives none is ordered to put it right by the labour authority
and is liable for the loss it causes (LCL art. 89) — the unemployment
benefit the worker could not claim without it, most often.

Inputs: `employment_ended` (`date`, `ground`, `certificate_issued`) and the
period `certificate_days` of the law data (periods.toml: 15). The last day is
the end date plus the period (the period starts the next day): ended
2026-03-10 → last day 2026-03-25. The rule says nothing until that day has
passed, although the certificate itself is due on the day the contract ends:
it waits for the later of the two duties of art. 50, and a worker who is
still waiting on day 15 is not told anything is missing.

* `certificate_issued: true`: nothing (however late it came: the loss a late
  certificate caused is for the worker to show, and the record does not say
  when it came).
* `certificate_issued: false`, `as_of` after the last day (variant
  `not_issued`): medium, `statute` (or weaker, as the period's confidence).
* `certificate_issued` absent (null): unknown, never "not issued". Variant
  `no_record`: low, `unconfirmed`; the step is to record whether it came.
* An end date after `as_of`, or no end: nothing.

Amount: none. The damages of art. 89 are the loss actually caused (an
unemployment benefit refused, a job offer lost), which the records do not
price. Forum: labour inspection (the order to put it right); the damages go
to arbitration with the other claims.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Calculation, Finding, Parameter, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.lawview import weakest
from caseapp.rules.phrases import ground_label

RULE = "termination-certificate-missing"
PERIOD = "certificate_days"


def last_day(ended: dt.date, days: int) -> dt.date:
    """The last day of the 15 days: the period starts the day after the end."""
    return ended + dt.timedelta(days=days)


def check(ctx: RuleContext) -> list[Finding]:
    ended = ctx.case.info.employment_ended
    if ended is None or ended.date > ctx.as_of or ended.certificate_issued is True:
        return []
    period = ctx.law.period(PERIOD, ended.date)
    if period is None:
        return []
    due = last_day(ended.date, period.value)
    if ctx.as_of <= due:
        return []
    recorded_no = ended.certificate_issued is False
    params: dict[str, object] = {
        "end": ended.date.isoformat(),
        "due": due.isoformat(),
        "days": period.value,
        "ground": ground_label("end_ground", ended.ground),
    }
    calculation = Calculation(
        formula=Msg(f"calc.{RULE}.formula", {"days": period.value}),
        inputs={
            "ended_on": ended.date.isoformat(),
            "period_days": str(period.value),
            "last_day": due.isoformat(),
            "looked_on": ctx.as_of.isoformat(),
        },
        parameters=(
            Parameter(
                name=PERIOD,
                value=str(period.value),
                effective_from=period.effective_from,
                source=period.source,
                confidence=period.confidence,
            ),
        ),
    )
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, ended.date.isoformat()),
            severity=Severity.MEDIUM if recorded_no else Severity.LOW,
            confidence=(
                weakest([Confidence.STATUTE, period.confidence])
                if recorded_no
                else Confidence.UNCONFIRMED
            ),
            params=params,
            period=Period(ended.date, due),
            amount=None,
            calculation=calculation,
            basis=(B.art(B.LCL, "50"), B.art(B.LCL, "89"), B.art(B.LCL_REG, "24")),
            forum=Forum.LABOUR_INSPECTION,
            strengthen=("request", "losses"),
            next_steps=(
                ("ask_in_writing", "unemployment_without", "unemployment_with", "inspection")
                if recorded_no
                else ("record_it", "unemployment_with", "unemployment_without")
            ),
            counter=("offered", "no_loss"),
            variant="not_issued" if recorded_no else "no_record",
        )
    ]
