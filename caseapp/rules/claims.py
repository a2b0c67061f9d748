"""Which claims overlap, so that a filing pack never counts the same money twice.

Two findings overlap when they claim the same money under different readings
for periods that intersect: the standby-pay readings (first cycle, regional
floor, full contract wage) cover the same months; the termination claims
(2N on one ground or another) all compensate the same termination. A tribunal
awards one of them, so the filing pack lists them as alternatives to each
other, never as a sum.
"""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.findings import Finding
from caseapp.rules.calc_deadline import TERMINATION_CLAIMS

STANDBY_PAY = frozenset(
    {"standby-first-cycle-underpaid", "standby-below-floor", "standby-full-wage-arguable"}
)
# Within the standby group only the full-wage reading covers the others' months:
# the first cycle and the later floor months do not overlap each other.
_COVERS = {"standby-full-wage-arguable": STANDBY_PAY - {"standby-full-wage-arguable"}}


def _group(rule: str) -> str | None:
    if rule in STANDBY_PAY:
        return "standby-pay"
    if rule in TERMINATION_CLAIMS:
        return "termination"
    return None


def _overlap(a: Finding, b: Finding) -> bool:
    group = _group(a.rule)
    if group is None or group != _group(b.rule) or a.rule == b.rule:
        return False
    if group == "standby-pay" and not (
        b.rule in _COVERS.get(a.rule, ()) or a.rule in _COVERS.get(b.rule, ())
    ):
        return False
    if a.period is None or b.period is None:
        return group == "termination"
    return a.period.start <= b.period.end and b.period.start <= a.period.end


def alternatives_of(claims: Sequence[Finding]) -> list[list[int]]:
    """For each claim (by position), the positions of the claims it overlaps."""
    return [
        [j for j, other in enumerate(claims) if j != i and _overlap(claim, other)]
        for i, claim in enumerate(claims)
    ]
