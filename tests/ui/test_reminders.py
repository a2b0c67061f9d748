"""Reminders: the opt-in daily reminder shows once a day after its time and
only when today is not logged; the .ics holds the daily event and every
running deadline; a bad time is refused at the field."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from icalendar import Calendar

from caseapp.domain.findings import Deadline, FindingsReport
from caseapp.domain.messages import msg
from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from caseapp.ui import reminders
from caseapp.ui.help_view import HelpView
from tests.ui.conftest import open_new_case


def test_due_once_a_day_after_the_time() -> None:
    s = reminders.ReminderSettings(enabled=True, at="20:30")
    evening = dt.datetime(2025, 5, 6, 20, 31)
    assert reminders.due(s, evening, logged_today=False)
    assert not reminders.due(s, evening, logged_today=True)
    assert not reminders.due(s, dt.datetime(2025, 5, 6, 20, 29), logged_today=False)
    s.last_shown = "2025-05-06"
    assert not reminders.due(s, evening, logged_today=False)
    assert not reminders.due(reminders.ReminderSettings(), evening, logged_today=False)


def _panel(qtbot, parts):  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("help")
    view = parts.window.views["help"]
    assert isinstance(view, HelpView)
    return view.reminders


def test_opt_in_and_show_once(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, parts)
    assert panel.reminder is parts.window.reminder  # one reminder per window
    panel.enabled.setChecked(True)
    panel.at.setText("25:00")
    assert not panel.save()
    assert panel.at_field.error.text()
    assert not reminders.load(parts.window.data_dir).enabled
    panel.at.setText("19:00")
    assert panel.save()
    stored = reminders.load(parts.window.data_dir)
    assert stored.enabled and stored.at == "19:00"
    reminder = panel.reminder
    today = dt.date.today()
    late = dt.datetime.combine(today, dt.time(21, 0))
    with qtbot.waitSignal(reminder.shown, timeout=1_000):
        assert reminder.check(late)
    assert not reminder.check(late)  # once a day
    reminder.settings.last_shown = None
    done: list[bool] = []
    parts.session.set_days(
        [Day(date=today, status=DayStatus.STANDBY)], done=lambda: done.append(True)
    )
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert not reminder.check(late)  # today is logged


def test_ics_export(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, parts)
    deadline = Deadline(
        "standby-below-floor",
        dt.date(2025, 3, 1),
        dt.date(2026, 3, 1),
        msg("rules.deadline.not_running", claim="standby-below-floor", known_on="2025-03-01"),
    )
    waiting = Deadline("late-wages", dt.date(2025, 3, 1), None, deadline.computation)
    report = FindingsReport(
        dt.date(2025, 5, 1), "u", "t", "t", "0", (), deadlines=(deadline, waiting)
    )
    parts.session.bridge.findingsReady.emit(report)
    panel.at.setText("21:15")
    out = tmp_path / "caseapp.ics"
    assert panel.export(out)
    cal = Calendar.from_ical(out.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 2  # the daily event and the one running deadline
    daily = next(e for e in events if e.get("rrule"))
    assert daily.decoded("dtstart").time() == dt.time(21, 15)
    assert str(daily.get("summary")) in ("记录今天", "Log today")
    due = next(e for e in events if not e.get("rrule"))
    assert due.decoded("dtstart") == dt.date(2026, 3, 1)
    assert "12348" in str(due.get("description"))
    assert len(list(due.walk("VALARM"))) == 2
    assert "1" in panel.status.text()


def test_clicking_the_reminder_opens_today(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("report")
    parts.window.reminder.open_today()
    assert parts.window.current_view() == "today"


def test_start_at_login_writes_and_removes_one_entry(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui import autostart

    entry = autostart.entry_path()
    # tests/conftest.py points XDG_CONFIG_HOME at a private temporary directory
    assert str(entry).startswith(os.environ["XDG_CONFIG_HOME"])
    entry.unlink(missing_ok=True)
    panel = _panel(qtbot, parts)
    panel.enabled.setChecked(True)
    panel.at_login.setChecked(True)
    assert panel.save()
    text = entry.read_text(encoding="utf-8")
    assert "-m caseapp --data-dir" in text
    assert str(parts.window.data_dir) in text
    panel.at_login.setChecked(False)
    assert panel.save()
    assert not entry.exists()
    panel.at_login.setChecked(True)
    panel.enabled.setChecked(False)  # no reminder: nothing starts at login
    assert panel.save()
    assert not entry.exists()


def test_autostart_entries_per_system(tmp_path: Path) -> None:
    from caseapp.ui import autostart

    home = tmp_path
    linux = autostart.entry_path("linux", home, {})
    assert linux == home / ".config" / "autostart" / "caseapp.desktop"
    mac = autostart.entry_path("darwin", home, {})
    assert mac.parent == home / "Library" / "LaunchAgents"
    win = autostart.entry_path("win32", home, {"APPDATA": str(home / "Roaming")})
    assert win.name == "caseapp.cmd" and "Startup" in win.parts
    data = tmp_path / "我的 数据"
    assert "<key>RunAtLoad</key>" in autostart.entry_text(data, "darwin")
    assert f'"{data}"' in autostart.entry_text(data, "win32")
    assert "'" in autostart.entry_text(data, "linux")  # the space-containing path is quoted
