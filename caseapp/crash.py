"""Crash logs: what an internal error leaves behind for a bug report.

A crash log holds the traceback, the app and Python versions, the platform
and the command line. It goes into the data directory's ``logs/`` when that
directory already exists (it is never created just for a crash log), else
into the system's temporary directory. Files are private (0600, umask 077).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from caseapp import __version__


def crash_report(exc: BaseException, argv: Sequence[str]) -> str:
    """The text of a crash log for ``exc``."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    lines = [
        "caseapp crash log",
        f"time: {now}",
        f"version: caseapp {__version__}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"platform: {platform.platform()}",
        f"argv: {list(argv)!r}",
        "",
        "".join(traceback.format_exception(exc)),
    ]
    return "\n".join(lines)


def _candidate_dirs(data_dir: Path | None) -> list[Path]:
    dirs: list[Path] = []
    if data_dir is not None and data_dir.is_dir():
        dirs.append(data_dir / "logs")
    with contextlib.suppress(OSError):  # gettempdir() probes by writing a file
        dirs.append(Path(tempfile.gettempdir()) / "caseapp-logs")
    return dirs


def write_crash_log(exc: BaseException, argv: Sequence[str], data_dir: Path | None) -> Path:
    """Write a crash log and return its path.

    Tries ``<data_dir>/logs`` first, then a private directory under the system's
    temp dir, then a fresh temp file. Never raises for an I/O problem of its own
    unless every place fails.
    """
    text = crash_report(exc, argv)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"crash-{stamp}-{os.getpid()}.log"
    for directory in _candidate_dirs(data_dir):
        path = directory / name
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            _write_whole(fd, path, text)
            return path
        except OSError:
            continue
    fd, tmp = tempfile.mkstemp(prefix="caseapp-crash-", suffix=".log")
    _write_whole(fd, Path(tmp), text)
    return Path(tmp)


def _write_whole(fd: int, path: Path, text: str) -> None:
    """Write the log and sync it; a log that cannot be written whole (a full
    disk) is removed, never left empty or cut short."""
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
