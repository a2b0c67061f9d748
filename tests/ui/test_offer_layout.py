"""The exit-offer review and the art. 38 notice at 1366×768 in both
languages, on every tab: each dialog fits the screen, nothing is cut off at
the right (no horizontal scroll bar), every input has an accessible name —
the checks of test_layout_a11y.py; and again on a 2× high-DPI screen in a
subprocess (QT_SCALE_FACTOR=2), as test_layout_high_dpi.py does for the views."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from .conftest import make_parts
from .layout_check import assert_passes_at_2x
from .offer_case import demand, offer_case
from .test_layout_a11y import _cut_off, _unnamed


def _problems(qtbot, dialog: QWidget, tabs) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        found: list[str] = []
        for _ in range(20):  # lays out over a few event-loop turns
            qtbot.wait(50)
            found = _cut_off(dialog) + [f"no accessible name: {u}" for u in _unnamed(dialog)]
            if not found:
                break
        out += [f"tab {i}: {p}" for p in found]
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_offer_and_notice_fit_and_are_named(qtbot, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        today = dt.date.today()
        offer_case(qtbot, parts, today)
        parts.session.save_record(demand(today))
        qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
        window.open_offer_review()
        offer = window.offer_dialog
        panel = offer.panel
        qtbot.waitUntil(lambda: bool(panel.review and panel.review.entitlements), timeout=30_000)
        panel.amount.setText("20000")
        for box in panel.clause_boxes.values():
            box.setChecked(True)  # every clause row shown: the longest table
        assert offer.width() <= 1366 and offer.height() <= 768
        problems = _problems(qtbot, offer, panel.tabs)
        offer.close()
        window.open_art38_notice()
        notice = window.notice_dialog
        qtbot.waitUntil(lambda: notice.panel.drafted(), timeout=30_000)
        assert notice.width() <= 1366 and notice.height() <= 768
        problems += _problems(qtbot, notice, notice.panel.tabs)
        notice.close()
        window.show_view("help")
        help_view = window.views["help"]
        for panel_ in (help_view.offer_panel, help_view.notice_panel):
            help_view.tabs.setCurrentWidget(panel_)
            found: list[str] = []
            for _ in range(20):  # the view built just now lays out over a few turns
                qtbot.wait(50)
                found = _cut_off(help_view)
                if not found:
                    break
            problems += [f"help: {p}" for p in found]
        assert not problems, problems
    finally:
        parts.session.bridge.close()


def test_offer_and_notice_on_a_high_dpi_screen() -> None:
    assert_passes_at_2x("tests/ui/test_offer_layout.py", "fit_and", " passed", timeout=600)
