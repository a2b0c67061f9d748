"""The requests of the arbitration application (劳动人事争议仲裁申请书 · 仲裁请求):
which findings are pleaded, and how.

* Only findings whose forum is the arbitration commission, with an amount
  above zero (social-insurance back-payment and the housing fund go to their
  agencies; the brief says where).
* Claims that overlap (`rules.claims.overlap`) are never pleaded side by
  side: the reading that covers the other's months (`rules.claims.COVERS`:
  the full contract wage over the standby floors, the pay cut over the
  minimum-wage shortfall) is pleaded, the covered one is left to the brief.
  Readings that do not cover each other (the first standby cycle and the
  floor months) add up and are both pleaded.
* The ending is priced once (`rules.claims.pricing_finding`). Where the ending
  is contested (a 2N rule) and the worker chose reinstatement
  (`case.arbitration.remedy`), the request is to continue the contract plus
  the wages from the ending to the day it is performed again.
* The relationship is confirmed first where it is in doubt
  (`relationship-to-confirm`); then the pay for piece work and platform pay
  below the hourly minimum, which a court would hear without the
  confirmation (`AFTER_CONFIRMATION`), are pleaded as pay for work. A student
  or a pensioner (the finding's forum is `court`) gets no confirmation
  request, and those claims stay with the court.
* LCL art. 85's additional compensation only where an `inspection_order`
  went unpaid: its `due_by` has passed and no payment is recorded after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import Basis, Finding, FindingsReport, Period
from caseapp.domain.model import Case
from caseapp.domain.vocab import Forum, IncidentKind, Remedy
from caseapp.rules.claims import COVERS, ENDING_CLAIMS, overlap, price_endings, pricing_finding

RELATIONSHIP_RULE = "relationship-to-confirm"
# the rules that price an ending on a ground the law does not allow (2N)
DAMAGES_RULES = frozenset(ENDING_CLAIMS - {"contract-expiry", "severance-due"})
# findings on record that make the client a respondent (LDMAL 22 ¶2, LCL 92 ¶2)
CLIENT_RULES = frozenset(
    {
        "disguised-dispatch",
        "dispatch-return-ground-not-allowed",
        "dispatch-termination-after-return",
    }
)
LCL = "labour_contract_law"


@dataclass(frozen=True)
class Request:
    """One numbered request. `kind` picks the wording (`report.app.req.<kind>`)."""

    kind: str
    respondents: tuple[str, ...]  # party codes: "employer", "client"
    joint: bool  # the client jointly liable (LCL 92 ¶2)
    period: Period | None
    amount: Decimal | None
    basis: tuple[Basis, ...]
    rule: str | None = None  # the finding pleaded
    monthly: Decimal | None = None  # reinstatement: the monthly wage
    finding: str | None = None  # the pleaded finding's key (its calculation in 一、计算方法)


# Pay claims a court hears while the relationship is unconfirmed; once the
# application asks to confirm it, they are pay for work before the commission.
AFTER_CONFIRMATION = frozenset({"piece-work-unpaid", "platform-pay-below-minimum"})


def arbitrable(f: Finding, confirm: bool = False) -> bool:
    if f.amount is None or f.amount <= 0:
        return False
    if f.forum == Forum.ARBITRATION:
        return True
    return confirm and f.forum == Forum.COURT and f.rule in AFTER_CONFIRMATION


def covered(f: Finding, others: list[Finding]) -> bool:
    """Whether another pleaded reading covers this claim's months."""
    return any(
        f.rule in COVERS.get(o.rule, frozenset()) and overlap(f, o) for o in others if o is not f
    )


def client_is_party(case: Case, findings: FindingsReport) -> bool:
    if case.info.client is None:
        return False
    if case.info.arrangement.value == "dispatch":
        return True
    return any(f.rule in CLIENT_RULES for f in findings.findings)


def _joint(f: Finding, client: bool) -> bool:
    """Joint liability only where LCL 92 ¶2 supports it: the finding names
    the client and rests on LCL 92 (or on a dispatch rule that does)."""
    if not client or "client" not in f.respondents:
        return False
    return f.rule in CLIENT_RULES or any(b.law == LCL and b.article == "92" for b in f.basis)


def _parties(f: Finding, client: bool) -> tuple[str, ...]:
    named = tuple(r for r in f.respondents if r in ("employer", "client"))
    if not client:
        named = tuple(r for r in named if r != "client")
    return named or ("employer",)


def unpaid_orders(case: Case, as_of: dt.date) -> list[tuple[dt.date, dt.date, Decimal]]:
    """(order date, due by, amount) of each inspection order unpaid after its date."""
    out = []
    for i in case.incidents:
        if i.kind != IncidentKind.INSPECTION_ORDER or i.amount is None or i.due_by is None:
            continue
        if i.due_by >= as_of:
            continue
        if any(p.paid_on > i.due_by for p in case.payments):
            continue
        out.append((i.date, i.due_by, i.amount))
    return out


def _order(r: Request) -> tuple[int, dt.date]:
    """Wages first, by period; then the ending and what follows from it."""
    ending = r.kind in ("reinstate", "interruption-wages") or r.kind in ENDING_CLAIMS
    return int(ending), r.period.start if r.period else dt.date.max


def requests(case: Case, findings: FindingsReport) -> list[Request]:
    client = client_is_party(case, findings)
    priced = price_endings(findings.findings)
    out: list[Request] = []
    for f in priced:
        if f.rule == RELATIONSHIP_RULE and f.forum == Forum.ARBITRATION:
            # a student or a pensioner (forum court): nothing to confirm
            out.append(
                Request("confirm", _parties(f, client), _joint(f, client), f.period, None, f.basis)
            )
            break
    confirm = bool(out)
    money = [f for f in priced if arbitrable(f, confirm)]
    ending = pricing_finding(money)
    remedy = case.info.arbitration.remedy if case.info.arbitration else None
    for f in money:
        if f.rule in ENDING_CLAIMS and f is not ending:
            continue  # priced by another finding (never happens after price_endings)
        if covered(f, money):
            continue  # the stronger reading is pleaded; the brief argues the fallback
        who, joint = _parties(f, client), _joint(f, client)
        if f is ending and f.rule in DAMAGES_RULES and remedy == Remedy.REINSTATEMENT:
            out.append(Request("reinstate", who, joint, f.period, None, f.basis, f.rule))
            end = case.info.employment_ended.date if case.info.employment_ended else None
            start = end + dt.timedelta(days=1) if end else (f.period.start if f.period else None)
            out.append(
                Request(
                    "interruption-wages",
                    who,
                    joint,
                    Period(start, findings.as_of) if start else None,
                    None,
                    (Basis(LCL, "48"),),
                    f.rule,
                    case.info.monthly_wage,
                )
            )
            continue
        basis = f.basis
        if f.forum == Forum.COURT:  # pleaded after the confirmation: pay for work (LCL 30)
            basis = (Basis(LCL, "30"), *(b for b in f.basis if b.law != "civil_code"))
        out.append(Request(f.rule, who, joint, f.period, f.amount, basis, f.rule, finding=f.key))
    first = out[:1] if out and out[0].kind == "confirm" else []
    rest = out[len(first) :]
    rest.sort(key=_order)
    out = first + rest
    for made, due, amount in unpaid_orders(case, findings.as_of):
        out.append(
            Request(
                "additional-compensation",
                ("employer",),
                False,
                Period(made, due),
                amount,
                (Basis(LCL, "85"),),
            )
        )
    return out
