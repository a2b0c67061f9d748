"""Screenshots of every view built so far, in both languages, at 1366×768,
saved under docs/screenshots/ (committed, shown in the README)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from caseapp.casework import daylogic
from caseapp.domain.model import Day, Incident, Provenance
from caseapp.domain.vocab import Channel, DayStatus, Form, IncidentKind, Origin

from .conftest import make_parts, open_new_case, sample_info

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _history(today: dt.date) -> list[Day]:
    days = []
    day = today - dt.timedelta(days=75)
    while day < today - dt.timedelta(days=3):
        if not daylogic.is_workday(day):
            status = DayStatus.REST
        elif day < today - dt.timedelta(days=50):
            status = DayStatus.WORKING
        elif day.weekday() == 2:
            status = DayStatus.STANDBY_ONCALL
        else:
            status = DayStatus.STANDBY
        days.append(Day(date=day, status=status, provenance=Provenance(origin=Origin.APP)))
        day += dt.timedelta(days=1)
    return days


def _save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    OUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.start()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome, timeout=10_000)
        _save(window, f"welcome-{lang}")
        window.show_create()
        _save(window, f"create-{lang}")

        today = dt.date.today()
        open_new_case(qtbot, parts, sample_info(start=today - dt.timedelta(days=400)))
        done: list[bool] = []
        parts.session.set_days(_history(today), done=lambda: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        incident = Incident(
            id="",
            date=today - dt.timedelta(days=48),
            kind=IncidentKind.STANDBY_NOTICE,
            summary="项目经理说项目结束，让我回家待岗，等通知。",
            channel=Channel.WECHAT,
            form=Form.WRITTEN_ELECTRONIC,
        )
        saved: list[object] = []
        parts.session.save_record(incident, done=saved.append)
        qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        window.show_view("today")
        _save(window, f"today-{lang}")
        window.open_incident()
        _save(window, f"incident-{lang}")
        window.close_side()
        window.open_sign_advice()
        _save(window, f"sign-{lang}")
        window.close_side()
        window.show_view("calendar")
        calendar = window.views["calendar"]
        calendar.shift_month(-1)
        first = dt.date(calendar.model.year, calendar.model.month, 10)
        calendar.select_range(first, first + dt.timedelta(days=4))
        _save(window, f"calendar-{lang}")
        window.lock()
        _save(window, f"lock-{lang}")
    finally:
        parts.session.bridge.close()
