"""The app's one clock: what day it is, in the open case's time zone.

Today, the calendar, the daily reminder, the findings' as-of date and the
report's default date all read it, so after midnight every one of them moves
to the new day together. The day is checked again at the next midnight in the
case's time zone (a single-shot timer, re-armed each time), whenever the app
becomes active again (a laptop woken from sleep: timers may have slept too),
and when another case (another time zone) opens; ``dayChanged`` says when it
moved.

The time source is an object with ``now() -> aware datetime``: the system's
by default; ``SetTime`` (ours) is one that stays where it is put, for tests and
screenshots that need a given moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

# a little after midnight, so a timer that fires a few ms early still sees the new day
AFTER_MIDNIGHT_MS = 1_000
MAX_TIMER_MS = 6 * 3600 * 1000  # re-check at least every six hours (clock changes, DST)


class TimeSource(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, time-zone aware."""
        ...


class SystemTime:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class SetTime:
    """A time source that stays at the moment it is given (aware)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def set(self, moment: dt.datetime) -> None:
        self.moment = moment


def zone(name: str | None) -> dt.tzinfo | None:
    """The zone by IANA name; None (the computer's own) when unset or unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


class AppClock(QObject):
    dayChanged = Signal(object)  # dt.date, the new day

    def __init__(
        self,
        time_zone: Callable[[], str | None],
        source: TimeSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._time_zone = time_zone
        self.source: TimeSource = source or SystemTime()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.check)
        self._day = self.today()
        self._arm()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def set_source(self, source: TimeSource) -> None:
        self.source = source
        self.check()

    def now(self) -> dt.datetime:
        """The current moment in the case's time zone (the computer's without a case)."""
        moment = self.source.now()
        tz = zone(self._time_zone())
        return moment.astimezone(tz) if tz is not None else moment.astimezone()

    def today(self) -> dt.date:
        return self.now().date()

    def today_in(self, time_zone: str | None) -> dt.date:
        """Today in a given zone (the rules' as-of date for a case not yet shown)."""
        tz = zone(time_zone)
        moment = self.source.now()
        return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()

    def check(self) -> bool:
        """Has the day changed since last seen? Then say so. Re-arms the timer."""
        day = self.today()
        changed = day != self._day
        self._day = day
        self._arm()
        if changed:
            self.dayChanged.emit(day)
        return changed

    def msecs_to_midnight(self) -> int:
        now = self.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), now.tzinfo)
        left = (midnight - now).total_seconds() * 1000 + AFTER_MIDNIGHT_MS
        return max(AFTER_MIDNIGHT_MS, min(MAX_TIMER_MS, int(left)))

    def _arm(self) -> None:
        self._timer.start(self.msecs_to_midnight())

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
