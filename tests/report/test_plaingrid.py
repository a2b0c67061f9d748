"""Long grid tables measured once per width (caseapp.report.plaingrid): the
same tables as reportlab's `Table` (the same sizes, the same split points,
the header repeated, the zebra rows kept after a split, the same PDF bytes),
each cell wrapped once per width, and reportlab's `Table` kept where a row
may split or a cell's height is not a function of its width."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from caseapp.report import blocks, plaingrid
from caseapp.report.blocks import PLAIN_GRIDS, SPLIT_ROWS, grid, para, rich
from caseapp.report.fonts import register
from caseapp.report.layout import FRAME_H, FRAME_W, make_styles
from caseapp.report.plaingrid import PlainGrid, one_cell_style
from tests.report.conftest import render
from tests.report.fixtures import rules_findings, sample_case

WIDTHS = [40.0, 120.0, 70.0, FRAME_W - 230.0]
HEADER = ["序号", "证据名称", "来源", "证明目的"]


def _rows(n: int) -> list[list[Any]]:
    """Rows of one to five lines (a long purpose every seventh row)."""
    texts = [
        "微信聊天记录截图",
        "2025-03-17 至 2025-04-16，共 31 天",
        "这期间应按劳动合同约定的工资支付（月工资 14000.00 元 × 1）。" * 3,
        "Overtime on a rest day, paid in lieu of leave",
    ]
    return [
        [str(i + 1), texts[i % 4], texts[(i + 1) % 4][:12], texts[(i * 3) % 4] * (1 + i % 7 // 6)]
        for i in range(n)
    ]


@contextmanager
def _plain(on: bool) -> Iterator[None]:
    token = PLAIN_GRIDS.set(on)
    try:
        yield
    finally:
        PLAIN_GRIDS.reset(token)


def _grid(rows: list[list[Any]], *, plain: bool, zebra: bool = True) -> list[Any]:
    register()
    with _plain(plain):
        return grid(make_styles("zh"), HEADER, rows, WIDTHS, zebra=zebra)


def _texts(table: Table) -> list[str]:
    out = []
    for row in table._cellvalues:
        cell = row[0]
        cell = cell[0] if isinstance(cell, list | tuple) else cell
        out.append(cell.getPlainText())
    return out


def _flow(table: Table, heights: list[float]) -> list[dict[str, Any]]:
    """Lay a table into frames of these heights (the last repeated), as a
    frame does: wrap, place it if it fits, else split it and place the first
    part. What each placed part is: its size, rows, heights, commands."""
    placed: list[dict[str, Any]] = []
    pending = [table]
    k = 0
    while pending:
        avail = heights[min(k, len(heights) - 1)]
        t = pending.pop(0)
        w, h = t.wrap(FRAME_W, avail)
        if h <= avail:
            placed.append(
                {
                    "frame": k,
                    "size": (w, h),
                    "texts": _texts(t),
                    "heights": list(t._rowHeights),
                    "positions": list(t._rowpositions),
                    "lines": list(t._linecmds),
                    "backgrounds": [(c[0], c[1], c[2], str(c[3])) for c in t._bkgrndcmds],
                }
            )
            k += 1
            continue
        parts = t.split(FRAME_W, avail)
        if not parts:  # nothing fits here: the next frame
            k += 1
            pending.insert(0, t)
            assert k < 200
            continue
        first, *rest = parts
        pending[:0] = [first, *rest]
        placed.append({"frame": k, "split": (w, h, len(parts))})
    return placed


def _both(rows: list[list[Any]], heights: list[float]) -> list[list[dict[str, Any]]]:
    plain = _grid(rows, plain=True)
    table = _grid(rows, plain=False)
    assert all(type(t) is PlainGrid for t in plain)
    assert all(type(t) is Table for t in table)
    a = [_flow(t, heights) for t in plain]
    b = [_flow(t, heights) for t in table]
    assert a == b
    return a


@pytest.mark.parametrize("n", [0, 1, 2, 57, 301])
@pytest.mark.parametrize("first", [FRAME_H, FRAME_H / 3, 40.0, 10.0])
def test_the_same_sizes_and_split_points_as_reportlabs_table(n: int, first: float) -> None:
    flows = _both(_rows(n), [first, FRAME_H])
    assert len(flows) == (max(n, 1) + blocks.CHUNK - 1) // blocks.CHUNK
    body = [t for flow in flows for part in flow if "texts" in part for t in part["texts"][1:]]
    assert body == ([str(i + 1) for i in range(n)] or ["—"])  # every row once, in order


def test_a_row_that_ends_exactly_at_the_frame_bottom_stays_on_the_page() -> None:
    rows = _rows(40)
    table = _grid(rows, plain=False)[0]
    table.wrap(FRAME_W, FRAME_H)
    heights = table._rowHeights
    exact = sum(heights[:13])  # the header and twelve rows
    for avail in (exact, exact - 0.01, exact + 0.01):
        flow = _both(rows, [avail, FRAME_H])[0]
        first = next(p for p in flow if "texts" in p)
        fits = 12 if avail >= exact else 11
        assert first["texts"][1:] == [str(i + 1) for i in range(fits)], avail


def test_the_header_is_repeated_and_the_zebra_rows_kept_on_every_page() -> None:
    flow = _both(_rows(120), [FRAME_H / 2, FRAME_H / 3])[0]
    parts = [p for p in flow if "texts" in p]
    assert len(parts) > 3
    for part in parts:
        assert part["texts"][0] == "序号"
        shaded = {
            c[1][1]
            for c in part["backgrounds"]
            if c[1][1] != 0 and c[1][1] == c[2][1] and c[3] != str(None)
        }
        # the grey background follows the row: every even row of the table
        # (numbered from 1 under the header), whichever part it lands in
        numbers = [int(t) for t in part["texts"][1:]]
        assert {r for r, n in enumerate(numbers, start=1) if n % 2 == 0} == shaded
        assert part["backgrounds"][0][1:3] == ((0, 0), (-1, 0))  # the dark header


def _mixed(n: int) -> list[list[Any]]:
    """Rows with markup and with cells of several paragraphs (the evidence list's)."""
    register()
    st = make_styles("zh")
    return [
        [
            rich(f"<b>{i + 1}</b>", st.cell),
            [para(f"截图 {k + 1}", st.cell) for k in range(i % 4)],
            para("a3f9" * 16, st.mono),
            rich("与……<font color='#D55E00'>不一致</font>：" * (1 + i % 3), st.cell),
        ]
        for i in range(n)
    ]


def test_the_pdf_is_the_bytes_reportlabs_table_writes() -> None:
    def pdf(plain: bool) -> bytes:
        story: list[Any] = []
        for n, gap in ((1, 0), (0, 300), (57, 500), (310, 120), (40, 640)):
            story.append(Spacer(1, gap))
            story += _grid(_rows(n), plain=plain, zebra=n != 57)
            story += _grid(_mixed(n), plain=plain)
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
        return out.getvalue()

    fast, slow = pdf(True), pdf(False)
    assert len(PdfReader(io.BytesIO(slow)).pages) > 10
    assert fast == slow


def _count_wraps(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[int, float], int]:
    seen: dict[tuple[int, float], int] = {}
    wrap = Paragraph.wrap

    def counted(self: Paragraph, availWidth: float, availHeight: float) -> Any:
        key = (id(self), availWidth)
        seen[key] = seen.get(key, 0) + 1
        return wrap(self, availWidth, availHeight)

    monkeypatch.setattr(Paragraph, "wrap", counted)
    return seen


def _lay_out(tables: list[Any]) -> None:
    SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1).build(
        [Spacer(1, 200), *tables]  # the first part starts low on its page
    )


def test_each_cell_is_wrapped_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _rows(620)
    tables = _grid(rows, plain=True)
    cells = {id(p) for t in tables for row in t._cellvalues for p in row}
    seen = _count_wraps(monkeypatch)
    before = plaingrid.counts()
    _lay_out(tables)
    after = plaingrid.counts()
    assert {key[0] for key in seen} == cells  # every cell measured
    assert max(seen.values()) == 1  # once: measuring, splitting and drawing share it
    # one measure per row: the three chunks share the header row
    assert after["measured"] - before["measured"] == 620 + 1
    assert after["drawn_fast"] - before["drawn_fast"] > 4 * 620  # plus the repeated headers

    # reportlab's Table wraps the same cells again on every measure and draw
    seen.clear()
    _lay_out(_grid(rows, plain=False))
    assert max(seen.values()) >= 3
    assert sum(seen.values()) > 3 * 4 * 620


def test_tables_that_may_split_inside_a_row_or_hold_other_flowables_stay_reportlabs() -> None:
    st = make_styles("zh")
    register()
    rows = _rows(3)
    assert all(type(t) is PlainGrid for t in grid(st, HEADER, rows, WIDTHS))
    # markup paragraphs and lists of paragraphs: heights that depend on the width only
    marked = [[rich("<b>1</b>", st.cell), [para("a", st.cell), para("b", st.cell)], "x", ""]]
    assert type(grid(st, HEADER, marked, WIDTHS)[0]) is PlainGrid
    assert type(grid(st, HEADER, rows, WIDTHS, split_in_row=True)[0]) is Table
    other = [["1", Spacer(1, 20), "x", "y"]]
    assert type(grid(st, HEADER, other, WIDTHS)[0]) is Table
    token = SPLIT_ROWS.set(True)
    try:
        assert type(grid(st, HEADER, rows, WIDTHS)[0]) is Table
    finally:
        SPLIT_ROWS.reset(token)
    # one cell style for all cells only when every cell command covers the table
    found = one_cell_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 1)])
    assert found is not None
    assert found[0].valign == "TOP"
    assert found[1] == [("GRID", (0, 0), (-1, -1), 1)]
    assert one_cell_style([("VALIGN", (0, 1), (-1, -1), "TOP")]) is None


def _report(tmp_path: Path, plain: bool, lang: str) -> bytes:
    case, lookup = sample_case(tmp_path)
    out = tmp_path / f"r-{plain}-{lang}.pdf"
    with _plain(plain):
        render(case, rules_findings(case), out, lookup, lang=lang)
    return out.read_bytes()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sample_report_is_the_same_bytes(tmp_path: Path, lang: str) -> None:
    before = plaingrid.counts()
    fast = _report(tmp_path, True, lang)
    after = plaingrid.counts()
    assert after["drawn_fast"] - before["drawn_fast"] > 200
    assert fast == _report(tmp_path, False, lang)
