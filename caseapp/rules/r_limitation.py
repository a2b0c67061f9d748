"""limitation-deadline (law.md R22): a claim's one-year period ends within 60
days; after its last day the finding says the claim "may be time-barred if
the employer raises it; still apply" — never that it expired. Second phase:
reads the claims found before it (`RuleContext.prior`). The claims on how the
job ended price one ending: where several have the same period (the same
start, last day and restart), one finding speaks for them — the claim that
comes first in `claims.PRICING_ORDER`."""

from __future__ import annotations

from caseapp.domain.findings import Calculation, Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.rules import basis as B
from caseapp.rules.calc_deadline import ClaimClock, claim_clocks
from caseapp.rules.claims import ENDING_CLAIMS, PRICING_ORDER
from caseapp.rules.context import RuleContext, finding, key_of

RULE = "limitation-deadline"
WARN_DAYS = 60  # product threshold from the spec's rule table


def check(ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    for clock in _one_per_ending(claim_clocks(ctx, ctx.prior)):
        if clock.last_day is None:
            continue
        left = (clock.last_day - ctx.as_of).days
        if left > WARN_DAYS:
            continue
        passed = left < 0
        refs = [f"incident:{clock.restarted_by}"] if clock.restarted_by else []
        out.append(
            finding(
                ctx,
                RULE,
                key_of(RULE, clock.claim),
                severity=Severity.HIGH,
                confidence=Confidence.STATUTE,
                params={
                    "claim": Msg(f"calc.claim.{clock.claim}"),
                    "from": clock.from_.isoformat(),
                    "last_day": clock.last_day.isoformat(),
                    "days_left": max(left, 0),
                },
                period=Period(clock.from_, clock.last_day),
                calculation=Calculation(
                    formula=Msg(f"calc.{RULE}.formula"),
                    inputs={
                        "claim": Msg(f"calc.claim.{clock.claim}"),
                        "from": clock.from_.isoformat(),
                        "last_day": clock.last_day.isoformat(),
                        "restarted_by": (
                            f"incident:{clock.restarted_by}"
                            if clock.restarted_by
                            else Msg("calc.value.none")
                        ),
                    },
                ),
                basis=(B.LIMITATION,),
                refs=refs,
                strengthen=("demand_asserts",),
                next_steps=("apply", "lawyer"),
                counter=("time_barred",),
                variant="passed" if passed else "",
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
