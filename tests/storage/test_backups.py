"""Backups: made with the backup API (WAL content included), daily at most
once, pruned, private; restore records the abandoned head."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from caseapp.domain.vocab import JournalOp
from caseapp.services.service import CaseService
from caseapp.storage import backups
from tests.services import factories as f


def test_backup_includes_committed_wal_pages(tmp_path: Path) -> None:
    with CaseService(tmp_path / "d") as svc:
        case_id = svc.create_case(f.make_info())
        svc.set_days(case_id, [f.day(i) for i in range(30)])
        assert (tmp_path / "d" / "caseapp.sqlite3-wal").stat().st_size > 0
        path = svc.backup()
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM days").fetchone()[0] == 30
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert svc.list_backups()[-1] == path


def test_daily_backup_at_most_once_a_day(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with CaseService(data) as svc:
        svc.create_case(f.make_info())
    assert backups.list_backups(data) == []  # a new, empty directory has nothing to keep
    with CaseService(data):
        pass
    daily = [p for p in backups.list_backups(data) if "daily" in p.name]
    assert len(daily) == 1
    with CaseService(data):
        pass
    assert [p for p in backups.list_backups(data) if "daily" in p.name] == daily
    assert backups.daily_backup_due(data, dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1))


def test_prune_keeps_newest_and_every_pre_migration(tmp_path: Path) -> None:
    data = tmp_path / "d"
    with CaseService(data) as svc:
        svc.create_case(f.make_info())
    db = data / "caseapp.sqlite3"
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    backups.make_backup(db, data, "pre-migration-0001", start)
    made = [
        backups.make_backup(db, data, "manual", start + dt.timedelta(hours=n)) for n in range(1, 15)
    ]
    names = [p.name for p in backups.list_backups(data)]
    assert len(names) == 11
    assert any("pre-migration-0001" in n for n in names)
    assert [p.name for p in made[-10:]] == [n for n in names if "manual" in n]


def test_restore_records_abandoned_head(tmp_path: Path) -> None:
    with CaseService(tmp_path / "d") as svc:
        case_id = svc.create_case(f.make_info())
        svc.set_days(case_id, [f.day(0)])
        saved = svc.backup()
        svc.set_days(case_id, [f.day(1)])
        svc.save_record(case_id, f.payment())
        _entries, abandoned = svc.journal_head(case_id)
        assert svc.restore_backup(saved) == [case_id]
        case = svc.load_case(case_id)
        assert [d.date for d in case.days] == [f.day(0).date]
        assert case.payments == ()
        last = json.loads(svc.journal_lines(case_id)[-1])
        assert last["op"] == JournalOp.RESTORE and last["abandoned_head"] == abandoned
        assert last["seq"] == 3  # the chain continues from the backup's head
        assert svc.verify_case(case_id).ok
        assert svc.undo_last(case_id) is None
        assert any("pre-restore" in p.name for p in svc.list_backups())


def test_restore_of_an_older_schema_backup_upgrades_it(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "v0001.sqlite3"
    expected = json.loads((fixture.parent / "v0001.expected.json").read_text())
    with CaseService(tmp_path / "d") as svc:
        mine = svc.create_case(f.make_info())
        assert svc.restore_backup(fixture) == [expected["case_id"]]
        assert [c.id for c in svc.list_cases()] == [expected["case_id"]]
        lines = svc.journal_lines(expected["case_id"])
        assert [line.decode() for line in lines[:-1]] == expected["journal"]
        last = json.loads(lines[-1])
        assert last["op"] == "restore" and last["abandoned_head"] is None
        pre = [p for p in svc.list_backups() if "pre-restore" in p.name]
        conn = sqlite3.connect(pre[0])  # the case it replaced is kept there
        assert conn.execute("SELECT case_id FROM cases").fetchall() == [(mine,)]
        conn.close()
        from caseapp.storage.engine import read_revision
        from caseapp.storage.migrate import HEAD

        assert read_revision(svc.db_path) == HEAD
