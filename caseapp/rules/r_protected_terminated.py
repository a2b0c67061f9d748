"""protected-worker-terminated (LCL 42; Interim Provisions on Labour Dispatch
art. 13).

A worker in a protected period (`info.protected`: pregnancy, medical period,
occupational disease, work injury, long service; `to` missing = still
running) may not be dismissed under LCL arts. 40 or 41 (LCL 42), and a
dispatched worker in such a period may not be returned under Dispatch
Provisions art. 12(1)(1) before the dispatch term ends, the term extending
until the situation ends (art. 13).

* `terminated`: an employer termination (see `termination_common`) on an
  art. 40 or 41 ground, or on a ground not stated, whose notice day or end day
  falls inside a protected period. Amount: 2N once employment has ended (LCL
  48, 87), else none. A dismissal for the worker's fault (art. 39) is not
  barred by art. 42 and gives nothing here.
* `returned`: a `returned_to_agency` incident inside a protected period whose
  ground is not the worker's fault (art. 39) or the client closing. No amount:
  the pay owed after a return is `standby-below-floor`'s.

A protected period that ended before the notice (and before the end day)
gives nothing.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.model import ProtectedPeriod
from caseapp.domain.vocab import Confidence, IncidentKind, ReturnGround, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of, money
from caseapp.rules.phrases import ground_label, span_of
from caseapp.rules.termination_common import ART40_41, damages, terminations

RULE = "protected-worker-terminated"
RETURN_ALLOWED = frozenset({ReturnGround.ART39, ReturnGround.CLIENT_CLOSED})


def _covering(ctx: RuleContext, *days: dt.date) -> ProtectedPeriod | None:
    for period in sorted(ctx.case.info.protected, key=lambda p: (p.from_, str(p.kind))):
        for day in days:
            if period.from_ <= day and (period.to is None or day <= period.to):
                return period
    return None


def _params(period: ProtectedPeriod, day: dt.date) -> dict[str, object]:
    return {
        "date": day.isoformat(),
        "kind": Msg(f"vocab.protected_kind.{period.kind}"),
        "span": span_of(period.from_, period.to),
    }


def check(ctx: RuleContext) -> list[Finding]:
    if not ctx.case.info.protected:
        return []
    out: list[Finding] = []
    for item in terminations(ctx):
        if item.ground is not None and item.ground not in ART40_41:
            continue
        days = (item.date,) if item.effective is None else (item.date, item.effective)
        period = _covering(ctx, *days)
        if period is None:
            continue
        estimate = damages(ctx, item)
        params = _params(period, item.date)
        params.update(
            ground=ground_label("end_ground", item.ground),
            double=money(estimate.double) if estimate else "—",
        )
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, item.key_part),
                severity=Severity.HIGH,
                confidence=Confidence.STATUTE,
                params=params,
                period=item.period,
                amount=estimate.double if estimate else None,
                calculation=estimate.calculation if estimate else None,
                basis=(B.art(B.LCL, "42"), B.art(B.LCL, "48"), B.art(B.LCL, "87")),
                refs=item.refs,
                strengthen=("proof", "told"),
                next_steps=("object_writing", "keep_notice", "steps.no_sign"),
                counter=("not_known", "fault"),
                variant="terminated",
            )
        )
    if ctx.facts.dispatch:
        out.extend(_returns(ctx))
    return out


def _returns(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if incident.kind != IncidentKind.RETURNED_TO_AGENCY:
            continue
        ground = incident.ground or ReturnGround.NONE_STATED
        if ground in RETURN_ALLOWED:
            continue
        period = _covering(ctx, incident.date)
        if period is None:
            continue
        params = _params(period, incident.date)
        params["ground"] = ground_label("return_ground", ground)
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, incident.id),
                severity=Severity.HIGH,
                confidence=Confidence.STATUTE,
                params=params,
                period=Period(incident.date, incident.date),
                basis=(B.art(B.DISPATCH_PROV, "13"), B.art(B.LCL, "42"), B.art(B.LCL, "92", 2)),
                respondents=("employer", "client"),
                refs=incident_refs([incident]),
                strengthen=("proof", "told"),
                next_steps=("object_writing", "steps.ask_agency_redeploy", "steps.no_sign"),
                counter=("not_known", "fault"),
                variant="returned",
            )
        )
    return out
