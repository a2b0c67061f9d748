"""Two sources giving the same minimum wage on the same day: the parameter a
finding shows never depends on the interpreter's hash seed (set order), and
it carries the weaker confidence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
sys.path.insert(0, "tests")
from rules.test_pay_rules import _nanjing
from rules.helpers import run
from caseapp.rules.law import load_law_data
from caseapp.rules.source_text import source_line
report = run(_nanjing("2550"), "2026-04-20", load_law_data())
for f in report.findings:
    if f.rule == "below-minimum-wage" and f.calculation is not None:
        for p in f.calculation.parameters:
            print(p.name, p.value, p.effective_from, p.confidence, source_line(p.source)[:40])
"""


def _params(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_same_parameters_under_any_hash_seed() -> None:
    outputs = {_params(seed) for seed in ("0", "1", "2", "3", "4", "5")}
    assert len(outputs) == 1, outputs
    (text,) = outputs
    assert "minimum_wage" in text
