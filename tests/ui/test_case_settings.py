"""案件设置: the case's details changed through the form (other fields kept),
bad input refused at the field; a record's history from the journal and
undo through it; the cloud-sync folder warning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from caseapp.domain.model import Incident
from caseapp.domain.vocab import IncidentKind
from caseapp.ui.case_settings_view import CaseSettingsView
from caseapp.ui.cloudsync import cloud_service
from tests.ui.conftest import make_parts, open_new_case


def _view(qtbot, parts) -> CaseSettingsView:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    return view


def test_edit_the_case(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    form = view.form
    assert form.worker.text() == "李青"
    assert form.wage.text() in ("12000", "12000.00")
    form.wage.setText("abc")
    form.payday.setText("40")
    view.save()
    assert form.fields["wage"].error.text() and form.fields["payday"].error.text()
    qtbot.wait(200)
    assert parts.session.case.info.monthly_wage == Decimal("12000")
    form.wage.setText("13500")
    form.payday.setText("10")
    view.save()
    qtbot.waitUntil(lambda: parts.session.case.info.payday == 10, timeout=10_000)
    info = parts.session.case.info
    assert info.monthly_wage == Decimal("13500")
    assert info.worker.name == "李青" and info.contract.end == dt.date(2027, 2, 28)


def test_history_and_undo(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, parts)
    incident = Incident(
        id="", date=dt.date(2025, 3, 4), kind=IncidentKind.STANDBY_NOTICE, summary="回家等通知"
    )
    saved: list[Incident] = []
    parts.session.save_record(incident, done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    changed = Incident(
        id=saved[0].id, date=dt.date(2025, 3, 4), kind=IncidentKind.STANDBY_NOTICE, summary="改了"
    )
    parts.session.save_record(changed, done=saved.append)
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=10_000)
    view.tabs.setCurrentWidget(view.history)
    view.history.show_ref(f"incident:{saved[0].id}")
    qtbot.waitUntil(lambda: view.history.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(view.history.model)
    view.history.list.setCurrentIndex(view.history.model.index(0))
    detail = view.history.detail.toPlainText()
    assert "回家等通知" in detail and "改了" in detail  # before → after
    view.history.undo()
    qtbot.waitUntil(lambda: parts.session.case.incidents[0].summary == "回家等通知", timeout=10_000)
    qtbot.waitUntil(lambda: view.history.model.rowCount() == 3, timeout=10_000)  # undo is journaled


def test_cloud_folder_warning(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cloud_service(Path("C:/Users/li/OneDrive/caseapp")) == "OneDrive"
    assert cloud_service(Path("/Users/li/Library/Mobile Documents/com~apple~CloudDocs/x")) == (
        "iCloud Drive"
    )
    assert cloud_service(Path("D:/BaiduNetdisk/caseapp")) == "百度网盘"
    assert cloud_service(Path("/home/li/Nutstore/caseapp")) == "坚果云"
    assert cloud_service(Path("/home/li/.local/share/caseapp"), environ={}) is None
    parts = make_parts(qtbot, tmp_path / "Dropbox" / "caseapp")
    try:
        open_new_case(qtbot, parts)
        parts.window.show_view("case")
        view = parts.window.views["case"]
        assert view.cloud_banner.isVisibleTo(view)
        assert "Dropbox" in view.cloud_text.text()
        parts.window.show_view("report")  # sharing from a synced folder: said there too
        report = parts.window.views["report"]
        assert report.cloud_banner.isVisibleTo(report)
    finally:
        parts.session.bridge.close()


def test_history_button_of_a_record(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    incident = Incident(
        id="", date=dt.date(2025, 3, 4), kind=IncidentKind.ASKED_TO_RESIGN, summary="让我签离职"
    )
    saved: list[Incident] = []
    parts.session.save_record(incident, done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    parts.window.show_view("incidents")
    incidents = parts.window.views["incidents"]
    incidents.table.selectRow(0)
    incidents.history_button.click()
    assert parts.window.current_view() == "case"
    settings = parts.window.views["case"]
    assert settings.tabs.currentWidget() is settings.history
    assert settings.history.record.currentData() == f"incident:{saved[0].id}"
    qtbot.waitUntil(lambda: settings.history.model.rowCount() == 1, timeout=10_000)
