"""Pictures: a month-by-month calendar of day statuses with incidents marked,
and monthly pay received against the contract wage and the legal floor.

Colours follow design-ui.md (Okabe–Ito); each status also prints a glyph, so
the calendar still reads on a grey printer.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from caseapp.domain.model import Case
from caseapp.domain.palette import DAY_STATUS
from caseapp.domain.vocab import DayStatus
from caseapp.report.figures import PayMonth, months
from caseapp.report.fonts import FONT
from caseapp.report.layout import BLUE, FRAME_W, GREY, INK, VERMILION
from caseapp.report.words import Words


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose text defaults to the embedded font (never Helvetica)."""
    return Drawing(width, height, initialFontName=FONT)


GREEN = colors.HexColor("#009E73")

# How each line of the pay chart is drawn, in the plot and in its legend
# (colour, width, dash pattern).
PAY_LINES: dict[str, tuple[colors.Color, float, list[float] | None]] = {
    "contract": (BLUE, 1.4, None),
    "due": (GREEN, 1.4, [1, 1.5]),
    "floor": (VERMILION, 1.2, [3, 2]),
}


def _pay_line(kind: str, x0: float, x1: float, y: float) -> Line:
    colour, width, dash = PAY_LINES[kind]
    dash_array = None if dash is None else list(dash)
    return Line(x0, y, x1, y, strokeColor=colour, strokeWidth=width, strokeDashArray=dash_array)


STATUS_COLOURS: dict[DayStatus, str] = {s: c.fill for s, c in DAY_STATUS.items()}
# Statuses whose glyph is printed white (the others in INK). Not the palette's
# text colour: standby on site and sick differ, and the PDF stays as it was.
DARK = frozenset({DayStatus.WORKING, DayStatus.STANDBY_ONSITE, DayStatus.ABSENT, DayStatus.SICK})

CELL_W, CELL_H = 15.0, 11.5
MONTH_GAP = 11.0
PER_ROW = 4


class CalendarRow(Flowable):  # type: ignore[misc]
    """A row of up to four months, drawn straight onto the canvas.

    It was a reportlab `Drawing` of shapes (a `Rect` and a `String` a day,
    each validating its attributes as it is made, then walked by renderPDF):
    130 ms for three years of days, a quarter of a second at ten. Here each
    month is a few tuples and the drawing is the canvas calls renderPDF made
    for those shapes (the same geometry, colours, fonts and order)."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        # ("text", x, y, text, size, colour, centred) | ("day", x, y, colour or None)
        self.items: list[tuple[Any, ...]] = []
        self.marks: list[tuple[float, float]] = []  # incident days: the cell's (x, y)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        white = colors.white
        for item in self.items:
            if item[0] == "text":
                _, x, y, text, size, colour, centred = item
                canv.setFont(FONT, size)
                canv.setFillColor(colour)
                if centred:
                    canv.drawCentredString(x, y, text)
                else:
                    canv.drawString(x, y, text)
            else:
                _, x, y, fill = item
                if fill is None:  # not logged: a white cell with a dotted outline
                    canv.setStrokeColor(GREY)
                    canv.setLineWidth(0.3)
                    canv.setDash([1, 1])
                    canv.setFillColor(white)
                    canv.rect(x + 0.5, y + 0.5, CELL_W - 1, CELL_H - 1, stroke=1, fill=1)
                    canv.setDash([])
                else:
                    canv.setFillColor(fill)
                    canv.rect(x + 0.5, y + 0.5, CELL_W - 1, CELL_H - 1, stroke=0, fill=1)
        for x, y in self.marks:  # a dark corner triangle, outlined in white
            path = canv.beginPath()
            path.moveTo(x + CELL_W - 6, y + CELL_H - 0.5)
            path.lineTo(x + CELL_W - 0.5, y + CELL_H - 0.5)
            path.lineTo(x + CELL_W - 0.5, y + CELL_H - 6)
            path.close()
            canv.setFillColor(INK)
            canv.setStrokeColor(white)
            canv.setLineWidth(0.3)
            canv.drawPath(path, stroke=1, fill=1)
        canv.restoreState()


_FILLS: dict[DayStatus, colors.Color] = {s: colors.HexColor(c) for s, c in STATUS_COLOURS.items()}


def _month_block(
    d: CalendarRow,
    x0: float,
    top: float,
    month: dt.date,
    w: Words,
    status: dict[dt.date, DayStatus],
    incidents: set[dt.date],
) -> None:
    items = d.items
    items.append(
        ("text", x0, top - 9, w("cal.month", year=month.year, month=month.month), 8, INK, False)
    )
    heads = w("cal.weekdays").split(",")
    for i, head in enumerate(heads):
        items.append(("text", x0 + i * CELL_W + CELL_W / 2, top - 19, head, 5.5, GREY, True))
    glyphs = {st: w(f"glyph.{st.value}") for st in DayStatus}
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    for r, week in enumerate(weeks):
        for c, day in enumerate(week):
            if day.month != month.month:
                continue
            x = x0 + c * CELL_W
            y = top - 22 - (r + 1) * CELL_H
            st = status.get(day)
            if st is None:
                items.append(("day", x, y, None))
                items.append(("text", x + CELL_W / 2, y + 3.2, str(day.day), 5, GREY, True))
            else:
                items.append(("day", x, y, _FILLS[st]))
                ink = colors.white if st in DARK else INK
                items.append(("text", x + CELL_W / 2, y + 3, glyphs[st], 6.5, ink, True))
            if day in incidents:
                d.marks.append((x, y))


def calendar_rows(case: Case, w: Words, start: dt.date, end: dt.date) -> list[CalendarRow]:
    """One row of four months (so rows flow across pages)."""
    status = {d.date: d.status for d in case.days}
    incidents = {i.date for i in case.incidents}
    all_months = months(start, end)
    block_h = 22 + 6 * CELL_H + 8
    rows: list[CalendarRow] = []
    for k in range(0, len(all_months), PER_ROW):
        d = CalendarRow(FRAME_W, block_h)
        for j, month in enumerate(all_months[k : k + PER_ROW]):
            _month_block(d, j * (7 * CELL_W + MONTH_GAP), block_h, month, w, status, incidents)
        rows.append(d)
    return rows


def calendar_legend(w: Words) -> Drawing:
    items = [*DayStatus]
    per_line = 3
    lines = (len(items) + 1 + per_line - 1) // per_line
    d = _drawing(FRAME_W, lines * 14 + 2)
    col_w = FRAME_W / per_line
    entries: list[tuple[str | None, str, str]] = [
        (STATUS_COLOURS[s], w(f"glyph.{s.value}"), w.label("day_status", s.value)) for s in items
    ]
    entries.append((None, "", w("cal.not_logged")))
    for n, (colour, glyph, text) in enumerate(entries):
        x = (n % per_line) * col_w
        y = d.height - 12 - (n // per_line) * 14
        if colour is None:
            d.add(
                Rect(
                    x,
                    y,
                    CELL_W - 1,
                    CELL_H - 1,
                    fillColor=colors.white,
                    strokeColor=GREY,
                    strokeWidth=0.3,
                    strokeDashArray=[1, 1],
                )
            )
        else:
            d.add(
                Rect(
                    x,
                    y,
                    CELL_W - 1,
                    CELL_H - 1,
                    fillColor=colors.HexColor(colour),
                    strokeColor=None,
                )
            )
            st = items[n]
            ink = colors.white if st in DARK else INK
            d.add(
                String(
                    x + CELL_W / 2 - 0.5,
                    y + 2.5,
                    glyph,
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=ink,
                    textAnchor="middle",
                )
            )
        d.add(String(x + CELL_W + 3, y + 2, text, fontName=FONT, fontSize=7.5, fillColor=INK))
    return d


def incident_legend(w: Words) -> Drawing:
    d = _drawing(FRAME_W, 14)
    d.add(
        Rect(
            0, 1, CELL_W - 1, CELL_H - 1, fillColor=colors.white, strokeColor=GREY, strokeWidth=0.3
        )
    )
    x = CELL_W - 1
    d.add(
        Polygon(
            [x - 5.5, 1 + CELL_H - 1, x, 1 + CELL_H - 1, x, 1 + CELL_H - 6.5],
            fillColor=INK,
            strokeColor=None,
        )
    )
    d.add(String(CELL_W + 3, 3, w("cal.incident"), fontName=FONT, fontSize=7.5, fillColor=INK))
    return d


def _nice_max(values: Iterable[Decimal]) -> float:
    top = max([float(v) for v in values] + [1.0])
    step = 10 ** (len(str(int(top))) - 1)
    return float((int(top / step) + 1) * step)


def pay_chart(pay: list[PayMonth], w: Words, per_hour: bool = False) -> Drawing:
    """Bars: pay received; solid line: contract wage; dotted: due at least
    under the rules; dashed: the local minimum wage. ``per_hour`` (hourly and
    piece work): the same per hour — bars received per hour logged, the agreed
    hourly wage (when there is one), the hourly minimum wage."""
    height = 200.0
    left, bottom, right, top_pad = 44.0, 34.0, 6.0, 10.0
    d = _drawing(FRAME_W, height)
    if not pay:
        return d
    plot_w = FRAME_W - left - right
    plot_h = height - bottom - top_pad
    values = [p.contract for p in pay] + [p.received for p in pay if p.received is not None]
    values += [p.floor for p in pay if p.floor is not None]
    values += [p.due for p in pay if p.due is not None]
    ymax = _nice_max(values)

    def y(v: Decimal | float) -> float:
        return bottom + plot_h * float(v) / ymax

    for k in range(5):
        v = ymax * k / 4
        d.add(
            Line(
                left,
                y(v),
                left + plot_w,
                y(v),
                strokeColor=colors.HexColor("#D0D0D0"),
                strokeWidth=0.3,
            )
        )
        d.add(
            String(
                left - 3,
                y(v) - 2.5,
                f"{v:,.2f}" if per_hour and ymax < 100 else f"{v:,.0f}",
                fontName=FONT,
                fontSize=6.5,
                fillColor=GREY,
                textAnchor="end",
            )
        )
    slot = plot_w / len(pay)
    bar = min(slot * 0.6, 18)
    label_every = max(1, len(pay) // 18 + (1 if len(pay) > 18 else 0))
    for i, p in enumerate(pay):
        x = left + i * slot
        if p.received is not None:
            d.add(
                Rect(
                    x + (slot - bar) / 2,
                    bottom,
                    bar,
                    max(0.0, y(p.received) - bottom),
                    fillColor=colors.HexColor("#7F7F7F"),
                    strokeColor=INK,
                    strokeWidth=0.3,
                )
            )
        else:
            d.add(
                String(
                    x + slot / 2,
                    bottom + 2,
                    "?",
                    fontName=FONT,
                    fontSize=7,
                    fillColor=GREY,
                    textAnchor="middle",
                )
            )
        if p.contract > 0 or not per_hour:
            d.add(_pay_line("contract", x, x + slot, y(p.contract)))
        if p.floor is not None:
            d.add(_pay_line("floor", x, x + slot, y(p.floor)))
        if p.due is not None:
            d.add(_pay_line("due", x, x + slot, y(p.due)))
        if i % label_every == 0:
            d.add(
                String(
                    x + slot / 2,
                    bottom - 10,
                    p.month.strftime("%m"),
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
            if i == 0 or p.month.month == 1 or i < label_every:
                d.add(
                    String(
                        x + slot / 2,
                        bottom - 19,
                        str(p.month.year),
                        fontName=FONT,
                        fontSize=6.5,
                        fillColor=GREY,
                        textAnchor="middle",
                    )
                )
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.5))
    # legend
    step = plot_w / 4
    lx = left
    d.add(
        Rect(lx, 3, 10, 7, fillColor=colors.HexColor("#7F7F7F"), strokeColor=INK, strokeWidth=0.3)
    )
    suffix = "_hour" if per_hour else ""
    received_label = w(f"chart.received{suffix}")
    d.add(String(lx + 13, 3.5, received_label, fontName=FONT, fontSize=7.5, fillColor=INK))
    kinds: tuple[str, ...] = ("contract", "due", "floor")
    if per_hour:  # no "due" line; the agreed wage only when there is one
        kinds = ("contract", "floor") if any(p.contract > 0 for p in pay) else ("floor",)
    for kind in kinds:
        lx += step
        d.add(_pay_line(kind, lx, lx + 12, 6.5))
        label = w(f"chart.{kind}{suffix}")
        d.add(String(lx + 15, 3.5, label, fontName=FONT, fontSize=7.5, fillColor=INK))
    return d
