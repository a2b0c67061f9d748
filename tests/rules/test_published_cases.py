"""Published typical cases (issue 9, acceptance "published cases").

Each case in tests/rules/cases/ is a typical case published by a labour
authority or court, read in full, with its facts as a case file and a note
beside it. For each one the rules run at the case's as-of date and:

* every rule the award calls for fires;
* its amount lies within 3 % of the award wherever the text gives the wage
  (summed with the rules named in ``sum_with`` when the award spans them);
* where the award states a period, a finding of that rule covers it;
* a claim the tribunal refused never comes out as a firm claim (confidence
  ``statute`` or ``local_rule``).

What the current rules do not meet is ``xfail(strict=True)`` with the reason
written in expected.toml, so the test fails the day it starts passing and the
marker has to go.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from caseapp.casefile.reader import LoadedFile, read_case_file
from caseapp.domain.findings import FindingsReport
from caseapp.rules.law import LawData
from rules.helpers import only, run

CASES = Path(__file__).parent / "cases"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (CASES / "expected.toml").read_text(encoding="utf-8")
)
TOLERANCE = Decimal("0.03")
FIRM = frozenset({"statute", "local_rule"})

_loaded: dict[str, LoadedFile] = {}
_reports: dict[str, FindingsReport] = {}


def _load(case_id: str, law: LawData) -> LoadedFile:
    if case_id not in _loaded:
        path = CASES / f"{case_id}.caseapp.json"
        _loaded[case_id] = read_case_file(path, dt.date.today(), frozenset(law.cities()))
    return _loaded[case_id]


def _report(case_id: str, law: LawData) -> FindingsReport:
    if case_id not in _reports:
        _reports[case_id] = run(_load(case_id, law).case, EXPECTED[case_id]["as_of"], law)
    return _reports[case_id]


def _present(report: FindingsReport) -> list[str]:
    return [f"{f.rule} {f.confidence} {f.amount}" for f in report.findings]


def _params(section: str, want: str | None, xfail_key: str) -> list[Any]:
    """One pytest param per entry of `section` (expect / refused) that has key
    `want` (None: every entry), xfailed strictly with the entry's reason."""
    out: list[Any] = []
    for case_id, table in EXPECTED.items():
        if want == "award" and not table["wage_given"]:
            continue
        for entry in table.get(section, []):
            if want is not None and want not in entry:
                continue
            reason = entry.get(xfail_key)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(case_id, entry, id=f"{case_id}:{entry['rule']}", marks=marks))
    return out


def test_every_case_has_its_file_note_and_table() -> None:
    files = {p.name.removesuffix(".caseapp.json") for p in CASES.glob("*.caseapp.json")}
    notes = {p.stem for p in CASES.glob("*.md")} - {"README"}
    assert files == set(EXPECTED) == notes
    assert len(files) >= 8


@pytest.mark.parametrize("case_id", sorted(EXPECTED))
def test_case_file_reads_cleanly(case_id: str, law: LawData) -> None:
    table = EXPECTED[case_id]
    loaded = _load(case_id, law)
    assert loaded.warnings == []
    document = json.loads((CASES / f"{case_id}.caseapp.json").read_text(encoding="utf-8"))
    source = document["case"]["x-source"]
    assert source["url"] == table["url"]
    assert source["publisher"] == table["publisher"]
    assert source["note"] == f"tests/rules/cases/{case_id}.md"
    as_of = dt.date.fromisoformat(table["as_of"])
    assert loaded.case.info.work_start <= as_of
    if not table["wage_given"]:
        # a placeholder wage: no amount may be checked against it
        assert all("award" not in e for e in table.get("expect", []))
        assert any("placeholder" in a for a in document["case"]["x-assumptions"])


@pytest.mark.parametrize(("case_id", "entry"), _params("expect", None, "xfail_fires"))
def test_awarded_rule_fires(case_id: str, entry: dict[str, Any], law: LawData) -> None:
    report = _report(case_id, law)
    assert only(report, entry["rule"]), _present(report)


@pytest.mark.parametrize(("case_id", "entry"), _params("expect", "award", "xfail_amount"))
def test_amount_within_three_percent_of_award(
    case_id: str, entry: dict[str, Any], law: LawData
) -> None:
    report = _report(case_id, law)
    rules = {entry["rule"], *entry.get("sum_with", [])}
    total = sum(
        (f.amount for f in report.findings if f.rule in rules and f.amount is not None),
        Decimal(0),
    )
    award = Decimal(entry["award"])
    assert abs(total - award) <= award * TOLERANCE, (str(total), str(award), _present(report))


@pytest.mark.parametrize(("case_id", "entry"), _params("expect", "period", "xfail_period"))
def test_finding_covers_awarded_period(case_id: str, entry: dict[str, Any], law: LawData) -> None:
    start, end = (dt.date.fromisoformat(d) for d in entry["period"])
    found = only(_report(case_id, law), entry["rule"])
    periods = [(f.period.start, f.period.end) for f in found if f.period is not None]
    assert (start, end) in periods, periods


@pytest.mark.parametrize(("case_id", "entry"), _params("refused", None, "xfail"))
def test_refused_claim_is_not_firm(case_id: str, entry: dict[str, Any], law: LawData) -> None:
    report = _report(case_id, law)
    firm = [f for f in only(report, entry["rule"]) if f.confidence in FIRM and f.amount]
    assert not firm, _present(report)
