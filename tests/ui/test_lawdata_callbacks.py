"""The law data loads off the GUI thread; a view closed before it arrives must
not be called back (its labels are freed C++ objects: a RuntimeError seen at
a test's teardown when the window closed within the first second)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QLabel

from caseapp.ui import lawdata


class _Note(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[Any] = []

    def law(self, law: Any) -> None:
        self.got.append(law)
        self.setText("loaded")


def test_a_deleted_widget_is_skipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    kept, gone = _Note(), _Note()
    qtbot.addWidget(kept)
    callbacks = [kept.law, gone.law]
    shiboken6.delete(gone)
    assert [lawdata._alive(c) for c in callbacks] == [True, False]
    plain: list[Any] = []
    assert lawdata._alive(plain.append)  # not a Qt object: always called
    loader = lawdata._Loader.__new__(lawdata._Loader)  # its delivery, without the thread
    loader.waiting = [*callbacks, plain.append]
    lawdata._Loader._deliver(loader, "LAW")
    assert kept.got == ["LAW"] and plain == ["LAW"]
