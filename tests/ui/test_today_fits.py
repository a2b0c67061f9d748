"""Today on a small screen with every note showing (the cloud-sync strip, the
reminder offer, the offer to fill in the months before, piece-work batches):
the view scrolls, nothing is squeezed. Found on the platform sample at
1280×760, where the status cards were drawn over each other and over the
"same as yesterday" buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from caseapp.ui.app import open_sample
from tests.ui.conftest import make_parts


def _rect(widget: QWidget, ancestor: QWidget):  # type: ignore[no-untyped-def]
    top_left = widget.mapTo(ancestor, widget.rect().topLeft())
    return widget.rect().translated(top_left)


@pytest.mark.parametrize("size", [(1280, 760), (1024, 700)])
def test_today_scrolls_and_nothing_overlaps(qtbot, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "OneDrive" / "caseapp", "zh")  # a synced folder
    window = parts.window
    try:
        open_sample(parts, name="platform")
        qtbot.waitUntil(lambda: parts.session.case is not None, timeout=60_000)
        window.show_view("today")
        window.resize(*size)
        window.show()
        today = window.views["today"]
        qtbot.waitUntil(lambda: today.rebuild_row.isVisible(), timeout=10_000)
        assert window.cloud_strip is not None and window.cloud_strip.isVisible()
        qtbot.wait(200)
        body = today.scroller.widget()
        shown = [
            *today.status_buttons.values(),
            today.same_button,
            today.week_button,
            today.rebuild_button,
            today.note,
            today.hours_input,
        ]
        for widget in shown:
            assert widget.isVisible(), widget
            hint = widget.minimumSizeHint()
            assert widget.height() >= hint.height(), (widget, widget.height(), hint)
            assert widget.width() >= hint.width(), (widget, widget.width(), hint)
        rects = [_rect(w, body) for w in shown]
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b), (a, b)
        # the whole content is taller than the window: it scrolls
        assert today.scroller.verticalScrollBar().maximum() > 0
    finally:
        parts.session.bridge.close()
