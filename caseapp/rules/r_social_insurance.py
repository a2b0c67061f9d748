"""social-insurance-gap (law.md R09, §6).

Months of employment whose social-insurance record says `unpaid` or
`partial`, or lists an insurance type as `unpaid`. A month with no record is
unknown and says nothing. The employer must register the worker and pay in
full and on time (SI Law arts. 58, 60), with a late fee of 0.05 % a day on
arrears (art. 86); the worker may ask the social-insurance agency to act
(art. 83 ¶3) — back-payment itself goes to the agency, not to arbitration
(Beijing 534 Q1) — and failing to pay is a ground to resign with cause under
LCL 38(1)(3), which in Beijing carries severance only where an account was
never opened or types were left out, a low base being a back-payment matter
(534 Q71). Recorded `social_insurance_stopped` incidents with no unpaid month
on record give a low finding asking for the official record.
No amount: the contributions due depend on a base the records rarely hold.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import CalcRow, CalcTable, Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.model import SIMonth
from caseapp.domain.vocab import Confidence, Forum, IncidentKind, Severity, SIStatus, SITypeStatus
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.workdays import month_end

RULE = "social-insurance-gap"


def _gap(record: SIMonth) -> bool:
    if record.status in (SIStatus.UNPAID, SIStatus.PARTIAL):
        return True
    return any(v == SITypeStatus.UNPAID for v in record.types.values())


def check(ctx: RuleContext) -> list[Finding]:
    facts = ctx.facts
    first_month = facts.start.replace(day=1)
    months = sorted(
        (r for r in ctx.case.social_insurance if first_month <= r.month <= facts.end and _gap(r)),
        key=lambda r: r.month,
    )
    stopped = [i for i in ctx.case.incidents if i.kind == IncidentKind.SOCIAL_INSURANCE_STOPPED]
    basis = (
        B.art(B.SI_LAW, "58"),
        B.art(B.SI_LAW, "60"),
        B.art(B.SI_LAW, "86"),
        B.art(B.SI_LAW, "83", 3),
        B.art(B.LCL, "38", 1, 3),
    )
    if not months:
        if not stopped:
            return []
        first = min(i.date for i in stopped)
        return [
            finding(
                ctx,
                RULE,
                key_of(RULE, "reported", first.isoformat()),
                severity=Severity.LOW,
                confidence=Confidence.UNCONFIRMED,
                params={"date": first.isoformat()},
                period=Period(first, first),
                basis=basis,
                forum=Forum.SI_AGENCY,
                refs=[f"incident:{i.id}" for i in stopped],
                strengthen=("official_record",),
                next_steps=("official_record", "lawyer"),
                counter=("paid_elsewhere",),
                variant="reported",
            )
        ]
    whole = [r for r in months if r.status == SIStatus.UNPAID]
    withheld = [r for r in months if r.employee_share_withheld]
    start: dt.date = months[0].month
    end = month_end(months[-1].month)
    listed = ", ".join(r.month.isoformat()[:7] for r in months[:24])
    table = CalcTable(
        "month",
        ("status", "unpaid_types", "withheld", "source"),
        tuple(
            CalcRow(
                r.month.isoformat()[:7],
                (
                    str(r.status),
                    ", ".join(
                        sorted(str(k) for k, v in r.types.items() if v == SITypeStatus.UNPAID)
                    )
                    or "—",
                    money(r.employee_share_withheld) if r.employee_share_withheld else "—",
                    str(r.source) if r.source else "—",
                ),
            )
            for r in months
        ),
    )
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, start.isoformat()),
            severity=Severity.HIGH if whole else Severity.MEDIUM,
            confidence=Confidence.STATUTE,
            params={
                "start": start.isoformat(),
                "end": end.isoformat(),
                "months": len(months),
                "list": listed,
                "withheld": len(withheld),
            },
            period=Period(start, end),
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                table=table,
            ),
            basis=basis,
            forum=Forum.SI_AGENCY,
            refs=[f"si:{r.month.isoformat()[:7]}" for r in months]
            + [f"incident:{i.id}" for i in stopped],
            strengthen=("official_record", "payslip_share"),
            next_steps=("official_record", "complain_agency", "lawyer"),
            counter=("low_base", "agreed"),
            variant="withheld" if withheld else "",
        )
    ]
