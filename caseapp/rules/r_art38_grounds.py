"""art38-grounds-recorded (law.md R21; LCL 38, 46(1); SPC Interpretation I
art. 45).

Runs in the second phase, on the first phase's findings. It fires ONLY when
a ground on which the worker may end the contract under LCL art. 38 is still
found on `as_of` after the worker demanded that it be cured:

* grounds: `standby-first-cycle-underpaid`, `standby-below-floor`,
  `unilateral-pay-cut`, `below-minimum-wage` and `late-wages` recorded as
  unpaid (art. 38 ¶1 item 2: wages not paid in full and on time);
  `social-insurance-gap` (item 3); `working-conditions-withdrawn` (item 1).
  The contested full-wage reading is not a ground here; a wage paid late but
  since paid is a past ground, not an uncured one, and is left out.
* the demand: a `demand_sent` incident dated before `as_of`, not recorded as
  oral, whose `asserts` names the ground's rule id, made while the ground
  already existed (the finding's period starts on or before it). A demand
  that asserts another claim does not count.
* uncured: the ground's finding is still produced on `as_of` (a shortfall paid
  after the demand makes the finding, and this one, go away); for withdrawn
  working conditions, also no day logged `working` after the demand (work
  given back).

Nothing fires once employment has ended, or once a resignation is logged
after the demand. No amount and forum none: it is a decision to take, not a
claim yet (so the filing pack does not list it). The severance N a
resignation under art. 38 would carry (LCL 46(1), the severance calculator
with `as_of` as the end) is the first alternative, with the calculation; the
calculator's own alternatives follow. Every text says to see a lawyer or
legal aid (12348) before resigning, and how to serve the notice.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Alternative, Basis, Finding, Period, SeveranceEstimate
from caseapp.domain.messages import Msg
from caseapp.domain.model import Incident
from caseapp.domain.vocab import Confidence, DayStatus, Form, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.lawview import weakest
from caseapp.rules.phrases import rule_names

RULE = "art38-grounds-recorded"
# rule id → LCL art. 38 ¶1 item
GROUNDS: dict[str, int] = {
    "working-conditions-withdrawn": 1,
    "standby-first-cycle-underpaid": 2,
    "standby-below-floor": 2,
    "unilateral-pay-cut": 2,
    "below-minimum-wage": 2,
    "late-wages": 2,
    "social-insurance-gap": 3,
}
SI_GROUND = "social-insurance-gap"
CONDITIONS_GROUND = "working-conditions-withdrawn"


def is_ground(item: Finding) -> bool:
    if item.rule not in GROUNDS:
        return False
    if item.rule == "late-wages":  # only wages still unpaid
        return ".unpaid." in item.title.key
    return True


def _demands(ctx: RuleContext) -> list[Incident]:
    return sorted(
        (
            i
            for i in ctx.case.incidents
            if i.kind == IncidentKind.DEMAND_SENT and i.date < ctx.as_of and i.form != Form.ORAL
        ),
        key=lambda i: (i.date, i.id),
    )


def _demand_for(item: Finding, demands: list[Incident]) -> Incident | None:
    start = item.period.start if item.period else None
    for demand in demands:
        if item.rule in demand.asserts and (start is None or start <= demand.date):
            return demand
    return None


def _worked_after(ctx: RuleContext, day: dt.date) -> bool:
    """A day logged `working` after `day`: the conditions were given back."""
    return any(
        day < d and record.status == DayStatus.WORKING for d, record in ctx.facts.days.items()
    )


def _resigned_after(ctx: RuleContext, day: dt.date) -> bool:
    return any(
        i.kind == IncidentKind.RESIGNATION_SUBMITTED and day <= i.date for i in ctx.case.incidents
    )


def check(ctx: RuleContext) -> list[Finding]:
    ended = ctx.facts.ended_on
    if ended is not None and ended <= ctx.as_of:
        return []
    demands = _demands(ctx)
    if not demands:
        return []
    pairs: list[tuple[Finding, Incident]] = []
    for item in ctx.prior:
        if not is_ground(item):
            continue
        demand = _demand_for(item, demands)
        if demand is None:
            continue
        if item.rule == CONDITIONS_GROUND and _worked_after(ctx, demand.date):
            continue
        pairs.append((item, demand))
    if not pairs:
        return []
    first = min((d for _, d in pairs), key=lambda d: (d.date, d.id))
    if _resigned_after(ctx, first.date):
        return []
    items = sorted({GROUNDS[f.rule] for f, _ in pairs})
    confidences = [Confidence.STATUTE, *(f.confidence for f, _ in pairs)]
    if {f.rule for f, _ in pairs} == {SI_GROUND}:
        # Beijing 534 Q71: severance on 38(1)(3) only for no account or types left out.
        confidences.append(Confidence.PRACTICE)
    estimate = severance_estimate(ctx, ctx.as_of) if not ctx.money_rules_held else None
    params: dict[str, object] = {
        "demand_date": first.date.isoformat(),
        "as_of": ctx.as_of.isoformat(),
        "grounds": rule_names(f.rule for f, _ in pairs),
        "items": "、".join(f"第三十八条第一款第{_ZH_NUM[i]}项" for i in items),
        "items_en": ", ".join(f"art. 38(1)({i})" for i in items),
        "n": money(estimate.n) if estimate else "—",
    }
    basis: list[Basis] = [B.art(B.LCL, "38", 1, i) for i in items]
    basis += [B.art(B.LCL, "46", 1, 1), B.art(B.SPC_INTERP_1, "45")]
    demand_refs = [
        f"incident:{d.id}"
        for d in sorted({d.id: d for _, d in pairs}.values(), key=lambda d: d.date)
    ]
    ground_refs = [r for f, _ in pairs for r in f.refs][:8]
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, first.id),
            severity=Severity.MEDIUM,
            confidence=weakest(confidences),
            params=params,
            period=Period(first.date, ctx.as_of),
            amount=None,
            calculation=estimate.calculation if estimate else None,
            basis=basis,
            forum=None,
            refs=[*demand_refs, *ground_refs],
            strengthen=("delivery", "uncured"),
            next_steps=("lawyer", "notice", "keep_working", "claims"),
            counter=("cured", "personal"),
            alternatives=_if_resigning(estimate),
        )
    ]


def _if_resigning(estimate: SeveranceEstimate | None) -> tuple[Alternative, ...]:
    if estimate is None:
        return ()
    severance = Alternative(
        reading=Msg(f"rules.{RULE}.alt.if_resigning", {"n": money(estimate.n)}),
        amount=estimate.n,
        calculation=Msg(
            "calc.severance.alt.n", {"base": money(estimate.base), "years": str(estimate.years)}
        ),
        confidence=Confidence.STATUTE,
    )
    return (severance, *estimate.alternatives)


_ZH_NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六"}
