"""A damaged or empty database (issue 12, item 4).

A deleted, 0-byte, truncated or garbled `caseapp.sqlite3` is never taken for a
new empty one: every command stops with exit 3 and a message naming the
newest good backup; the damaged file is kept aside; `caseapp backup list`
shows the backups newest first and `caseapp backup restore` brings back the
newest, recorded as a journal `restore` entry, with nothing lost up to it.
A backup that fails leaves no file behind and is made again at the next start.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.__main__ import main
from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from caseapp.services.service import CaseService
from caseapp.storage.backups import list_backups


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _delete(db: Path) -> None:
    db.unlink()


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])


def _garble(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for i in range(0, 4096, 7):
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "deleted": _delete,
    "emptied": _empty,
    "truncated": _truncate,
    "garbled": _garble,
}


@pytest.mark.parametrize("how", list(DAMAGE))
def test_damage_stops_every_command_and_the_newest_backup_restores_everything_up_to_it(
    how: str, data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with CaseService(data_dir) as svc:
        svc.set_days(case_id, [Day(date=dt.date(2025, 4, 1), status=DayStatus.STANDBY)])
        older = svc.backup()
        svc.set_days(case_id, [Day(date=dt.date(2025, 4, 2), status=DayStatus.STANDBY)])
        newest = svc.backup()
        kept = svc.load_case(case_id)
        head_at_backup = svc.journal_head(case_id)
    assert older.name < newest.name
    db = data_dir / "caseapp.sqlite3"
    DAMAGE[how](db)

    for argv in (["list"], ["check", case_id], ["verify", case_id], ["export", case_id, "-o",
                 str(data_dir.parent / "x.caseapp.zip")]):  # fmt: skip
        code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
        assert code == 3, (argv, out, err)
        assert newest.name in err, err
        assert "Traceback" not in err
    assert not (data_dir.parent / "x.caseapp.zip").exists()
    if how != "deleted":
        aside = list(data_dir.glob("caseapp.sqlite3.damaged-*"))
        assert [p for p in aside if not p.name.endswith(("-wal", "-shm"))], "kept aside"
    assert not db.exists() or db.stat().st_size == 0 or how == "deleted"

    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "list")
    assert code == 0, err
    names = [line.split("\t")[0] for line in out.splitlines()]
    assert names[:2] == [newest.name, older.name]  # newest first

    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "restore")
    assert code == 0, err
    assert newest.name in out

    with CaseService(data_dir) as svc:
        assert svc.load_case(case_id) == kept  # nothing lost up to the backup
        lines = svc.journal_lines(case_id)
        last = json.loads(lines[-1])
        assert last["op"] == "restore" and last["backup"] == newest.name
        assert len(lines) == head_at_backup[0] + 1
    code, out, err = run(capsys, "--data-dir", str(data_dir), "verify", case_id)
    assert code == 0, out + err


def test_restore_by_name_when_the_database_is_whole(
    data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with CaseService(data_dir) as svc:
        first = svc.backup()
        before = svc.load_case(case_id)
        svc.set_days(case_id, [Day(date=dt.date(2025, 4, 3), status=DayStatus.STANDBY)])
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "backup", "restore", first.stem)
    assert code == 0, err
    with CaseService(data_dir) as svc:
        assert svc.load_case(case_id).days == before.days
        assert json.loads(svc.journal_lines(case_id)[-1])["op"] == "restore"
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "backup", "restore", "nope")
    assert code == 2, err


def test_a_new_data_directory_is_still_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "new"
    data.mkdir()
    (data / "caseapp.sqlite3").write_bytes(b"")  # a first start that never finished
    code, _out, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 0, err


def test_a_failed_backup_leaves_no_file_and_is_made_at_the_next_start(
    data_dir: Path, case_id: str
) -> None:
    """A real write failure: the file size limit (RLIMIT_FSIZE) stops the
    backup part-way, as a full disk would."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = (
        "import resource, signal, sys, pathlib\n"
        "from caseapp.storage.backups import make_backup\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))\n"
        "d = pathlib.Path(sys.argv[1])\n"
        "try:\n"
        "    make_backup(d / 'caseapp.sqlite3', d, 'daily')\n"
        "except Exception as exc:\n"
        "    print('failed', type(exc).__name__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.startswith("failed"), done.stdout + done.stderr
    assert list((data_dir / "backups").iterdir()) == []  # no empty, no partial file
    with CaseService(data_dir):
        pass  # the next start: no backup today yet, so one is made
    assert [p for p in list_backups(data_dir) if p.name.endswith("-daily.sqlite3")]


def test_backup_list_counts_cases_and_records(
    data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each line: name, time, bytes, state, cases, records; a damaged backup
    is not counted ("-")."""
    with CaseService(data_dir) as svc:
        before = svc.load_case(case_id)
        first = svc.backup()
        svc.set_days(
            case_id,
            [
                Day(date=dt.date(2025, 4, 3), status=DayStatus.STANDBY),
                Day(date=dt.date(2025, 4, 4), status=DayStatus.STANDBY),
            ],
        )
        second = svc.backup()
    records = sum(len(part) for part in (before.people, before.days, before.incidents))
    records += sum(len(part) for part in (before.tasks, before.payments, before.evidence))
    records += len(before.social_insurance)
    broken = second.with_name(second.stem + "-x.sqlite3")
    broken.write_bytes(b"not a database")
    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "list")
    assert code == 0, err
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert rows[first.name][4:] == ["1", str(records)]
    new_days = {dt.date(2025, 4, 3), dt.date(2025, 4, 4)} - {d.date for d in before.days}
    assert rows[second.name][4:] == ["1", str(records + len(new_days))]
    assert rows[broken.name][4:] == ["-", "-"]
