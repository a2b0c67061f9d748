"""Is the database file whole? Checked before it is opened, so a damaged file
is never taken for a new, empty one.

The checks cost next to nothing at start-up (no page is read but the first):

- a file of 0 bytes, or none at all, is *new* only while the data directory
  holds no backup; once a backup exists, the database was deleted or emptied;
- the first 16 bytes must be SQLite's magic ``"SQLite format 3\\0"``;
- the page size (bytes 16–17) must be a power of two from 512 to 65536, and
  the file at least as long as the page count in the header (bytes 28–31)
  says: a truncated file is shorter.

Damage found deeper (a garbled page) shows when SQLite reads it ("database
disk image is malformed"); ``services.faults`` names that fault too.

A damaged file is moved aside — ``caseapp.sqlite3.damaged-<UTC stamp>``, with
its ``-wal`` and ``-shm`` — and never deleted; the newest good backup is
named so it can be restored (``caseapp backup restore``).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

from caseapp.storage.backups import list_backups
from caseapp.storage.lean import db_path

MAGIC = b"SQLite format 3\x00"
DAMAGED_SUFFIX = ".damaged-"


class DamagedDatabase(OSError):
    """The database file is missing, empty, truncated or garbled while the data
    directory shows it held data. ``newest_backup``: the newest good backup."""

    def __init__(self, path: Path, reason: str, newest_backup: Path | None) -> None:
        super().__init__(errno.EIO, f"damaged database ({reason})", str(path))
        self.reason = reason
        self.newest_backup = newest_backup


def problem_of(path: Path) -> str | None:
    """Why ``path`` is not a whole SQLite database (None: it looks whole).
    An empty or missing file is ``"empty"`` / ``"missing"``."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "empty"
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(MAGIC):
        return "not_sqlite"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "not_sqlite"
    pages = int.from_bytes(header[28:32], "big")
    if size < pages * page_size or size % page_size:
        return "truncated"
    return None


def is_good_backup(path: Path) -> bool:
    """A backup that is whole and passes SQLite's quick check."""
    if problem_of(path) is not None:
        return False
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone() == ("ok",))
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def content_counts(path: Path) -> tuple[int, int] | None:
    """How many cases and records (people, days, tasks, payments, social
    insurance months, incidents, evidence: ``models.RECORD_TABLES``) a
    database file holds, read without writing; None when it cannot be read.
    A table the file does not have yet (an older schema) counts 0."""
    from caseapp.storage.models import RECORD_TABLES

    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "cases" not in tables:
                return None
            cases = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
            records = 0
            for row_class in RECORD_TABLES.values():
                name = str(row_class.__table__.name)  # type: ignore[attr-defined]
                if name in tables:
                    records += int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            return cases, records
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def newest_good_backup(data_dir: Path) -> Path | None:
    for candidate in reversed(list_backups(data_dir)):
        if is_good_backup(candidate):
            return candidate
    return None


def check_database(data_dir: Path) -> None:
    """Raise DamagedDatabase, with the damaged file moved aside, unless the
    database is whole or the data directory is new (no file, no backup)."""
    path = db_path(data_dir)
    reason = problem_of(path)
    if reason is None:
        return
    if reason in ("missing", "empty") and not list_backups(data_dir):
        return  # a new data directory (or one whose first start never finished)
    if reason != "missing":
        set_aside(path)
    raise DamagedDatabase(path, reason, newest_good_backup(data_dir))


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its -wal, -shm) aside; returns its new name."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    target = path.with_name(path.name + DAMAGED_SUFFIX + stamp)
    for suffix in ("-wal", "-shm", ""):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(target) + suffix))
    return target
