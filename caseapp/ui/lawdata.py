"""The law data for the views, loaded once off the GUI thread (reading and
checking the TOML files takes a few hundred milliseconds): `when_loaded(cb)`
calls back on the GUI thread with the `LawData`, or None if it does not load."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Loader(QObject):
    loaded = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done = False
        self.law: Any = None
        self.waiting: list[Callable[[Any], None]] = []
        self.loaded.connect(self._deliver)
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        threading.Thread(target=self._load, name="caseapp-law", daemon=True).start()

    def _load(self) -> None:
        try:
            from caseapp.rules.law import load_law_data

            law: Any = load_law_data()
        except Exception:  # missing or invalid law data: the views say so
            law = None
        self.loaded.emit(law)

    def _deliver(self, law: Any) -> None:
        self.done, self.law = True, law
        waiting, self.waiting = self.waiting, []
        for callback in waiting:
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue  # its widget was closed before the law data arrived
            callback(law)


_loader: _Loader | None = None


def when_loaded(callback: Callable[[Any], None]) -> None:
    """``callback(law)`` on the GUI thread: at once if loaded, else later."""
    global _loader
    if _loader is None:
        _loader = _Loader()
    if _loader.done:
        callback(_loader.law)
    else:
        _loader.waiting.append(callback)
