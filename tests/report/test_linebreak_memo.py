"""Each paragraph's lines are broken once per width (issue 17): a long table
of Chinese cells, measured, split over pages and drawn, breaks each cell once,
and the PDF is byte for byte the one built without the memory."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus import paragraph as rl_paragraph

from caseapp.report import linebreak
from caseapp.report.fonts import FONT, register

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
