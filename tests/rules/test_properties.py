"""Properties over generated valid cases: no rule crashes, no amount is
negative, the same case and as_of always give the same document."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st
from strategies import cases

from caseapp.domain.model import Case
from caseapp.rules.engine import run_rules
from caseapp.rules.law import load_law_data
from caseapp.rules.output import findings_to_json
from rules.reader_language import problems

LAW = load_law_data()


@given(case=cases(max_records=6, with_files=False), offset=st.integers(min_value=0, max_value=900))
def test_rules_never_crash_and_amounts_are_not_negative(case: Case, offset: int) -> None:
    as_of = case.info.work_start + dt.timedelta(days=offset)
    report = run_rules(case, as_of, LAW)
    for f in report.findings:
        assert f.amount is None or f.amount >= 0, f.key
        for alt in f.alternatives:
            assert alt.amount is None or alt.amount >= 0, f.key
    if report.severance is not None:
        assert report.severance.n >= 0 and report.severance.double >= 0
    assert problems(report, case) == []  # calculations in Chinese, each step once
    first = json.dumps(findings_to_json(report), sort_keys=True)
    again = json.dumps(findings_to_json(run_rules(case, as_of, LAW)), sort_keys=True)
    assert first == again
