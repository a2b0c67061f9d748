"""Running the rules in tests, and picking findings by rule id."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.model import Case
from caseapp.rules.engine import run_rules
from caseapp.rules.law import LawData
from rules.reader_language import problems


def run(case: Case, as_of: str, law: LawData) -> FindingsReport:
    """The rules' report; every one the tests build is also checked for what a
    Chinese reader sees (reader_language: calculations in Chinese, no next
    step said twice in two wordings)."""
    report = run_rules(case, dt.date.fromisoformat(as_of), law)
    found = problems(report, case)
    assert not found, "\n".join(found)
    return report


def only(report: FindingsReport, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def one(report: FindingsReport, rule: str) -> Finding:
    found = only(report, rule)
    assert len(found) == 1, [f.key for f in report.findings]
    return found[0]
