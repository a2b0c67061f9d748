"""incompetence-without-training (law.md R19; LCL 40(2); SPC Guiding Case 18;
Beijing 2025 Top-10 Case 10).

LCL 40(2) allows a termination only when the worker is incompetent and still
incompetent **after training or a change of post**. Two patterns:

* `no_training`: no `training_offered` or `reassignment_offered` incident on
  or before the day that matters — the termination notice for a termination,
  `as_of` for a claim not (yet) followed by one. An offer made at any time
  before counts, even before the first claim.
* `standby`: the claim rests on an assessment made during standby — an
  `assessment` incident on or before the trigger whose period
  (`period_start`..`period_end`, else its own date) holds logged standby days
  and no more logged working days than standby days. Beijing 2025 Case 10: an
  appraisal made while on standby lacks a basis in performance.

Triggers: an employer termination on `art40_2` (variant `terminated`), else
the first `incompetence_claim` or `pip_started` incident (variant `claim`).
Amount: 2N once employment has ended on the termination (LCL 48, 87), with
N plus one month's notice pay as the alternative if the ground is accepted;
none before. High for a termination, medium for a claim.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import Alternative, Basis, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.model import Incident
from caseapp.domain.vocab import Confidence, DayStatus, EndGround, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.termination_common import Termination, damages, terminations

RULE = "incompetence-without-training"
CLAIMS = frozenset({IncidentKind.INCOMPETENCE_CLAIM, IncidentKind.PIP_STARTED})
OFFERS = frozenset({IncidentKind.TRAINING_OFFERED, IncidentKind.REASSIGNMENT_OFFERED})
STANDBY = frozenset({DayStatus.STANDBY, DayStatus.STANDBY_ONSITE, DayStatus.STANDBY_ONCALL})
GUIDING_CASES = "spc_guiding_cases"
BEIJING_CASES = "beijing_arbitration_cases"


def _incidents(ctx: RuleContext, kinds: frozenset[IncidentKind], until: dt.date) -> list[Incident]:
    return sorted(
        (i for i in ctx.case.incidents if i.kind in kinds and i.date <= until),
        key=lambda i: (i.date, i.id),
    )


def _made_during_standby(ctx: RuleContext, item: Incident) -> bool:
    start = item.period_start or item.date
    end = item.period_end or item.date
    standby = working = 0
    for day, record in ctx.facts.days.items():
        if start <= day <= end:
            if record.status in STANDBY:
                standby += 1
            elif record.status == DayStatus.WORKING:
                working += 1
    return standby > 0 and working <= standby


def check(ctx: RuleContext) -> list[Finding]:
    ending: Termination | None = next(
        (t for t in terminations(ctx) if t.ground == EndGround.ART40_2), None
    )
    claims = _incidents(ctx, CLAIMS, ctx.as_of)
    if ending is None and not claims:
        return []
    day = ending.date if ending is not None else ctx.as_of
    offers = _incidents(ctx, OFFERS, day)
    standby_assessments = [
        a
        for a in _incidents(ctx, frozenset({IncidentKind.ASSESSMENT}), day)
        if _made_during_standby(ctx, a)
    ]
    reasons = [
        r for r, hit in (("no_training", not offers), ("standby", standby_assessments)) if hit
    ]
    if not reasons:
        return []
    reason = "both" if len(reasons) == 2 else reasons[0]
    first = ending.date if ending is not None else claims[0].date
    estimate = damages(ctx, ending) if ending is not None else None
    params: dict[str, object] = {
        "date": first.isoformat(),
        "double": money(estimate.double) if estimate else "—",
    }
    params["reason"] = Msg(f"rules.{RULE}.reason.{reason}", dict(params))
    alternatives: list[Alternative] = []
    if estimate is not None:
        alternatives.append(
            Alternative(
                reading=Msg(f"rules.{RULE}.alt.n_plus_notice"),
                amount=estimate.n + (estimate.notice_pay or Decimal(0)),
                calculation=Msg(
                    "calc.severance.alt.n_plus_notice",
                    {"n": money(estimate.n), "notice": money(estimate.notice_pay)},
                ),
                confidence=Confidence.PRACTICE,
            )
        )
    basis: list[Basis] = [B.art(B.LCL, "40", 1, 2), B.art(GUIDING_CASES, "18")]
    if standby_assessments:
        basis.append(B.art(BEIJING_CASES, "2025-10"))
    if ending is not None:
        basis += [B.art(B.LCL, "48"), B.art(B.LCL, "87")]
    refs = [
        *(ending.refs if ending is not None else []),
        *(f"incident:{i.id}" for i in claims),
        *(f"incident:{i.id}" for i in standby_assessments),
    ]
    end = ending.effective if ending is not None and ending.effective else first
    start = min([first, *(i.date for i in claims)])
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, ending.key_part if ending is not None else claims[0].id),
            severity=Severity.HIGH if ending is not None else Severity.MEDIUM,
            confidence=Confidence.STATUTE if offers == [] else Confidence.PRACTICE,
            params=params,
            period=Period(start, max(end, first)),
            amount=estimate.double if estimate else None,
            calculation=estimate.calculation if estimate else None,
            basis=basis,
            refs=refs,
            strengthen=("criteria", "work_given"),
            next_steps=("object_writing", "ask_training", "lawyer"),
            counter=("trained", "ranking"),
            alternatives=alternatives,
            variant="terminated" if ending is not None else "claim",
        )
    ]
