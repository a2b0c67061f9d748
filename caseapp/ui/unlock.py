"""Opening an encrypted data directory: the passphrase (or the recovery key)
asked before anything of the case is read or shown. A wrong one changes
nothing; cancelling quits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.services import encryption
from caseapp.ui.widgets import label


class UnlockDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle("caseapp")  # no name of anyone before it is open
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Your case file is encrypted."), "title"))
        layout.addWidget(
            label(self.tr("Type your passphrase to open it. Without it nothing can be read."))
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        layout.addWidget(self.passphrase)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use the recovery key instead"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        layout.addWidget(self.use_recovery)
        self.error = label("", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _recovery_toggled(self, on: bool) -> None:
        self.passphrase.clear()
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        self.passphrase.setPlaceholderText(
            self.tr("Recovery key (XXXXX-XXXXX-…)") if on else self.tr("Passphrase")
        )

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        recovery = self.use_recovery.isChecked()
        try:
            encryption.unlock(self.data_dir, secret, recovery=recovery)
        except encryption.WrongPassphrase:
            self.error.setText(
                self.tr("That recovery key does not open it. Check each group and try again.")
                if recovery
                else self.tr("That passphrase does not open it. Try again.")
            )
            self.passphrase.selectAll()
            return
        self.passphrase.clear()
        self.accept()


def unlock_at_start(data_dir: Path) -> bool:
    """Ask for the passphrase when the data directory is encrypted and not yet
    unlocked. False: the user chose to quit."""
    if not encryption.is_encrypted(data_dir) or encryption.is_unlocked(data_dir):
        return True
    dialog = UnlockDialog(data_dir)
    return dialog.exec() == QDialog.DialogCode.Accepted
