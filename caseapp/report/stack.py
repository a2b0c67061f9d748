"""A page's fixed content as one flowable: measured once, drawn where the
frame would have drawn each part.

An exhibit page is made of flowables whose sizes are known as soon as they
are measured: the label, the boxed title/file/SHA-256 paragraph, a gap, then a
picture, a PDF page's slot, or a framed notice and the size line. Laid out one
by one, reportlab groups the label with the box (`keepWithNext` makes a
`KeepTogether`, which measures both, then splits itself back into them),
measures each part again as the frame adds it, and lays the notice out as a
one-cell `Table`. Together, 600 exhibit pages of the 3-year case cost 15-20 %
of its report.

`Stack(parts)` measures its parts once per width and, when the whole fits
where the frame is, draws each part at the position the frame would have
given it (the frame's spacing rules: a part's space before, less the previous
part's space after), through the part's own `drawOn`, so the page's operators
are the same. When it does not fit (a title so long that the header fills the
page), the frame asks it to split, and it gives its parts back to reportlab,
which lays them out exactly as before (`Unstacked` is the split's required
first piece: it takes no room and draws nothing).

`NoticeBox(paragraph, width)` is `blocks.boxed([paragraph], width)` for a
paragraph known to fit a page: the same operators as the one-cell table
(the cell's fill colour, the paragraph at the cell's padding, the box's four
lines), without the table's measuring.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from caseapp.report.layout import GREY

_counts = {"measured": 0, "dissolved": 0}  # for the tests


def counts() -> dict[str, int]:
    """How many stacks were measured (once per width) and split back into
    their parts, since start-up."""
    return dict(_counts)


class Unstacked(Flowable):  # type: ignore[misc]
    """The first piece of a split `Stack`: no size, no drawing, and the space
    after the flowable before it is passed on (`_SPACETRANSFER`), so what
    follows is placed as if it came right after that flowable."""

    _ZEROSIZE = True
    _SPACETRANSFER = True

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        pass


class Stack(Flowable):  # type: ignore[misc]
    """Flowables that go together on a page, measured once per width."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        assert parts
        self.parts = parts
        self._aw: float | None = None
        self._widths: list[float] = []
        self._tops: list[float] = []  # each part's bottom, measured down from the top
        self.width = self.height = 0.0

    def getSpaceBefore(self) -> float:
        return float(self.parts[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.parts[-1].getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._aw != availWidth:
            _counts["measured"] += 1
            overlap = rl_config.overlapAttachedSpace
            widths, drops = [], []
            down, after = 0.0, 0.0
            for n, part in enumerate(self.parts):
                w, h = part.wrap(availWidth, availHeight)
                space = 0.0
                if n:
                    space = part.getSpaceBefore()
                    if overlap:
                        space = max(space - after, 0)
                down += h + space
                widths.append(w)
                drops.append(down)
                after = part.getSpaceAfter()
                if n < len(self.parts) - 1:
                    down += after
            self._aw, self._widths, self._tops = availWidth, widths, drops
            self.width, self.height = availWidth, down
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Asked only when the whole does not fit: the parts, laid out one by
        one as they would have been without the stack."""
        _counts["dissolved"] += 1
        self._aw = None
        return [Unstacked(), *self.parts]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        for part, w, down in zip(self.parts, self._widths, self._tops, strict=True):
            part.drawOn(canvas, x, top - down, _sW=self.width - w)


class NoticeBox(Flowable):  # type: ignore[misc]
    """A paragraph in a box (`blocks.boxed` of one paragraph that fits a page),
    drawn with the operators of the one-cell table."""

    LEFT, RIGHT, TOP, BOTTOM = 6.0, 12.0, 5.0, 6.0  # as blocks.boxed
    LINE = 0.8

    def __init__(self, paragraph: Flowable, width: float, colour: Any = GREY) -> None:
        super().__init__()
        self.paragraph, self.width, self.colour = paragraph, width, colour
        self.height = 0.0
        self._measured = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._measured:
            inner = self.width - self.LEFT - self.RIGHT
            # the cell's height is the paragraph's: its own spaces cancel out in a cell
            self.height = self.paragraph.wrap(inner, availHeight)[1] + self.TOP + self.BOTTOM
            self._measured = True
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        w, top = self.width, self.height
        canv.saveState()
        canv.setFillColor(colors.black)  # the cell's colour (the table sets it per cell)
        self.paragraph.drawOn(canv, self.LEFT, self.BOTTOM)
        canv.saveState()
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(self.colour)
        canv.setLineWidth(self.LINE)
        canv.line(0, top, w, top)
        canv.line(0, 0, w, 0)
        canv.line(0, 0, 0, top)
        canv.line(w, 0, w, top)
        canv.restoreState()
        canv.restoreState()


class LinesBox(Flowable):  # type: ignore[misc]
    """Lines of text in a shaded, bordered box: what a paragraph of `style`
    (with a background, a border and its padding) holding the lines joined by
    ``<br/>`` looks like, with each line made a plain paragraph
    (`blocks.para`: no markup parser, drawn on `celldraw`'s short path). A
    line too long for the width wraps as it would in the one paragraph.
    The exhibit's title, file name and SHA-256 under its label."""

    def __init__(self, lines: list[Flowable], style: ParagraphStyle) -> None:
        super().__init__()
        self.lines, self.style = lines, style
        self.width = self.height = 0.0
        self._heights: list[float] = []
        self._aw: float | None = None

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._aw != availWidth:
            self._heights = [p.wrap(availWidth, availHeight)[1] for p in self.lines]
            self._aw, self.width, self.height = availWidth, availWidth, sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        canv, style = self.canv, self.style
        canv.saveState()  # as reportlab's Paragraph.drawPara draws a paragraph's box
        canv.setStrokeColor(style.borderColor)
        canv.setLineWidth(style.borderWidth)
        canv.setFillColor(style.backColor)
        pad = style.borderPadding
        left = style.leftIndent
        canv.rect(
            left - pad,
            -pad,
            self.width - (left + style.rightIndent) + 2 * pad,
            self.height + 2 * pad,
            fill=1,
            stroke=1,
        )
        canv.restoreState()
        y = self.height
        for p, h in zip(self.lines, self._heights, strict=True):
            y -= h
            p.drawOn(canv, 0, y)


_INNER: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


def line_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` without its box (background, border, padding, spaces): the
    style of each line of a `LinesBox`."""
    found = _INNER.get(id(style))
    if found is None or found[0] is not style:
        inner = ParagraphStyle(
            f"{style.name}-line",
            parent=style,
            backColor=None,
            borderWidth=0,
            borderColor=None,
            borderPadding=0,
            spaceBefore=0,
            spaceAfter=0,
        )
        if len(_INNER) > 256:  # styles are made per build: keep the cache small
            _INNER.clear()
        found = _INNER[id(style)] = (style, inner)
    return found[1]
