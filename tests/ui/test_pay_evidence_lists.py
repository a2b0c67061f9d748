"""工资 and 证据 on the record-list scaffold: a payment is deleted after a
question and Ctrl+Z brings it back (one journal entry each way); History…
on a payment opens its history; evidence a record uses is not deleted (a
clear message, nothing asked); unused evidence is; a finding's shading
outlives a change; `CaseSession.delete_record` merges the case locally."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.model import Evidence, Incident, Payment
from caseapp.domain.vocab import EvidenceKind, IncidentKind, OriginalStatus, PaymentKind
from caseapp.ui.evidence_view import EvidenceView
from caseapp.ui.pay_view import PayView
from caseapp.ui.record_list import RecordListView

from .conftest import open_new_case, run, wait_saved
from .test_record_list import _answer

SHADED = QColor("#FFF1C9")


def _payment(net: str, month: int) -> Payment:
    start = dt.date(2025, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return Payment(
        id="", paid_on=end + dt.timedelta(days=10), period_start=start, period_end=end,
        kind=PaymentKind.WAGE, net=Decimal(net),
    )  # fmt: skip


def _save(qtbot, parts, record):  # type: ignore[no-untyped-def]
    saved: list[object] = []
    parts.session.save_record(record, done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    return saved[0]


def _open(qtbot, parts, key: str):  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    parts.window.show_view(key)
    view = parts.window.views[key]
    assert isinstance(view, RecordListView)
    return case_id, view


def _pay_view(qtbot, parts) -> tuple[str, PayView]:  # type: ignore[no-untyped-def]
    case_id, view = _open(qtbot, parts, "pay")
    assert isinstance(view, PayView)
    return case_id, view


def _row_of(view: RecordListView, ref: str) -> int:  # type: ignore[type-arg]
    rows = [r for r, record in enumerate(view.model.records()) if view.ref(record) == ref]
    assert len(rows) == 1
    return rows[0]


def test_delete_a_payment_asks_then_ctrl_z_brings_it_back(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    case_id, view = _pay_view(qtbot, parts)
    kept = _save(qtbot, parts, _payment("2180", 1))
    gone = _save(qtbot, parts, _payment("2200", 2))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(view.model)
    journal = len(run(qtbot, parts, lambda s: s.history(case_id)))
    view.table.selectRow(_row_of(view, f"payment:{gone.id}"))
    assert view.delete_button.isEnabled()
    # Del asks; "No" keeps it
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    _answer(view, QMessageBox.StandardButton.No)
    qtbot.wait(200)
    assert len(run(qtbot, parts, lambda s: s.load_case(case_id)).payments) == 2
    # "Yes" deletes: gone on disk, from the table, the chart and the summary
    view.delete_button.click()
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        _answer(view, QMessageBox.StandardButton.Yes)
    stored = run(qtbot, parts, lambda s: s.load_case(case_id)).payments
    assert [p.id for p in stored] == [kept.id]
    assert [p.id for p in view.model.records()] == [kept.id]
    assert [p.id for p in parts.session.case.payments] == [kept.id]
    months = {m.month.month: m.received for m in view.chart.months}
    assert months.get(2, Decimal(0)) == 0 and months[1] == Decimal("2180")
    assert view.tr("%1 payments recorded.").replace("%1", "1") in view.summary.text()
    assert not view.message.isVisibleTo(view)
    qtmodeltester.check(view.model)
    history = run(qtbot, parts, lambda s: s.history(case_id))
    assert len(history) == journal + 1  # one journal entry for the deletion
    # Ctrl+Z (the window's) brings it back
    window = parts.window
    window.activateWindow()  # the question had the focus
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus, timeout=2_000)
    wait_saved(
        qtbot,
        parts,
        lambda: qtbot.keyClick(parts.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    back = {p.id: p for p in run(qtbot, parts, lambda s: s.load_case(case_id)).payments}
    assert back[gone.id].net == Decimal("2200")


def test_deleting_the_payment_being_changed_empties_the_form(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _case_id, view = _pay_view(qtbot, parts)
    payment = _save(qtbot, parts, _payment("2180", 1))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.open_row(view.model.index(0, 0))
    assert view.form.isVisible() and view.form.editing is not None
    assert view.form.net.text() == "2180.00"  # as stored (and as read after a restart)
    wait_saved(qtbot, parts, lambda: view.delete(payment))
    assert view.form.editing is None and view.form.net.text() == ""
    assert view.model.rowCount() == 0 and parts.session.case.payments == ()


def test_selecting_a_payment_while_the_form_is_open_loads_it(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _case_id, view = _pay_view(qtbot, parts)
    _save(qtbot, parts, _payment("2180", 1))
    _save(qtbot, parts, _payment("2200", 2))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.form.isVisible() and view.form.editing is None
    view.table.selectRow(1)
    assert view.form.editing == view.model.payment(1)
    view.table.selectRow(0)
    assert view.form.editing == view.model.payment(0)
    assert view.form.net.text() == str(view.model.payment(0).net)


def test_history_of_a_payment_opens_in_case_settings(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _case_id, view = _pay_view(qtbot, parts)
    window = parts.window
    assert view.history_button.isVisible()  # wired by the window
    payment = _save(qtbot, parts, _payment("2180", 1))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "case"
    history = window.views["case"].history
    assert history.record.currentData() == f"payment:{payment.id}"


def test_shading_outlives_a_change(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _case_id, view = _pay_view(qtbot, parts)
    first = _save(qtbot, parts, _payment("2180", 1))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.highlight((f"payment:{first.id}", "incident:other"))
    assert view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == SHADED
    _save(qtbot, parts, _payment("2200", 2))  # the list is rebuilt
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    row = _row_of(view, f"payment:{first.id}")
    assert view.model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) == SHADED
    assert view.model.index(1 - row, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    view.highlight(())
    assert view.model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) is None


def _stub(title: str) -> Evidence:
    return Evidence(
        id="", title=title, kind=EvidenceKind.NOTICE, original_status=OriginalStatus.KEPT
    )


def _evidence_view(qtbot, parts) -> tuple[str, EvidenceView]:  # type: ignore[no-untyped-def]
    case_id, view = _open(qtbot, parts, "evidence")
    assert isinstance(view, EvidenceView)
    return case_id, view


def test_evidence_in_use_is_not_deleted(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    case_id, view = _evidence_view(qtbot, parts)
    used = _save(qtbot, parts, _stub("停工通知（纸质）"))
    incident = Incident(
        id="", date=dt.date(2025, 3, 4), kind=IncidentKind.STANDBY_NOTICE,
        summary="回家等通知", evidence=(used.id,),
    )  # fmt: skip
    _save(qtbot, parts, incident)
    qtbot.waitUntil(lambda: view.model.index(0, 5).data() == "1", timeout=10_000)
    qtmodeltester.check(view.model)
    view.table.selectRow(0)
    assert "停工通知" in view.detail.toPlainText()
    view.delete_button.click()
    assert view.confirm is None  # nothing asked: it cannot be deleted now
    text = view.message.text()
    assert view.message.isVisibleTo(view)
    assert "2025-03-04" in text  # names the incident that uses it, in words
    assert "incident:" not in text
    # the service refuses it too, should the view's check be passed by
    view.show_message("")
    view.delete(used)
    qtbot.waitUntil(lambda: view.message.text() != "", timeout=10_000)
    assert len(run(qtbot, parts, lambda s: s.load_case(case_id)).evidence) == 1
    assert len(parts.session.case.evidence) == 1 and view.model.rowCount() == 1


def test_unused_evidence_is_deleted_after_asking_and_comes_back(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id, view = _evidence_view(qtbot, parts)
    stub = _save(qtbot, parts, _stub("工牌照片"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    assert "工牌照片" in view.detail.toPlainText()
    view.delete_button.click()
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        _answer(view, QMessageBox.StandardButton.Yes)
    assert run(qtbot, parts, lambda s: s.load_case(case_id)).evidence == ()
    assert view.model.rowCount() == 0
    assert view.detail.toPlainText() == ""  # the panel no longer shows it
    wait_saved(qtbot, parts, parts.session.undo)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert view.model.evidence(0).id == stub.id


def test_session_delete_record_refusal_goes_to_error(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    session = parts.session
    used = _save(qtbot, parts, _stub("录音"))
    payment = _save(qtbot, parts, dataclasses.replace(_payment("2000", 1), evidence=(used.id,)))
    errors: list[BaseException] = []
    done: list[str] = []
    session.delete_record(f"evidence:{used.id}", done=done.append, error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert not done and len(session.case.evidence) == 1
    # the payment that names it can go; then the evidence can too
    changed: list[object] = []
    session.caseChanged.connect(changed.append)
    session.delete_record(f"payment:{payment.id}", done=done.append, error=errors.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10_000)
    assert done == [f"payment:{payment.id}"] and session.case.payments == ()
    assert changed and changed[-1] is session.case
    session.delete_record(f"evidence:{used.id}", done=done.append, error=errors.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    assert session.case.evidence == ()
    assert run(qtbot, parts, lambda s: s.load_case(case_id)) == session.case
