"""Monthly pay received against the contract wage and the legal floor, drawn
with QPainter: a bar per month (lighter and hatched where only the net is
known), a solid line for the contract wage, a dashed line for the minimum wage.
For hourly and piece work (`per_hour`) the bars are pay per hour, the lines
the agreed hourly wage and the hourly minimum wage."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseapp.domain.money import fmt_money
from caseapp.ui.pay_model import MonthPay

BAR = QColor("#0072B2")
BAR_NET = QColor("#8FBFE0")
CONTRACT = QColor("#202124")
FLOOR = QColor("#D55E00")
GRID = QColor("#E0E3E7")
TEXT = QColor("#3C4043")


class PayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthPay] = []
        self.per_hour = False
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Pay received each month"))

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def set_months(self, months: list[MonthPay], per_hour: bool = False) -> None:
        self.months = months
        self.per_hour = per_hour
        if per_hour:  # bars are pay per hour: say how many fall below the hourly minimum
            short = [m for m in months if m.floor is not None and m.received < m.floor]
            text = self.tr("%1 months shown; %2 months below the hourly minimum wage.")
        else:
            short = [m for m in months if m.contract is not None and m.received < m.contract]
            text = self.tr("%1 months shown; %2 months below the contract wage.")
        self.setAccessibleDescription(
            text.replace("%1", str(len(months))).replace("%2", str(len(short)))
        )
        self.update()

    def top_value(self) -> Decimal:
        values = [m.received for m in self.months]
        values += [m.contract for m in self.months if m.contract is not None]
        values += [m.floor for m in self.months if m.floor is not None]
        top = float(max(values, default=Decimal(0)))
        if top <= 0:
            return Decimal(1)
        step = nice_step(top / 4)
        return Decimal(str(math.ceil(top * 1.05 / step) * step))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        font = p.font()
        font.setPixelSize(12)
        p.setFont(font)
        metrics = p.fontMetrics()
        if not self.months:
            p.setPen(TEXT)
            empty = (
                self.tr("No hours logged yet. Log your hours on Today.")
                if self.per_hour
                else self.tr("No pay recorded yet. Add what reached your bank account.")
            )
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
            return
        legend_h = metrics.height() + 10
        left = metrics.horizontalAdvance("¥00,000") + 12
        plot = QRectF(left, legend_h + 6, self.width() - left - 12, 0)
        plot.setBottom(self.height() - metrics.height() - 10)
        top = float(self.top_value())

        def y(value: Decimal | float) -> float:
            return plot.bottom() - float(value) / top * plot.height()

        # grid and axis labels at round figures
        p.setPen(QPen(GRID, 1))
        tick = nice_step(top / 4.2)
        for i in range(int(top // tick) + 1):
            value = tick * i
            yy = y(value)
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(TEXT)
            text = "¥" + fmt_money(Decimal(round(value)))
            p.drawText(
                QRectF(0, yy - 8, left - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text.removesuffix(".00"),
            )
            p.setPen(QPen(GRID, 1))

        n = len(self.months)
        step = plot.width() / n
        bar_w = max(2.0, step * 0.6)
        label_every = max(1, int(metrics.horizontalAdvance("2025-01") * 1.3 // step) + 1)
        for i, m in enumerate(self.months):
            x = plot.left() + i * step + (step - bar_w) / 2
            rect = QRectF(x, y(m.received), bar_w, plot.bottom() - y(m.received))
            if m.net_only:
                p.fillRect(rect, BAR_NET)
                p.fillRect(rect, QBrush(BAR, Qt.BrushStyle.BDiagPattern))
            else:
                p.fillRect(rect, BAR)
            if i % label_every == 0:
                p.setPen(TEXT)
                p.drawText(
                    QRectF(plot.left() + i * step - 20, plot.bottom() + 4, step + 40, 16),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    m.month.strftime("%Y-%m"),
                )

        def line(values: list[Decimal | None], pen: QPen) -> None:
            p.setPen(pen)
            for i, v in enumerate(values):
                if v is None:
                    continue
                x0 = plot.left() + i * step
                p.drawLine(QPointF(x0, y(v)), QPointF(x0 + step, y(v)))
                nxt = values[i + 1] if i + 1 < len(values) else None
                if nxt is not None and nxt != v:
                    p.drawLine(QPointF(x0 + step, y(v)), QPointF(x0 + step, y(nxt)))

        line([m.contract for m in self.months], QPen(CONTRACT, 2))
        floor_pen = QPen(FLOOR, 2)
        floor_pen.setStyle(Qt.PenStyle.DashLine)
        line([m.floor for m in self.months], floor_pen)

        # legend
        x = plot.left()
        items = [
            (self.tr("Received (gross where known)"), BAR, None),
            (self.tr("Only the net known"), BAR_NET, None),
            (self.tr("Contract wage"), None, QPen(CONTRACT, 2)),
            (self.tr("Local minimum wage"), None, floor_pen),
        ]
        if self.per_hour:
            items = [
                (self.tr("Pay per hour (gross where known)"), BAR, None),
                (self.tr("Only the net known"), BAR_NET, None),
                (self.tr("Agreed hourly wage"), None, QPen(CONTRACT, 2)),
                (self.tr("Local hourly minimum wage"), None, floor_pen),
            ]
        for text, colour, pen in items:
            if colour is not None:
                p.fillRect(QRectF(x, 6, 14, 12), colour)
            elif pen is not None:
                p.setPen(pen)
                p.drawLine(QPointF(x, 12), QPointF(x + 14, 12))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 18, 6 + metrics.ascent()), text)
            x += 18 + metrics.horizontalAdvance(text) + 16
        p.end()


def nice_step(raw: float) -> float:
    """The round step (1, 2 or 5 × a power of ten) nearest above ``raw``."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)  # pragma: no cover
