"""The app on a damaged database (issue 12, item 4): it says so, names the
newest good backup and restores it at one click; "Quit" restores nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus
from caseapp.services.recovery import check_health
from caseapp.services.service import CaseService
from caseapp.ui.recovery_dialog import offer_restore
from tests.services import factories


def _case(data_dir: Path) -> tuple[str, Path]:
    with CaseService(data_dir) as svc:
        case_id = svc.create_case(factories.make_info())
        svc.set_days(case_id, [Day(date=dt.date(2025, 4, 1), status=DayStatus.STANDBY)])
        backup = svc.backup()
    return case_id, backup


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
        # No such button: close the box (a raise here would leave it open and
        # the test hanging) and let the test fail on what it saw.
        seen.append(f"no button {label!r} in {[b.text() for b in box.findChildren(QPushButton)]}")
        box.reject()

    QTimer.singleShot(20, click)


def test_the_app_restores_the_newest_backup_at_one_click(
    qapp: QApplication, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    case_id, backup = _case(data)
    (data / "caseapp.sqlite3").write_bytes(b"")
    damage = check_health(data)
    assert damage is not None and damage.newest_backup == backup.name
    seen: list[str] = []
    _click_later("Restore the newest backup", seen)
    restored = offer_restore(data, "en", damage)
    assert not any(text.startswith("no button") for text in seen), seen
    assert restored
    assert backup.name in seen[0]
    assert check_health(data) is None
    with CaseService(data) as svc:
        assert [d.date for d in svc.load_case(case_id).days] == [dt.date(2025, 4, 1)]
        assert json.loads(svc.journal_lines(case_id)[-1])["op"] == "restore"


def test_quit_restores_nothing(qapp: QApplication, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _case(data)
    (data / "caseapp.sqlite3").write_bytes(b"garbage" * 100)
    damage = check_health(data)
    assert damage is not None
    seen: list[str] = []
    _click_later("Quit", seen)
    assert not offer_restore(data, "en", damage)
    assert not any(text.startswith("no button") for text in seen), seen
    assert list(data.glob("caseapp.sqlite3.damaged-*"))
    assert not (data / "caseapp.sqlite3").exists()
