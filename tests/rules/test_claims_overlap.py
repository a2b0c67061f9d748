"""The filing pack's claims never add up the same money twice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules.claims import alternatives_of


def _finding(rule: str, start: str, end: str) -> Finding:
    return Finding(
        key=f"{rule}@{start}",
        rule=rule,
        severity=Severity.HIGH,
        confidence=Confidence.STATUTE,
        title=Msg("x"),
        explanation=Msg("x"),
        period=Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end)),
        amount=Decimal("100.00"),
        calculation=None,
        basis=(),
        forum=Forum.ARBITRATION,
        respondents=("employer",),
        final_award_eligible=True,
        refs=(),
    )


def test_full_wage_reading_is_an_alternative_to_the_floor_and_first_cycle() -> None:
    claims = [
        _finding("standby-first-cycle-underpaid", "2025-03-17", "2025-04-16"),
        _finding("standby-below-floor", "2025-06-01", "2025-07-31"),
        _finding("standby-full-wage-arguable", "2025-04-17", "2025-07-31"),
        _finding("late-wages", "2025-05-01", "2025-07-31"),
    ]
    assert alternatives_of(claims) == [[], [2], [1], []]


def test_first_cycle_and_floor_months_add_up_they_do_not_overlap() -> None:
    claims = [
        _finding("standby-first-cycle-underpaid", "2025-03-17", "2025-04-16"),
        _finding("standby-below-floor", "2025-04-17", "2025-07-31"),
    ]
    assert alternatives_of(claims) == [[], []]


def test_two_grounds_for_one_termination_are_alternatives() -> None:
    claims = [
        _finding("objective-change-not-shown", "2025-09-30", "2025-09-30"),
        _finding("protected-worker-terminated", "2025-09-30", "2025-09-30"),
        _finding("standby-full-wage-arguable", "2025-01-01", "2025-09-30"),
    ]
    assert alternatives_of(claims) == [[1], [0], []]
