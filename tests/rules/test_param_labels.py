"""Every legal parameter a calculation cites has a zh and en label, so a
lawyer reading the PDF or the app never meets a bare code like `pay_divisor`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from caseapp.casefile.reader import read_case_file
from caseapp.i18n import catalogue, param_label
from caseapp.paths import resource
from caseapp.rules.engine import run_rules

RULES = Path(__file__).resolve().parents[2] / "caseapp" / "rules"
# .parameter("x"), name="x", and the (name, figure) pairs of day values.
PATTERNS = (
    r'\.parameter\(\s*"([a-z_0-9]+)"',
    r'name="([a-z_0-9]+)"',
    r'\(\s*"([a-z_]+_ratio|minimum_wage)"\s*,',
    r'"(dispatch_ratio|presence_required_ratio|after_ratio)"',
)


def _names_in_source() -> set[str]:
    names: set[str] = set()
    for path in RULES.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            names.update(re.findall(pattern, source))
    # r_labour_inspection builds additional_compensation_{low,high}
    names.update({"additional_compensation_low", "additional_compensation_high"})
    return names


def test_every_parameter_named_in_the_rules_has_both_labels() -> None:
    names = _names_in_source()
    assert {"minimum_wage", "pay_divisor", "first_cycle_ratio"} <= names  # the scan works
    entries = catalogue()
    missing = sorted(n for n in names if not {"zh", "en"} <= set(entries.get(f"param.{n}", {})))
    assert missing == []


def test_sample_findings_cite_only_labelled_parameters() -> None:
    loaded = read_case_file(resource("samples", "sample.caseapp.zip"), dt.date(2026, 11, 23))
    seen: set[str] = set()
    for as_of in ("2025-05-10", "2025-10-10", "2026-11-23"):
        report = run_rules(loaded.case, dt.date.fromisoformat(as_of))
        for finding in report.findings:
            if finding.calculation is not None:
                seen.update(p.name for p in finding.calculation.parameters)
    assert seen
    for name in seen:
        assert param_label(name, "zh") != name
        assert param_label(name, "en") != name
