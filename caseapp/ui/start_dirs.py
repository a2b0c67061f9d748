"""Where Qt's file dialogs open: in the user's own folders, never in the
program's folder (Qt's default: the working directory).

- picking evidence (screenshots, photos, payslips): Pictures, else Downloads,
  else home;
- opening a case file someone sent, saving a PDF, a calendar or the folder
  for the lawyer: Downloads, else home.

Each folder is the platform's own (``QStandardPaths``: the XDG user dirs on
Linux, e.g. ~/图片), used only if it exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

Location = QStandardPaths.StandardLocation


def _first_existing(*locations: QStandardPaths.StandardLocation) -> str:
    for location in locations:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def for_evidence() -> str:
    return _first_existing(Location.PicturesLocation, Location.DownloadLocation)


def for_documents() -> str:
    return _first_existing(Location.DownloadLocation)


def in_documents(name: str) -> str:
    """A file name to save, placed in ``for_documents()``."""
    return str(Path(for_documents()) / name)
