"""Small building blocks: paragraphs from trusted catalogue text or user text,
and grid tables that split across pages with the header row repeated.

Long tables are emitted in chunks (one reportlab Table per CHUNK rows, each
repeating the header): one Table of 30,000 rows took 49 s, 500-row chunks 17 s.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from contextvars import ContextVar
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

from caseapp.report.celldraw import PlainParagraph
from caseapp.report.fonts import FONT, plain, safe
from caseapp.report.layout import FRAME_H, GREY, GRID, INK, LIGHT, Styles
from caseapp.report.plaingrid import Memo, PlainGrid, one_cell_style, plain_cells

CHUNK = 300
# A row taller than this cannot sit below a heading and a header row on a page:
# such a table may split inside the row instead of failing the layout.
TALL_ROW_H = FRAME_H - 120
# Below this many characters a cell cannot fill a page at any column width the
# report uses (about 4 characters a line in a 40 pt column, 60 lines a page).
_SHORT_CELL = 200
# Set for a second layout after one failed (build.py): every table may then
# split inside a row. A context variable, so concurrent builds don't share it.
SPLIT_ROWS: ContextVar[bool] = ContextVar("split_rows", default=False)
# Long tables as `PlainGrid`s where they can be (False: reportlab's `Table`
# throughout, for the tests that compare both).
PLAIN_GRIDS: ContextVar[bool] = ContextVar("plain_grids", default=True)

Cell = Any  # a str (made a paragraph) or a reportlab Flowable


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CJK_STYLES: dict[int, ParagraphStyle] = {}


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (any source): escaped and glyph-checked.
    Chinese inside an English paragraph (a worker's title, a law's name)
    wraps by character with the CJK rules, not only at spaces."""
    if style.wordWrap is None and _CJK.search(text):
        style = _cjk_style(style)
    return plain_paragraph(safe(text), style)


# text that reportlab's whitespace cleaning (`cleanBlockQuotedText`) leaves as it is:
# no whitespace but single spaces between other characters
_CLEAN = re.compile(r"(?:[^\s]+(?: [^\s]+)*)?")
# per style: (the style, the frag reportlab's parser makes for text without markup)
_PLAIN_FRAGS: dict[int, tuple[ParagraphStyle, Any]] = {}


def plain_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """`Paragraph(markup, style)`, without reportlab's markup parser when the
    text holds no markup (no tag, no entity: most table cells). The parser
    would make one frag, a copy of the style's, holding the text after its
    whitespace is cleaned; that frag is made here from the one the parser made
    once for the style, so the paragraph is the same (10,500 cells of the
    3-year case: the parse was 11 % of the build)."""
    if "<" in markup or "&" in markup or ">" in markup:
        return Paragraph(markup, style)
    text = markup if _CLEAN.fullmatch(markup) else cleanBlockQuotedText(markup)
    if not text:
        return Paragraph(markup, style)
    found = _PLAIN_FRAGS.get(id(style))
    if found is None or found[0] is not style:
        probe = Paragraph("x", style)
        if len(probe.frags) != 1 or probe.style is not style or probe.bulletText:
            return Paragraph(markup, style)
        if len(_PLAIN_FRAGS) > 256:  # styles are made per build: keep the cache small
            _PLAIN_FRAGS.clear()
        found = _PLAIN_FRAGS[id(style)] = (style, probe.frags[0])
    frag = copy.copy(found[1])
    frag.text = text
    frags = [frag]
    textTransformFrags(frags, style)
    return PlainParagraph(text, style, frags=frags)


def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    found = _CJK_STYLES.get(id(style))
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
        if len(_CJK_STYLES) > 256:  # styles are made per build: keep the cache small
            _CJK_STYLES.clear()
        _CJK_STYLES[id(style)] = found
    return found


def rich(markup: str, style: object) -> Paragraph:
    """A paragraph whose markup the report itself built (parts already escaped)."""
    return Paragraph(markup, style)


def _text_len(cell: Cell) -> int:
    """Characters in a cell, a line break counted as a line's worth of them."""
    if isinstance(cell, list | tuple):
        return sum(_text_len(c) for c in cell)
    # a character the font lacks prints as its code point, "〔U+1F600〕"
    text = plain(cell) if isinstance(cell, str) else getattr(cell, "text", "") or ""
    breaks = text.count("\n") + text.count("<br/>")
    return len(text) + breaks * _SHORT_CELL // 20


def _height(cell: Cell, width: float) -> float:
    flows = cell if isinstance(cell, list | tuple) else [cell]
    total = 0.0
    for f in flows:
        if isinstance(f, Flowable):
            total += f.wrap(width, FRAME_H)[1]
    return total


def too_tall(rows: Sequence[Sequence[Cell]], widths: Sequence[float]) -> bool:
    """Whether a row would be taller than a page can hold: measured only for
    rows with a long cell, so ordinary tables cost nothing."""
    if SPLIT_ROWS.get():
        return True
    for row in rows:
        if not any(_text_len(cell) > _SHORT_CELL for cell in row):
            continue
        for cell, width in zip(row, widths, strict=False):
            if _text_len(cell) > _SHORT_CELL and _height(cell, width - 6) > TALL_ROW_H:
                return True
    return False


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def grid(
    st: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    zebra: bool = True,
    split_in_row: bool | None = None,
) -> list[Flowable]:
    """A grid table; plain-string cells become wrapping paragraphs.
    `split_in_row`: a row taller than a page is split inside its cells
    (reportlab's `splitInRow`) instead of failing the layout; None decides
    from the rows (ordinary rows stay whole)."""
    head = [para(h, st.cell_head) for h in header]
    body = [[para(c, st.cell) if isinstance(c, str) else c for c in row] for row in rows]
    out: list[Flowable] = []
    if not body:
        body = [[para("—", st.cell)] + [para("", st.cell) for _ in header[1:]]]
    memo: Memo = {}  # the row heights of the chunks' PlainGrids
    for k in range(0, len(body), CHUNK):
        chunk = body[k : k + CHUNK]
        split = too_tall(chunk, widths) if split_in_row is None else split_in_row
        # rows measured once per width when nothing can split inside a row
        # and every cell's height is a function of the width (plaingrid.py)
        data = [head, *chunk]
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3A3A3A")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if zebra:
            for r in range(2, len(chunk) + 1, 2):
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F4F4F4")))
        kw: dict[str, Any] = {"colWidths": list(widths), "repeatRows": 1, "splitByRow": 1}
        shared = one_cell_style(style)
        if PLAIN_GRIDS.get() and not split and shared is not None and plain_cells(data):
            cell_style, style = shared
            table = PlainGrid(
                data,
                memo=memo,
                # the rows as given (reportlab would copy them; it changes
                # nothing in a flowable), so the chunks share the header row
                normalizedData=1,
                cellStyles=[[cell_style] * len(widths)] * len(data),
                **kw,
            )
        else:
            table = Table(data, splitInRow=int(split), **kw)
        table.setStyle(TableStyle(style))
        out.append(table)
    return out


def fields(st: Styles, rows: Sequence[tuple[str, Cell]], widths: Sequence[float]) -> Table:
    """A two-column label/value table."""
    data = [[para(k, st.cell), para(v, st.cell) if isinstance(v, str) else v] for k, v in rows]
    table = Table(
        data, colWidths=list(widths), splitByRow=1, splitInRow=int(too_tall(data, widths))
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (0, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def boxed(flowables: list[Flowable], width: float, *, colour: object = GREY) -> Table:
    table = Table(
        [[flowables]], colWidths=[width], splitInRow=int(too_tall([[flowables]], [width - 12]))
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
