"""Page layout: A4 with a binding margin on the left, styles, the running
header, "第 X 页 / 共 Y 页" per part (two-pass canvas), the brief's mark on
every page, and anchors that record on which page a flowable landed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from caseapp.report import pdfform, pdfstream
from caseapp.report.fonts import FONT, plain

PAGE_W, PAGE_H = A4
MARGIN_LEFT = 25 * mm  # binding
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm  # leaves room for the running header
MARGIN_BOTTOM = 18 * mm
FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
BRIEF_FRAME_H = FRAME_H - 5 * mm  # the brief's mark takes a line under the header

INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#595959")
LIGHT = colors.HexColor("#EDEDED")
GRID = colors.HexColor("#8C8C8C")
VERMILION = colors.HexColor("#D55E00")
ORANGE = colors.HexColor("#E69F00")
BLUE = colors.HexColor("#0072B2")

BODY_SIZE = 10.5


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle  # hashes and file names: wrap by character
    user: ParagraphStyle  # the worker's own text: CJK wrapping in either language
    quote: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    centre: ParagraphStyle
    exhibit_head: ParagraphStyle


def make_styles(lang: str) -> Styles:
    wrap = "CJK" if lang == "zh" else None
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=BODY_SIZE, leading=15.5, textColor=INK, wordWrap=wrap
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=12, textColor=GREY),
        # rightIndent: room for a full-width mark that CJK wrapping hangs past the line end
        cell=derive("cell", fontSize=9, leading=12.5, rightIndent=6),
        cell_head=derive(
            "cell_head", fontSize=9, leading=12.5, textColor=colors.white, rightIndent=6
        ),
        mono=derive("mono", fontSize=7.5, leading=10, wordWrap="CJK"),
        user=derive("user", wordWrap="CJK"),
        quote=derive("quote", wordWrap="CJK", leftIndent=12, textColor=colors.HexColor("#333333")),
        title=derive("title", fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=6),
        h1=derive("h1", fontSize=15, leading=21, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=derive("h2", fontSize=12.5, leading=18, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        h3=derive("h3", fontSize=11, leading=16, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        centre=derive("centre", alignment=TA_CENTER),
        exhibit_head=derive(
            "exhibit_head",
            fontSize=8.5,
            leading=12,
            wordWrap="CJK",
            borderWidth=0.4,
            borderColor=GRID,
            borderPadding=4,
            backColor=LIGHT,
        ),
    )


@dataclass
class PageInfo:
    """What the canvas writes on every page; filled in before the build."""

    case_name: str
    fingerprint12: str
    fingerprint_word: str
    brief_mark: str
    page_word: dict[str, str]  # part -> "第 {n} 页 / 共 {total} 页" template
    part_names: dict[str, str]
    # the PDF's creation and modification date (its Info dictionary): the report's
    # generation time, so a rebuild with the same --generated-at gives the same bytes
    generated_at: dt.datetime | None = None
    anchors: dict[str, int] = field(default_factory=dict)  # key -> absolute page
    totals: dict[str, int] = field(default_factory=dict)  # part -> pages, after a build
    # page references drawn when the document is saved: absolute page -> [(x, y, labels)]
    page_refs: dict[int, list[tuple[float, float, tuple[str, ...]]]] = field(default_factory=dict)

    def part_pages(self, label: str) -> str | None:
        """Where exhibit `label` landed, in the filing pack's own numbering ("6–35")."""
        first = self.anchors.get(f"ex:{label}")
        if first is None:
            return None
        last = self.anchors.get(f"exend:{label}", first)
        start = self.anchors.get("part:filing", 1)
        a, b = first - start + 1, last - start + 1
        return str(a) if a == b else f"{a}–{b}"


class Anchor(Flowable):  # type: ignore[misc]
    """Zero-size flowable recording the absolute page it lands on."""

    def __init__(self, info: PageInfo, key: str) -> None:
        super().__init__()
        self.info = info
        self.key = key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.info.anchors[self.key] = self.canv.getPageNumber()


REF_SIZE = 8.0
REF_LEADING = 10.0


class PageRefs(Flowable):  # type: ignore[misc]
    """Page numbers of exhibits, one line per exhibit, drawn only when the
    document is saved (by then every exhibit has been laid out). Its height is
    fixed by the number of lines, so the layout never waits for the numbers:
    one pass is enough."""

    def __init__(self, info: PageInfo, labels: tuple[str, ...], width: float) -> None:
        super().__init__()
        self.info, self.labels = info, labels
        self.width, self.height = width, max(1, len(labels)) * REF_LEADING

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.height)
        page = self.canv.getPageNumber()
        self.info.page_refs.setdefault(page, []).append((x, y, self.labels))


class PartCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end, then writes header and footer with the
    page totals per part (brief and filing are numbered separately, so the
    filing pack can be printed and handed in on its own)."""

    info: PageInfo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.part = "brief"

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[str, int] = {}
        for state in self._pages:
            totals[state["part"]] = totals.get(state["part"], 0) + 1
        self.info.totals = dict(totals)
        seen: dict[str, int] = {}
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            part = state["part"]
            seen[part] = seen.get(part, 0) + 1
            self._decorate(part, seen[part], totals[part])
            self._page_refs(self.info.page_refs.get(number, []))
            super().showPage()
            self._pages[number - 1] = {}  # the page is in the document now
        sink = self._filename
        try:
            if callable(getattr(sink, "write", None)):
                with pdfstream.streamed(sink):  # written as formatted, not joined first
                    super().save()
            else:
                super().save()
        finally:
            pdfform.source(self).close()

    def _page_refs(self, refs: list[tuple[float, float, tuple[str, ...]]]) -> None:
        if not refs:
            return
        self.saveState()
        self.setFont(FONT, REF_SIZE)
        self.setFillColor(INK)
        for x, y, labels in refs:
            for n, label in enumerate(labels):
                text = self.info.part_pages(label) or "—"
                self.drawString(x, y - REF_SIZE - n * REF_LEADING + 1, text)
        self.restoreState()

    def _decorate(self, part: str, n: int, total: int) -> None:
        info = self.info
        self.saveState()
        top = PAGE_H - 12 * mm
        self.setFont(FONT, 8)
        self.setFillColor(GREY)
        self.drawString(MARGIN_LEFT, top, plain(f"{info.case_name} · {info.part_names[part]}"))
        self.drawRightString(
            PAGE_W - MARGIN_RIGHT, top, f"{info.fingerprint_word} {info.fingerprint12}"
        )
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_W - MARGIN_RIGHT, top - 2.5 * mm)
        if part == "brief":
            self.setFillColor(VERMILION)
            self.setFont(FONT, 8.5)
            self.drawCentredString(
                MARGIN_LEFT + FRAME_W / 2, top - 7 * mm, "▲ " + info.brief_mark + " ▲"
            )
        self.setFillColor(GREY)
        self.setFont(FONT, 8.5)
        self.drawCentredString(
            MARGIN_LEFT + FRAME_W / 2, 9 * mm, info.page_word[part].format(n=n, total=total)
        )
        self.restoreState()


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self, target: Any, info: PageInfo, *, title: str, author: str, first: str = "brief"
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            creator="caseapp",
            producer="caseapp",
            subject=title,
            invariant=1,
            initialFontName=FONT,
            initialFontSize=BODY_SIZE,
            pageCompression=1,
        )
        self.info = info
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_W,
            FRAME_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        brief_top = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_W,
            BRIEF_FRAME_H,
            id="brief",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [
            PageTemplate("brief", [brief_top], onPage=_set_part("brief")),
            PageTemplate("filing", [frame], onPage=_set_part("filing")),
        ]
        templates.sort(key=lambda t: t.id != first)
        self.addPageTemplates(templates)

    def make_canvas(self, *args: Any, **kwargs: Any) -> PartCanvas:
        canvas = PartCanvas(*args, **kwargs)
        canvas.info = self.info
        if self.info.generated_at is not None:
            # invariant mode keeps the bytes reproducible but dates the file
            # 2000-01-01; the date it carries is the generation time instead
            canvas._doc._timeStamp = pdf_time_stamp(self.info.generated_at)
        return canvas


def pdf_time_stamp(when: dt.datetime) -> TimeStamp:
    """reportlab's time stamp for ``when``, in UTC (no local offset leaks in)."""
    utc = when.astimezone(dt.UTC)
    stamp = TimeStamp(invariant=1)
    stamp.t = utc.timestamp()
    stamp.lt = utc.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _set_part(part: str) -> Any:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.part = part

    return on_page
