"""Run a piece of GUI-thread work at a quiet moment: no write, evidence copy or
PDF build under way, and none for a little while, and no mouse button held.
Used for warm-ups that take tens of milliseconds on the GUI thread the first
time (building and laying out a form), so that they never land beside a
background job the user is watching.

No application-wide event filter here on purpose: in PySide6 a Python event
filter on the application costs about 0.2 ms per event, which made building
a form ten times slower while it was installed (measured: 10 combo boxes
284 ms with one, 26 ms without)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication


class WhenQuiet(QObject):
    """Calls `work` once, the first time nothing has been busy for
    `quiet_ms`, checking every `poll_ms`; `busy()` says whether background
    work is under way."""

    def __init__(
        self,
        work: Callable[[], None],
        busy: Callable[[], bool],
        quiet_ms: int = 800,
        poll_ms: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work, self._busy = work, busy
        self._quiet_s = quiet_ms / 1000
        self._since = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if not self._timer.isActive():
            self._since = time.monotonic()
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def quiet(self) -> bool:
        now = time.monotonic()
        if self._busy() or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._since = now
            return False
        return now - self._since >= self._quiet_s

    def _poll(self) -> None:
        if self.quiet():
            self.stop()
            self._work()
