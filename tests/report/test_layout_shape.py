"""The report's layout does each piece of work once (issue 17), and the
shortcuts make the same PDF as reportlab's own way, byte for byte:

* a character's width is measured once per font and size (`linebreak.char_widths`);
* lines of paragraphs with markup are assembled a run of one frag at a time
  (`linebreak.cjk_frag_split`), the same lines as reportlab's per-character way;
* a cell without markup is made without reportlab's markup parser
  (`blocks.plain_paragraph`), the same paragraph as the parser's.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, paraparser
from reportlab.platypus import paragraph as rl_paragraph

from caseapp.report import blocks, linebreak
from caseapp.report.fonts import FONT, register

MARKUP = [
    "<b>证据{n}</b>：微信聊天记录截图，共{n}张。",
    "第{n}次：人事再次要求我主动离职（“你自己走，对大家都好”）。<br/>我没有同意。",
    '<font color="#D55E00">与……不一致</font>：应付 14000.00 元，实付 <b>7000.00</b> 元。',
    "2025-03-{n:02d} 至 2025-04-{n:02d}<br/><br/>共 {n} 天 (days)",
    "<i>{n}</i><b></b>甲乙丙丁戊己庚辛壬癸" * 3,
]
PLAIN = [
    "第{n}天",
    "微信聊天记录截图 共{n}张",
    "  leading and   inner   spaces {n} ",
    "line\nbreak {n}",
    "tab\tand\u3000ideographic space {n}",
    "",
    "a < b and c > d & e {n}",
]


def _style(wrap: str | None = "CJK") -> ParagraphStyle:
    register()
    return ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12.5, wordWrap=wrap)


def _pdf(rows: list[list[Any]]) -> bytes:
    buf = BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, initialFontName=FONT)
    doc.build([Table(rows, colWidths=[50, 140, 300], repeatRows=0)])
    return buf.getvalue()


def _markup_rows(style: ParagraphStyle) -> list[list[Any]]:
    return [
        [Paragraph(m.format(n=n), style) for m in MARKUP[k % 5 : k % 5 + 3]]
        for k, n in enumerate(range(1, 60))
        if len(MARKUP[k % 5 : k % 5 + 3]) == 3
    ]


def test_lines_of_paragraphs_with_markup_are_reportlabs(monkeypatch: pytest.MonkeyPatch) -> None:
    style = _style()
    fast = _pdf(_markup_rows(style))
    monkeypatch.setattr(rl_paragraph, "cjkFragSplit", linebreak._cjk_frag_split_units)
    assert _pdf(_markup_rows(style)) == fast


@pytest.mark.parametrize("width", [30.0, 61.5, 100.0, 250.0])
def test_the_same_lines_at_every_width(width: float) -> None:
    style = _style()
    for m in MARKUP:
        frags = Paragraph(m.format(n=7), style).frags
        fast = linebreak.cjk_frag_split(frags, [width], False)
        slow = linebreak._cjk_frag_split_units(frags, [width], False)
        assert len(fast.lines) == len(slow.lines)
        for a, b in zip(fast.lines, slow.lines, strict=True):
            assert [w.text for w in a.words] == [w.text for w in b.words]
            assert [w.__dict__ for w in a.words] == [w.__dict__ for w in b.words]
            assert (a.currentWidth, a.extraSpace, a.lineBreak, a.ascent, a.descent) == (
                b.currentWidth,
                b.extraSpace,
                b.lineBreak,
                b.ascent,
                b.descent,
            )


def test_each_characters_width_is_measured_once_per_font_and_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register()
    linebreak._WIDTHS.clear()
    asked: list[str] = []
    real = pdfmetrics.stringWidth

    def counting(text: str, font: str, size: float, *args: Any) -> float:
        asked.append(text)
        return float(real(text, font, size, *args))

    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    text = "人事再次要求我主动离职，我没有同意。" * 20
    first = linebreak.char_widths(text, FONT, 9)
    again = linebreak.char_widths(text[::-1], FONT, 9)
    assert first == [real(ch, FONT, 9) for ch in text]
    assert again == first[::-1]
    assert sorted(asked) == sorted(set(text))  # 360 characters, 17 measured
    linebreak.char_widths(text, FONT, 10)  # another size: measured again
    assert len(asked) == 2 * len(set(text))


def _plain_rows(make: Any, style: ParagraphStyle) -> list[list[Any]]:
    rows = []
    for n in range(40):
        texts = [PLAIN[(n + k) % len(PLAIN)].format(n=n) for k in range(3)]
        rows.append([make(blocks.safe(t), style) for t in texts])
    return rows


@pytest.mark.parametrize("wrap", ["CJK", None])
def test_a_plain_cell_is_the_paragraph_the_parser_makes(wrap: str | None) -> None:
    style = _style(wrap)
    for template in PLAIN:
        markup = blocks.safe(template.format(n=3))
        ours = blocks.plain_paragraph(markup, style)
        theirs = Paragraph(markup, style)
        assert ours.text == theirs.text
        assert ours.style is theirs.style
        assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags]
    assert _pdf(_plain_rows(blocks.plain_paragraph, style)) == _pdf(_plain_rows(Paragraph, style))


def test_a_plain_cell_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    style = _style()
    blocks.plain_paragraph("probe", style)  # the style's frag, parsed once
    parsed: list[str] = []
    real = paraparser.ParaParser.parse

    def counting(self: Any, text: str, style: Any) -> Any:
        parsed.append(text)
        return real(self, text, style)

    monkeypatch.setattr(paraparser.ParaParser, "parse", counting)
    for n in range(100):
        blocks.plain_paragraph(f"第{n}天 微信聊天记录截图", style)
    assert parsed == []
    blocks.plain_paragraph("<b>证据1</b>", style)  # markup: reportlab's parser
    blocks.plain_paragraph("a &amp; b", style)
    assert len(parsed) == 2
