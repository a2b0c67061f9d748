"""Is the data directory inside a folder a cloud service syncs (OneDrive,
Dropbox, iCloud Drive, Google Drive, 百度网盘, 坚果云)? Then copies of the
case leave this computer, and sync tools can corrupt a live database."""

from __future__ import annotations

import os
from pathlib import Path

# (service name, folder names that mark it; compared case-insensitively)
SERVICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("OneDrive", ("onedrive",)),
    ("Dropbox", ("dropbox",)),
    ("iCloud Drive", ("icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs")),
    ("Google Drive", ("google drive", "googledrive", "my drive")),
    ("百度网盘", ("百度网盘", "baidunetdisk", "baiduyunguanjia", "baidunetdiskdownload")),
    ("坚果云", ("坚果云", "nutstore", "我的坚果云")),
)


def cloud_service(path: Path, environ: dict[str, str] | None = None) -> str | None:
    """The name of the sync service whose folder holds ``path``, else None."""
    env = os.environ if environ is None else environ
    resolved = Path(os.path.abspath(path))
    for part in resolved.parts:
        lowered = part.lower()
        for name, marks in SERVICES:
            if any(lowered == m or lowered.startswith(m + " -") for m in marks):
                return name
    for var in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        root = env.get(var)
        if root:
            try:
                resolved.relative_to(Path(os.path.abspath(root)))
                return "OneDrive"
            except ValueError:
                continue
    return None
