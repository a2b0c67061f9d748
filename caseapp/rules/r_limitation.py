"""limitation-deadline (law.md R22): a claim's one-year period ends within 60
days; after its last day the finding says the claim "may be time-barred if
the employer raises it; still apply" — never that it expired. Second phase:
reads the claims found before it (`RuleContext.prior`). The claims on how the
job ended price one ending: where several have the same period (the same
start, last day and restart), one finding speaks for them — the claim that
comes first in `claims.PRICING_ORDER`.

* A last day that is a rest day or holiday moves to the next working day
  (民法典 art. 203) where the holiday calendar is confirmed: the finding names
  the moved day but counts the days left to, and advises filing by, the
  unmoved one (variants `moved`, and `moved_grace` between the two days).
* Double wages (`calc_deadline.DOUBLE_WAGE_CLAIMS`), counted back: the first
  day's extra wage is lost one year after it, the last one year after the
  period ends; the finding says so (variants `rolling`, `rolling_passed`) and
  only after the last of it says "may be time-barred" (`passed`).
"""

from __future__ import annotations

from caseapp.domain.findings import Basis, Calculation, CalcValue, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.calc_deadline import ClaimClock, claim_clocks
from caseapp.rules.claims import ENDING_CLAIMS, PRICING_ORDER
from caseapp.rules.context import RuleContext, finding, key_of

RULE = "limitation-deadline"
WARN_DAYS = 60  # product threshold from the spec's rule table
CIVIL_CODE_203 = B.art("civil_code", "203")


def _variant(ctx: RuleContext, clock: ClaimClock) -> str | None:
    """Which text the clock calls for on `as_of`; None when it is not yet due."""
    assert clock.last_day is not None
    left = (clock.last_day - ctx.as_of).days
    if clock.until is not None:  # double wages counted back
        if ctx.as_of > clock.until:
            return "passed"
        if left < 0:
            return "rolling_passed"
        return "rolling" if left <= WARN_DAYS else None
    if left > WARN_DAYS:
        return None
    if left >= 0:
        return "moved" if clock.moved_to is not None else ""
    if clock.moved_to is not None and ctx.as_of <= clock.moved_to:
        return "moved_grace"
    return "passed"


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for clock in _one_per_ending(claim_clocks(ctx, ctx.prior)):
        if clock.last_day is None:
            continue
        variant = _variant(ctx, clock)
        if variant is None:
            continue
        left = (clock.last_day - ctx.as_of).days
        last_shown = clock.until if variant == "passed" and clock.until else clock.last_day
        refs = [f"incident:{clock.restarted_by}"] if clock.restarted_by else []
        basis: tuple[Basis, ...] = (B.LIMITATION,)
        if variant.startswith("moved"):
            basis += (CIVIL_CODE_203,)
        params: dict[str, object] = {
            "claim": Msg(f"calc.claim.{clock.claim}"),
            "from": clock.from_.isoformat(),
            "last_day": last_shown.isoformat(),
            "days_left": max(left, 0),
        }
        inputs: dict[str, CalcValue] = {
            "claim": Msg(f"calc.claim.{clock.claim}"),
            "from": clock.from_.isoformat(),
            "last_day": clock.last_day.isoformat(),
        }
        if clock.moved_to is not None:
            params["moved_to"] = inputs["moved_to"] = clock.moved_to.isoformat()
        if clock.until is not None:
            params["until"] = inputs["until"] = clock.until.isoformat()
        inputs["restarted_by"] = (
            f"incident:{clock.restarted_by}" if clock.restarted_by else Msg("calc.value.none")
        )
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, clock.claim),
                severity=Severity.HIGH,
                confidence=Confidence.STATUTE,
                params=params,
                period=Period(clock.from_, max(last_shown, clock.moved_to or last_shown)),
                calculation=Calculation(
                    formula=Msg(f"calc.{RULE}.formula"),
                    inputs=inputs,
                ),
                basis=basis,
                refs=refs,
                strengthen=("demand_asserts",),
                next_steps=("apply", "lawyer"),
                counter=("time_barred",),
                variant=variant,
            )
        )
    return out


def _rank(claim: str) -> int:
    return PRICING_ORDER.index(claim) if claim in PRICING_ORDER else len(PRICING_ORDER)


def _one_per_ending(clocks: list[ClaimClock]) -> list[ClaimClock]:
    seen: set[tuple[object, ...]] = set()
    out: list[ClaimClock] = []
    for clock in sorted(clocks, key=lambda c: (_rank(c.claim), c.claim)):
        if clock.claim in ENDING_CLAIMS:
            period = (clock.from_, clock.last_day, clock.restarted_by)
            if period in seen:
                continue
            seen.add(period)
        out.append(clock)
    return sorted(out, key=lambda c: c.claim)
