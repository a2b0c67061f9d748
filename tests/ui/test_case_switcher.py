"""The case switcher (issue 13, item 8): the highlighted item of its open list
is readable (it was white on white: the top bar's unscoped background), and a
long case name is elided with "…", the full name in the tooltip."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QImage

from tests.casework.helpers import sample_info

from .conftest import open_new_case

LONG = "李青诉某某人力资源有限公司与某某科技有限公司待岗工资、经济补偿金及未休年休假工资争议一案"


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _row_contrast(image: QImage) -> float:
    """The contrast between the row's background (its most common colour)
    and its most different pixel (the text)."""
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.__getitem__))
    return max(_contrast(background, QColor.fromRgb(rgb)) for rgb in counts)


def test_highlighted_case_is_readable_and_long_names_elide(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts, dataclasses.replace(sample_info(), title=LONG))
    open_new_case(qtbot, parts, dataclasses.replace(sample_info(), title="第二个案件"))
    switcher = parts.window.switcher
    qtbot.waitUntil(lambda: switcher.count() == 3, timeout=10_000)  # two cases and "new case…"
    index = switcher.findText(LONG)
    switcher.setCurrentIndex(index)
    switcher.update_tooltip()

    # elided with an ellipsis, the whole name in the tooltips
    assert switcher.shown_text().endswith("…")
    assert switcher.shown_text() != LONG
    assert switcher.toolTip() == LONG
    assert switcher.itemData(index, 3) == LONG  # Qt.ToolTipRole
    assert switcher.width() <= 420

    # the open list: the highlighted row has readable text on its background
    switcher.showPopup()
    view = switcher.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    for row in range(switcher.count()):
        view.setCurrentIndex(view.model().index(row, 0, QModelIndex()))
        rect = view.visualRect(view.currentIndex())
        image = view.viewport().grab(rect).toImage()
        image.save(str(tmp_path / f"row{row}.png"))
        assert _row_contrast(image) >= 4.5, row  # WCAG AA for text
    switcher.hidePopup()
