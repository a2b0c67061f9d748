"""Which claims overlap, so that a filing pack never counts the same money
twice, and the one price of how the job ended.

Two findings overlap when they claim the same money under different readings:

* the standby-pay readings (first cycle, regional floor, full contract wage)
  for periods that intersect — only the full-wage reading covers the others'
  months; the first cycle and the later floor months add up;
* a unilateral pay cut and pay below the minimum wage for periods that
  intersect: the shortfall to the contract wage already holds the shortfall
  to the minimum wage (the same yuan, as `labour-inspection-route` counts it);
* the claims on how the job ended (`ENDING_CLAIMS`: N or 2N on one ground or
  another, severance at expiry): a case records one employment, so they all
  price its one ending, whatever their periods.

A tribunal awards one of them, so the filing pack lists them as alternatives
to each other, never as a sum.

**One money finding per ending** (`price_endings`): when several rules put an
amount on the ending, the most specific one (`PRICING_ORDER`, first wins)
keeps its amount; each other one keeps its text, loses its amount (and its
final-award mark) and gains, first among its alternatives, a pointer to the
finding that prices the ending, holding its own figure under its own ground,
and a summary saying where the ending is counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from caseapp.domain.findings import Alternative, Finding
from caseapp.domain.messages import Msg
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import Forum
from caseapp.rules.calc_deadline import TERMINATION_CLAIMS

STANDBY_PAY = frozenset(
    {"standby-first-cycle-underpaid", "standby-below-floor", "standby-full-wage-arguable"}
)
WORKING_PAY = frozenset({"unilateral-pay-cut", "below-minimum-wage"})
# Piece work: the unpaid batches and the pay per hour below the minimum are
# two readings of the same months' money (issue 15): alternatives, never a sum.
PIECE_PAY = frozenset({"piece-work-unpaid", "platform-pay-below-minimum"})
ENDING_CLAIMS = TERMINATION_CLAIMS | {"contract-expiry"}
# Within a group, which reading covers which (the others' months are inside it):
# the full-wage reading covers the first cycle and the floor (which do not
# overlap each other); the pay cut covers the minimum-wage shortfall.
COVERS = {
    "standby-full-wage-arguable": STANDBY_PAY - {"standby-full-wage-arguable"},
    "unilateral-pay-cut": frozenset({"below-minimum-wage"}),
    "piece-work-unpaid": frozenset({"platform-pay-below-minimum"}),
}

# Who prices the ending when several rules put an amount on it: the most
# specific first (docs/rules.md, "One money finding per ending"). The rules
# that show the ending was not on a ground the law allows (2N) come before
# those that price a lawful ending (N), and within each the narrower trigger
# first: a dispatch return (the agency and the client named together), a
# protected worker (a bar whatever the ground's merits), incompetence without
# training, an objective change not shown, absence on stay-home days, then
# any ground outside LCL 39–41 and 44; then expiry, then the other grounds of N.
PRICING_ORDER: tuple[str, ...] = (
    "dispatch-termination-after-return",
    "protected-worker-terminated",
    "incompetence-without-training",
    "objective-change-not-shown",
    "absence-pretext",
    "unlawful-termination",
    "contract-expiry",
    "severance-due",
)


def group_of(rule: str) -> str | None:
    if rule in STANDBY_PAY:
        return "standby-pay"
    if rule in WORKING_PAY:
        return "working-pay"
    if rule in PIECE_PAY:
        return "piece-pay"
    if rule in ENDING_CLAIMS:
        return "ending"
    return None


def overlap(a: Finding, b: Finding) -> bool:
    """Whether two claims are the same money under two readings."""
    group = group_of(a.rule)
    if group is None or group != group_of(b.rule) or a.key == b.key:
        return False
    if group == "ending":
        return True
    if a.rule == b.rule:
        return False
    if not (b.rule in COVERS.get(a.rule, ()) or a.rule in COVERS.get(b.rule, ())):
        return False
    if a.period is None or b.period is None:
        return False
    return a.period.start <= b.period.end and b.period.start <= a.period.end


def alternatives_of(claims: Sequence[Finding]) -> list[list[int]]:
    """For each claim (by position), the positions of the claims it overlaps."""
    return [
        [j for j, other in enumerate(claims) if j != i and overlap(claim, other)]
        for i, claim in enumerate(claims)
    ]


CLAIM_FORUMS = (None, Forum.ARBITRATION, Forum.COURT)


def is_claim(item: Finding) -> bool:
    """A money claim: an amount above zero before the arbitration commission
    (the forum of every labour money claim; `None` for the rules that name no
    forum) or a court (the civil claims of piece and platform work, issue 15:
    the filing pack pleads them once the relationship is to be confirmed)."""
    return item.amount is not None and item.amount > 0 and item.forum in CLAIM_FORUMS


def _rank(item: Finding) -> tuple[int, str]:
    order = PRICING_ORDER.index(item.rule) if item.rule in PRICING_ORDER else len(PRICING_ORDER)
    return order, item.key


def pricing_finding(findings: Sequence[Finding]) -> Finding | None:
    """The finding that prices the ending, or None if no rule puts an amount on it."""
    priced = [f for f in findings if f.rule in ENDING_CLAIMS and is_claim(f)]
    return min(priced, key=_rank) if priced else None


def price_endings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings with the ending priced once (see the module's docstring)."""
    price = pricing_finding(findings)
    if price is None:
        return tuple(findings)
    return tuple(
        _counted_in(f, price) if f is not price and f.rule in ENDING_CLAIMS and is_claim(f) else f
        for f in findings
    )


def _counted_in(item: Finding, price: Finding) -> Finding:
    assert item.amount is not None and price.amount is not None
    where = {"title": price.title, "amount": fmt_money(price.amount)}
    pointer = Alternative(
        reading=Msg("rules.ending.counted_in", where),
        amount=item.amount,
        calculation=(
            item.calculation.formula
            if item.calculation is not None
            else Msg("calc.ending.counted_in", {"amount": fmt_money(item.amount)})
        ),
        confidence=item.confidence,
    )
    return replace(
        item,
        amount=None,
        final_award_eligible=None,
        alternatives=(pointer, *item.alternatives),
        summary=Msg(
            "rules.ending.counted_in_summary",
            {**where, "summary": item.summary if item.summary is not None else item.title},
        ),
    )
