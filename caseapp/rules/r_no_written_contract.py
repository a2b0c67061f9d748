"""no-written-contract (law.md R17; LCL 10, 82; Reg. 6–7; Interp. II arts. 6–11).

Three situations, one rule id (keys `no-written-contract@<start>`, and
`@lapsed@<start>` / `@late@<start>`):

* **No written contract from the start** (`contract.written` false; null is
  unknown: nothing is said). Double wages run from one month after the first
  day of work, [start + 1 month, …), to the day before a written contract was
  signed, the end of employment or `as_of`, and at most to the day before the
  first anniversary (then the contract is deemed open-ended: Reg. 7; Interp.
  II art. 9) — so at most 11 months. `statute`.
* **A contract signed late** (`written` true, `signed_on` more than a month
  after the first day of work): the same window up to the day before
  signing. Where the signed contract's term reaches back to the first day of
  work (back-dated), Beijing treats the period as covered unless the signing
  was forced or deceived (published case bj2015-song): `contested`.
* **A fixed-term contract that lapsed while the work went on** (its end has
  passed, records after it show work, no written renewal): from one month
  after the end to the earliest of a written renewal, the end of employment,
  `as_of` and eleven months. Whether the extra wage is owed is `contested`
  (law data `lapsed_contract`). Nothing fires where the contract extended
  itself by law (a protected period covering its end: LCL art. 42; from
  2025-09-01 Interp. II art. 8 says so expressly). From 2025-09-01 the text
  also says that after more than a month of continued work the worker may
  require renewal on the same terms (Interp. II art. 11), so a later
  "expiry" notice can be an unlawful termination.

**Amount.** The extra wage is the wage in force, pro-rated for part months by
the one method (`prorate.due_in`; Interp. II art. 6). The amount claimed is
the whole window wherever the region's reading allows it; where the law data
gives the region's reading as counted back from the claim (Beijing 534 Q41),
the amount is the part within the year before `as_of` (or before a written
claim that restarted the period) and the whole window is the alternative
"if the employer does not raise limitation". Elsewhere the counted-back part
is the employer's answer (an alternative) and the finding is `contested`
when the two differ. The deadline is always the strictest reading
(`calc_deadline`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    Basis,
    CalcRow,
    CalcTable,
    Calculation,
    Finding,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence as C
from caseapp.domain.vocab import (
    ContractKind,
    DayStatus,
    IncidentKind,
    Response,
    Severity,
)
from caseapp.rules import basis as B
from caseapp.rules.calc_deadline import FIRM_READINGS, RESTARTERS
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.law_wages import COUNTED_BACK
from caseapp.rules.lawview import weakest
from caseapp.rules.pay import PAY_KINDS
from caseapp.rules.prorate import due_in
from caseapp.rules.workdays import ONE_DAY, add_months, month_end

RULE = "no-written-contract"
INTERP_2_FROM = dt.date(2025, 9, 1)  # 法释〔2025〕12号 in force (statutes.toml)


@dataclass(frozen=True, slots=True)
class Window:
    kind: str  # "" (from the start), "late", "lapsed"
    start: dt.date
    end: dt.date
    confidence: C
    lapsed_on: dt.date | None = None  # the contract's end (lapsed)


def window(ctx: RuleContext) -> tuple[dt.date, dt.date] | None:
    """The double-wage window of a case with no written contract from the start."""
    found = _from_start(ctx)
    return None if found is None else (found.start, found.end)


def _capped(ctx: RuleContext, first: dt.date, until: dt.date | None) -> tuple[dt.date, dt.date]:
    """[first + 1 month, the earliest of the day before `until`, the day before
    the anniversary of `first`, the end of employment]."""
    start = add_months(first, 1)
    end = min(add_months(first, 12) - ONE_DAY, ctx.facts.end)
    if until is not None:
        end = min(end, until - ONE_DAY)
    return start, end


def _from_start(ctx: RuleContext) -> Window | None:
    contract = ctx.case.info.contract
    if contract.written is not False:
        return None
    start, end = _capped(ctx, ctx.facts.start, contract.signed_on)
    return Window("", start, end, C.STATUTE) if start <= end else None


def _late(ctx: RuleContext) -> Window | None:
    contract = ctx.case.info.contract
    if contract.written is not True or contract.signed_on is None:
        return None
    start, end = _capped(ctx, ctx.facts.start, contract.signed_on)
    if start > end:
        return None
    backdated = contract.start <= ctx.facts.start
    return Window("late", start, end, C.CONTESTED if backdated else C.STATUTE)


def _continued_after(ctx: RuleContext, day: dt.date) -> bool:
    """Records after `day` show the work went on (a day logged other than
    rest, or pay for a period after it)."""
    return any(d.date > day and d.status != DayStatus.REST for d in ctx.case.days) or any(
        p.period_end > day and p.kind in PAY_KINDS for p in ctx.case.payments
    )


def _extended_by_law(ctx: RuleContext, end: dt.date) -> bool:
    """A protected period (LCL art. 42) covers the contract's end: the contract
    runs on until it ends (LCL art. 45; Interp. II art. 8)."""
    return any(p.from_ <= end and (p.to is None or p.to >= end) for p in ctx.case.info.protected)


def _lapsed(ctx: RuleContext) -> Window | None:
    contract = ctx.case.info.contract
    info = ctx.case.info
    if contract.kind != ContractKind.FIXED or contract.end is None or contract.written is False:
        return None
    end_of_contract = contract.end
    if end_of_contract >= ctx.facts.end or not _continued_after(ctx, end_of_contract):
        return None
    if _extended_by_law(ctx, end_of_contract):
        return None
    renewals = [
        i.date
        for i in ctx.case.incidents
        if i.kind == IncidentKind.RENEWAL_OFFER and i.response == Response.AGREED_IN_WRITING
    ]
    if any(d <= end_of_contract for d in renewals):
        return None  # renewed in writing before the end
    signed = min((d for d in renewals if d > end_of_contract), default=None)
    reading = ctx.params.lapsed_contract_double_wages(ctx.as_of)
    if reading is None or reading.value is not True:
        return None
    if info.employment_ended is not None and info.employment_ended.date <= end_of_contract:
        return None
    start, end = _capped(ctx, end_of_contract + ONE_DAY, signed)
    if start > end:
        return None
    return Window("lapsed", start, end, reading.confidence, lapsed_on=end_of_contract)


def in_time_from(ctx: RuleContext) -> dt.date:
    """The earliest day whose extra wage is still within one year, counting
    back from `as_of` — or from a written claim naming this rule that
    restarted the period, while the chain of such claims holds."""
    reach: dt.date | None = None
    last: dt.date | None = None
    for incident in sorted(ctx.case.incidents, key=lambda i: (i.date, i.id)):
        if incident.kind not in RESTARTERS or RULE not in incident.asserts:
            continue
        if last is None or incident.date > add_months(last, 12):
            reach = add_months(incident.date, -12) + ONE_DAY
        last = incident.date
    if last is not None and ctx.as_of <= add_months(last, 12) and reach is not None:
        return reach
    return add_months(ctx.as_of, -12) + ONE_DAY


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    out: list[Finding] = []
    for found in (_from_start(ctx) or _late(ctx), _lapsed(ctx)):
        if found is not None:
            made = _finding(ctx, found)
            if made is not None:
                out.append(made)
    return out


def _finding(ctx: RuleContext, w: Window) -> Finding | None:
    facts = ctx.facts

    def wage(v: DayValue) -> Decimal | None:
        return Decimal(0) if v.category == Category.OUTSIDE else facts.wage_on(v.day)

    full, months = due_in(facts, w.start, w.end, wage)
    if full is None:
        return None
    reach = in_time_from(ctx)
    recent_start = max(w.start, reach)
    recent = Decimal(0)
    if recent_start <= w.end:
        value, _ = due_in(facts, recent_start, w.end, wage)
        recent = value or Decimal(0)
    reading = ctx.params.double_wage_limitation(ctx.as_of)
    counted_back = (
        reading is not None
        and reading.value == COUNTED_BACK
        and reading.confidence in FIRM_READINGS
    )
    span = {"start": w.start.isoformat(), "end": w.end.isoformat()}
    alternatives: list[Alternative] = []
    confidence = w.confidence
    if recent == full:
        amount = full
        limitation = Msg("rules.no-written-contract.limitation.in_time", {"full": money(full)})
    elif counted_back:
        amount = recent
        limitation = Msg(
            "rules.no-written-contract.limitation.counted_back",
            {"recent": money(recent), "full": money(full), "from": recent_start.isoformat()},
        )
        alternatives.append(
            Alternative(
                reading=Msg("rules.no-written-contract.alt.whole_period"),
                amount=full,
                calculation=Msg(f"calc.{RULE}.alt.whole_period", span),
                confidence=C.CONTESTED,
            )
        )
    else:
        amount = full
        confidence = weakest((w.confidence, C.CONTESTED))
        limitation = Msg(
            "rules.no-written-contract.limitation.unsettled",
            {"recent": money(recent), "full": money(full), "from": recent_start.isoformat()},
        )
        alternatives.append(
            Alternative(
                reading=Msg("rules.no-written-contract.alt.counted_back"),
                amount=recent,
                calculation=Msg(
                    f"calc.{RULE}.alt.counted_back",
                    {"from": recent_start.isoformat(), "end": w.end.isoformat()},
                ),
                confidence=w.confidence,
            )
        )
    divisors = ctx.params.divisor_parameters(w.start, w.end)
    after_interp_2 = ctx.as_of >= INTERP_2_FROM
    variant = w.kind
    if w.kind == "lapsed" and after_interp_2:
        variant = "lapsed_interp2"
    elif w.kind == "late" and w.confidence == C.CONTESTED:
        variant = "late_backdated"
    params: dict[str, object] = {
        **span,
        "amount": money(amount),
        "full": money(full),
        "recent": money(recent),
        "limitation": limitation,
        "first_day": facts.start.isoformat(),
    }
    if w.lapsed_on is not None:
        params["lapsed_on"] = w.lapsed_on.isoformat()
    if w.kind == "late" and ctx.case.info.contract.signed_on is not None:
        params["signed_on"] = ctx.case.info.contract.signed_on.isoformat()
    basis: list[Basis] = [B.art(B.LCL, "10"), B.art(B.LCL, "82")]
    if w.kind != "lapsed":
        basis += [B.art(B.LCL_REG, "6"), B.art(B.LCL_REG, "7")]
    if after_interp_2:
        basis.append(B.art(B.SPC_INTERP_2, "6"))
        if w.kind == "lapsed":
            basis += [B.art(B.SPC_INTERP_2, "8"), B.art(B.SPC_INTERP_2, "11")]
        else:
            basis.append(B.art(B.SPC_INTERP_2, "7"))
    if reading is not None and counted_back:
        basis += list(reading.basis)
    table = CalcTable(
        "month",
        ("from", "to", "extra_wage", "within_one_year"),
        tuple(
            CalcRow(
                m.month.isoformat()[:7],
                (
                    max(m.month, w.start).isoformat(),
                    min(month_end(m.month), w.end).isoformat(),
                    money(m.due),
                    "yes" if min(month_end(m.month), w.end) >= recent_start else "no",
                ),
            )
            for m in months
        ),
    )
    steps: tuple[str, ...] = ("keep_proof", "lawyer")
    counter: tuple[str, ...] = ("refused", "signed")
    strengthen: tuple[str, ...] = ("relationship", "no_copy")
    if w.kind == "late":
        counter = ("backdated", "refused") if w.confidence == C.CONTESTED else ("refused",)
        strengthen = ("relationship", "signing_day")
    elif w.kind == "lapsed":
        counter = ("continued", "extended", "signed")
        strengthen = ("contract_copy", "continued_work")
        steps = ("keep_proof", "ask_renewal", "lawyer") if after_interp_2 else steps
    severity = Severity.HIGH if confidence == C.STATUTE else Severity.MEDIUM
    key_parts = (w.kind, w.start.isoformat()) if w.kind else (w.start.isoformat(),)
    refs = [
        f"incident:{i.id}"
        for i in ctx.case.incidents
        if w.kind == "lapsed" and i.kind == IncidentKind.RENEWAL_OFFER
    ]
    return finding(
        ctx,
        RULE,
        key_of(RULE, *key_parts),
        severity=severity,
        confidence=confidence,
        params=params,
        period=Period(w.start, w.end),
        amount=amount,
        calculation=Calculation(
            formula=Msg(
                f"calc.{RULE}.formula",
                {"divisor": str(divisors[-1].value), **span},
            ),
            inputs={
                "first_day_of_work": facts.start.isoformat(),
                **({"contract_end": w.lapsed_on.isoformat()} if w.lapsed_on else {}),
                "window": Msg("calc.value.range", span),
                "wage": money(facts.wage_on(w.start)),
                "whole_period": money(full),
                "counted_back_from": recent_start.isoformat(),
                "within_one_year": money(recent),
            },
            parameters=divisors,
            table=table,
        ),
        basis=basis,
        refs=refs,
        strengthen=strengthen,
        next_steps=steps,
        counter=counter,
        alternatives=alternatives,
        variant=variant,
    )
