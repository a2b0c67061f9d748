"""Each paragraph's lines are broken once per width (issue 17): a long table
of Chinese cells, measured, split over pages and drawn, breaks each cell once,
and the PDF is byte for byte the one built without the memory."""

from __future__ import annotations

import dataclasses
import logging
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.doctemplate import LayoutError

from caseapp.report import linebreak
from caseapp.report.blocks import SPLIT_ROWS
from caseapp.report.fonts import FONT, register
from caseapp.report.layout import ReportDoc
from tests.report.conftest import render
from tests.report.fixtures import sample_case, sample_findings
from tests.report.test_long_text import text_fields

ROWS = 300


def _build() -> tuple[bytes, list[Paragraph]]:
    register()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK")
    cells = [
        [
            Paragraph(f"第{n}天", style),
            Paragraph(f"第{n}次：人事再次要求我主动离职（“你自己走，对大家都好”）。" * 3, style),
            Paragraph(f"<b>证据{n}</b>：微信聊天记录截图，共{n % 7 + 1}张。", style),
        ]
        for n in range(ROWS)
    ]
    buf = BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, initialFontName=FONT)
    doc.build([Table(cells, colWidths=[60, 300, 120], repeatRows=0)])
    return buf.getvalue(), [p for row in cells for p in row]


def test_each_cell_is_broken_once_per_width() -> None:
    before = linebreak.counts()
    data, paragraphs = _build()
    after = linebreak.counts()
    computed = after["computed"] - before["computed"]
    reused = after["reused"] - before["reused"]
    assert data.startswith(b"%PDF")
    # measured, then drawn (and the rows carried to the next page measured again):
    # every cell's lines were computed once and then reused
    assert computed == len(paragraphs)
    assert reused >= len(paragraphs)


def test_the_pdf_is_the_one_built_without_the_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    remembered, _ = _build()
    paragraph = rl_paragraph.Paragraph
    for name in ("breakLines", "breakLinesCJK"):
        monkeypatch.setattr(paragraph, name, getattr(paragraph, name).__wrapped__)
    before = linebreak.counts()
    plain, _ = _build()
    assert linebreak.counts() == before  # nothing remembered this time
    assert plain == remembered


# --- the whole report, long text and the layout's retry (report/build.py) --------------------


def _report(tmp_path: Path, name: str, text: str) -> bytes:
    """A small case with `text` in every free-text field, as tests/report/test_long_text."""
    evidence = tmp_path / "ev"
    evidence.mkdir(exist_ok=True)
    case, lookup = sample_case(evidence)
    case = dataclasses.replace(
        case,
        days=case.days[:3],
        payments=case.payments[:2],
        incidents=case.incidents[:3],
        evidence=case.evidence[:2],
        tasks=case.tasks[:1],
        people=case.people[:2],
    )
    long_case = text_fields(case, text)
    out = tmp_path / f"{name}.pdf"
    render(long_case, sample_findings(long_case), out, lookup)
    return out.read_bytes()


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = rl_paragraph.Paragraph
    for name in ("breakLines", "breakLinesCJK"):
        monkeypatch.setattr(paragraph, name, getattr(paragraph, name).__wrapped__)


LONG = ("待岗期间人事多次要求签署离职申请，称项目已经结束。" * 100)[:2000]


def test_long_text_split_over_pages_is_the_same_without_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long cells split inside their rows (blocks.too_tall, SPLIT_ROWS) reuse the
    breaks of the measure: the same bytes as without the memory."""
    remembered = _report(tmp_path, "with", LONG)
    _forget(monkeypatch)
    assert _report(tmp_path, "without", LONG) == remembered


def test_the_layout_retried_after_a_layout_error_is_the_same_as_without_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A LayoutError in the first layout (after every paragraph of it was broken
    and remembered): the retry with rows split builds what a build without the
    memory builds, and breaks the new story's paragraphs afresh."""
    real_build = ReportDoc.build
    calls: list[int] = []

    def fail_first(self: ReportDoc, *args: Any, **kw: Any) -> None:
        calls.append(1)
        real_build(self, *args, **kw)
        if len(calls) == 1:
            raise LayoutError("a row taller than a page (the test's)")

    monkeypatch.setattr(ReportDoc, "build", fail_first)
    with caplog.at_level(logging.WARNING, logger="caseapp.report.build"):
        retried = _report(tmp_path, "retried", LONG)
    assert len(calls) == 2
    assert "layout retried" in caplog.text
    monkeypatch.setattr(ReportDoc, "build", real_build)
    _forget(monkeypatch)
    token = SPLIT_ROWS.set(True)  # what the retry lays out, here without the memory
    try:
        assert _report(tmp_path, "split", LONG) == retried
    finally:
        SPLIT_ROWS.reset(token)
