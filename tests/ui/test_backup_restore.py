"""备份与恢复 in 案件设置 (issue 12, item 4): the backups listed newest first
with time, reason, size and state; "Back up now"; "Restore this backup…"
asks first (Cancel changes nothing), restores on the writer thread, writes a
journal ``restore`` entry, keeps the data as it was as a "pre-restore"
backup, and the window reopens the case as the backup had it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from caseapp.domain.model import Incident, Organisation
from caseapp.domain.vocab import IncidentKind
from caseapp.services.recovery import BackupInfo, list_backups
from caseapp.ui.backup_panel import BackupPanel
from caseapp.ui.case_settings_view import CaseSettingsView
from tests.casework.helpers import sample_info
from tests.ui.conftest import open_new_case, run


def _save(qtbot, parts, summary: str, day: int) -> Incident:  # type: ignore[no-untyped-def]
    saved: list[Incident] = []
    incident = Incident(
        id="", date=dt.date(2025, 3, day), kind=IncidentKind.STANDBY_NOTICE, summary=summary
    )
    parts.session.save_record(incident, done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    return saved[0]


def _panel(qtbot, parts) -> BackupPanel:  # type: ignore[no-untyped-def]
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    view.tabs.setCurrentWidget(view.backups)  # listing starts when the tab is shown
    return view.backups


def _names(panel: BackupPanel) -> list[str]:
    return [b.name for b in panel.backups]


def _ops(qtbot, parts, case_id: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    lines = run(qtbot, parts, lambda s: s.journal_lines(case_id))
    return [json.loads(line) for line in lines]


def _answer(  # type: ignore[no-untyped-def]
    qtbot, panel: BackupPanel, button: QMessageBox.StandardButton, shot: Path | None = None
) -> str:
    panel.restore_button.click()
    box = panel.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    said = box.text() + "\n" + box.informativeText()
    if shot is not None:
        assert box.grab().save(str(shot))
    box.button(button).click()
    qtbot.waitUntil(lambda: panel.confirm is None, timeout=5_000)
    return said


def test_restore_a_backup_from_case_settings(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    _save(qtbot, parts, "项目经理通知回家等通知", 4)
    panel = _panel(qtbot, parts)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=10_000)
    before = len(panel.backups)
    panel.backup_button.click()
    qtbot.waitUntil(lambda: len(panel.backups) == before + 1, timeout=10_000)
    manual = panel.backups[0]  # newest first
    assert manual.name.endswith("-manual.sqlite3") and manual.good
    assert panel.table.item(0, 1).text() == "你要求的备份"
    # the case and its one incident (the new-case form records no other record)
    assert (manual.cases, manual.records) == (1, 1)
    assert panel.table.item(0, 2).text() == "1 个案件，1 条记录"
    assert panel.table.item(0, 4).text().startswith("✓")
    assert panel.table.item(0, 3).text().endswith("KB")
    at_backup = run(qtbot, parts, lambda s: s.load_case(case_id))
    journal_at_backup = _ops(qtbot, parts, case_id)

    _save(qtbot, parts, "HR 让我签离职申请", 9)  # after the backup
    assert len(parts.session.case.incidents) == 2
    journal_before = _ops(qtbot, parts, case_id)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=10_000)
    panel.select(manual.name)

    # Cancel: nothing changes
    said = _answer(qtbot, panel, QMessageBox.StandardButton.Cancel, tmp_path / "confirm.png")
    assert "不会删除" in said and "不会丢失" in said and "restore" in said
    qtbot.wait(300)
    assert not panel.bar.isVisible()
    assert _ops(qtbot, parts, case_id) == journal_before
    assert len(parts.session.case.incidents) == 2
    assert not any("pre-restore" in n for n in _names(panel))

    # Restore: the case is the backup's again, with a restore entry
    _answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    assert panel.bar.isVisible() and not panel.restore_button.isEnabled()  # busy, off the GUI
    qtbot.waitUntil(lambda: not panel.bar.isVisible(), timeout=20_000)
    assert "恢复" in panel.status.text(), panel.status.text()
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    assert parts.session.case_id == case_id
    assert parts.session.case == at_backup
    assert run(qtbot, parts, lambda s: s.load_case(case_id)) == at_backup
    after = _ops(qtbot, parts, case_id)
    assert after[: len(journal_at_backup)] == journal_at_backup
    assert [e["op"] for e in after[len(journal_at_backup) :]] == ["restore"]
    assert after[-1]["backup"] == manual.name
    assert after[-1]["abandoned_head"]  # the head of the journal that was left
    # the data as it was is kept aside, not deleted, and listed to restore
    qtbot.waitUntil(lambda: any("pre-restore" in n for n in _names(panel)), timeout=10_000)
    kept: BackupInfo = next(b for b in panel.backups if "pre-restore" in b.name)
    assert kept.good
    assert (kept.cases, kept.records) == (1, 2)  # both incidents: nothing lost
    row = _names(panel).index(kept.name)
    assert panel.table.item(row, 1).text() == "恢复前：当时的数据"
    assert panel.table.item(row, 2).text() == "1 个案件，2 条记录"
    assert parts.window.current_view() == "case"
    parts.window.resize(1366, 768)
    assert parts.window.grab().save(str(tmp_path / "backups.png"))


def test_a_damaged_backup_cannot_be_chosen(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    path = run(qtbot, parts, lambda s: s.backup())
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))  # garbled after the header
    panel = _panel(qtbot, parts)
    qtbot.waitUntil(lambda: path.name in _names(panel), timeout=10_000)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=10_000)
    row = _names(panel).index(path.name)
    assert not panel.backups[row].good
    assert panel.table.item(row, 4).text().startswith("✗")
    assert panel.table.item(row, 2).text() == "—"  # a damaged backup is not counted
    panel.select(path.name)
    assert not panel.restore_button.isEnabled()


def test_a_case_made_after_the_backup_is_kept_aside_and_the_window_opens_one_it_has(
    qtbot, parts
) -> None:  # type: ignore[no-untyped-def]
    """Case A, a backup, then case B (open): restoring the backup opens A (B is
    not in it), and the "pre-restore" backup holds both cases."""
    first = open_new_case(qtbot, parts)
    panel = _panel(qtbot, parts)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=10_000)
    panel.backup_button.click()
    qtbot.waitUntil(lambda: any("manual" in n for n in _names(panel)), timeout=10_000)
    manual = next(b for b in panel.backups if "manual" in b.name)
    assert (manual.cases, manual.records) == (1, 0)
    second_info = dataclasses.replace(
        sample_info(), employer=Organisation(name="另一家人力资源有限公司")
    )
    ids: list[str] = []
    parts.session.create_case(second_info, done=ids.append)
    qtbot.waitUntil(lambda: bool(ids) and parts.session.case_id == ids[0], timeout=10_000)
    second = ids[0]
    assert second != first

    panel = _panel(qtbot, parts)  # the view of the case now open
    qtbot.waitUntil(lambda: manual.name in _names(panel), timeout=10_000)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=10_000)
    panel.select(manual.name)
    _answer(qtbot, panel, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: parts.session.case_id == first, timeout=20_000)
    assert [c.id for c in parts.session.cases] == [first]
    kept = next(b for b in list_backups(parts.window.data_dir) if "pre-restore" in b.name)
    assert (kept.cases, kept.records) == (2, 0)  # case B is in it, not lost
