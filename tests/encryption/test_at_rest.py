"""Encryption at rest (issue 12 item 8): with encryption on, no name, quote or
amount of the case is anywhere under the data directory — database, -wal,
backups, evidence, logs — the directory refuses to open without the
passphrase, a wrong passphrase changes nothing, and it can be turned off."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.services import encryption
from caseapp.services.api import ServiceError
from caseapp.services.service import CaseService
from caseapp.storage import keyring
from tests.encryption.helpers import PASSPHRASE, SAMPLE, every_file, needles, plaintext_hits


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    keyring.forget_all()
    yield
    keyring.forget_all()


@pytest.fixture(scope="module")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("plain") / "data"
    with CaseService(data) as svc:
        svc.import_file(SAMPLE)
        svc.backup()
    return data


def _copy(template: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(template, data)
    return data


def test_no_plaintext_anywhere_when_encrypted(plain_template: Path, tmp_path: Path) -> None:
    data = _copy(plain_template, tmp_path)
    assert needles(), "the sample has names, quotes and amounts"
    assert plaintext_hits(data), "the grep finds them in a plain data directory"
    logs = data / "logs"
    logs.mkdir(mode=0o700)
    (logs / "caseapp.log").write_text("WARNING caseapp.report: exhibit E1 unprintable\n")
    svc = CaseService(data)
    recovery = svc.enable_encryption(PASSPHRASE)
    assert len(encryption_key_groups := recovery.split("-")) == 8
    assert all(len(g) == 5 for g in encryption_key_groups)
    case_id = svc.list_cases()[0].id
    assert svc.verify_case(case_id).ok
    svc.backup()
    # while open, after a write: the -wal and -shm files are checked too
    import dataclasses

    info = svc.load_case(case_id).info
    svc.update_case_info(case_id, dataclasses.replace(info, title=(info.title or "") + " 2"))
    assert (data / "caseapp.sqlite3-wal").exists()
    assert plaintext_hits(data) == []
    svc.close()
    assert plaintext_hits(data) == []
    names = {p.name for p in every_file(data)}
    assert "keys.json" in names
    assert not (data / ".encryption-switch").exists()
    # every SQLite file is SQLCipher's: no plain SQLite header anywhere
    for path in every_file(data):
        assert not path.read_bytes().startswith(b"SQLite format 3"), path


def test_locked_without_passphrase_and_wrong_one_changes_nothing(
    plain_template: Path, tmp_path: Path
) -> None:
    data = _copy(plain_template, tmp_path)
    with CaseService(data) as svc:
        svc.enable_encryption(PASSPHRASE)
    keyring.forget_all()
    before = {p: p.read_bytes() for p in every_file(data)}
    with pytest.raises(keyring.Locked):
        CaseService(data)
    with pytest.raises(encryption.WrongPassphrase):
        encryption.unlock(data, PASSPHRASE + "x")
    with pytest.raises(keyring.Locked):
        CaseService(data)
    after = {p: p.read_bytes() for p in every_file(data)}
    assert after == before
    encryption.unlock(data, PASSPHRASE)
    with CaseService(data) as svc:
        case_id = svc.list_cases()[0].id
        assert svc.verify_case(case_id).ok


def test_recovery_key_and_passphrase_change(plain_template: Path, tmp_path: Path) -> None:
    data = _copy(plain_template, tmp_path)
    with CaseService(data) as svc:
        recovery = svc.enable_encryption(PASSPHRASE)
        db_before = (data / "caseapp.sqlite3").stat().st_size
        with pytest.raises(ServiceError):
            svc.change_passphrase("not it", "new passphrase 2")
        with pytest.raises(ServiceError):
            svc.change_passphrase(PASSPHRASE, "short")
        svc.change_passphrase(recovery.lower().replace("-", " "), "new passphrase 2", recovery=True)
        assert (data / "caseapp.sqlite3").stat().st_size == db_before
    keyring.forget_all()
    with pytest.raises(encryption.WrongPassphrase):
        encryption.unlock(data, PASSPHRASE)
    encryption.unlock(data, "new passphrase 2")
    keyring.forget_all()
    encryption.unlock(data, recovery, recovery=True)
    with CaseService(data) as svc:
        assert len(svc.list_cases()) == 1


def test_turn_off_gives_the_plain_directory_back(plain_template: Path, tmp_path: Path) -> None:
    data = _copy(plain_template, tmp_path)
    with CaseService(data) as svc:
        case_id = svc.list_cases()[0].id
        original = svc.load_case(case_id)
        svc.enable_encryption(PASSPHRASE)
        with pytest.raises(ServiceError):
            svc.disable_encryption("wrong passphrase")
        assert keyring.is_encrypted(data)
        svc.disable_encryption(PASSPHRASE)
        assert not keyring.is_encrypted(data)
        assert svc.load_case(case_id) == original
        assert svc.verify_case(case_id).ok
    keyring.forget_all()
    with CaseService(data) as svc:  # no passphrase needed any more
        assert svc.load_case(case_id) == original
    assert (data / "caseapp.sqlite3").read_bytes().startswith(b"SQLite format 3")


def test_a_crash_log_in_an_encrypted_directory_holds_no_message(tmp_path: Path) -> None:
    from caseapp.crash import write_crash_log

    data = tmp_path / "data"
    data.mkdir()
    (data / "logs").mkdir()
    try:
        try:
            raise KeyError("李青")
        except KeyError as inner:
            raise RuntimeError("王建国 14000.00") from inner
    except RuntimeError as exc:
        plain = write_crash_log(exc, ["caseapp", "report", "李青.caseapp.zip"], data)
        assert "王建国" in plain.read_text(encoding="utf-8")  # a plain directory: the full text
        (data / "keys.json").write_text("{}", encoding="utf-8")  # encryption on
        private = write_crash_log(exc, ["caseapp", "report", "李青.caseapp.zip"], data)
    text = private.read_text(encoding="utf-8")
    assert private.parent == data / "logs"
    for word in ("李青", "王建国", "14000.00"):
        assert word not in text
    assert "RuntimeError (message not shown)" in text and "KeyError" in text
    assert "test_at_rest.py" in text  # where it happened is still there
