"""Hidden views do not rebuild on every change: they wait, marked stale, and
catch up when shown (or at idle time); what the user sees is never stale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from caseapp.domain.model import Incident, Payment
from caseapp.domain.vocab import DayStatus, IncidentKind, PaymentKind
from caseapp.ui import session as session_mod
from caseapp.ui.month_model import STATUS_ROLE

from .conftest import open_new_case, wait_saved


def _built(window, *keys: str) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        window.show_view(key)
    window.show_view("today")


def test_change_from_today_shows_in_each_view(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window, session = parts.window, parts.session
    _built(window, "calendar", "pay", "incidents", "evidence", "case")
    session._quiet_timer.setInterval(60_000)  # no idle catch-up during this test
    today = window.views["today"]
    calendar, pay, incidents = (window.views[k] for k in ("calendar", "pay", "incidents"))

    button = today.status_buttons[DayStatus.STANDBY_ONCALL]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert button.isChecked()  # the visible view: at once
    assert not session.is_stale(today)
    for hidden in (calendar, pay, incidents, window.views["evidence"], window.views["case"]):
        assert session.is_stale(hidden)  # the hidden ones wait

    window.show_view("calendar")
    assert not session.is_stale(calendar)
    cell = calendar.model.index_of(today.today)
    assert cell.data(STATUS_ROLE) == DayStatus.STANDBY_ONCALL

    window.show_view("today")
    january = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    paid = Payment(id="", paid_on=today.today, period_start=january[0], period_end=january[1],
                   kind=PaymentKind.WAGE, net=Decimal("2180"))  # fmt: skip
    wait_saved(qtbot, parts, lambda: session.save_record(paid))
    said = Incident(id="", date=today.today, kind=IncidentKind.STANDBY_NOTICE, summary="回家等通知")
    wait_saved(qtbot, parts, lambda: session.save_record(said))
    assert session.is_stale(pay) and session.is_stale(incidents)
    window.show_view("pay")
    assert pay.model.rowCount() == 1 and not session.is_stale(pay)
    window.show_view("incidents")
    assert incidents.model.rowCount() == 1
    assert incidents.model.record(0).summary == "回家等通知"


def test_hidden_views_catch_up_at_idle(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_mod, "CATCH_UP_MS", 50)
    open_new_case(qtbot, parts)
    window, session = parts.window, parts.session
    session._quiet_timer.setInterval(50)
    _built(window, "calendar", "pay")
    today = window.views["today"]
    button = today.status_buttons[DayStatus.STANDBY]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    calendar = window.views["calendar"]
    assert session.is_stale(calendar)
    qtbot.waitUntil(lambda: not session.is_stale(calendar), timeout=5_000)
    assert calendar.isHidden() or not calendar.isVisible()
    assert calendar.model.index_of(today.today).data(STATUS_ROLE) == DayStatus.STANDBY
