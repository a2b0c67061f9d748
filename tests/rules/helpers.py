"""Running the rules in tests, and picking findings by rule id."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.model import Case
from caseapp.rules.engine import run_rules
from caseapp.rules.law import LawData


def run(case: Case, as_of: str, law: LawData) -> FindingsReport:
    return run_rules(case, dt.date.fromisoformat(as_of), law)


def only(report: FindingsReport, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def one(report: FindingsReport, rule: str) -> Finding:
    found = only(report, rule)
    assert len(found) == 1, [f.key for f in report.findings]
    return found[0]
