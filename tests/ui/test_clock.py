"""One clock for the app (issue 13, item 5): Today, the calendar, the report's
default date and the findings' as-of date move to the new day at midnight in
the case's time zone. The time source is our own ``SetTime`` (a real object
that stays where it is put), not the computer's clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from caseapp.domain.model import DEFAULT_TIME_ZONE
from caseapp.domain.vocab import DayStatus
from caseapp.ui.clock import SetTime

from .conftest import open_new_case, run, wait_saved

ZONE = ZoneInfo(DEFAULT_TIME_ZONE)  # the sample case's zone (Asia/Shanghai)


def _days(qtbot, parts, case_id: str) -> dict[dt.date, DayStatus]:  # type: ignore[no-untyped-def]
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    return {d.date: d.status for d in case.days}


def test_pressing_1_after_midnight_logs_the_new_day(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    clock = parts.session.clock
    # half a second before midnight in Shanghai: 15:59:59.5 UTC
    source = SetTime(dt.datetime(2026, 12, 7, 23, 59, 59, 500_000, tzinfo=ZONE))
    clock.set_source(source)
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    today = window.views["today"]
    report = window.views["report"]
    window.show_view("today")
    assert today.today == dt.date(2026, 12, 7)
    assert report.as_of.text() == "2026-12-07"
    assert clock.msecs_to_midnight() == 500 + 1000  # the timer fires just after midnight

    window.rail.setFocus()
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(window.rail, Qt.Key.Key_1))
    assert _days(qtbot, parts, case_id) == {dt.date(2026, 12, 7): DayStatus.WORKING}

    # the night passes (in Shanghai; UTC is still on the 8th's afternoon before)
    source.set(dt.datetime(2026, 12, 8, 0, 0, 1, tzinfo=ZONE))
    with qtbot.waitSignal(clock.dayChanged, timeout=10_000) as moved:
        pass  # the clock's own midnight timer, not a call from the test
    assert moved.args == [dt.date(2026, 12, 8)]
    assert today.today == dt.date(2026, 12, 8)
    assert "8" in today.date_label.text()
    assert not today.status_buttons[DayStatus.WORKING].isChecked()  # the new day is empty
    assert report.as_of.text() == "2026-12-08"  # the default follows the day

    window.rail.setFocus()
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(window.rail, Qt.Key.Key_1))
    assert _days(qtbot, parts, case_id) == {
        dt.date(2026, 12, 7): DayStatus.WORKING,
        dt.date(2026, 12, 8): DayStatus.WORKING,
    }
    # the findings are worked out as of the clock's day too
    assert parts.session.bridge.today_of(parts.session.case) == dt.date(2026, 12, 8)


def test_a_day_the_worker_typed_stays(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    clock = parts.session.clock
    source = SetTime(dt.datetime(2026, 12, 7, 22, 0, tzinfo=ZONE))
    clock.set_source(source)
    open_new_case(qtbot, parts)
    report = parts.window.views["report"]
    report.as_of.setText("2026-11-30")
    source.set(dt.datetime(2026, 12, 8, 7, 0, tzinfo=ZONE))
    assert clock.check()  # as on the window's activation
    assert report.as_of.text() == "2026-11-30"
    assert not clock.check()  # once per day change


def test_the_day_is_the_case_time_zone_s(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """17:00 UTC is already tomorrow in Shanghai."""
    clock = parts.session.clock
    clock.set_source(SetTime(dt.datetime(2026, 12, 7, 17, 0, tzinfo=dt.UTC)))
    open_new_case(qtbot, parts)
    assert parts.window.views["today"].today == dt.date(2026, 12, 8)
    assert clock.today_in("Europe/London") == dt.date(2026, 12, 7)
