"""The app's start-up on an encrypted data directory whose database is
damaged (issue 12 items 4 and 8 together): the check before the passphrase
sees only the file's size, so a garbled page 1 is found after it; then the
recovery dialog restores the newest (encrypted) backup and the database stays
encrypted. Quitting at the passphrase changes nothing and exits 0."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from caseapp.services import encryption
from caseapp.services.recovery import check_health
from caseapp.services.service import CaseService
from caseapp.storage import keyring
from caseapp.ui.app import EXIT_ENVIRONMENT, settle_start
from caseapp.ui.unlock import UnlockDialog
from tests.services import factories

PASSPHRASE = "correct horse battery"
DB = "caseapp.sqlite3"


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    keyring.forget_all()
    yield
    keyring.forget_all()


def _encrypted_case(data: Path) -> str:
    with CaseService(data) as svc:
        case_id = svc.create_case(factories.make_info())
        svc.set_days(case_id, [Day(date=dt.date(2025, 4, 1), status=DayStatus.STANDBY)])
        svc.enable_encryption(PASSPHRASE)
        svc.backup()
    keyring.forget_all()
    return case_id


def _garble_page_one(data: Path) -> bytes:
    db = data / DB
    raw = bytearray(db.read_bytes())
    raw[16:4000] = os.urandom(4000 - 16)  # the size kept: only the key can tell
    db.write_bytes(bytes(raw))
    return bytes(raw)


def _answer_unlock(secrets: list[str | None], seen: list[str]) -> None:
    """Type each secret into the unlock dialog in turn (None: press Quit)."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, step)
            return
        secret = secrets.pop(0)
        if secret is None:
            dialog.reject()
            return
        dialog.passphrase.setText(secret)
        dialog.try_unlock()
        seen.append(dialog.error.text())
        if secrets:
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def _click_later(label: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text() == label:
                button.click()
                return
        raise AssertionError([b.text() for b in box.findChildren(QPushButton)])

    QTimer.singleShot(20, click)


def test_garbled_encrypted_database_found_after_the_passphrase_and_restored(
    qapp: QApplication, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    case_id = _encrypted_case(data)
    backup = sorted((data / "backups").glob("*.sqlite3"))[-1]
    _garble_page_one(data)
    assert check_health(data) is None  # locked: the size is right
    errors: list[str] = []
    _answer_unlock(["not the passphrase", PASSPHRASE], errors)
    boxes: list[str] = []
    _click_later("Restore the newest backup", boxes)
    assert settle_start(data, "en", None, encrypted=True) is None
    assert len(errors) == 2 and errors[0]  # a wrong passphrase said so, the right one opened
    assert backup.name in boxes[0]
    assert list(data.glob(f"{DB}.damaged-*"))
    assert not (data / DB).read_bytes().startswith(b"SQLite format 3")
    with CaseService(data) as svc:
        assert [d.date for d in svc.load_case(case_id).days] == [dt.date(2025, 4, 1)]
        assert svc.verify_case(case_id).ok
    keyring.forget_all()
    assert encryption.is_encrypted(data) and not encryption.is_unlocked(data)


def test_quit_at_the_passphrase_changes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _encrypted_case(data)
    garbled = _garble_page_one(data)
    _answer_unlock([None], [])
    assert settle_start(data, "en", None, encrypted=True) == 0
    assert (data / DB).read_bytes() == garbled  # not even set aside
    assert not encryption.is_unlocked(data)


def test_quit_at_the_recovery_dialog_exits_3(qapp: QApplication, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _encrypted_case(data)
    (data / DB).write_bytes(b"")
    damage = check_health(data)  # before the passphrase: empty, with backups
    assert damage is not None and damage.reason == "empty"
    _answer_unlock([PASSPHRASE], [])
    _click_later("Quit", [])
    assert settle_start(data, "en", damage, encrypted=True) == EXIT_ENVIRONMENT
    assert not (data / DB).exists()
    assert list(data.glob(f"{DB}.damaged-*"))
