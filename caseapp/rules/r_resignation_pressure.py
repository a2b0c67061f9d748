"""resignation-pressure (law.md R12): asked to resign, handed a resignation
form, or offered a mutual termination. What not to sign, and why: the reason
given at the time of resigning fixes the outcome (Beijing 534 Q73); a
"personal reasons" resignation normally loses severance and unemployment
benefit (SI Law 45); a termination the employer proposes carries severance
(LCL 36, 46(2)).

Variant `signed`: the records show the worker has since signed or resigned —
the form or offer answered `agreed_in_writing` / `agreed_orally`, or a
`resignation_submitted`, a termination agreement, or employment ended on the
worker's or an agreed ground on or after the incident. Then "do not sign"
comes too late: the advice is the two routes `severance-due` lays out (N on
the ground that the employer in truth proposed the ending; cancelling a
resignation made under coercion), each with its own last day."""

from __future__ import annotations

from caseapp.domain.findings import Finding, Period
from caseapp.domain.model import Incident
from caseapp.domain.vocab import (
    AgreementSubject,
    Confidence,
    EndGround,
    IncidentKind,
    Response,
    Severity,
)
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of

RULE = "resignation-pressure"
KINDS = {
    IncidentKind.ASKED_TO_RESIGN: "asked",
    IncidentKind.RESIGNATION_FORM_PRESENTED: "form",
    IncidentKind.MUTUAL_TERMINATION_OFFER: "mutual",
}
ACCEPTED = frozenset({Response.AGREED_IN_WRITING, Response.AGREED_ORALLY})
AGREED_ENDINGS = frozenset(
    {
        EndGround.ART36_WORKER_PROPOSED,
        EndGround.ART36_EMPLOYER_PROPOSED,
        EndGround.ART37,
        EndGround.ART38,
    }
)


def _signed_since(ctx: RuleContext, incident: Incident) -> bool:
    if incident.response in ACCEPTED:
        return True
    ended = ctx.case.info.employment_ended
    if (
        ended is not None
        and ended.ground in AGREED_ENDINGS
        and incident.date <= ended.date <= ctx.as_of
    ):
        return True
    return any(
        incident.date <= i.date
        and (
            i.kind == IncidentKind.RESIGNATION_SUBMITTED
            or (
                i.kind == IncidentKind.AGREEMENT_SIGNED
                and i.subject == AgreementSubject.TERMINATION
            )
        )
        for i in ctx.case.incidents
    )


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        variant = KINDS.get(incident.kind)
        if variant is None:
            continue
        signed = _signed_since(ctx, incident)
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
                next_steps=(
                    ("steps.signed_routes", "keep_copy")
                    if signed
                    else ("no_sign", "reply_writing", "steps.lawyer_first")
                ),
                counter=("voluntary",),
                variant="signed" if signed else variant,
            )
        )
    return out
