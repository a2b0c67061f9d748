"""unreasonable-transfer (law.md R11; §5 pattern 5).

A `transfer_notice` (another post or another place) that the worker did not
agree to in writing: its `response` is not `agreed_in_writing` and no
`agreement_signed` on the post or the place is recorded on or after the
notice. Changing the contract needs written agreement (LCL 35); a move of
city is a major change (Beijing 2024 top-10 case 4; 534 Q59–60). If the worker
agreed orally, an oral change actually performed for over a month may be
upheld (Interp. I art. 43): the finding is then `contested`. A move to
another city is `high`, another post in the same place `medium`. No amount.
"""

from __future__ import annotations

from caseapp.domain.findings import Basis, Finding, Period
from caseapp.domain.model import Incident
from caseapp.domain.vocab import (
    AgreementSubject,
    Confidence,
    IncidentKind,
    Response,
    Severity,
)
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of
from caseapp.rules.phrases import city_words

RULE = "unreasonable-transfer"
SUBJECTS = frozenset({AgreementSubject.POST, AgreementSubject.PLACE})


def _agreed(ctx: RuleContext, notice: Incident) -> bool:
    if notice.response == Response.AGREED_IN_WRITING:
        return True
    return any(
        i.kind == IncidentKind.AGREEMENT_SIGNED and i.subject in SUBJECTS and i.date >= notice.date
        for i in ctx.case.incidents
    )


def check(ctx: RuleContext) -> list[Finding]:
    city = ctx.case.info.city
    out: list[Finding] = []
    for notice in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if notice.kind != IncidentKind.TRANSFER_NOTICE:
            continue
        if _agreed(ctx, notice):
            continue
        moves_city = bool(notice.new_city) and notice.new_city != city
        oral = notice.response == Response.AGREED_ORALLY
        basis: list[Basis] = [B.LCL35, B.art(B.SPC_INTERP_1, "43"), B.art(B.BJ_CASES, "2024-4")]
        if ctx.region == "beijing":
            basis += [B.art(B.BJ_ANSWERS, "Q59"), B.art(B.BJ_ANSWERS, "Q60")]
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, notice.id),
                severity=Severity.HIGH if moves_city else Severity.MEDIUM,
                confidence=Confidence.CONTESTED if oral else Confidence.STATUTE,
                params={
                    "date": notice.date.isoformat(),
                    "new_post": notice.new_post or "—",
                    "new_city": city_words(ctx.law, notice.new_city) if notice.new_city else "—",
                    "city": city_words(ctx.law, city),
                },
                period=Period(notice.date, notice.date),
                basis=basis,
                respondents=ctx.respondents(with_client=ctx.facts.dispatch),
                refs=incident_refs([notice]),
                strengthen=("notice", "terms"),
                next_steps=("object", "keep_working", "steps.lawyer_first"),
                counter=("clause", "reasonable"),
                variant="city" if moves_city else ("oral" if oral else ""),
            )
        )
    return out
