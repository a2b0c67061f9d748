"""Reminders offered where a worker sees them (issue 13, item 8): Today offers
the daily reminder and the phone calendar a week after she first logged a day
herself; the settings menu has them too. Before, they were only under
模板与求助 → 提醒."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.casework.reminder_offer import first_logged_at, offer_reminder
from caseapp.domain.model import Case, Day, Provenance
from caseapp.domain.vocab import DayStatus, Origin
from caseapp.ui import settings as settings_mod
from caseapp.ui.clock import SetTime
from tests.casework.helpers import sample_info

from .conftest import open_new_case, wait_saved

FIRST = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)


def _day(date: dt.date, at: dt.datetime, origin: Origin, basis: str | None = None) -> Day:
    return Day(
        date=date,
        status=DayStatus.STANDBY,
        provenance=Provenance(recorded_at=at, origin=origin, backfill_basis=basis),
    )


def test_a_week_after_the_first_day_logged_by_hand() -> None:
    case = Case(
        info=sample_info(),
        days=(
            # months rebuilt or imported earlier do not start the week
            _day(dt.date(2026, 9, 1), FIRST - dt.timedelta(days=30), Origin.IMPORT),
            _day(dt.date(2026, 9, 2), FIRST - dt.timedelta(days=20), Origin.BACKFILL),
            _day(dt.date(2026, 11, 20), FIRST - dt.timedelta(days=9), Origin.APP, "caught up"),
            _day(dt.date(2026, 12, 1), FIRST, Origin.APP),
            _day(dt.date(2026, 12, 2), FIRST + dt.timedelta(days=1), Origin.PHONE),
        ),
    )
    assert first_logged_at(case) == FIRST
    # 7 days = 168 h after 2026-12-01 10:00 UTC is 2026-12-08 10:00 UTC
    assert not offer_reminder(case, dt.datetime(2026, 12, 8, 9, 59, tzinfo=dt.UTC))
    assert offer_reminder(case, dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC))
    assert not offer_reminder(Case(info=sample_info()), dt.datetime(2030, 1, 1, tzinfo=dt.UTC))


def test_today_offers_the_reminder_after_a_week(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("today")
    today = window.views["today"]
    offer = today.reminder_offer
    window.rail.setFocus()
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(window.rail, Qt.Key.Key_2))
    first = first_logged_at(parts.session.case)
    assert first is not None
    assert not offer.isVisible()

    clock = parts.session.clock
    source = SetTime(first + dt.timedelta(days=3))
    clock.set_source(source)
    assert not offer.isVisible()  # three days: not yet
    source.set(first + dt.timedelta(days=8))
    clock.check()  # as at midnight or when the window comes back
    qtbot.waitUntil(offer.isVisible, timeout=5_000)
    assert "一周" in offer.text.text()

    qtbot.mouseClick(offer.open_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "help"
    help_view = window.views["help"]
    assert help_view.tabs.currentWidget() is help_view.reminders

    window.show_view("today")
    assert offer.isVisible()
    qtbot.mouseClick(offer.no_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert settings_mod.load(window.data_dir).reminder_offer_dismissed
    source.set(first + dt.timedelta(days=9))
    clock.check()
    assert not offer.isVisible()  # "no, thanks" holds


def test_turning_the_reminder_on_hides_the_offer(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("today")
    window.rail.setFocus()
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(window.rail, Qt.Key.Key_2))
    first = first_logged_at(parts.session.case)
    assert first is not None
    parts.session.clock.set_source(SetTime(first + dt.timedelta(days=8)))
    offer = window.views["today"].reminder_offer
    qtbot.waitUntil(offer.isVisible, timeout=5_000)
    # the settings menu leads to the same panel
    actions = {a.text(): a for a in window.menu_button.menu().actions()}
    actions["每日提醒和手机日历…"].trigger()
    panel = window.views["help"].reminders
    assert window.views["help"].tabs.currentWidget() is panel
    panel.enabled.setChecked(True)
    panel.at_login.setChecked(False)
    assert panel.save()
    window.show_view("today")
    assert not offer.isVisible()
