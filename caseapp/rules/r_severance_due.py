"""severance-due (LCL 46, 47; Reg. 20, 27): employment ended, or is being
ended, in a way that owes economic compensation N. Second phase: it reads
the grounds the first phase found.

How the job ended (`endings.py`), one finding per ending, by variant:

* `art38` — a resignation under art. 38 (the `resignation_submitted` reason,
  or the ended ground) with its grounds on record: a first-phase finding that
  is an art. 38 ground (`r_art38_grounds.is_ground`: conditions withdrawn,
  pay not in full or on time, social insurance) whose period starts on or
  before the resignation day. One ground that holds is enough, so the
  confidence is the strongest ground's, each ground counted at most
  `practice` when it is standby pay short of a standard the employer may read
  differently (first cycle, floor: Beijing 2020 typical case 9 refused N for
  exactly that) or social insurance (Beijing 534 Q71: N only where no account
  was opened or types were left out); `contested` when the written reason is
  "personal" (the reason written at resignation decides, 534 Q73).
  `art38_unrecorded`: no ground on record — N, `unconfirmed`, and the step
  is to record the grounds.
* `demanded` — any other resignation (personal, unspecified, art. 36 on the
  worker's proposal, art. 37) where the records show the employer drafted,
  demanded or extracted it (`endings.pressure_records`). `contested`, with
  two routes, each with its own last day: N on the ground that the employer
  in truth proposed the ending (LCL 36, 46(2); arbitration within a year of
  the ending, restarted by a demand that asserts `severance-due`: the
  `calc_deadline` clock); and cancelling the resignation for coercion (Civil
  Code arts. 150, 152: within one year after the coercion ends — taken, as
  the earliest it can be, as the resignation day; not restarted by a
  demand), after which the ending is the employer's: 2N or reinstatement
  (the alternative). The advice is about these routes, never "do not sign".
* `agreement` — ended by agreement on the employer's proposal
  (`art36_employer_proposed`), or a termination agreement signed after the
  employer offered one or asked the worker to resign (not a pledge to leave).
* `art40` — ended under LCL 40: N plus notice pay (代通知金) unless a written
  notice came at least 30 days before the end; notice pay in both readings
  (`endings.notice_pay`: the month's due — the standby allowance for a
  benched worker — as the claim, the wage in force as the alternative).
* `art41` — a layoff (LCL 41): N. `expiry` — a fixed term ended, unless the
  employer offered renewal on the same or better terms and the worker
  refused (then nothing). `closure` — ended under LCL 44 (bankruptcy,
  licence revoked, closure, dissolution: 46(1)(6)); not if it ended because
  the worker began drawing a pension (said as the employer's answer).

Before employment is recorded as ended, only a resignation or a signed
termination agreement (dated) is an ending here; an employer's notice is
priced once `employment_ended` records its day. Amount: N (the severance
calculator at the end, its base up to `as_of` for an end still ahead), plus
notice pay for `art40`, less what the records show the employer paid as
severance (and notice pay). Employer endings on LCL 39, on a ground not
stated, or on `other` are `unlawful-termination`'s. Several rules may price
the same ending: the most specific keeps the amount (`claims.price_endings`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    Basis,
    Calculation,
    CalcValue,
    Finding,
    Period,
    SeveranceEstimate,
)
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import (
    AgreementSubject,
    Confidence,
    EndGround,
    IncidentKind,
    PaymentKind,
    ResignationReason,
    Response,
    Severity,
    Terms,
)
from caseapp.rules import basis as B
from caseapp.rules.calc_deadline import clock, one_year
from caseapp.rules.calc_severance import severance_estimate
from caseapp.rules.context import RuleContext, finding, incident_refs, key_of, money
from caseapp.rules.endings import (
    Resignation,
    is_pledge_to_leave,
    notice_given,
    notice_pay,
    paid_of,
    pressure_records,
    resignation,
)
from caseapp.rules.lawview import weakest
from caseapp.rules.phrases import rule_names
from caseapp.rules.r_art38_grounds import GROUNDS, SI_GROUND, is_ground

RULE = "severance-due"
ART40 = {EndGround.ART40_1: 1, EndGround.ART40_2: 2, EndGround.ART40_3: 3}
ACCEPTED = frozenset({Response.AGREED_IN_WRITING, Response.AGREED_ORALLY})
PAY_ITEM = 2  # LCL 38(1)(2): pay not in full or on time
# Standby pay computed on a standard the employer may read differently.
DISPUTED_STANDARD = frozenset({"standby-first-cycle-underpaid", "standby-below-floor"})
ZERO = Decimal(0)


@dataclass
class Ending:
    variant: str
    day: dt.date  # when the ending was given or agreed
    end: dt.date  # when employment ends
    confidence: Confidence
    basis: list[Basis]
    refs: list[str] = field(default_factory=list)
    grounds: list[Finding] = field(default_factory=list)


def _base_basis() -> list[Basis]:
    return [B.art(B.LCL, "47"), B.art(B.LCL_REG, "27")]


def strongest(confidences: Iterable[Confidence]) -> Confidence:
    order = list(Confidence)
    return min(confidences, key=order.index, default=Confidence.UNCONFIRMED)


def _ground_confidence(item: Finding) -> Confidence:
    """How firm one ground of a resignation under art. 38 is: its own
    confidence, at most `practice` for standby pay short of a disputed
    standard (Beijing 2020 typical case 9) or for social insurance (Beijing
    534 Q71: severance only where no account was opened or types were left
    out)."""
    if item.rule in DISPUTED_STANDARD or item.rule == SI_GROUND:
        return weakest([item.confidence, Confidence.PRACTICE])
    return item.confidence


def _resigned(ctx: RuleContext, item: Resignation) -> Ending | None:
    refs = incident_refs([item.incident]) if item.incident is not None else []
    if item.art38:
        grounds = [
            f
            for f in ctx.prior
            if is_ground(f) and (f.period is None or f.period.start <= item.day)
        ]
        if not grounds:
            return Ending(
                "art38_unrecorded",
                item.day,
                item.end,
                Confidence.UNCONFIRMED,
                [
                    B.art(B.LCL, "38"),
                    B.art(B.LCL, "46", 1, 1),
                    *_base_basis(),
                    B.art(B.BJ_ANSWERS, "Q73"),
                ],
                refs,
            )
        items = sorted({GROUNDS[f.rule] for f in grounds})
        basis = [B.art(B.LCL, "38", 1, i) for i in items]
        basis += [B.art(B.LCL, "46", 1, 1), *_base_basis(), B.art(B.SPC_INTERP_1, "45")]
        if any(f.rule in DISPUTED_STANDARD for f in grounds):
            basis.append(B.art(B.BJ_HRSS_CASES, "2020-11-20-9"))
        if any(f.rule == SI_GROUND for f in grounds):
            basis.append(B.art(B.BJ_ANSWERS, "Q71"))
        confidences = [Confidence.STATUTE, strongest(_ground_confidence(f) for f in grounds)]
        if item.reason == ResignationReason.PERSONAL:
            confidences.append(Confidence.CONTESTED)
            basis.append(B.art(B.BJ_ANSWERS, "Q73"))
        refs += [r for f in grounds for r in f.refs][:8]
        return Ending(
            "art38", item.day, item.end, weakest(confidences), basis, refs, grounds=grounds
        )
    pressure = pressure_records(ctx, item.day)
    if not pressure:
        return None
    return Ending(
        "demanded",
        item.day,
        item.end,
        Confidence.CONTESTED,
        [
            B.art(B.LCL, "36"),
            B.art(B.LCL, "46", 1, 2),
            *_base_basis(),
            B.art(B.CIVIL_CODE, "150"),
            B.art(B.CIVIL_CODE, "152"),
            B.art(B.SPC_INTERP_1, "35"),
            B.art(B.BJ_ANSWERS, "Q73"),
            B.art(B.BJ_HRSS_CASES, "2017-05-15"),
        ],
        [*refs, *incident_refs(pressure)],
    )


def _agreement_without_end(ctx: RuleContext) -> Ending | None:
    """A termination agreement signed after the employer proposed ending."""
    for signed in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if (
            signed.kind != IncidentKind.AGREEMENT_SIGNED
            or signed.subject != AgreementSubject.TERMINATION
            or is_pledge_to_leave(signed)
        ):
            continue
        proposed = [
            i
            for i in ctx.case.incidents
            if i.kind in (IncidentKind.MUTUAL_TERMINATION_OFFER, IncidentKind.ASKED_TO_RESIGN)
            and i.date <= signed.date
        ]
        if proposed:
            return Ending(
                "agreement",
                signed.date,
                signed.date,
                Confidence.STATUTE,
                [B.art(B.LCL, "36"), B.art(B.LCL, "46", 1, 2), *_base_basis()],
                incident_refs([*proposed, signed]),
            )
    return None


def _employer_ground(ctx: RuleContext) -> EndGround | None:
    """The ended ground; a recorded `other` gives way to the last notice's
    art. 40 or 41 ground."""
    ended = ctx.case.info.employment_ended
    if ended is None:
        return None
    if ended.ground == EndGround.OTHER:
        notices = sorted(
            (i for i in ctx.case.incidents if i.kind == IncidentKind.TERMINATION_NOTICE),
            key=lambda i: (i.date, i.id),
        )
        for notice in reversed(notices):
            if notice.ground in (*ART40, EndGround.ART41):
                return EndGround(str(notice.ground))
    return ended.ground


def _notice_refs(ctx: RuleContext, end: dt.date) -> tuple[dt.date, list[str]]:
    notices = [
        i
        for i in ctx.case.incidents
        if i.kind in (IncidentKind.TERMINATION_NOTICE, IncidentKind.NONRENEWAL_NOTICE)
        and i.date <= end
    ]
    day = min((i.date for i in notices), default=end)
    return day, incident_refs(sorted(notices, key=lambda i: (i.date, i.id)))


def _ended(ctx: RuleContext) -> Ending | None:
    ended = ctx.case.info.employment_ended
    ground = _employer_ground(ctx)
    if ended is None or ground is None:
        return None
    end = ended.date
    day, refs = _notice_refs(ctx, end)
    if ground == EndGround.ART36_EMPLOYER_PROPOSED:
        basis = [B.art(B.LCL, "36"), B.art(B.LCL, "46", 1, 2)]
        return Ending("agreement", day, end, Confidence.STATUTE, [*basis, *_base_basis()], refs)
    if ground in ART40:
        basis = [B.art(B.LCL, "40", 1, ART40[ground]), B.art(B.LCL, "46", 1, 3)]
        basis += [*_base_basis(), B.art(B.LCL_REG, "20")]
        return Ending("art40", day, end, Confidence.STATUTE, basis, refs)
    if ground == EndGround.ART41:
        basis = [B.art(B.LCL, "41"), B.art(B.LCL, "46", 1, 4), *_base_basis()]
        return Ending("art41", day, end, Confidence.STATUTE, basis, refs)
    if ground == EndGround.EXPIRY:
        offers = [
            i
            for i in ctx.case.incidents
            if i.kind == IncidentKind.RENEWAL_OFFER and i.date <= max(end, ctx.as_of)
        ]
        if any(i.terms == Terms.SAME_OR_BETTER and i.response not in ACCEPTED for i in offers):
            return None  # LCL 46(5): a refused renewal on the same or better terms
        if any(i.response in ACCEPTED for i in offers):
            return None  # renewed
        basis = [B.art(B.LCL, "44", 1, 1), B.art(B.LCL, "46", 1, 5), *_base_basis()]
        return Ending(
            "expiry", day, end, Confidence.STATUTE, basis, [*refs, *incident_refs(offers)]
        )
    if ground == EndGround.ART44:
        basis = [B.art(B.LCL, "44"), B.art(B.LCL, "46", 1, 6), *_base_basis()]
        return Ending("closure", day, end, Confidence.STATUTE, basis, refs)
    return None


def _ending(ctx: RuleContext) -> Ending | None:
    item = resignation(ctx)
    if item is not None:
        return _resigned(ctx, item)
    if ctx.case.info.employment_ended is None:
        return _agreement_without_end(ctx)
    return _ended(ctx)


def check(ctx: RuleContext) -> list[Finding]:
    ending = _ending(ctx)
    if ending is None:
        return []
    estimate = (
        None
        if ctx.money_rules_held
        else severance_estimate(ctx, ending.end, min(ending.end, ctx.as_of))
    )
    params: dict[str, object] = {
        "day": ending.day.isoformat(),
        "end": ending.end.isoformat(),
        "n": money(estimate.n) if estimate else "—",
        "double": money(estimate.double) if estimate else "—",
        "amount": "—",
        "paid": Msg(f"rules.{RULE}.paid.none"),
    }
    if ending.variant == "art40":
        params["notice"] = Msg(f"rules.{RULE}.notice.unknown")
    if ending.grounds:
        params["grounds"] = rule_names(f.rule for f in ending.grounds)
    amount: Decimal | None = None
    calculation: Calculation | None = None
    alternatives: list[Alternative] = []
    if estimate is not None:
        amount, calculation, alternatives = _money(ctx, ending, estimate, params)
    if ending.variant == "demanded":
        alternatives.insert(0, _revoke(ctx, ending, estimate, params))
    severity = Severity.MEDIUM if ending.variant == "art38_unrecorded" else Severity.HIGH
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, ending.end.isoformat()),
            severity=severity,
            confidence=ending.confidence,
            params=params,
            period=Period(min(ending.day, ending.end), ending.end),
            amount=amount,
            calculation=calculation,
            basis=ending.basis,
            refs=ending.refs,
            strengthen=_STRENGTHEN[ending.variant],
            next_steps=_NEXT[ending.variant],
            counter=_counter(ending),
            alternatives=alternatives,
            variant=ending.variant,
        )
    ]


def _money(
    ctx: RuleContext, ending: Ending, estimate: SeveranceEstimate, params: dict[str, object]
) -> tuple[Decimal, Calculation, list[Alternative]]:
    paid_n = paid_of(ctx, PaymentKind.SEVERANCE)
    paid_notice = ZERO
    notice: Decimal = ZERO
    alternatives: list[Alternative] = []
    inputs: dict[str, CalcValue] = dict(estimate.calculation.inputs) if estimate.calculation else {}
    inputs["n"] = money(estimate.n)
    formula = Msg(f"calc.{RULE}.formula")
    if ending.variant == "art40":
        given = notice_given(ctx, ending.end)
        if given is None:
            pay = notice_pay(ctx, ending.end)
            notice = pay.low
            paid_notice = paid_of(ctx, PaymentKind.NOTICE_PAY)
            formula = Msg(f"calc.{RULE}.formula_notice")
            inputs["notice_month"] = pay.month.isoformat()[:7]
            inputs["notice_month_due"] = money(pay.due)
            inputs["wage_in_force"] = money(pay.wage)
            inputs["notice_pay"] = money(notice)
            if paid_notice:
                inputs["notice_pay_paid"] = money(paid_notice)
            params["notice"] = Msg(
                f"rules.{RULE}.notice.pay",
                {"notice": money(notice), "month": inputs["notice_month"]},
            )
            if pay.high != pay.low:
                high = max(estimate.n - paid_n, ZERO) + max(pay.high - paid_notice, ZERO)
                alternatives.append(
                    Alternative(
                        reading=Msg(
                            f"rules.{RULE}.alt.notice_wage",
                            {"low": money(pay.low), "high": money(pay.high)},
                        ),
                        amount=high,
                        calculation=Msg(
                            "calc.severance.alt.n_plus_notice",
                            {"n": money(estimate.n), "notice": money(pay.high)},
                        ),
                        confidence=Confidence.CONTESTED,
                    )
                )
        else:
            params["notice"] = Msg(f"rules.{RULE}.notice.given")
            inputs["notice_given_on"] = given.date.isoformat()
    amount = max(estimate.n - paid_n, ZERO) + max(notice - paid_notice, ZERO)
    if paid_n:
        inputs["severance_paid"] = money(paid_n)
        params["paid"] = Msg(f"rules.{RULE}.paid.some", {"paid": money(paid_n)})
    inputs["amount"] = money(amount)
    params["amount"] = money(amount)
    calculation = Calculation(
        formula=formula,
        inputs=inputs,
        parameters=estimate.calculation.parameters if estimate.calculation else (),
    )
    alternatives += list(estimate.alternatives)
    return amount, calculation, alternatives


def _revoke(
    ctx: RuleContext, ending: Ending, estimate: SeveranceEstimate | None, params: dict[str, object]
) -> Alternative:
    """The second route of a demanded resignation: cancel it for coercion."""
    route_n = clock(ctx, RULE, ending.end)
    revoke_last = one_year(ending.day)
    params["last_day_n"] = route_n.last_day.isoformat() if route_n.last_day else "—"
    params["last_day_revoke"] = revoke_last.isoformat()
    params["first_last_day"] = min(revoke_last, route_n.last_day or revoke_last).isoformat()
    return Alternative(
        reading=Msg(
            f"rules.{RULE}.alt.revoke",
            {"last_day": revoke_last.isoformat(), "day": ending.day.isoformat()},
        ),
        amount=estimate.double if estimate is not None else None,
        calculation=Msg(
            f"calc.{RULE}.alt.revoke",
            {
                "double": money(estimate.double) if estimate else "—",
                "day": ending.day.isoformat(),
                "last_day": revoke_last.isoformat(),
            },
        ),
        confidence=Confidence.CONTESTED,
    )


_STRENGTHEN: dict[str, tuple[str, ...]] = {
    "art38": ("notice_copy", "grounds"),
    "art38_unrecorded": ("record_grounds", "notice_copy"),
    "demanded": ("proposed", "coercion"),
    "agreement": ("agreement_copy", "who_proposed"),
    "art40": ("termination_notice", "last_month_pay"),
    "art41": ("termination_notice", "layoff"),
    "expiry": ("contract_copy", "no_offer"),
    "closure": ("closure_proof", "termination_notice"),
}
_NEXT: dict[str, tuple[str, ...]] = {
    "art38": ("claim_n", "steps.termination_papers", "lawyer"),
    "art38_unrecorded": ("record_grounds", "claim_n", "lawyer"),
    "demanded": ("both_routes", "write_down", "steps.signed_routes"),
    "agreement": ("claim_n", "steps.termination_papers", "lawyer"),
    "art40": ("claim_n", "steps.termination_papers", "lawyer"),
    "art41": ("claim_n", "steps.termination_papers", "lawyer"),
    "expiry": ("claim_n", "steps.termination_papers", "lawyer"),
    "closure": ("claim_n", "creditor", "lawyer"),
}


def _counter(ending: Ending) -> tuple[str, ...]:
    if ending.variant == "art38" and not any(GROUNDS[f.rule] == PAY_ITEM for f in ending.grounds):
        return ("cured",)  # no pay ground: "not deliberate" is not the employer's answer
    return _COUNTER[ending.variant]


_COUNTER: dict[str, tuple[str, ...]] = {
    "art38": ("not_deliberate", "cured"),
    "art38_unrecorded": ("no_ground",),
    "demanded": ("personal_reason", "persuasion"),
    "agreement": ("worker_proposed",),
    "art40": ("notice_given", "wage_standard"),
    "art41": ("procedure_followed",),
    "expiry": ("offered_renewal",),
    "closure": ("pension",),
}
