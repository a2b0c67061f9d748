"""The warning card shown when the data directory is in a cloud-sync folder,
ending with what to do about it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from caseapp.ui.cloudsync import cloud_service
from caseapp.ui.widgets import card, label


def cloud_banner(data_dir: Path) -> tuple[QFrame, QLabel]:
    """(the card, its text); the card is hidden unless a sync service is found."""
    service = cloud_service(data_dir)
    frame, box = card("card")
    text = label(
        QCoreApplication.translate(
            "CloudBanner",
            "Your case is kept in a folder that %1 syncs: copies of it leave this computer, "
            "and syncing can damage a file while it is open. Move the data folder out of "
            "%1 (start caseapp with --data-dir), and export a case file to share instead.",
        ).replace("%1", service or "")
    )
    text.setAccessibleName(QCoreApplication.translate("CloudBanner", "Cloud-sync warning"))
    box.addWidget(text)
    frame.setVisible(service is not None)
    return frame, text


class CloudStrip(QFrame):
    """The one-line warning across the main window, once per start, for a
    data directory in a cloud-sync folder: the risk, a way to the full
    explanation in 案件设置, and "don't show again" for this directory."""

    settingsRequested = Signal()
    dismissed = Signal()

    def __init__(self, service: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cloudStrip")
        self.setStyleSheet("#cloudStrip { background: #FFF4E0; border-bottom: 1px solid #E69F00; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        self.text = label(
            self.tr(
                "Your case is in a folder %1 syncs: copies leave this computer and syncing can "
                "damage it. See Case settings for what to do."
            ).replace("%1", service)
        )
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Cloud-sync warning"))
        row.addWidget(self.text, 1)
        self.settings_button = QPushButton(self.tr("Case settings"))
        self.settings_button.clicked.connect(self.settingsRequested)
        self.dismiss_button = QPushButton(self.tr("Don't show again"))
        self.dismiss_button.setAccessibleName(
            self.tr("Don't show the cloud-sync warning again for this folder")
        )
        self.dismiss_button.clicked.connect(self._dismiss)
        row.addWidget(self.settings_button)
        row.addWidget(self.dismiss_button)

    def _dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()
