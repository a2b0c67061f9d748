"""Which failures are the environment's, not a defect (exit 3, never a crash log).

A full disk, read-only media, a permission refused, an I/O error and a busy
database arrive as ``OSError`` (with its errno) or as SQLite's own errors —
``sqlite3.OperationalError``, wrapped by SQLAlchemy in its
``OperationalError`` — whose only clue is the message SQLite gives. Both are
classified here, once, for the command line and the desktop app.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from typing import Literal

from caseapp.storage.health import DamagedDatabase

Fault = Literal["disk_full", "read_only", "permission", "io", "in_use", "damaged"]

_ERRNO: dict[int, Fault] = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EIO: "io",
}

# SQLite's messages (sqlite3.c, sqlite3ErrStr) for the result codes that mean
# the environment: SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR,
# SQLITE_BUSY/LOCKED, SQLITE_NOTADB/CORRUPT.
_SQLITE: tuple[tuple[str, Fault], ...] = (
    ("database or disk is full", "disk_full"),
    ("readonly database", "read_only"),
    ("read-only", "read_only"),
    ("unable to open database file", "permission"),
    ("disk i/o error", "io"),
    ("database is locked", "in_use"),
    ("database table is locked", "in_use"),
    ("file is not a database", "damaged"),
    ("database disk image is malformed", "damaged"),
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        orig = getattr(item, "orig", None)  # SQLAlchemy's DBAPIError wraps sqlite3's
        todo += [item.__cause__, item.__context__]
        if isinstance(orig, BaseException):
            todo.append(orig)


def environment_fault(exc: BaseException) -> Fault | None:
    """The kind of environment failure ``exc`` is (or was caused by), or None."""
    for item in _chain(exc):
        if isinstance(item, DamagedDatabase):
            return "damaged"
        if isinstance(item, OSError) and item.errno in _ERRNO:
            return _ERRNO[item.errno]
        if isinstance(item, sqlite3.Error) or type(item).__module__.startswith("sqlalchemy"):
            text = str(item).lower()
            for needle, fault in _SQLITE:
                if needle in text:
                    return fault
    for item in _chain(exc):
        if isinstance(item, OSError) and not isinstance(item, BrokenPipeError):
            return "io"
    return None
