"""The GUI thread never touches the database. Every SQLite connection opened
and every statement SQLAlchemy runs is recorded with its thread while the app
starts on a data directory, creates a case, logs a day with a click, sets a
range in the calendar, saves a payment, undoes it, and builds every
registered view; none of them may be on the GUI thread."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import event
from sqlalchemy.engine import Engine

from caseapp.domain.model import Payment
from caseapp.domain.vocab import DayStatus, PaymentKind

from .conftest import make_parts, open_new_case, wait_saved


def test_gui_thread_never_touches_the_database(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gui = threading.current_thread()
    seen: list[tuple[str, str]] = []  # (thread name, what)

    real_connect: Callable[..., Any] = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> Any:
        seen.append((threading.current_thread().name, f"connect {args[:1]}"))
        return real_connect(*args, **kwargs)

    # the plain-SQL snapshot and SQLAlchemy's pysqlite dialect both call these
    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)

    def statement(_conn, _cursor, sql: str, *_rest: object) -> None:  # type: ignore[no-untyped-def]
        seen.append((threading.current_thread().name, sql[:60]))

    event.listen(Engine, "before_cursor_execute", statement)
    parts = make_parts(qtbot, tmp_path / "data")
    try:
        window = parts.window
        window.start()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome, timeout=10_000)
        open_new_case(qtbot, parts)
        window.show_view("today")
        today = window.views["today"]
        button = today.status_buttons[DayStatus.STANDBY]
        wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
        pay = Payment(
            id="",
            paid_on=dt.date(2025, 3, 15),
            period_start=dt.date(2025, 2, 1),
            period_end=dt.date(2025, 2, 28),
            kind=PaymentKind.WAGE,
            net=Decimal("1800"),
        )
        wait_saved(qtbot, parts, lambda: parts.session.save_record(pay))
        undone: list[object] = []
        parts.session.undo(done=undone.append)
        qtbot.waitUntil(lambda: bool(undone), timeout=10_000)
        for spec in window.specs:
            window.show_view(spec.key)
            qtbot.wait(20)
        qtbot.wait(300)  # the rules' recompute and any idle refresh
        parts.session.bridge.close()
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
    on_gui = [what for name, what in seen if name == gui.name]
    assert len(seen) > 20, "the database was hardly used: the test tells nothing"
    assert any(what.startswith("connect") for _name, what in seen)
    assert on_gui == [], on_gui[:5]
