"""Crash logs: what an internal error leaves behind for a bug report.

A crash log holds the traceback, the app and Python versions, the platform
and the command line. It goes into the data directory's ``logs/`` when that
directory already exists (it is never created just for a crash log), else
into a fallback directory under the system's temporary directory. Files are
private (0600, umask 077).

The fallback directory lives in a place every user can write to, so it is
not trusted as found: it is created 0700, and an existing one is used only
if it is a real directory (not a symlink), owned by this user, and private
(its mode is made 0700); otherwise it is skipped. Files are created with
``O_EXCL | O_NOFOLLOW`` so that a planted symlink or file is never followed
or overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import stat
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from caseapp import __version__


def crash_report(exc: BaseException, argv: Sequence[str], *, private: bool = False) -> str:
    """The text of a crash log for ``exc``. ``private`` (an encrypted data
    directory): the stack and the exception types only — no exception message
    and no argument, which could hold a name or a quote in plain text."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if private:
        argv = [*argv[:1], f"<{max(len(argv) - 1, 0)} arguments not shown: encrypted data>"]
    lines = [
        "caseapp crash log",
        f"time: {now}",
        f"version: caseapp {__version__}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"platform: {platform.platform()}",
        f"argv: {list(argv)!r}",
        "",
        _private_traceback(exc) if private else "".join(traceback.format_exception(exc)),
    ]
    return "\n".join(lines)


def _private_traceback(exc: BaseException) -> str:
    """Each exception of the chain: where it was raised (file, line, function,
    no source line, no locals) and its type, without its message."""
    out: list[str] = []
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        summary = traceback.extract_tb(current.__traceback__)
        frames = [f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in summary]
        out.insert(0, "".join(frames) + f"{type(current).__qualname__} (message not shown)\n")
        current = current.__cause__ or current.__context__
    return "Traceback (most recent call last):\n" + "\n".join(out)


def _candidate_dirs(data_dir: Path | None) -> list[Path]:
    dirs: list[Path] = []
    if data_dir is not None and data_dir.is_dir():
        dirs.append(data_dir / "logs")
    with contextlib.suppress(OSError):  # gettempdir() probes by writing a file
        dirs.append(Path(tempfile.gettempdir()) / "caseapp-logs")
    return dirs


class UnsafeDirectory(OSError):
    """The fallback directory exists but is not ours (owner, type)."""


def _checked_dir(directory: Path) -> Path:
    """Create ``directory`` 0700 or check an existing one is a real directory
    owned by this user, and make it 0700. Raises OSError otherwise."""
    with contextlib.suppress(FileExistsError):
        directory.mkdir(mode=0o700, parents=True)
    if os.name != "posix":
        return directory
    # the directory itself, never a symlink to elsewhere: checked and fixed
    # through one descriptor, so nothing can be swapped in between
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        info = os.fstat(fd)
        if not stat.S_ISDIR(info.st_mode):  # pragma: no cover - O_DIRECTORY refuses
            raise UnsafeDirectory(f"not a directory: {directory}")
        if info.st_uid != os.getuid():
            raise UnsafeDirectory(f"owned by someone else: {directory}")
        if stat.S_IMODE(info.st_mode) != 0o700:
            os.fchmod(fd, 0o700)
    finally:
        os.close(fd)
    return directory


def write_crash_log(exc: BaseException, argv: Sequence[str], data_dir: Path | None) -> Path:
    """Write a crash log and return its path.

    Tries ``<data_dir>/logs`` first, then a private directory under the system's
    temp dir, then a fresh temp file. Never raises for an I/O problem of its own
    unless every place fails.
    """
    private = data_dir is not None and (Path(data_dir) / "keys.json").is_file()  # encrypted
    text = crash_report(exc, argv, private=private)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"crash-{stamp}-{os.getpid()}.log"
    for directory in _candidate_dirs(data_dir):
        try:
            path, fd = _new_file(_checked_dir(directory), name)
            _write_whole(fd, path, text)
            return path
        except OSError:
            continue
    fd, tmp = tempfile.mkstemp(prefix="caseapp-crash-", suffix=".log")
    _write_whole(fd, Path(tmp), text)
    return Path(tmp)


def _new_file(directory: Path, name: str) -> tuple[Path, int]:
    """A new file in ``directory`` (``O_EXCL | O_NOFOLLOW``: never an existing
    file or a planted symlink); a second log in the same second from the same
    process takes the next free name (``crash-…-2.log``)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    stem = name.removesuffix(".log")
    for n in range(1, 100):
        path = directory / (name if n == 1 else f"{stem}-{n}.log")
        try:
            return path, os.open(path, flags, 0o600)
        except FileExistsError:
            if path.is_symlink():
                raise  # planted: this directory is not used
            continue
    raise FileExistsError(str(directory / name))


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
