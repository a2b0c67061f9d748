"""The data directory is private to the user: directories 0700, files 0600,
stored evidence 0400. The entry point also sets ``umask 077``; these helpers
make the modes right whatever the umask was."""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
READ_ONLY_MODE = 0o400


def private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it 0700; parents created on the way
    are made 0700 too (mkdir's ``mode`` applies to the leaf only)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    for created in missing:
        os.chmod(created, DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing (never truncating) and make it 0600."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or create inside ``path`` durable (POSIX; no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
