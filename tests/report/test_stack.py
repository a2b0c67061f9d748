"""Exhibit pages as one flowable (caseapp.report.stack): a `Stack` writes the
bytes its parts write when laid out one by one (at the top of a page, below
other content, and split back into its parts when it does not fit), a
`NoticeBox` the bytes of `blocks.boxed` of its paragraph, a `LinesBox` the
text and box of the paragraph with line breaks it replaces; and each exhibit
page of a report is measured once."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from caseapp.report import stack
from caseapp.report.blocks import boxed, gap, para, rich
from caseapp.report.fonts import register, safe
from caseapp.report.layout import FRAME_W, PageInfo, ReportDoc, make_styles
from caseapp.report.stack import LinesBox, NoticeBox, Stack, line_style
from tests.report.conftest import render
from tests.report.fixtures import rules_findings, sample_case

TITLES = [
    "微信聊天记录截图",
    "Payslip for March, with the deductions the employer made " * 3,
    "劳动合同（第二页，含工作地点和工资条款的约定）" * 6,  # wraps over several lines
]
HUGE = "这份证据的标题很长，" * 900  # taller than a page: the stack gives its parts back


def _info() -> PageInfo:
    return PageInfo(
        case_name="测试",
        fingerprint12="0" * 12,
        fingerprint_word="指纹",
        brief_mark="仅供咨询",
        page_word={"brief": "第 {n} 页 / 共 {total} 页", "filing": "第 {n} 页 / 共 {total} 页"},
        part_names={"brief": "分析", "filing": "提交用材料"},
    )


def _pdf(stacked: bool) -> bytes:
    """Exhibit-like pages: label, boxed header, gap, a notice and a size line,
    at the top of a page and below a section title; two whose title is taller
    than a page (the first below the section title)."""
    register()
    st = make_styles("zh")

    def page(title: str, notice: str) -> list[Flowable]:
        head = [
            para("证据2-21", st.h2),
            rich(f"名称：{title}<br/>文件：截图161.png<br/>SHA-256：{'ab' * 32}", st.exhibit_head),
            gap(8),
        ]
        size = para("文件大小：4,802 字节", st.small)
        if stacked:
            return [Stack([*head, NoticeBox(para(notice, st.body), FRAME_W), size])]
        return [*head, boxed([para(notice, st.body)], FRAME_W), size]

    story: list[Flowable] = [para("证据材料", st.h1), para("说明", st.small), gap(6)]
    notices = ["本机找不到这份文件，无法打印。请找到原始文件后重新生成。", "Not printed." * 30]
    for n, title in enumerate([HUGE, *TITLES, HUGE, *TITLES]):
        if n:
            story.append(PageBreak())
        story += page(title, notices[n % 2])
    out = io.BytesIO()
    doc = ReportDoc(out, _info(), title="t", author="t", first="filing")
    doc.build(story, canvasmaker=doc.make_canvas)
    return out.getvalue()


def test_a_stack_writes_the_bytes_of_its_parts() -> None:
    before = stack.counts()
    stacked = _pdf(stacked=True)
    after = stack.counts()
    assert stacked == _pdf(stacked=False)
    # the huge titles': below the section title, and at the top of a page
    assert after["dissolved"] - before["dissolved"] == 2
    assert len(PdfReader(io.BytesIO(stacked)).pages) > len(TITLES) * 2 + 1  # it took pages


def test_a_notice_box_is_a_boxed_paragraph() -> None:
    register()
    st = make_styles("en")

    def story(make: Callable[[Flowable], Flowable]) -> bytes:
        out = io.BytesIO()
        doc = ReportDoc(out, _info(), title="t", author="t", first="filing")
        flows = [make(para(t, st.body)) for t in ("One line.", "Two lines? " * 20, "")]
        doc.build(flows, canvasmaker=doc.make_canvas)
        return out.getvalue()

    assert story(lambda p: NoticeBox(p, FRAME_W)) == story(lambda p: boxed([p], FRAME_W))


def test_each_exhibit_page_is_measured_once(tmp_path: Path) -> None:
    case, lookup = sample_case(tmp_path)
    before = stack.counts()
    result = render(case, rules_findings(case), tmp_path / "r.pdf", lookup, lang="zh")
    after = stack.counts()
    exhibit_pages = 0
    for pages in result.exhibit_pages.values():
        first, _, last = pages.partition("–")
        exhibit_pages += int(last or first) - int(first) + 1
    # one stack per exhibit page, unless a transcript runs on to further pages
    measured = after["measured"] - before["measured"]
    assert 0 < measured <= exhibit_pages
    assert measured >= len(result.exhibit_pages)
    assert after["dissolved"] == before["dissolved"]


def _placed(pdf: bytes) -> tuple[list[list[tuple[float, str]]], list[str]]:
    """Per page, each line's text by its baseline (points from the bottom,
    across every text object; a space that ends a wrapped line, which draws
    nothing, left out), and the rectangles drawn."""
    pages, boxes = [], []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines: dict[float, str] = {}

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, lines: dict[float, str] = lines
        ) -> None:
            if text.strip():
                y = round(cm[3] * tm[5] + cm[5], 2)  # neither scaled nor turned here
                lines[y] = lines.get(y, "") + text

        page.extract_text(visitor_text=visit)
        pages.append(sorted((y, text.rstrip()) for y, text in lines.items()))
        content = page.get_contents()
        assert content is not None
        boxes += re.findall(rb"n (-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+) re B\*", content.get_data())
    return pages, [b.decode() for b in boxes]


def _header_boxes(lang: str, *, boxed_lines: bool) -> bytes:
    st = make_styles(lang)
    story: list[Flowable] = []
    for title in TITLES:
        texts = [f"名称：{title}", "文件：截图161 (1).png", f"SHA-256：{'ab' * 32}"]
        if boxed_lines:
            style = line_style(st.exhibit_head)
            story.append(LinesBox([para(t, style) for t in texts], st.exhibit_head))
        else:
            story.append(rich("<br/>".join(safe(t) for t in texts), st.exhibit_head))
        story.append(gap(8))
    out = io.BytesIO()
    doc = ReportDoc(out, _info(), title="t", author="t", first="filing")
    doc.build(story, canvasmaker=doc.make_canvas)
    return out.getvalue()


def test_the_boxed_lines_are_the_boxed_paragraph() -> None:
    """The exhibit's title, file and SHA-256 as plain lines in a box: the
    same text on the same baselines (wrapped titles included) and the same
    box as the one paragraph with line breaks it replaces."""
    register()
    for lang in ("zh", "en"):
        lines, boxes = _placed(_header_boxes(lang, boxed_lines=True))
        expected_lines, expected_boxes = _placed(_header_boxes(lang, boxed_lines=False))
        assert lines == expected_lines
        assert boxes == expected_boxes
        assert len(boxes) == len(TITLES)
        assert sum(len(page) for page in lines) > 3 * len(TITLES) + 3  # some titles wrapped
