"""Case settings → Encryption: turn encryption at rest on or off, change the
passphrase, and show the recovery key once, at set-up.

The switch itself runs on the writer thread (`CaseService.enable_encryption`,
storage/switch.py): the whole data directory is re-written, and a kill at
any moment leaves the old state or the new one. What it protects and what it
does not: docs/encryption.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.services import encryption
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import label

MIN_LENGTH = encryption.MIN_PASSPHRASE


def _secret_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    edit.setMinimumWidth(320)
    return edit


class PassphrasesDialog(QDialog):
    """Asks for a passphrase (``old``), a new one twice (``new``), or both;
    with ``consent``, a box the user must tick first."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explanation: str,
        *,
        old: bool,
        new: bool,
        consent: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = label(explanation)
        text.setWordWrap(True)
        text.setMaximumWidth(520)
        layout.addWidget(text)
        self.old = _secret_edit(self.tr("Current passphrase")) if old else None
        self.first = _secret_edit(self.tr("New passphrase")) if new else None
        self.second = _secret_edit(self.tr("Repeat the new passphrase")) if new else None
        for edit in (self.old, self.first, self.second):
            if edit is not None:
                layout.addWidget(edit)
        self.consent = QCheckBox(consent) if consent else None
        if self.consent is not None:
            layout.addWidget(self.consent)
        self.error = label("", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.first is not None and self.second is not None:
            if len(self.first.text()) < MIN_LENGTH:
                self.error.setText(
                    self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
                )
                return
            if self.first.text() != self.second.text():
                self.error.setText(self.tr("The two entries differ."))
                return
        if self.consent is not None and not self.consent.isChecked():
            self.error.setText(self.tr("Tick the box first: it is the one thing to know."))
            return
        self.accept()

    def old_value(self) -> str:
        return self.old.text() if self.old is not None else ""

    def new_value(self) -> str:
        return self.first.text() if self.first is not None else ""


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, to write down or print."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        intro = label(
            self.tr(
                "Write this key on paper, or print it, and keep it away from this computer. "
                "If you forget your passphrase, this key opens your case. "
                "Without the passphrase or this key your case is lost: nobody can open "
                "it, not us, not a repair shop, not you."
            )
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(520)
        layout.addWidget(intro)
        self.key = QLabel(key)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(20)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        save = QPushButton(self.tr("Save to a file to print…"))
        save.clicked.connect(lambda: self._save(key))
        row.addWidget(copy)
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        done = QPushButton(self.tr("I have written it down"))
        done.setProperty("role", "primary")
        done.clicked.connect(self.accept)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)

    def _save(self, key: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "recovery-key.txt", self.tr("Text (*.txt)")
        )
        if path:
            text = self.tr(
                "caseapp recovery key. Print this page, keep the paper somewhere safe, "
                "and delete this file."
            )
            Path(path).write_text(f"{text}\n\n{key}\n", encoding="utf-8")


class EncryptionPanel(QWidget):
    def __init__(self, session: CaseSession, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.state = label("", "title")
        layout.addWidget(self.state)
        self.explain = label("")
        self.explain.setWordWrap(True)
        self.explain.setMaximumWidth(640)
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        self.turn_on = QPushButton(self.tr("Turn on encryption…"))
        self.turn_on.setProperty("role", "primary")
        self.turn_on.clicked.connect(self.enable)
        self.change = QPushButton(self.tr("Change passphrase…"))
        self.change.clicked.connect(self.change_passphrase)
        self.turn_off = QPushButton(self.tr("Turn off encryption…"))
        self.turn_off.clicked.connect(self.disable)
        for button in (self.turn_on, self.change, self.turn_off):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        on = encryption.is_encrypted(self.data_dir)
        self.state.setText(self.tr("Encryption is on") if on else self.tr("Encryption is off"))
        self.explain.setText(
            self.tr(
                "Your case file on this computer — records, backups and evidence files — "
                "is encrypted. The app asks for the passphrase when it starts, and the "
                "command line does too. Without the passphrase or the recovery key, "
                "nobody can open it, and neither can you."
            )
            if on
            else self.tr(
                "Your case file on this computer is not encrypted: anyone who can open its "
                "files, or a copy of them, can read everything, even with the window locked. "
                "Turn on encryption to protect it with a passphrase."
            )
        )
        self.turn_on.setVisible(not on)
        self.change.setVisible(on)
        self.turn_off.setVisible(on)

    def _run(self, job: Callable[..., object], done: Callable[[object], None]) -> None:
        for button in (self.turn_on, self.change, self.turn_off):
            button.setEnabled(False)
        self.status.setText(self.tr("Working… do not switch the computer off."))

        def finished(result: object) -> None:
            for button in (self.turn_on, self.change, self.turn_off):
                button.setEnabled(True)
            self.status.setText("")
            self.refresh()
            done(result)

        def failed(exc: BaseException) -> None:
            for button in (self.turn_on, self.change, self.turn_off):
                button.setEnabled(True)
            self.refresh()
            self.status.setText(error_text(exc))

        self.session.bridge.call(job, done=finished, error=failed)

    def enable(self) -> None:
        dialog = PassphrasesDialog(
            self,
            self.tr("Turn on encryption"),
            self.tr(
                "Choose a passphrase: a few words only you know. The app will encrypt the "
                "whole case file — records, backups and evidence files — and ask for this "
                "passphrase every time it starts. You will get a recovery key to write down."
            ),
            old=False,
            new=True,
            consent=self.tr(
                "I understand: without the passphrase or the recovery key, my case is lost."
            ),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.new_value()

        def done(key: object) -> None:
            RecoveryKeyDialog(str(key), self).exec()
            self.status.setText(self.tr("Encryption is on."))

        self._run(lambda s: s.enable_encryption(passphrase), done)

    def disable(self) -> None:
        dialog = PassphrasesDialog(
            self,
            self.tr("Turn off encryption"),
            self.tr(
                "The case file will be stored without encryption again: anyone who can open "
                "its files can read them. Type your passphrase to confirm."
            ),
            old=True,
            new=False,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.old_value()
        self._run(
            lambda s: s.disable_encryption(passphrase),
            lambda _r: self.status.setText(self.tr("Encryption is off.")),
        )

    def change_passphrase(self) -> None:
        dialog = PassphrasesDialog(
            self,
            self.tr("Change passphrase"),
            self.tr(
                "Only the key that opens your case is re-sealed; nothing else is rewritten. "
                "Your recovery key stays the same."
            ),
            old=True,
            new=True,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.old_value(), dialog.new_value()
        self._run(
            lambda s: s.change_passphrase(old, new),
            lambda _r: self.status.setText(self.tr("Passphrase changed.")),
        )
