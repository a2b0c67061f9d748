"""Plain paragraphs drawn without reportlab's general machinery
(caseapp.report.celldraw): the same PDF bytes as reportlab's own `Paragraph`,
in table cells and in the frame, split over pages, in every alignment; the
cases it leaves to reportlab (a background, a transparent colour) still drawn
by reportlab; and the sample report's cells drawn on the short path."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from caseapp.report import celldraw
from caseapp.report.blocks import plain_paragraph
from caseapp.report.celldraw import PlainParagraph
from caseapp.report.fonts import FONT, register
from tests.report.conftest import render
from tests.report.fixtures import rules_findings, sample_case

TEXTS = [
    "2025-03-17",
    "已付 14000.00 元",
    "这期间应按劳动合同约定的工资支付（月工资 14000.00 元 × 1）。" * 3,
    "Overtime on a rest day, paid in lieu  of leave",
    "",
    "—",
]


def _styles() -> list[ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK")
    return [
        base,
        ParagraphStyle("centre", parent=base, alignment=TA_CENTER, textColor=HexColor("#3A3A3A")),
        ParagraphStyle("right", parent=base, alignment=TA_RIGHT, rightIndent=4),
        ParagraphStyle("justify", parent=base, alignment=TA_JUSTIFY, firstLineIndent=18),
        ParagraphStyle("left", parent=base, alignment=TA_LEFT, leftIndent=6, wordWrap=None),
        ParagraphStyle("shaded", parent=base, backColor=HexColor("#F4F4F4")),
        ParagraphStyle("faint", parent=base, textColor=Color(0.2, 0.2, 0.2, alpha=0.5)),
    ]


def _pdf(make: Any) -> bytes:
    register()
    story: list[Any] = []
    for style in _styles():
        rows = [[make(t, style), make(t[::-1], style)] for t in TEXTS for _ in range(12)]
        table = Table(rows, colWidths=[90, 200], repeatRows=1, splitByRow=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, HexColor("#999999"))]))
        story.append(table)
        story.extend(make(t, style) for t in TEXTS)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


def test_the_pdf_is_the_bytes_reportlab_writes() -> None:
    before = celldraw.counts()
    fast = _pdf(lambda text, style: plain_paragraph(text, style) if text else Paragraph("", style))
    after = celldraw.counts()
    slow = _pdf(lambda text, style: Paragraph(text, style))
    assert len(PdfReader(io.BytesIO(slow)).pages) > 3  # the tables split over pages
    assert fast == slow
    drawn_fast = after["fast"] - before["fast"]
    drawn_by_reportlab = after["reportlab"] - before["reportlab"]
    # 7 styles × (6 × 12 × 2 cells + 6 paragraphs), less the empty text made by
    # Paragraph: the shaded and the transparent styles are left to reportlab
    assert drawn_by_reportlab >= 2 * (5 * 12 * 2 + 5)
    assert drawn_fast >= 5 * (5 * 12 * 2 + 5)


def test_a_plain_paragraph_is_a_paragraph() -> None:
    register()
    style = _styles()[0]
    made = plain_paragraph("已付 14000.00 元", style)
    assert isinstance(made, PlainParagraph)
    assert made.getPlainText() == Paragraph("已付 14000.00 元", style).getPlainText()
    assert not isinstance(plain_paragraph("<b>x</b>", style), PlainParagraph)  # markup: parsed


def test_the_sample_reports_cells_take_the_short_path(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    findings = rules_findings(case)
    before = celldraw.counts()
    render(case, findings, tmp_path / "r.pdf", lookup, lang="zh")
    after = celldraw.counts()
    fast = after["fast"] - before["fast"]
    slow = after["reportlab"] - before["reportlab"]
    assert fast > 200
    assert slow <= fast // 20, (fast, slow)
