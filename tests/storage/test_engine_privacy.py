"""Pragmas on a service connection, and a data directory private to the user."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.domain.model import Evidence
from caseapp.services.api import DataDirInUse
from caseapp.services.service import CaseService
from tests.services import factories as f


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)  # as if the entry point had not set 077
    try:
        yield
    finally:
        os.umask(old)


def test_pragmas_on_service_connection(tmp_path: Path) -> None:
    with CaseService(tmp_path / "d") as svc, svc._engine.connect() as conn:
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_private(tmp_path: Path, loose_umask: None) -> None:
    data = tmp_path / "d"
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"notice photo")
    with CaseService(data) as svc:
        case_id = svc.create_case(f.make_info())
        svc.set_days(case_id, [f.day(0)])
        ev = svc.add_evidence_files(case_id, f.evidence(), [source]).one(Evidence)
        backup = svc.backup()
        assert mode(data) == 0o700
        db = data / "caseapp.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            path = Path(str(db) + suffix)
            assert path.exists(), path
            assert mode(path) == 0o600, path
        assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
        stored = svc.evidence_file_path(ev.files[0].sha256)
        assert mode(stored) == 0o400
        assert mode(stored.parent) == 0o700 and mode(data / "evidence") == 0o700
        for path in data.rglob("*"):
            if path.is_dir():
                assert mode(path) == 0o700, path
            else:
                assert mode(path) & 0o077 == 0, path


def test_second_service_on_same_dir_refused(tmp_path: Path) -> None:
    with CaseService(tmp_path / "d"), pytest.raises(DataDirInUse):
        CaseService(tmp_path / "d")
    with CaseService(tmp_path / "d"):  # released on close
        pass


def test_failed_open_releases_the_directory(tmp_path: Path) -> None:
    from caseapp.storage.health import DamagedDatabase

    data = tmp_path / "d"
    data.mkdir()
    (data / "caseapp.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabase):  # the health check's (issue 12 item 4)
        CaseService(data)
    # The damaged file was set aside (never deleted) and the lock released: the
    # next attempt opens (no DataDirInUse), on a new database beside the kept one.
    kept = list(data.glob("caseapp.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not a database" * 100
    with CaseService(data) as svc:
        assert svc.list_cases() == []
