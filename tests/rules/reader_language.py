"""What a Chinese reader sees of a findings report: calculations in Chinese
(symbols, numbers, ISO dates and record labels aside) and next steps that do
not say the same thing twice in two wordings.

`problems()` is called on every report the rules tests build (helpers.run)
and on the sample case (test_calc_text.py).
"""

from __future__ import annotations

import difflib
import re

from caseapp.domain.findings import Calculation, FindingsReport
from caseapp.domain.model import Case
from caseapp.i18n import render
from caseapp.rules.calc_text import (
    formula_text,
    input_rows,
    ref_labeller,
    table_text,
    value_text,
)
from rules import reader_words

ASCII_WORD = re.compile(r"(?!EMS\b)[A-Za-z]{3,}")  # EMS: the postal service's name
NEAR = 0.8  # difflib ratio above which two next steps say the same thing


def calculation_texts(calc: Calculation, case: Case | None) -> list[str]:
    """Every zh text of a calculation a reader sees (parameters aside: their
    labels have their own test, their sources are citations)."""
    refs = ref_labeller("zh", case)
    out = [formula_text(calc, "zh")]
    for label, value in input_rows(calc, "zh", refs):
        out += [label, value]
    table = table_text(calc.table, "zh", refs)
    if table is not None:
        out += table.header
        out += [cell for row in table.rows for cell in row]
    return out


def zh_texts(report: FindingsReport, case: Case | None) -> list[str]:
    out: list[str] = []
    for f in report.findings:
        if f.calculation is not None:
            out += calculation_texts(f.calculation, case)
        out += [value_text(a.calculation, "zh") for a in f.alternatives]
    severance = report.severance
    if severance is not None:
        if severance.calculation is not None:
            out += calculation_texts(severance.calculation, case)
        out += [value_text(a.calculation, "zh") for a in severance.alternatives]
    return out


def near_duplicate_steps(report: FindingsReport) -> list[tuple[str, str]]:
    steps = list(dict.fromkeys(render(m, "zh") for f in report.findings for m in f.next_steps))
    return [
        (a, b)
        for i, a in enumerate(steps)
        for b in steps[i + 1 :]
        if difflib.SequenceMatcher(None, a, b).ratio() > NEAR
    ]


def problems(report: FindingsReport, case: Case | None = None) -> list[str]:
    out = [
        f"English in zh calculation: {t!r}" for t in zh_texts(report, case) if ASCII_WORD.search(t)
    ]
    out += [f"near-duplicate next steps: {a!r} / {b!r}" for a, b in near_duplicate_steps(report)]
    out += reader_words.problems(report, case)
    return out
