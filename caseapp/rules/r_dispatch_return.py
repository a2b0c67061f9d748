"""dispatch-return-ground-not-allowed (law.md R13).

A dispatched worker may be returned to the agency only on the grounds of LCL
art. 65 ¶2 (the worker's fault under art. 39, art. 40(1)(2)) or Interim
Provisions on Labour Dispatch art. 12 (art. 40(3) or 41 events at the client;
the client closed, bankrupt or dissolved; the dispatch agreement expired).
"Project ended", "business difficulty", another ground or none stated is not
among them. A return "because the agreement expired" while the recorded
agreement end is later is flagged too, as a contradiction to check.
"""

from __future__ import annotations

from caseapp.domain.findings import Finding, Period
from caseapp.domain.vocab import Confidence, IncidentKind, ReturnGround, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of
from caseapp.rules.phrases import ground_label

RULE = "dispatch-return-ground-not-allowed"
ALLOWED = frozenset(
    {
        ReturnGround.ART39,
        ReturnGround.ART40_1,
        ReturnGround.ART40_2,
        ReturnGround.ART40_3,
        ReturnGround.ART41,
        ReturnGround.CLIENT_CLOSED,
        ReturnGround.AGREEMENT_EXPIRED,
    }
)


def check(ctx: RuleContext) -> list[Finding]:
    info = ctx.case.info
    if info.arrangement != "dispatch":
        return []
    agreement_end = info.dispatch.agreement_end if info.dispatch else None
    out: list[Finding] = []
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if incident.kind != IncidentKind.RETURNED_TO_AGENCY:
            continue
        ground = incident.ground or ReturnGround.NONE_STATED
        variant = ""
        if ground in ALLOWED:
            if not (
                ground == ReturnGround.AGREEMENT_EXPIRED
                and agreement_end is not None
                and agreement_end > incident.date
            ):
                continue
            variant = "expiry_contradicted"
        params: dict[str, object] = {
            "date": incident.date.isoformat(),
            "ground": ground_label("return_ground", ground),
            "agreement_end": agreement_end.isoformat() if agreement_end else "",
        }
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, incident.id),
                severity=Severity.HIGH,
                confidence=Confidence.STATUTE if not variant else Confidence.PRACTICE,
                params=params,
                period=Period(incident.date, incident.date),
                basis=(
                    B.art(B.LCL, "65", 2),
                    B.art(B.DISPATCH_PROV, "12"),
                    B.art(B.LCL, "92", 2),
                    B.art(B.ARBITRATION_LAW, "22", 2),
                ),
                respondents=("employer", "client"),
                refs=incident_refs([incident]),
                strengthen=("return_notice", "agreement"),
                next_steps=("steps.ask_agency_redeploy", "log_pay", "steps.no_sign"),
                counter=("allowed_ground",),
                variant=variant,
            )
        )
    return out
