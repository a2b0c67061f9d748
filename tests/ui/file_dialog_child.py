"""Run by test_file_dialog_trail.py: pick a file in the app's file dialog
(the static QFileDialog call the views use), in a fresh HOME."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from caseapp.ui.app import setup_application


def main() -> None:
    setup_application("en")
    target = Path(sys.argv[1])
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)

    def accept() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                edit = widget.findChild(QLineEdit, "fileNameEdit")
                assert edit is not None  # Qt's own dialog, not a platform one
                edit.setText(target.name)
                widget.accept()
                return
        QTimer.singleShot(100, accept)

    QTimer.singleShot(100, accept)
    name, _ = QFileDialog.getOpenFileName(None, "Pick", str(target.parent))
    print(name)


if __name__ == "__main__":
    main()
