"""resignation-pressure (law.md R12): asked to resign, handed a resignation
form, or offered a mutual termination. What not to sign, and why: the reason
given at the time of resigning fixes the outcome (Beijing 534 Q73); a
"personal reasons" resignation normally loses severance and unemployment
benefit (SI Law 45); a termination the employer proposes carries severance
(LCL 36, 46(2))."""

from __future__ import annotations

from caseapp.domain.findings import Finding, Period
from caseapp.domain.vocab import Confidence, IncidentKind, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of

RULE = "resignation-pressure"
KINDS = {
    IncidentKind.ASKED_TO_RESIGN: "asked",
    IncidentKind.RESIGNATION_FORM_PRESENTED: "form",
    IncidentKind.MUTUAL_TERMINATION_OFFER: "mutual",
}


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        variant = KINDS.get(incident.kind)
        if variant is None:
            continue
        params: dict[str, object] = {"date": incident.date.isoformat()}
        refs = incident_refs([incident])
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, incident.id),
                severity=Severity.HIGH,
                confidence=Confidence.STATUTE,
                params=params,
                period=Period(incident.date, incident.date),
                basis=(
                    B.art(B.LCL, "36"),
                    B.art(B.LCL, "46", 1, 2),
                    B.art(B.SPC_INTERP_1, "45"),
                    B.art(B.SI_LAW, "45"),
                ),
                forum=None,
                refs=refs,
                strengthen=("record", "witness"),
                next_steps=("no_sign", "reply_writing", "steps.lawyer_first"),
                counter=("voluntary",),
                variant=variant,
            )
        )
    return out
