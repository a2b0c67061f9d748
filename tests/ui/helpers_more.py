"""Helpers for the tests of the part-2 views: a Beijing case benched for
months, saved through the real session and writer."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget

from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from tests.ui.conftest import open_new_case, sample_info

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


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


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
