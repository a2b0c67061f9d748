"""The letters: filled from the case and the findings, the claims found in
the rules' order, and the incident each letter is logged as."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from caseapp.casework import letters
from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.messages import msg
from caseapp.domain.model import Case
from caseapp.domain.vocab import Confidence, DayStatus, Form, IncidentKind, Party, Severity
from caseapp.rules import calc_deadline

from .helpers import logged

TODAY = dt.date(2025, 11, 20)
BY_KEY = {letter.key: letter for letter in letters.LETTERS}


def _finding(rule: str, amount: str | None) -> Finding:
    return Finding(
        key=rule,
        rule=rule,
        severity=Severity.HIGH,
        confidence=Confidence.STATUTE,
        title=msg(f"rules.{rule}.title"),
        explanation=msg(f"rules.{rule}.explanation"),
        period=None,
        amount=None if amount is None else Decimal(amount),
        calculation=None,
        basis=(),
        forum=None,
        respondents=(),
        final_award_eligible=None,
        refs=(),
    )


def _report(*findings: Finding) -> FindingsReport:
    return FindingsReport(TODAY, "u", "t", "t", "0", findings)


def _case() -> Case:
    return logged(
        (dt.date(2025, 9, 3), DayStatus.WORKING),
        (dt.date(2025, 9, 8), DayStatus.STANDBY_ONCALL),
        (dt.date(2025, 9, 5), DayStatus.STANDBY),
    )


def test_the_wage_claims_are_the_rules_own_list_in_order() -> None:
    assert letters.WAGE_CLAIMS is calc_deadline.WAGE_CLAIMS
    assert letters.WAGE_CLAIMS[0] == "standby-first-cycle-underpaid"
    assert set(letters.WAGE_CLAIMS) <= calc_deadline.CLAIMS


def test_wage_claims_found_follow_the_rules_order() -> None:
    report = _report(
        _finding("below-minimum-wage", "10"),
        _finding("late-wages", "5"),
        _finding("standby-below-floor", None),
    )
    assert letters.wage_claims_found(report) == ("standby-below-floor", "below-minimum-wage")
    assert letters.wage_claims_found(None) == ()


def test_demand_names_the_case_and_the_sum_of_the_claimed_amounts() -> None:
    report = _report(
        _finding("standby-below-floor", "1200.5"),
        _finding("below-minimum-wage", "300"),
        _finding("unilateral-pay-cut", "999"),  # not claimed
    )
    claims = ("standby-below-floor", "below-minimum-wage")
    text = letters.fill(BY_KEY["demand"], _case(), "zh", TODAY, report, claims)
    assert "某某人力资源有限公司" in text and "李青" in text
    assert "2024-03-01" in text  # the contract's start
    assert "2025-09-05" in text  # standby since: the first standby day
    assert "12000.00" in text and "1500.50" in text
    assert TODAY.isoformat() in text


def test_unknown_amount_and_no_standby_fall_back() -> None:
    case = logged((dt.date(2025, 9, 3), DayStatus.WORKING))
    assert letters.standby_since(case) is None
    assert letters.claimed_amount(None, ("standby-below-floor",)) is None
    assert letters.claimed_amount(_report(_finding("standby-below-floor", None)), ()) is None
    text = letters.fill(BY_KEY["demand"], case, "en", TODAY, None, ())
    assert "(amount)" in text
    assert "2024-03-01" in text  # since: the start, when no standby day is logged


def test_position_clause_only_with_a_position() -> None:
    case = _case()
    without = letters.fill(BY_KEY["work_requested"], case, "en", TODAY)
    assert "working as" not in without
    with_post = dataclasses.replace(case, info=dataclasses.replace(case.info, position="QA"))
    assert ", working as QA" in letters.fill(BY_KEY["work_requested"], with_post, "en", TODAY)


def test_incident_for_each_letter() -> None:
    claims = ("standby-below-floor",)
    for letter in letters.LETTERS:
        incident = letters.incident_for(letter, "the words", "zh", TODAY, claims)
        assert incident.kind == letter.kind and incident.date == TODAY
        assert incident.actor_party == Party.WORKER
        assert incident.form == Form.WRITTEN_ELECTRONIC
        assert incident.quote == "the words" and incident.summary
        asserting = letter.kind in (IncidentKind.DEMAND_SENT, IncidentKind.WRITTEN_OBJECTION)
        assert incident.asserts == (claims if asserting else ())
    assert {letter.kind for letter in letters.LETTERS} >= letters.ASSERTING
