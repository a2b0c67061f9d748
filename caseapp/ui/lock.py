"""Lock: Ctrl+L or a spell of idleness hides the case behind a neutral
screen; with an app passphrase set, only the passphrase opens it again
(checked against the salted scrypt hash kept in the settings; one check
takes about 50 ms, so it runs on the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
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

    def prepare(self, stored: dict[str, str | int] | None) -> None:
        self.stored = stored
        self.passphrase.clear()
        self.passphrase.setVisible(stored is not None)
        self.error.setText("")
        (self.passphrase if stored is not None else self.button).setFocus()

    def try_unlock(self) -> None:
        if self.stored is not None and not settings_mod.check_passphrase(
            self.stored, self.passphrase.text()
        ):
            self.error.setText(self.tr("That passphrase does not match. Try again."))
            self.passphrase.selectAll()
            return
        self.passphrase.clear()
        self.unlocked.emit()


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse input."""

    idle = Signal()
    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._filtering = False

    def start(self, minutes: int) -> None:
        """Watch input for ``minutes`` of idleness; 0 stops watching. The
        application-wide event filter is installed only while watching."""
        app = QCoreApplication.instance()
        if minutes > 0:
            self.timer.start(minutes * 60_000)
            if app is not None and not self._filtering:
                app.installEventFilter(self)
                self._filtering = True
        else:
            self.timer.stop()
            if app is not None and self._filtering:
                app.removeEventFilter(self)
                self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False


class PassphraseDialog(QDialog):
    """Set, change or remove the app passphrase (empty removes it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("App passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Anyone using this computer will need it to open your case. "
                    "Only a salted hash of it is kept; if you forget it, the app cannot "
                    "show it to you. Leave both empty to remove the passphrase."
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
