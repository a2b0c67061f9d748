"""Encryption at rest with the damaged-database recovery (issue 12 items 4 and 8
together): an encrypted case's backups are encrypted, `backup list` checks them
with the key, a 0-byte, cut or garbled encrypted database is found (the size
before the passphrase, page 1 after it), set aside and restored from the newest
backup, the restored database is encrypted still, and `verify` replays the
journal of an encrypted case and finds a changed amount."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.cli.main import cli_main
from caseapp.services import encryption, recovery
from caseapp.services.service import CaseService
from caseapp.storage import dbconnect, keyring
from caseapp.storage.health import CIPHER_PAGE, content_counts, problem_of
from tests.encryption.helpers import PASSPHRASE, SAMPLE, plaintext_hits

DB = "caseapp.sqlite3"
REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("switch_child.py")


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    keyring.forget_all()
    yield
    keyring.forget_all()


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("enc") / "data"
    with CaseService(data) as svc:
        case_id = svc.import_file(SAMPLE)
        svc.enable_encryption(PASSPHRASE)
        svc.backup()  # made after the switch: keyed like the database
    keyring.forget_all()
    return data, case_id


@pytest.fixture
def encrypted(encrypted_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    shutil.copytree(encrypted_template[0], data)
    return data, encrypted_template[1]


def _backups(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("*.sqlite3"))


def test_backups_of_an_encrypted_case_are_encrypted_and_checked_with_the_key(
    encrypted: tuple[Path, str],
) -> None:
    data, _case_id = encrypted
    backups = _backups(data)
    assert backups  # made after the switch, through the backup API keyed alike
    for path in backups:
        assert not path.read_bytes().startswith(b"SQLite format 3"), path
        assert path.stat().st_size % CIPHER_PAGE == 0
    assert plaintext_hits(data) == []
    # locked: whole in size only, nothing counted; unlocked: quick-checked with the key
    assert all(info.good for info in recovery.list_backups(data))
    assert content_counts(backups[-1]) is None
    encryption.unlock(data, PASSPHRASE)
    assert all(info.good for info in recovery.list_backups(data))
    # the backup panel's counts (health.content_counts) read it keyed
    assert content_counts(backups[-1]) == content_counts(data / DB)
    assert (content_counts(backups[-1]) or (0, 0))[0] == 1
    with CaseService(data) as svc:
        svc.backup()
    backups = _backups(data)
    assert len(backups) >= 2
    # a backup garbled inside (its size kept) is found once the key is known
    bad = backups[-1]
    raw = bytearray(bad.read_bytes())
    raw[CIPHER_PAGE + 100 : CIPHER_PAGE + 200] = bytes(100)
    bad.write_bytes(bytes(raw))
    found = {info.name: info.good for info in recovery.list_backups(data)}
    assert found[bad.name] is False
    assert found[backups[0].name] is True


@pytest.mark.parametrize("damage", ["empty", "truncated", "garbled"])
def test_a_damaged_encrypted_database_is_restored_encrypted(
    encrypted: tuple[Path, str], damage: str
) -> None:
    data, case_id = encrypted
    encryption.unlock(data, PASSPHRASE)
    with CaseService(data) as svc:
        before = svc.load_case(case_id)
    keyring.forget_all()
    db = data / DB
    size = db.stat().st_size
    if damage == "empty":
        db.write_bytes(b"")
    elif damage == "truncated":
        with db.open("r+b") as fh:
            fh.truncate(size - 1000)  # not a whole number of 4096-byte pages
    else:  # page 1 after its salt overwritten, the size kept: only the key can tell
        raw = bytearray(db.read_bytes())
        raw[16:4000] = os.urandom(4000 - 16)
        db.write_bytes(bytes(raw))
    expected = {"empty": "empty", "truncated": "truncated", "garbled": "not_sqlite"}[damage]
    locked = recovery.check_health(data)  # before the passphrase: the size only
    if damage == "garbled":
        assert locked is None
        assert problem_of(db) is None
    else:
        assert locked is not None and locked.reason == expected
    encryption.unlock(data, PASSPHRASE)
    if locked is None:  # unlocked: page 1 is decrypted and found garbled
        found = recovery.check_health(data)
        assert found is not None and found.reason == expected
        assert found.newest_backup == _backups(data)[-1].name
    assert list(data.glob(f"{DB}.damaged-*")), "the damaged file is kept aside"
    backup, restored = recovery.restore(data)
    assert restored == [case_id]
    assert backup.name == max(p.name for p in _backups(data) if "pre-restore" not in p.name)
    with CaseService(data) as svc:
        assert svc.load_case(case_id).payments == before.payments
        assert svc.verify_case(case_id).ok
        entries = svc.history(case_id)
        assert entries[-1].op == "restore"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert plaintext_hits(data) == []  # the damaged file set aside was encrypted too
    keyring.forget_all()
    with pytest.raises(keyring.Locked):
        dbconnect.connect(db)


def test_verify_replays_an_encrypted_case_and_finds_a_changed_amount(
    encrypted: tuple[Path, str],
) -> None:
    data, case_id = encrypted
    encryption.unlock(data, PASSPHRASE)
    with CaseService(data) as svc:
        assert svc.verify_case(case_id).ok
    conn = dbconnect.connect(data / DB)  # keyed: the data directory is unlocked
    try:
        changed = conn.execute("UPDATE payments SET amount = 100 WHERE rowid = 1").rowcount
        conn.commit()
    finally:
        conn.close()
    assert changed == 1
    with CaseService(data) as svc:
        report = svc.verify_case(case_id)
    assert not report.ok


def _cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["--lang", "en", *args], stdout=out, stderr=err)
    keyring.forget_all()  # every command line run is its own process
    return code, out.getvalue(), err.getvalue()


def test_cli_backup_list_and_restore_ask_for_the_passphrase(
    encrypted: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, case_id = encrypted
    monkeypatch.delenv("CASEAPP_PASSPHRASE_FILE", raising=False)
    (data / DB).write_bytes(b"")
    code, _out, err = _cli(["--data-dir", str(data), "backup", "restore"])
    assert code == 2, err
    assert (data / DB).read_bytes() == b""  # nothing changed
    code, _out, err = _cli(["--data-dir", str(data), "backup", "list"])
    assert code == 2, err
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("CASEAPP_PASSPHRASE_FILE", str(secret))
    code, _out, err = _cli(["--data-dir", str(data), "list"])
    assert code == 3 and "backup restore" in err, err  # damaged: exit 3, the command named
    code, out, err = _cli(["--data-dir", str(data), "backup", "list"])
    assert code == 0, err
    assert len(out.strip().splitlines()) == len(_backups(data))
    assert "damaged" not in out.lower()
    code, out, err = _cli(["--data-dir", str(data), "backup", "restore"])
    assert code == 0, err
    code, out, err = _cli(["--data-dir", str(data), "verify", case_id])
    assert code == 0, out + err
    assert not (data / DB).read_bytes().startswith(b"SQLite format 3")
    assert plaintext_hits(data) == []


def test_an_interrupted_switch_is_finished_before_the_health_check(tmp_path: Path) -> None:
    """SIGKILLed after the commit point, with the database moved out: the
    start-up check (run before the passphrase is asked) finishes the switch
    instead of calling the directory damaged (it has backups, so a missing
    database would be damage)."""
    data = tmp_path / "data"
    with CaseService(data) as svc:
        case_id = svc.import_file(SAMPLE)
        svc.backup()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data), "on", f"moved-out-{DB}"],
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL
    assert not (data / DB).exists()  # mid-way: the old database moved out
    assert recovery.check_health(data) is None
    assert (data / DB).is_file() and (data / "keys.json").is_file()
    assert not list(data.glob(f"{DB}.damaged-*"))
    encryption.unlock(data, PASSPHRASE)
    with CaseService(data) as svc:
        assert svc.verify_case(case_id).ok


@pytest.mark.parametrize("kill_at", [None, "committed", "moved-in-evidence"])
def test_a_damaged_database_set_aside_is_sealed_when_encryption_is_turned_on(
    tmp_path: Path, kill_at: str | None
) -> None:
    """A database set aside as damaged while the directory was plain still
    holds names: turning encryption on seals it whole (kept, never deleted),
    also when the switch is SIGKILLed after its commit point."""
    from caseapp.casefile.sealed import open_sealed
    from caseapp.storage.keys import evidence_key

    data = tmp_path / "data"
    with CaseService(data) as svc:
        case_id = svc.import_file(SAMPLE)
        svc.backup()
    aside = data / f"{DB}.damaged-20261207T000000.000000Z"
    shutil.copyfile(data / DB, aside)  # damaged further on, its first pages readable
    original = aside.read_bytes()
    assert plaintext_hits(data)
    if kill_at is None:
        with CaseService(data) as svc:
            encryption.enable(svc, PASSPHRASE)
    else:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, str(CHILD), str(data), "on", kill_at],
            env=env,
            cwd=REPO,
            capture_output=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == -signal.SIGKILL
        keyring.forget_all()
        assert recovery.check_health(data) is None  # finishes the switch
    keyring.forget_all()
    encryption.unlock(data, PASSPHRASE)
    assert not aside.exists()
    sealed = aside.with_name(aside.name + ".sealed")
    with open_sealed(sealed, evidence_key(keyring.data_key_of(data) or b"")) as fh:
        assert fh.read() == original
    assert plaintext_hits(data) == []
    assert not (data / ".encryption-switch").exists()
    with CaseService(data) as svc:
        assert svc.verify_case(case_id).ok
