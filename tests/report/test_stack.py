"""Exhibit pages as one flowable (caseapp.report.stack): a `Stack` writes the
bytes its parts write when laid out one by one (at the top of a page, below
other content, and split back into its parts when it does not fit), a
`NoticeBox` the bytes of `blocks.boxed` of its paragraph; and each exhibit
page of a report is measured once."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from caseapp.report import stack
from caseapp.report.blocks import boxed, gap, para, rich
from caseapp.report.fonts import register
from caseapp.report.layout import FRAME_W, PageInfo, ReportDoc, make_styles
from caseapp.report.stack import NoticeBox, Stack
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
    at the top of a page and below a section title; one whose title is taller
    than a page."""
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
    for n, title in enumerate([*TITLES, HUGE, *TITLES]):
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
    assert after["dissolved"] - before["dissolved"] == 1  # the huge title's
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
