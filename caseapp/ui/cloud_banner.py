"""The warning card shown when the data directory is in a cloud-sync folder,
ending with what to do about it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel

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
