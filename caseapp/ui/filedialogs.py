"""File dialogs that leave no trail outside the data directory.

A platform's own file dialog remembers what it opened: GTK's writes every
chosen file into ``~/.local/share/recently-used.xbel``, the Windows shell its
"recent items", and Qt's own dialog writes the folders visited into its
settings (``~/.config/QtProject.conf``). For a worker whose employer, family or
repair shop may look at the computer, a list of "劳动仲裁证据.zip" and folders
named after the case is a leak. So:

- every `QFileDialog` in the app is Qt's own widget dialog
  (``Qt.AA_DontUseNativeDialogs``): no GTK, no portal, no shell;
- Qt's user-scope settings (where that dialog saves its history and last
  folder) are pointed at a place that cannot be created
  (``/dev/null/…`` on POSIX): the write fails quietly, nothing is kept. The app
  keeps its own settings in ``ui-settings.json``, not in QSettings. On Windows
  Qt keeps these settings in the registry and `QSettings.setPath` cannot move
  them (docs/encryption.md says so).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, Qt

NOWHERE = "/dev/null/caseapp-no-qt-settings"


def install() -> None:
    """Call once, before any dialog is shown (idempotent)."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    if os.name == "posix":
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)
            QSettings.setPath(fmt, QSettings.Scope.SystemScope, NOWHERE)
