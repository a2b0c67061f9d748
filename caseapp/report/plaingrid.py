"""A long grid table whose rows are measured once per width (`blocks.grid`).

reportlab's `Table` measures every row of a table each time it is asked its
size: `wrap` and `split` both call `_calc`, which wraps every cell of every
row again (with `longTableOptimize` and no row spans it does not stop at the
page's bottom), and `draw` wraps each cell once more before drawing it. A
300-row chunk of the evidence list was measured two or three times whole
before its first page was laid out, and each cell once more when drawn: the
3-year case wrapped 34,000 paragraphs for 10,000 cells.

`PlainGrid` is a `Table` that remembers each row's height per list of column
widths, shared by every part the table is split into (the parts hold the same
row lists), and draws a cell of paragraphs (plain ones through
`celldraw.PlainParagraph`) from the sizes their one wrap left on them.
Everything else is reportlab's: the splitting, the repeated header row, the
style commands carried into each part (backgrounds, the grid's lines), the
row positions and the drawing order, so the pages are the same and the PDF is
byte-identical to reportlab's `Table` (`tests/report/test_plaingrid.py`). The
cells of a chunk share one `CellStyle` (`one_cell_style`).

A row's height is remembered only when it is a function of the width alone:
every cell a `Paragraph` (any markup), the evidence list's `PageRefs`, or a
list of those. Anything else, row spans, minimum row heights and tables that
may split inside a row (`too_tall`, `SPLIT_ROWS`) stay plain `Table`s
(`blocks.grid` decides, `plain_cells`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab import rl_config
from reportlab.platypus import Flowable, Table
from reportlab.platypus.paragraph import Paragraph as RLParagraph
from reportlab.platypus.tables import CellStyle, _calc_pc, _ExpandedCellTuple, _setCellStyle

from caseapp.report.celldraw import PlainParagraph
from caseapp.report.layout import PageRefs

_FIXED_CELLS = (RLParagraph, PlainParagraph, PageRefs)
_PARAGRAPHS = (RLParagraph, PlainParagraph)
# id(row) -> (the row, its cell styles, the column widths, the paddings, its height)
Memo = dict[int, tuple[Any, Any, tuple[float, ...], tuple[float, ...], float]]
_counts = {"measured": 0, "remembered": 0, "drawn_fast": 0}  # for the tests


def counts() -> dict[str, int]:
    """Rows measured, rows whose height was remembered, cells drawn on the
    short path, since start-up."""
    return dict(_counts)


def _fixed(cell: Any) -> bool:
    if isinstance(cell, list | tuple):
        return all(type(c) in _FIXED_CELLS for c in cell)
    return type(cell) in _FIXED_CELLS


def _paddings(styles: Sequence[Any]) -> tuple[float, ...]:
    """What a row's height depends on besides its cells and widths (its cells
    are flowables: the font of the cell style is not used)."""
    return tuple(
        p for s in styles for p in (s.leftPadding, s.rightPadding, s.topPadding, s.bottomPadding)
    )


# the style commands that set cell attributes (reportlab's `_setCellStyle`)
_CELL_OPS = frozenset(
    [
        "FONT",
        "FONTNAME",
        "FACE",
        "SIZE",
        "FONTSIZE",
        "LEADING",
        "TEXTCOLOR",
        "ALIGN",
        "ALIGNMENT",
        "VALIGN",
        "LEFTPADDING",
        "RIGHTPADDING",
        "TOPPADDING",
        "BOTTOMPADDING",
        "HREF",
        "DESTINATION",
        "DIRECTION",
        "SHAPING",
    ]
)


def one_cell_style(
    commands: Sequence[tuple[Any, ...]],
) -> tuple[CellStyle, list[tuple[Any, ...]]] | None:
    """The cell style that `commands` give every cell, when each of their
    cell commands covers the whole table, and the other commands (lines,
    backgrounds); None otherwise. reportlab makes a `CellStyle` per cell and
    sets each command's attribute on every one of them (a 300-row chunk:
    1,200 styles, 7,200 settings); one style shared by the cells is the same
    table (no command of a grid changes one cell's style alone)."""
    style = CellStyle("grid")
    rest = []
    for cmd in commands:
        if cmd[0] not in _CELL_OPS:
            rest.append(cmd)
        elif tuple(cmd[1]) == (0, 0) and tuple(cmd[2]) == (-1, -1):
            _setCellStyle([[style]], 0, 0, cmd[0], cmd[3:])
        else:
            return None
    return style, rest


def plain_cells(rows: Sequence[Sequence[Any]]) -> bool:
    """Whether every cell's height depends on the column width alone."""
    return all(_fixed(cell) for row in rows for cell in row)


class PlainGrid(Table):  # type: ignore[misc]
    """A `Table` (`repeatRows`, `splitByRow`, no spans) that measures each row
    once per list of column widths."""

    _curcellstyle: Any  # set by reportlab's `draw`

    def __init__(self, *args: Any, memo: Memo | None = None, **kwargs: Any) -> None:
        """`memo`: the row heights, shared by the chunks of one grid (they
        share the header row); the parts made by `split` share their table's."""
        super().__init__(*args, **kwargs)
        self._row_h: Memo = {} if memo is None else memo

    def onSplit(self, T: Table, byRow: int = 1) -> None:
        if isinstance(T, PlainGrid):
            T._row_h = self._row_h

    def _calc_height(
        self, availHeight: float, availWidth: float, H: Any = None, W: Any = None
    ) -> None:
        # reportlab's `_calc_height` for a table without spans or minimum row
        # heights, the row heights taken from `_row_h` once known. (Without
        # spans, reportlab's `longTableOptimize` measures every row: it stops
        # early only when row spans are complete.)
        if self._spanCmds or self._minRowHeights:
            super()._calc_height(availHeight, availWidth, H=H, W=W)
            return
        H = self._argH
        if not W:
            W = _calc_pc(self._argW, availWidth)
        if None in H:
            H = H[:]
            self._rowHeights = H
            key = tuple(W)
            remembered = self._row_h
            values = self._cellvalues
            styles = self._cellStyles
            for i, h in enumerate(H):
                if h is not None:
                    continue
                row = values[i]
                found = remembered.get(id(row))
                if (
                    found is not None
                    and found[0] is row
                    and found[2] == key
                    and (found[1] is styles[i] or found[3] == _paddings(styles[i]))
                ):
                    H[i] = found[4]
                    _counts["remembered"] += 1
                    continue
                H[i] = h = self._measure_row(i, W)
                remembered[id(row)] = (row, styles[i], key, _paddings(styles[i]), h)
                _counts["measured"] += 1
        # iterate backwards through the heights to get row positions in
        # reversed order (reportlab's compensated sum)
        j: list[float] = []
        self._rowpositions = j
        height = c = 0
        for i in range(len(H) - 1, -1, -1):
            j.append(height)
            y = H[i] - c
            t = height + y
            c = (t - height) - y
            height = t
        j.append(height)
        self._height = height
        j.reverse()
        self._hmax = len(H)

    def _measure_row(self, i: int, W: Sequence[float | None]) -> float:
        """reportlab's height of row i (the body of `_calc_height`'s loop)."""
        V = self._cellvalues[i]
        S = self._cellStyles[i]
        canv = getattr(self, "canv", None)
        saved: Any = (canv._fontname, canv._fontsize, canv._leading) if canv else None
        h: float = 0
        for j, (v, s, w) in enumerate(zip(V, S, W, strict=False)):
            if isinstance(v, tuple | list | Flowable):
                v = V[j] = self._cellListProcess(v, w, None)
                if canv:
                    canv._fontname, canv._fontsize, canv._leading = (
                        s.fontname,
                        s.fontsize,
                        s.leading or 1.2 * s.fontsize,
                    )
                dW, t = self._listCellGeom(v, w or self._listValueWidth(v), s)
                if canv:
                    canv._fontname, canv._fontsize, canv._leading = saved
                dW = dW + s.leftPadding + s.rightPadding
                if dW > (w or 0) and not rl_config.allowTableBoundsErrors & 1:
                    from reportlab.platypus.doctemplate import LayoutError

                    raise LayoutError(f"cell({i},{j}) too wide in {self.identity(30)}")
            else:
                v = ((v is not None and str(v)) or "").split("\n")
                t = (s.leading or 1.2 * s.fontsize) * len(v)
            t += s.bottomPadding + s.topPadding
            if t > h:
                h = t
        return h

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        # reportlab's `_drawCell` for a cell of paragraphs, valign TOP, without
        # wrapping them again: the one wrap at this width (when the row was
        # measured) left each one's lines and height on it
        colpos, rowpos = pos
        colwidth, rowheight = size
        width = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        if (
            type(cellval) is not _ExpandedCellTuple
            or not cellval
            or cellstyle.valign != "TOP"
            or cellstyle.alignment != "LEFT"
            or cellstyle.href
            or cellstyle.destination
            or not all(
                type(p) in _PARAGRAPHS
                and getattr(p, "blPara", None) is not None
                and p.width == width
                for p in cellval
            )
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if self._curcellstyle is not cellstyle:
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                self.canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        y = rowpos + rowheight - cellstyle.topPadding
        y += cellval[0].getSpaceBefore()
        x = colpos + cellstyle.leftPadding
        for p in cellval:
            y -= p.getSpaceBefore()
            y -= p.height
            p.drawOn(self.canv, x, y)
            y -= p.getSpaceAfter()
        _counts["drawn_fast"] += 1
