"""Lock: Ctrl+L or a spell of idleness hides the case behind a neutral
screen; with an app passphrase set, only the passphrase opens it again
(checked against the salted scrypt hash kept in the settings; one check
takes about 50 ms, so it runs on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.ui import settings as settings_mod
from caseapp.ui.widgets import label


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored: dict[str, str | int] | None = None
        self.checker: Callable[[str], bool] | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = label(self.tr("Locked"), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMaximumWidth(320)
        self.passphrase.returnPressed.connect(self.try_unlock)
        outer.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = label("", "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.error)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.try_unlock)
        outer.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def prepare(
        self, stored: dict[str, str | int] | None, checker: Callable[[str], bool] | None = None
    ) -> None:
        """``stored``: the window passphrase's hash (None: no passphrase);
        ``checker``: checks a passphrase instead (encryption's, Argon2id)."""
        self.stored = stored
        self.checker = checker
        self.passphrase.clear()
        self.passphrase.setVisible(stored is not None)
        self.error.setText("")
        (self.passphrase if stored is not None else self.button).setFocus()

    def try_unlock(self) -> None:
        text = self.passphrase.text()
        if self.checker is not None:
            wrong = not self.checker(text)
        else:
            wrong = self.stored is not None and not settings_mod.check_passphrase(self.stored, text)
        if wrong:
            self.error.setText(self.tr("That passphrase does not match. Try again."))
            self.passphrase.selectAll()
            return
        self.passphrase.clear()
        self.unlocked.emit()


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without the user doing anything.

    It looks every `POLL_MS` at what input leaves behind — the mouse pointer's
    place, a held button or modifier key, the active window, the focused
    widget, and the text of the focused editor (its content or document
    revision) — and restarts the countdown when any of it changed. No
    application-wide event filter: in PySide6 one costs about 0.2 ms for every
    event of the app (building a view took ten times as long with it)."""

    idle = Signal()
    POLL_MS = 2000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.poll = QTimer(self)
        self.poll.setInterval(self.POLL_MS)
        self.poll.timeout.connect(self._look)
        self._last: tuple[object, ...] = ()

    def start(self, minutes: int) -> None:
        """Watch for ``minutes`` of idleness; 0 stops watching."""
        if minutes > 0:
            self._last = self._activity()
            self.timer.start(minutes * 60_000)
            self.poll.start()
        else:
            self.timer.stop()
            self.poll.stop()

    def _look(self) -> None:
        now = self._activity()
        if now != self._last and self.timer.isActive():
            self.timer.start()
        self._last = now

    @staticmethod
    def _activity() -> tuple[object, ...]:
        focus = QApplication.focusWidget()
        content: object = None
        if isinstance(focus, QLineEdit):
            content = focus.text()
        elif isinstance(focus, QPlainTextEdit | QTextEdit):
            content = focus.document().revision()
        elif isinstance(focus, QAbstractItemView):
            index = focus.currentIndex()
            content = (index.row(), index.column())
        return (
            QCursor.pos().toTuple(),
            QApplication.mouseButtons().value,
            QApplication.keyboardModifiers().value,
            id(QApplication.activeWindow()),
            id(focus),
            content,
        )


class PassphraseDialog(QDialog):
    """Set, change or remove the app passphrase (empty removes it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("App passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "This passphrase only hides the window. It does not encrypt your case: "
                    "anyone who can open the files on this computer (or a backup of them) "
                    "can read everything. To encrypt the case file, turn on encryption in "
                    "Case settings. Only a salted hash of this passphrase is kept; if you "
                    "forget it, the app cannot show it to you. Leave both empty to remove it."
                )
            )
        )
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("New passphrase"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(self.tr("Repeat it"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.error = label("", "error")
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two entries differ."))
            return
        self.accept()

    def value(self) -> str:
        return self.first.text()
