"""The reconstruction wizard within reach from 今日: right after creating a
case, when more days are unlogged than catch-up covers; and not when the
recent months are logged (the rule itself, few records included:
tests/casework/test_daylogic.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.casework import daylogic
from caseapp.domain.model import Day
from caseapp.domain.vocab import ContractKind, DayStatus
from caseapp.ui.wizard import ReconstructWizard
from tests.ui.conftest import open_new_case, sample_info
from tests.ui.test_create_case import _fill


def _days(start: dt.date, end: dt.date) -> list[Day]:
    out, day = [], start
    while day <= end:
        out.append(Day(date=day, status=DayStatus.STANDBY))
        day += dt.timedelta(days=1)
    return out


def test_offered_right_after_creating_a_case(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    window = parts.window
    window.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome, timeout=10_000)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    form = window.create_form
    _fill(form, start=(dt.date.today() - dt.timedelta(days=3)).isoformat())  # a new job
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=10_000)
    today = window.views["today"]
    assert window.current_view() == "today"
    # a contract that began three days ago needs no wizard — but a new case is asked
    assert not daylogic.offer_reconstruction(parts.session.case, today.today)
    qtbot.waitUntil(today.rebuild_row.isVisible, timeout=5_000)
    assert "你是从什么时候开始被待岗的" in today.rebuild_label.text()
    assert today.rebuild_button.text() == "补记之前的几个月"
    qtbot.mouseClick(today.rebuild_button, Qt.MouseButton.LeftButton)
    assert isinstance(today.wizard, ReconstructWizard)
    qtbot.waitUntil(today.wizard.isVisible, timeout=5_000)
    today.wizard.reject()


def test_offered_when_catch_up_does_not_cover_it(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    now = dt.date.today()
    info = sample_info(now - dt.timedelta(days=400))
    open_new_case(qtbot, parts, info)
    today = parts.window.views["today"]
    assert today.rebuild_row.isVisible()  # nothing logged in a case a year old
    assert "补上" in today.rebuild_label.text()

    # a few days logged four months ago: more unlogged days than catch-up covers
    old = now - dt.timedelta(days=120)
    done: list[bool] = []
    parts.session.set_days(_days(old, old + dt.timedelta(days=30)), done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert today.rebuild_row.isVisible()

    # the recent months logged: no offer
    parts.session.set_days(
        _days(now - dt.timedelta(days=90), now - dt.timedelta(days=1)),
        done=lambda: done.append(True),
    )
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    assert not today.rebuild_row.isVisible()
    qtbot.mouseClick(today.status_buttons[DayStatus.STANDBY], Qt.MouseButton.LeftButton)
    assert not today.rebuild_row.isVisible()
