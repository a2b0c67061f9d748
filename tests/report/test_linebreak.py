"""CJK line breaking (caseapp.report.linebreak): no closing mark at a line
start, no opening mark at a line end, numbers not cut; and on the real rules'
findings of the sample case, every page of both parts in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.report.linebreak import CANNOT_END, CANNOT_START, dumb_split
from tests.report.conftest import page_texts, render
from tests.report.fixtures import rules_findings, sample_case


def _lines(text: str, width: int) -> list[str]:
    return [line for _, line in dumb_split(text, [10.0] * len(text), width)]


@pytest.mark.parametrize("width", range(40, 300, 10))
def test_no_closer_starts_and_no_opener_ends_a_line(width: int) -> None:
    text = (
        "这期间应按劳动合同约定的工资支付（月工资 14000.00 元 × 1）。"
        "记录显示《工资支付暂行规定》第十二条，一致。"
    )
    lines = _lines(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for n, line in enumerate(lines):
        if n:
            assert line[0] not in CANNOT_START, lines
        if n < len(lines) - 1:
            assert line[-1] not in CANNOT_END, lines
    if width >= 90:  # a number is cut only when it is longer than the line
        assert any("14000.00" in line for line in lines), lines


def test_two_closing_marks_move_down_with_their_character() -> None:
    # "（甲）。" on a line that ends after "）": "。" may not begin the next line
    lines = _lines("一二三四五六（甲）。七八九", 90)
    assert not lines[1].startswith("。"), lines
    assert all(not line.startswith(("。", "）")) for line in lines[1:])


@pytest.mark.parametrize("run", ["。" * 62, "（" * 62, "」" * 40 + "甲"])
def test_a_run_of_marks_longer_than_a_line_fills_its_lines(run: str) -> None:
    """The rules cannot hold for 62 "。" in a row: the lines are filled anyway
    (before, each line held one mark: 62 lines, a table row taller than a page)."""
    lines = _lines(run, 90)  # 9 characters a line
    assert "".join(lines) == run
    assert len(lines) <= len(run) // 9 + 2, lines


def test_real_findings_have_no_closing_mark_at_a_line_start(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    findings = rules_findings(case)
    for lang in ("zh", "en"):
        out = tmp_path / f"{lang}.pdf"
        render(case, findings, out, lookup, lang=lang)
        for text in page_texts(PdfReader(str(out))):
            for line in text.splitlines():
                stripped = line.strip()
                assert not stripped or stripped[0] not in "，。、；：！？）》」』】", line
