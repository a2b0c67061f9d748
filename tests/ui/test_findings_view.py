"""风险提示: after a change the findings are recomputed in the background and
appear with their next steps; ticks are kept per case; the model is sound;
the real rules' findings over the sample case each shown with its sentence,
amount range, how sure, basis and deadline, and recomputed after a change."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from caseapp.domain.findings import Basis, Calculation, Deadline, Finding, FindingsReport, Period
from caseapp.domain.messages import msg
from caseapp.domain.model import Payment
from caseapp.domain.vocab import DayStatus, PaymentKind
from caseapp.services.api import ImportMode
from caseapp.ui.app import sample_path
from caseapp.ui.checklist_store import ChecklistStore
from caseapp.ui.findings_model import money_range
from caseapp.ui.findings_view import NEXT_LIST, FindingsView
from tests.ui.conftest import benched_case


def _view(parts) -> FindingsView:  # type: ignore[no-untyped-def]
    view = parts.window.views["findings"]
    assert isinstance(view, FindingsView)
    return view


def test_finding_and_next_steps_appear(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = benched_case(qtbot, parts)
    view = _view(parts)
    qtmodeltester.check(view.model)
    pay = Payment(
        id="",
        paid_on=dt.date(2025, 3, 15),
        period_start=dt.date(2025, 2, 1),
        period_end=dt.date(2025, 2, 28),
        kind=PaymentKind.WAGE,
        net=Decimal("800"),
    )
    parts.session.save_record(pay)
    parts.window.show_view("findings")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(
        lambda: any(
            p.net == Decimal("800")
            for p in (parts.session.case.payments if parts.session.case else ())
        ),
        timeout=10_000,
    )
    qtmodeltester.check(view.model)
    first = view.current()
    assert first is not None
    text = view.detail.toPlainText()
    assert text.strip()
    assert "违法" not in text and "illegal" not in text.lower()
    assert "12348" in text
    assert view.next_list.count() > 0
    # the count on the rail item
    qtbot.waitUntil(lambda: any(ch.isdigit() for ch in _rail_text(parts)), timeout=5_000)
    # tick the first next step: kept in the data directory per case
    item = view.next_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    store = ChecklistStore(parts.window.data_dir)
    assert item.data(Qt.ItemDataRole.UserRole) in store.checked(case_id, NEXT_LIST)
    # a recompute keeps the tick
    view.set_report(view.report)
    assert view.next_list.item(0).checkState() == Qt.CheckState.Checked


def _rail_text(parts) -> str:  # type: ignore[no-untyped-def]
    window = parts.window
    for row in range(window.rail.count()):
        item = window.rail.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "findings":
            return item.text()
    return ""


def _finding(key: str, severity: str, amount: str | None) -> Finding:
    rule = "standby-below-floor"
    params = {"start": "2025-01-01", "end": "2025-04-30", "months": 3, "amount": amount or "0"}
    return Finding(
        key=key,
        rule=rule,
        severity=severity,  # type: ignore[arg-type]
        confidence="local_rule",  # type: ignore[arg-type]
        title=msg(f"rules.{rule}.title"),
        explanation=msg(f"rules.{rule}.explanation", **params),
        period=Period(dt.date(2025, 1, 1), dt.date(2025, 4, 30)),
        amount=None if amount is None else Decimal(amount),
        calculation=Calculation("floor − paid", {"paid": "800.00"}),
        basis=(Basis("wage_payment_provisions", "12"),),
        forum=None,
        respondents=(),
        final_award_eligible=None,
        refs=("day:2025-02-03", "payment:nope"),
        next_steps=(msg("steps.demand_in_writing"), msg("steps.lawyer_first")),
        counter_arguments=(msg(f"rules.{rule}.counter.living_allowance"),),
        strengthen=(msg(f"rules.{rule}.strengthen.payslip"),),
        summary=msg(f"rules.{rule}.summary", amount=amount or "0"),
    )


def _report(*findings: Finding) -> FindingsReport:
    deadline = Deadline(
        "standby-below-floor",
        dt.date(2025, 5, 15),
        None,
        msg("rules.deadline.not_running", claim="standby-below-floor", known_on="2025-05-15"),
    )
    return FindingsReport(
        as_of=dt.date(2025, 6, 1),
        case_uid="u",
        app_version="t",
        law_data_version="t",
        law_data_sha256="0",
        findings=findings,
        deadlines=(deadline,),
    )


def test_view_shows_what_the_rules_thread_delivers(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    view = _view(parts)
    parts.window.show_view("findings")
    low = _finding("a", "low", None)
    high = _finding("b", "high", "1234.50")
    parts.session.bridge.findingsReady.emit(_report(low, high))
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2
    # most serious first, selected, in full
    assert view.current() is not None and view.current().key == "b"
    first_line = view.model.index(0).data()
    assert "¥1,234.50" in first_line or "¥1234.50" in first_line
    detail = view.detail.toPlainText()
    assert "待岗" in detail and "12348" in detail
    assert "违法" not in detail
    assert "2025-02-03" in detail  # the record it rests on
    # next steps gathered once each across findings
    assert view.next_list.count() == 2
    # the rail shows the count of findings above "info"
    assert _rail_text(parts).endswith("2")
    # selection survives a recompute; a report with nothing leaves a calm line
    view.list.setCurrentIndex(view.model.index(1))
    parts.session.bridge.findingsReady.emit(_report(low, high))
    assert view.current().key == "a"
    parts.session.bridge.findingsReady.emit(_report())
    assert view.model.rowCount() == 0
    assert view.empty.text()
    assert view.next_list.count() == 0


def test_selected_finding_shades_its_records(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from caseapp.domain.model import Incident
    from caseapp.domain.vocab import IncidentKind

    benched_case(qtbot, parts)
    saved: list[object] = []
    pay = Payment(
        id="",
        paid_on=dt.date(2025, 3, 15),
        period_start=dt.date(2025, 2, 1),
        period_end=dt.date(2025, 2, 28),
        kind=PaymentKind.WAGE,
        net=Decimal("800"),
    )
    parts.session.save_record(pay, done=saved.append)
    incident = Incident(
        id="", date=dt.date(2025, 1, 2), kind=IncidentKind.STANDBY_NOTICE, summary="回家等通知"
    )
    parts.session.save_record(incident, done=saved.append)
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=10_000)
    pay_id, incident_id = saved[0].id, saved[1].id  # type: ignore[attr-defined]
    parts.window.show_view("incidents")  # built before the findings view
    incidents = parts.window.views["incidents"]
    view = _view(parts)
    parts.window.show_view("findings")
    f = dataclasses.replace(
        _finding("k", "high", "100"), refs=(f"payment:{pay_id}", f"incident:{incident_id}")
    )
    parts.session.bridge.findingsReady.emit(_report(f))
    assert view.current() is not None and view.current().key == "k"
    shaded = Qt.ItemDataRole.BackgroundRole
    assert incidents.model.index(0, 0).data(shaded) is not None
    parts.window.show_view("pay")  # built after: shaded at once
    pay_view = parts.window.views["pay"]
    row = next(
        r for r in range(pay_view.model.rowCount()) if pay_view.model.payment(r).id == pay_id
    )
    assert pay_view.model.index(row, 0).data(shaded) is not None


def test_a_view_built_later_shows_the_newest_report_at_once(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    benched_case(qtbot, parts)
    uid = parts.session.case.info.uid
    report = dataclasses.replace(_report(_finding("late", "medium", "50")), case_uid=uid)
    parts.session.bridge.findingsReady.emit(report)  # before the view exists
    assert "findings" not in parts.window.views
    view = _view(parts)
    assert view.model.rowCount() == 1
    assert view.current() is not None and view.current().key == "late"


def _tr(source: str) -> str:
    return QCoreApplication.translate("FindingsView", source)


@pytest.mark.skipif(not sample_path().exists(), reason="no sample case built")
def test_sample_findings_show_each_part_and_recompute_after_a_change(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    done: list[str] = []
    parts.session.import_file(sample_path(), done=done.append, mode=ImportMode.AS_NEW)
    qtbot.waitUntil(lambda: parts.session.case is not None and bool(done), timeout=60_000)
    window = parts.window
    window.show_view("findings")
    view = window.views["findings"]
    assert isinstance(view, FindingsView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30_000)
    report = view.report
    assert report is not None
    with_amount = with_deadline = 0
    for row in range(view.model.rowCount()):
        view.list.setCurrentIndex(view.model.index(row))
        f = view.current()
        assert f is not None
        text = view.detail.toPlainText()
        assert text.strip() and "违法" not in text, f.rule
        assert _tr("How sure") in text, f.rule
        if f.basis:
            assert _tr("Basis") in text, f.rule
        amount = money_range(f)
        if amount:
            with_amount += 1
            assert amount in text and _tr("Estimated amount") in text, f.rule
        if _tr("Deadline") in text:
            with_deadline += 1
    assert with_amount > 0 and with_deadline > 0
    assert view.next_list.count() > 0
    # a change made elsewhere: the rules run again off the GUI thread and the view follows
    with qtbot.waitSignal(parts.session.bridge.findingsReady, timeout=30_000):
        window.show_view("today")
        window.views["today"].log_today(DayStatus.STANDBY)
    window.show_view("findings")
    qtbot.waitUntil(lambda: view.report is not report, timeout=10_000)


def test_the_headline_shows_what_the_claims_come_to(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Above the notes: the amount on a firm ground and the amount arguable on
    top of it, the same figures `caseapp check` prints first (the rules'
    `totals`), in the window's language; none at all before a report exists."""
    window = parts.window
    window.show_view("findings")
    view = window.views["findings"]
    assert isinstance(view, FindingsView)
    assert not view.totals.isVisible()
    done: list[str] = []
    parts.session.import_file(sample_path(), done=done.append, mode=ImportMode.AS_NEW)
    qtbot.waitUntil(lambda: view.report is not None and view.model.rowCount() > 0, timeout=60_000)
    totals = view.report.totals
    assert totals is not None and totals.firm > 0 and totals.arguable > 0
    shown = view.totals.text()
    assert view.totals.isVisible()
    assert f"{totals.firm:.2f}" in shown and f"{totals.arguable:.2f}" in shown
    assert "可以主张的金额" in shown and "只计其中一项" in shown
    empty = dataclasses.replace(
        view.report,
        findings=(),
        totals=dataclasses.replace(totals, firm=Decimal(0), arguable=Decimal(0)),
    )
    view.set_report(empty)
    assert view.totals.text() == "现有记录中还没有可以算出金额的请求项目。"


def test_badge_and_page_give_the_same_count(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """One count, one definition (a note above "info"): the rail's badge and
    the page's status line show the same number; the notes for information
    are named apart, never added to it."""
    import re

    benched_case(qtbot, parts)
    view = _view(parts)
    parts.window.show_view("findings")
    notes = [_finding("a", "low", None), _finding("b", "high", "1234.50")]
    notes += [_finding(f"i{n}", "info", None) for n in range(2)]
    parts.session.bridge.findingsReady.emit(_report(*notes))
    assert view.model.rowCount() == 4  # every note listed
    badge = int(_rail_text(parts).split()[-1])
    status = view.status.text()
    counts = [int(n) for n in re.findall(r"(?<![\d-])(\d+)(?![\d-])", status)]
    assert badge == 2
    assert counts[0] == badge, status  # the same number, first, on the page
    assert 2 in counts[1:]  # the two for information, named apart
