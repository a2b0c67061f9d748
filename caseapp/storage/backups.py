"""Automatic backups, as Anki does them.

A backup is a consistent copy of the live database made with SQLite's online
backup API (``sqlite3.Connection.backup``; a file copy could miss pages that
are still in the WAL). Made before a migration, before an import that
replaces a case, before a purge or a restore, and at most once a day when the
data directory is opened. Files are ``backups/<UTC stamp>-<reason>.sqlite3``,
mode 0600. Pruning keeps every pre-migration backup and the newest
``KEEP`` of the others.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from caseapp.storage.private import FILE_MODE, private_dir, private_file

BACKUP_DIR = "backups"
KEEP = 10
MIGRATION_PREFIX = "pre-migration"
DAILY = "daily"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def make_backup(db: Path, data_dir: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy ``db`` into ``backups/`` with the backup API; returns the new file."""
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = private_dir(backups_dir(data_dir))
    stem = f"{when:%Y%m%dT%H%M%S.%fZ}-{reason}"
    target = folder / f"{stem}.sqlite3"
    counter = 1
    while target.exists():
        target = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    # Written under a temporary name and renamed when whole: a backup that fails
    # (a full disk) leaves no empty or partial file, and since no backup was
    # made today, the next start tries again.
    partial = target.with_name(target.name + ".partial")
    try:
        private_file(partial)
        source = sqlite3.connect(db)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
            source.close()
        partial.chmod(FILE_MODE)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, Path(str(partial) + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    prune(data_dir)
    return target


def list_backups(data_dir: Path) -> list[Path]:
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"))


def prune(data_dir: Path, keep: int = KEEP) -> None:
    others = [p for p in list_backups(data_dir) if MIGRATION_PREFIX not in p.name]
    for old in others[:-keep] if keep else others:
        old.unlink()


def daily_backup_due(data_dir: Path, today: dt.date | None = None) -> bool:
    """True when no backup was made today (UTC)."""
    day = (today or dt.datetime.now(dt.UTC).date()).strftime("%Y%m%d")
    return not any(p.name.startswith(day) for p in list_backups(data_dir))
