"""Restoring the data directory from its automatic backups
(``caseapp backup list`` / ``caseapp backup restore [NAME]``, and the app's
case settings).

Restoring works whether the live database is whole or not. Whole: the
service's own ``restore_backup`` (the current database is backed up first,
each case's ``restore`` entry names the head it abandoned). Damaged (empty,
truncated, garbled or deleted — ``storage.health``): the damaged file is
already set aside; the backup is copied into place with SQLite's backup API
under the data directory's lock, and each case gets a ``restore`` entry whose
``abandoned_head`` is null (the damaged journal could not be read) and whose
``backup`` names the file restored.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.vocab import JournalOp
from caseapp.i18n import Lang, text
from caseapp.services.api import ServiceError
from caseapp.storage import backups as store
from caseapp.storage.health import (
    DamagedDatabase,
    check_database,
    content_counts,
    is_good_backup,
)
from caseapp.storage.lean import db_path
from caseapp.storage.private import private_file


@dataclass(frozen=True, slots=True)
class BackupInfo:
    name: str
    path: Path
    size: int
    good: bool
    cases: int | None = None  # None: a damaged backup, not counted
    records: int | None = None  # people, days, tasks, payments, SI months, incidents, evidence


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups, newest first, each checked (``good``: whole, passes
    quick_check) and, when good, with how many cases and records it holds."""
    found: list[BackupInfo] = []
    for p in reversed(store.list_backups(data_dir)):
        good = is_good_backup(p)
        counts = content_counts(p) if good else None
        cases, records = counts if counts is not None else (None, None)
        found.append(BackupInfo(p.name, p, p.stat().st_size, good, cases, records))
    return found


def pick(data_dir: Path, name: str | None, lang: Lang = "zh") -> Path:
    """The backup called ``name`` (file name or its stem), or the newest good one."""
    found = list_backups(data_dir)
    if name is None:
        for info in found:
            if info.good:
                return info.path
        raise ServiceError([text("services.no_good_backup", lang, path=str(data_dir))])
    for info in found:
        if name in (info.name, info.path.stem):
            if not info.good:
                raise ServiceError([text("services.backup_damaged", lang, name=info.name)])
            return info.path
    raise ServiceError([text("services.no_such_backup", lang, name=name)])


def restore(
    data_dir: Path, name: str | None = None, *, lang: Lang = "zh"
) -> tuple[Path, list[str]]:
    """Restore the backup ``name`` (or the newest good one); returns it and the
    restored cases' ids, each with a ``restore`` journal entry."""
    from filelock import FileLock

    from caseapp.services.service import LOCK_NAME, CaseService

    data_dir = Path(data_dir)
    backup = pick(data_dir, name, lang)
    try:
        check_database(data_dir)
        damaged = False
    except DamagedDatabase:
        damaged = True  # set aside by the check
    if not damaged:
        with CaseService(data_dir, lang=lang) as svc:
            return backup, svc.restore_backup(backup)
    with FileLock(str(data_dir / LOCK_NAME), timeout=0, mode=0o600):
        target = private_file(db_path(data_dir))
        source = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    restored: list[str] = []
    with CaseService(data_dir, lang=lang) as svc:
        for summary in svc.list_cases():
            with svc.write(summary.id, JournalOp.RESTORE) as tx:
                tx.extra["abandoned_head"] = None
                tx.extra["backup"] = backup.name
            restored.append(summary.id)
    return backup, restored


def backup_time(info: BackupInfo) -> dt.datetime | None:
    """When a backup was made, from its name (``20261207T064400.123456Z-…``)."""
    try:
        return dt.datetime.strptime(info.name[:23], "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Damage:
    """A damaged database found at start-up (already set aside)."""

    reason: str  # "missing", "empty", "not_sqlite", "truncated"
    newest_backup: str | None  # the newest good backup's file name


def check_health(data_dir: Path) -> Damage | None:
    """None when the database is whole or the data directory is new; else the
    damage (the damaged file set aside) and the newest good backup. Cheap: it
    reads the file's first 100 bytes (``storage.health``)."""
    try:
        check_database(Path(data_dir))
    except DamagedDatabase as exc:
        newest = exc.newest_backup
        return Damage(exc.reason, None if newest is None else newest.name)
    return None
