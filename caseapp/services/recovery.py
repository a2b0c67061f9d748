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

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from caseapp.i18n import Lang, text
from caseapp.storage import backups as store
from caseapp.storage import dbconnect
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


def _service_error(problems: list[str]) -> Exception:
    """The service's error, imported when raised: `check_health` runs before
    the first paint, where the domain model is not loaded yet."""
    from caseapp.services.api import ServiceError

    return ServiceError(problems)


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
        raise _service_error([text("services.no_good_backup", lang, path=str(data_dir))])
    for info in found:
        if name in (info.name, info.path.stem):
            if not info.good:
                raise _service_error([text("services.backup_damaged", lang, name=info.name)])
            return info.path
    raise _service_error([text("services.no_such_backup", lang, name=name)])


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
        # keyed alike in an encrypted data directory (storage.dbconnect)
        source = dbconnect.connect(backup, mode="ro")
        dest = dbconnect.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    from caseapp.domain.vocab import JournalOp

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
    reads the file's first 100 bytes (``storage.health``; in an encrypted data
    directory its size, and page 1 once unlocked). An encryption switch a kill
    interrupted is finished or abandoned first (``storage.switch.recover``):
    mid-way the database may be out of place, which is not damage."""
    _recover_switch(Path(data_dir))
    try:
        check_database(Path(data_dir))
    except DamagedDatabase as exc:
        newest = exc.newest_backup
        return Damage(exc.reason, None if newest is None else newest.name)
    return None


def _recover_switch(data_dir: Path) -> None:
    from caseapp.storage.keyring import SWITCH_STAGE  # = switch.stage_dir, without its imports

    if not (data_dir / SWITCH_STAGE).exists():  # the usual case: nothing heavy before the paint
        return
    from filelock import FileLock, Timeout

    from caseapp.services.service import LOCK_NAME
    from caseapp.storage.switch import recover

    with contextlib.suppress(Timeout), FileLock(str(data_dir / LOCK_NAME), timeout=0, mode=0o600):
        recover(data_dir)


def recheck_newest(damage: Damage, data_dir: Path) -> Damage:
    """``damage`` with its newest good backup found again (an encrypted data
    directory's backups are quick-checked once it is unlocked)."""
    from caseapp.storage.health import newest_good_backup

    newest = newest_good_backup(Path(data_dir))
    return Damage(damage.reason, None if newest is None else newest.name)
