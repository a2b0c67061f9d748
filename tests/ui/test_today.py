"""The Today view through its widgets: log today with a click and with a key,
same as yesterday, still benched all week, catch-up, a note, a task, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.domain.model import Day, Provenance
from caseapp.domain.vocab import DayStatus, Origin

from .conftest import open_new_case, run, wait_saved


def _stored_day(qtbot, parts, case_id: str, day: dt.date) -> Day | None:  # type: ignore[no-untyped-def]
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    return next((d for d in case.days if d.date == day), None)


def test_log_today_with_a_click_and_undo(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    today_view = window.views["today"]
    button = today_view.status_buttons[DayStatus.STANDBY]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    stored = _stored_day(qtbot, parts, case_id, today_view.today)
    assert stored is not None and stored.status == DayStatus.STANDBY
    assert stored.provenance.origin == Origin.APP
    assert button.isChecked()
    assert "✓" in window.saved_label.text() or window.saved_label.text()
    # key 3 with the focus on the rail: must sit in
    window.rail.setFocus()
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(window.rail, Qt.Key.Key_3))
    assert _stored_day(qtbot, parts, case_id, today_view.today).status == DayStatus.STANDBY_ONSITE
    assert today_view.status_buttons[DayStatus.STANDBY_ONSITE].isChecked()
    assert not button.isChecked()
    # Ctrl+Z undoes the last change: back to standby
    wait_saved(
        qtbot,
        parts,
        lambda: qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    )
    assert _stored_day(qtbot, parts, case_id, today_view.today).status == DayStatus.STANDBY
    qtbot.waitUntil(lambda: button.isChecked(), timeout=5_000)


def test_note_and_task(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    view = parts.window.views["today"]
    wait_saved(qtbot, parts, lambda: view.log_today(DayStatus.STANDBY))
    view.note.setFocus()
    qtbot.keyClicks(view.note, "5 ")  # digits typed in a text field stay text
    assert view.note.text() == "5 "
    assert not view.status_buttons[DayStatus.LEAVE].isChecked()
    view.note.setText("经理说下周再说")  # QTest types ASCII only
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(view.note, Qt.Key.Key_Return))
    assert _stored_day(qtbot, parts, case_id, view.today).note == "经理说下周再说"
    view.task_input.setText("整理旧文档")
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(view.task_input, Qt.Key.Key_Return))
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert [t.title for t in case.tasks] == ["整理旧文档"]
    assert view.tasks.count() == 1


def test_same_as_yesterday_and_catch_up(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    view = parts.window.views["today"]
    today = view.today
    last = today - dt.timedelta(days=5)
    first = Day(
        date=last, status=DayStatus.STANDBY_ONCALL, provenance=Provenance(origin=Origin.APP)
    )
    wait_saved(qtbot, parts, lambda: parts.session.set_days([first]))
    assert view.catch_row.isVisibleTo(view)
    assert "4" in view.catch_label.text()
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(view.catch_button, Qt.MouseButton.LeftButton))
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    filled = [d for d in case.days if last < d.date < today]
    assert len(filled) == 4
    assert all(d.provenance.origin == Origin.BACKFILL for d in filled)
    assert all(d.provenance.backfill_basis for d in filled)
    assert {d.status for d in filled} <= {DayStatus.STANDBY_ONCALL, DayStatus.REST}
    assert not view.catch_row.isVisibleTo(view)
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(view.same_button, Qt.MouseButton.LeftButton))
    expected = next(d for d in sorted(case.days, key=lambda d: d.date, reverse=True))
    assert _stored_day(qtbot, parts, case_id, today).status == expected.status


def test_still_benched_all_week(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    view = parts.window.views["today"]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton))
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    monday = view.today - dt.timedelta(days=view.today.weekday())
    dates = {d.date for d in case.days}
    assert view.today in dates
    assert all(monday <= d <= view.today for d in dates)
    assert all(d.status == DayStatus.STANDBY for d in case.days)


def test_catch_up_says_what_it_filled_and_undoes(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    view = parts.window.views["today"]
    today = view.today
    last = today - dt.timedelta(days=5)
    first = Day(date=last, status=DayStatus.STANDBY, provenance=Provenance(origin=Origin.APP))
    wait_saved(qtbot, parts, lambda: parts.session.set_days([first]))
    assert not view.filled_row.isVisibleTo(view)
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(view.catch_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: view.filled_row.isVisibleTo(view), timeout=5_000)
    text = view.filled_label.text()
    # the four days between, from the first to the last, and how each was filled
    assert (last + dt.timedelta(days=1)).isoformat() in text
    assert (today - dt.timedelta(days=1)).isoformat() in text
    assert "4" in text
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert len(case.days) == 5
    wait_saved(
        qtbot, parts, lambda: qtbot.mouseClick(view.undo_fill_button, Qt.MouseButton.LeftButton)
    )
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert [d.date for d in case.days] == [last]  # back to before: only the day logged
    assert not view.filled_row.isVisibleTo(view)
    assert view.catch_row.isVisibleTo(view)  # the days are offered again


def test_a_note_just_after_the_status_is_not_an_edit(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Click a status, type a note a few seconds later: one entry in the
    chronology, not marked 后改 (report/chronology.SAME_SITTING)."""
    from zoneinfo import ZoneInfo

    from caseapp.report.chronology import marks_of

    case_id = open_new_case(qtbot, parts)
    view = parts.window.views["today"]
    button = view.status_buttons[DayStatus.STANDBY]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    qtbot.wait(1100)  # a second later (the stored times have whole seconds at least)
    view.note.setText("经理说下周再说")
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(view.note, Qt.Key.Key_Return))
    day = _stored_day(qtbot, parts, case_id, view.today)
    assert day is not None and day.note == "经理说下周再说"
    prov = day.provenance
    assert prov.updated_at is not None and prov.recorded_at is not None
    assert prov.updated_at > prov.recorded_at  # the change itself is kept
    assert marks_of(prov, day.date, ZoneInfo("Asia/Shanghai")).edited == 0
