"""The reconstruction wizard, driven through its pages: three months rebuilt
(days, pay from the bank app, what was said, evidence stubs), all marked
backfill with a basis; bad answers are refused at the field; the pay grid
read as gross (payslip) amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from caseapp.domain.model import Day, Payment
from caseapp.domain.vocab import (
    DayStatus,
    EvidenceKind,
    IncidentKind,
    Origin,
    Party,
    PaymentKind,
)
from caseapp.ui.pay_view import PayView
from caseapp.ui.wizard import ReconstructWizard
from tests.ui.conftest import open_new_case


def _wizard(qtbot, parts) -> ReconstructWizard:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = parts.window.views["pay"]
    assert isinstance(view, PayView)
    parts.window.show_view("pay")
    view.open_wizard()
    wizard = view.wizard
    wizard.today = dt.date(2025, 5, 20)
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    return wizard


def _choose(table, row: int, value: object) -> None:  # type: ignore[no-untyped-def]
    combo = table.cellWidget(row, 2)
    combo.setCurrentIndex(combo.findData(str(value)))


def test_reconstruct_three_months(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    # a day already logged is kept as it is
    kept: list[bool] = []
    wizard = _wizard(qtbot, parts)
    parts.session.set_days(
        [Day(date=dt.date(2025, 3, 3), status=DayStatus.STANDBY_ONSITE)],
        done=lambda: kept.append(True),
    )
    qtbot.waitUntil(lambda: bool(kept), timeout=10_000)
    january = Payment(
        id="",
        paid_on=dt.date(2025, 2, 14),
        period_start=dt.date(2025, 1, 1),
        period_end=dt.date(2025, 1, 31),
        kind=PaymentKind.WAGE,
        net=Decimal("11000"),
    )
    parts.session.save_record(january)
    qtbot.waitUntil(lambda: len(parts.session.case.payments) == 1, timeout=10_000)

    wizard.page_last.date.setText("2025-01-24")
    wizard.next()
    assert wizard.currentPage() is wizard.page_ranges
    ranges = wizard.page_ranges
    assert ranges.table.rowCount() == 1  # prefilled: the day after, to today
    ranges.table.item(0, 1).setText("2025-02-28")
    _choose(ranges.table, 0, DayStatus.STANDBY)  # what the days were: the worker's choice
    r = ranges.add_row("2025-03-01", "2025-04-10", DayStatus.STANDBY_ONCALL)
    assert r == 1
    wizard.next()
    pay = wizard.page_pay
    assert wizard.currentPage() is pay
    assert pay.table.rowCount() == 4  # January to April; May's pay is not due yet
    assert pay.table.item(0, 1).text() == "11000.00"  # already recorded: shown as it is
    assert not pay.table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert pay.table.item(1, 1).text() == ""  # never prefilled: the worker writes it
    assert pay.net.isChecked()
    pay.table.item(1, 1).setText("2,400")  # February, from the bank app
    pay.table.item(2, 1).setText("2400.50")
    pay.table.item(3, 1).setText("0")  # April: nothing yet
    # February and March were standby months (her stretches): standby pay offered
    assert pay.table.cellWidget(1, 2).currentData() == PaymentKind.STANDBY.value
    _choose(pay.table, 2, PaymentKind.WAGE)  # she says March was paid as a wage
    pay.payer.setCurrentIndex(pay.payer.findData(Party.AGENCY.value))
    wizard.next()
    said = wizard.page_said
    words = "项目结束了，你先回家等通知。"
    said.add_row("2025-01-24", IncidentKind.STANDBY_NOTICE, "王经理", words)
    wizard.next()
    have = wizard.page_have
    have.boxes[1][0].setChecked(True)  # bank records
    wizard.next()
    assert wizard.currentPage() is wizard.page_done
    assert "2" in wizard.page_done.summary.text()  # two new payments
    with qtbot.waitSignal(wizard.saved, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: len(parts.session.case.payments) == 3, timeout=10_000)
    case = parts.session.case
    days = {d.date: d for d in case.days}
    assert days[dt.date(2025, 2, 10)].status == DayStatus.STANDBY  # a Monday
    assert days[dt.date(2025, 2, 15)].status == DayStatus.REST  # a Saturday
    assert days[dt.date(2025, 2, 3)].status == DayStatus.REST  # Spring Festival holiday
    assert days[dt.date(2025, 3, 4)].status == DayStatus.STANDBY_ONCALL
    assert days[dt.date(2025, 3, 3)].status == DayStatus.STANDBY_ONSITE  # kept
    assert days[dt.date(2025, 3, 3)].provenance.origin != Origin.BACKFILL
    backfilled = [d for d in case.days if d.date != dt.date(2025, 3, 3)]
    assert backfilled and all(d.provenance.origin == Origin.BACKFILL for d in backfilled)
    assert all(d.provenance.backfill_basis for d in backfilled)
    payments = sorted(case.payments, key=lambda p: p.period_start)
    assert [p.net for p in payments] == [Decimal("11000"), Decimal("2400"), Decimal("2400.50")]
    assert all(p.amount is None for p in payments)  # net only
    assert payments[1].period_start == dt.date(2025, 2, 1)
    assert payments[1].period_end == dt.date(2025, 2, 28)
    assert payments[1].paid_on == dt.date(2025, 3, 15)  # payday, the month after
    assert [p.kind for p in payments[1:]] == [PaymentKind.STANDBY, PaymentKind.WAGE]
    assert all(p.payer_party == Party.AGENCY for p in payments[1:])
    assert payments[0].provenance.origin != Origin.BACKFILL  # the one logged before
    assert all(p.provenance.origin == Origin.BACKFILL for p in payments[1:])
    (incident,) = case.incidents
    assert incident.kind == IncidentKind.STANDBY_NOTICE
    assert incident.quote == words
    assert incident.provenance.origin == Origin.BACKFILL
    person = {p.id: p for p in case.people}[incident.actor]
    assert person.name == "王经理"
    (evidence,) = case.evidence
    assert evidence.kind == EvidenceKind.BANK_STATEMENT
    assert evidence.provenance.origin == Origin.BACKFILL


def test_bad_answers_are_refused_at_the_field(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, parts)
    wizard.page_last.date.setText("2025-02-30")
    wizard.next()
    assert wizard.currentPage() is wizard.page_last
    assert wizard.page_last.date_field.error.text()
    wizard.page_last.date.setText("2025-01-24")
    wizard.next()
    ranges = wizard.page_ranges
    ranges.table.item(0, 0).setText("2025-03-01")
    ranges.table.item(0, 1).setText("2025-02-01")
    wizard.next()
    assert wizard.currentPage() is ranges
    assert "1" in ranges.error.text()
    ranges.table.item(0, 1).setText("2025-03-31")
    wizard.next()
    assert wizard.currentPage() is ranges  # what the days were is not chosen yet
    assert "1" in ranges.error.text()
    _choose(ranges.table, 0, DayStatus.STANDBY)
    wizard.next()
    pay = wizard.page_pay
    pay.table.item(0, 1).setText("abc")
    wizard.next()
    assert wizard.currentPage() is pay
    assert "2025-01" in pay.error.text()
    wizard.reject()
    qtbot.wait(200)
    assert parts.session.case.days == ()
    assert parts.session.case.payments == ()


def test_wizard_pay_grid_as_gross_amounts(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = parts.window.views["pay"]
    assert isinstance(view, PayView)
    parts.window.show_view("pay")
    view.open_wizard()
    wizard = view.wizard
    wizard.today = dt.date(2025, 5, 20)
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    wizard.page_last.date.setText("2025-01-31")
    wizard.next()
    _choose(wizard.page_ranges.table, 0, DayStatus.STANDBY)  # benched at home since
    wizard.next()
    pay = wizard.page_pay
    assert wizard.currentPage() is pay
    pay.gross.setChecked(True)
    pay.table.item(0, 1).setText("3000")  # January's payslip (the month work stopped)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.page_done
    with qtbot.waitSignal(wizard.saved, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: len(parts.session.case.payments) >= 1, timeout=10_000)
    payments = sorted(parts.session.case.payments, key=lambda p: p.period_start)
    january = payments[0]
    assert january.period_start == dt.date(2025, 1, 1)
    assert january.amount == Decimal("3000") and january.net is None  # gross, not net
    assert all(p.amount is not None and p.net is None for p in payments)
    assert all(p.provenance.origin == Origin.BACKFILL for p in payments)
    assert all(p.provenance.backfill_basis for p in payments)


def test_clicking_through_records_no_payment(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """The one answer the wizard cannot go on without is the last day of real
    work; after that, 下一步 on every page without typing: no payment (and no
    day) is recorded — an amount is never a default. The contract wage is
    filled in only by the worker's own click, into the empty months only."""
    wizard = _wizard(qtbot, parts)
    wizard.page_last.date.setText("2025-01-24")
    wizard.next()
    ranges = wizard.page_ranges
    assert wizard.currentPage() is ranges
    combo = ranges.table.cellWidget(0, 2)
    assert combo.currentData() is None  # the stretch's status starts unchosen
    wizard.next()
    assert wizard.currentPage() is ranges  # refused: choose, or remove the row
    ranges.table.selectRow(0)
    qtbot.mouseClick(ranges.remove_button, Qt.MouseButton.LeftButton)
    assert ranges.table.rowCount() == 0
    wizard.next()
    pay = wizard.page_pay
    assert wizard.currentPage() is pay
    assert pay.table.rowCount() == 4
    assert all(pay.table.item(r, 1).text() == "" for r in range(4))
    assert pay.payer.currentData() is None  # who paid: not said
    assert pay.months() == []
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.page_done
    assert wizard.plan().payments == [] and wizard.plan().days == []
    with qtbot.waitSignal(wizard.saved, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.wait(200)
    assert parts.session.case.payments == ()
    assert parts.session.case.days == ()


def test_contract_wage_only_by_the_button(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, parts)
    wizard.page_last.date.setText("2025-01-24")
    wizard.next()
    _choose(wizard.page_ranges.table, 0, DayStatus.STANDBY)
    wizard.next()
    pay = wizard.page_pay
    pay.table.item(0, 1).setText("2100")  # January, typed
    qtbot.mouseClick(pay.fill_button, Qt.MouseButton.LeftButton)
    assert [pay.table.item(r, 1).text() for r in range(4)] == [
        "2100",  # kept: the button fills only the empty months
        "12000.00",
        "12000.00",
        "12000.00",
    ]
    months = pay.months()
    assert [m.amount for m in months] == [Decimal("2100")] + [Decimal("12000")] * 3
    # January was partly worked (to the 24th): most of its workdays were work, so a wage
    assert months[0].kind == PaymentKind.WAGE
    assert all(m.kind == PaymentKind.STANDBY for m in months[1:])
    wizard.reject()
