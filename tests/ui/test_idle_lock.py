"""The idle lock: typing in a field keeps the app open, a spell with nothing
done locks it; and watching costs no application-wide event filter."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit

from caseapp.ui.lock import IdleWatcher


def test_typing_keeps_it_open_and_nothing_locks(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)
    watcher = IdleWatcher()
    fired: list[int] = []
    watcher.idle.connect(lambda: fired.append(1))
    watcher.start(1)
    watcher.poll.setInterval(20)
    watcher.timer.setInterval(150)
    watcher.timer.start()
    for n in range(8):  # a key every 60 ms for 480 ms: longer than the idle spell
        qtbot.keyClicks(edit, str(n))
        qtbot.wait(60)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)  # then nothing: it locks
    watcher.start(0)
    assert not watcher.poll.isActive() and not watcher.timer.isActive()


def test_watches_without_an_event_filter() -> None:
    """A Python event filter on the application would see every event of the
    app (about 0.2 ms each in PySide6); the watcher polls instead."""
    assert IdleWatcher.eventFilter is QObject.eventFilter
