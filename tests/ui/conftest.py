"""UI test fixtures: the real window over a real CaseService on a temp data
directory, driven through the widgets offscreen."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from caseapp.domain.model import CaseInfo, Day
from caseapp.domain.vocab import DayStatus
from caseapp.ui.app import AppParts, build, setup_application
from tests.casework.helpers import sample_info  # the same small case as the Qt-free tests


@pytest.fixture(autouse=True)
def _flush_widgets(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_parts(qtbot, data_dir: Path, lang: str = "zh") -> AppParts:  # type: ignore[no-untyped-def]
    setup_application(lang)
    parts = build(data_dir, lang)
    qtbot.addWidget(parts.window)
    parts.window.resize(1366, 768)
    parts.window.show()
    return parts


@pytest.fixture
def parts(qtbot, tmp_path: Path) -> Iterator[AppParts]:  # type: ignore[no-untyped-def]
    p = make_parts(qtbot, tmp_path / "data")
    yield p
    p.session.bridge.close()


def open_new_case(qtbot, parts: AppParts, info: CaseInfo | None = None) -> str:  # type: ignore[no-untyped-def]
    """Create a case through the session (not the form) and wait until it is open."""
    ids: list[str] = []
    parts.session.create_case(info or sample_info(), done=ids.append)
    qtbot.waitUntil(lambda: parts.session.case is not None and bool(ids), timeout=10_000)
    return ids[0]


def run(qtbot, parts: AppParts, job):  # type: ignore[no-untyped-def]
    """Run ``job(service)`` on the writer and wait for its result."""
    out: list[object] = []
    errors: list[BaseException] = []
    parts.session.bridge.call(job, done=out.append, error=errors.append)
    qtbot.waitUntil(lambda: bool(out or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return out[0]


def wait_saved(qtbot, parts: AppParts, action) -> None:  # type: ignore[no-untyped-def]
    """Do ``action()`` and wait until the session reports a save."""
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        action()


def benched_case(qtbot, parts, start: str = "2025-01-01", end: str = "2025-04-30") -> str:  # type: ignore[no-untyped-def]
    """A case in Beijing (so the law data has a floor), benched at home on
    every weekday from ``start`` to ``end``."""
    info = dataclasses.replace(sample_info(dt.date(2024, 3, 1)), city="beijing")
    case_id = open_new_case(qtbot, parts, info)
    days = []
    day, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    while day <= last:
        status = DayStatus.STANDBY if day.weekday() < 5 else DayStatus.REST
        days.append(Day(date=day, status=status))
        day += dt.timedelta(days=1)
    done: list[bool] = []
    parts.session.set_days(days, done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    return case_id


def show_welcome(qtbot, parts: AppParts) -> None:  # type: ignore[no-untyped-def]
    """Start the window on a data directory with no case: the welcome page."""
    parts.window.start()
    qtbot.waitUntil(
        lambda: parts.window.pages.currentWidget() is parts.window.welcome, timeout=10_000
    )


def label_texts(widget: QWidget) -> str:
    """The text of every label inside ``widget``, one a line."""
    return "\n".join(w.text() for w in widget.findChildren(QLabel))
