"""The data directory is private to the user: directories 0700, files 0600,
stored evidence 0400. The entry point also sets ``umask 077``; these helpers
make the modes right whatever the umask was. Files replaced whole are
written with `caseapp.atomic` (0600 unless told otherwise)."""

from __future__ import annotations

import os
from pathlib import Path

from caseapp.atomic import PRIVATE_MODE

DIR_MODE = 0o700
FILE_MODE = PRIVATE_MODE  # 0600, what caseapp.atomic writes
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


def is_read_only(data_dir: Path) -> bool:
    """True when ``data_dir`` exists and nothing can be written in it
    (read-only media, or a directory not ours to write)."""
    import errno
    import tempfile

    if not data_dir.is_dir():
        return False
    try:
        with tempfile.TemporaryFile(dir=data_dir):
            return False
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return True
        raise
