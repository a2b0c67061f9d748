"""工资: a payment from the bank app (net only) through the form; the table,
chart and findings input follow; bad input is refused at the field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.vocab import Party, PaymentKind
from caseapp.ui.pay_view import PayView
from tests.ui.conftest import benched_case


def _view(parts) -> PayView:  # type: ignore[no-untyped-def]
    view = parts.window.views["pay"]
    assert isinstance(view, PayView)
    return view


def test_add_a_payment_from_net(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    parts.window.show_view("pay")
    view = _view(parts)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert form.isVisible()
    assert form.net_mode.isChecked()
    assert not form.fields["gross"].isVisible()  # net only: no gross fields
    assert form.paid_on.text() == "" and form.net.text() == ""  # never a default
    assert form.kind.currentData() is None and form.payer.currentData() is None
    form.paid_on.setText("2025-03-15")
    form.start.setText("2025-02-01")
    form.end.setText("2025-02-28")
    form.net.setText("2,480.50")
    form.save()
    assert form.fields["kind"].error.text()  # what it is: the worker's choice
    assert parts.session.case.payments == ()
    form.kind.setCurrentIndex(form.kind.findData(PaymentKind.STANDBY.value))
    form.payer.setCurrentIndex(form.payer.findData(Party.AGENCY.value))
    form.note.setText("银行备注：生活费")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(view.model)
    stored = parts.session.case.payments[0]
    assert stored.net == Decimal("2480.50")
    assert stored.amount is None
    assert stored.period_start.isoformat() == "2025-02-01"
    assert (stored.kind, stored.payer_party) == (PaymentKind.STANDBY, Party.AGENCY)
    assert view.model.index(0, 4).data() == "¥2480.50"
    # the form moved on to the next month, ready for the next payment
    assert form.start.text() == "2025-03-01"
    assert form.end.text() == "2025-03-31"
    # and it is cleared: nothing of the saved payment is offered again
    assert form.paid_on.text() == "" and form.net.text() == "" and form.note.text() == ""
    assert form.kind.currentData() is None and form.payer.currentData() is None
    # the chart has a bar per month from January to April, February net-only
    months = {m.month.isoformat()[:7]: m for m in view.chart.months}
    assert set(months) >= {"2025-01", "2025-02", "2025-03", "2025-04"}
    assert months["2025-02"].received == Decimal("2480.50") and months["2025-02"].net_only
    assert months["2025-02"].contract == Decimal("12000")


def test_payslip_with_gross_and_deductions(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    view = _view(parts)
    view.add_payment()
    form = view.form
    form.gross_mode.setChecked(True)
    assert form.fields["gross"].isVisibleTo(form)
    form.paid_on.setText("2025-02-15")
    form.kind.setCurrentIndex(form.kind.findData(PaymentKind.WAGE.value))
    form.start.setText("2025-01-01")
    form.end.setText("2025-01-31")
    form.gross.setText("12000")
    form.si.setText("1260")
    form.iit.setText("300")
    form.net.setText("10440")
    form.save()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    p = parts.session.case.payments[0]
    assert p.amount == Decimal("12000") and p.net == Decimal("10440")
    assert p.deductions is not None and p.deductions.si_employee == Decimal("1260")
    assert view.model.index(0, 5).data() == "¥1560.00"


def test_bad_input_is_refused_at_the_field(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    view = _view(parts)
    view.add_payment()
    form = view.form
    form.net.setText("abc")
    form.start.setText("2025-03-01")
    form.end.setText("2025-02-01")
    form.paid_on.setText("2025-02-40")
    form.save()
    assert form.fields["net"].error.text()
    assert form.fields["end"].error.text()
    assert form.fields["paid_on"].error.text()
    assert not form.fields["start"].error.text()
    assert form.error.text()
    gross_form_checks(form)
    qtbot.wait(300)
    assert parts.session.case.payments == ()
    assert view.model.rowCount() == 0


def gross_form_checks(form) -> None:  # type: ignore[no-untyped-def]
    form.gross_mode.setChecked(True)
    form.paid_on.setText("2025-03-15")
    form.end.setText("2025-03-31")
    form.gross.setText("1000")
    form.si.setText("2000")
    form.net.setText("")
    payment, errors = form.read()
    assert payment is None
    assert "gross" in errors and "net" not in errors


def test_social_insurance_month(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    view = _view(parts)
    view.si_month.setText("2025-13")
    view.save_si_month()
    assert view.si_error.text()
    view.si_month.setText("2025-03")
    view.save_si_month()  # paid or not: never a default
    assert view.si_error.text()
    assert parts.session.case.social_insurance == ()
    view.si_status.setCurrentIndex(view.si_status.findData("unpaid"))
    view.save_si_month()
    qtbot.waitUntil(lambda: view.si_list.count() == 1, timeout=10_000)
    assert "2025-03" in view.si_list.item(0).text()
    assert str(parts.session.case.social_insurance[0].status) == "unpaid"


def test_a_payment_dated_after_today_asks_first(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Saved only when the worker confirms the date; "let me correct it" saves nothing."""
    benched_case(qtbot, parts)
    view = _view(parts)
    view.add_payment()
    form = view.form
    future = dt.date.today() + dt.timedelta(days=1)
    form.paid_on.setText(future.isoformat())
    form.kind.setCurrentIndex(form.kind.findData(PaymentKind.WAGE.value))
    form.net.setText("2100")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    box = form.confirm
    assert box is not None and box.isVisible()
    assert future.isoformat() in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert parts.session.case.payments == ()
    assert form.net.text() == "2100"  # kept, to correct the date
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    box = form.confirm
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(parts.session.case.payments) == 1, timeout=10_000)
    assert parts.session.case.payments[0].paid_on == future
    # today itself asks nothing
    form.paid_on.setText(dt.date.today().isoformat())
    form.kind.setCurrentIndex(form.kind.findData(PaymentKind.WAGE.value))
    form.net.setText("100")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.confirm is None
    qtbot.waitUntil(lambda: len(parts.session.case.payments) == 2, timeout=10_000)


def test_months_not_yet_due_are_not_short(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Benched January to April 2025 (Beijing: payday 15, a month's lag, 7 days'
    grace), nothing paid, seen on 20 May 2025: January's pay (due 15 February),
    February's and March's are late, so short; April's is due on 15 May and
    late only after 22 May: not yet short. Three months, not four."""
    from caseapp.ui.clock import SetTime

    # noon in Shanghai (the app clock the pay view reads)
    source = SetTime(dt.datetime(2025, 5, 20, 4, 0, tzinfo=dt.UTC))
    parts.session.clock.set_source(source)
    benched_case(qtbot, parts)
    view = _view(parts)
    parts.window.show_view("pay")
    qtbot.waitUntil(lambda: view.law is not None, timeout=20_000)
    view.show_pay(parts.session.case)
    assert [m.month.month for m in view.chart.months] == [1, 2, 3, 4]
    text = view.summary.text()
    assert "3" in text and "4" not in text.replace("2025-04", ""), text
    source.set(dt.datetime(2025, 5, 23, 4, 0, tzinfo=dt.UTC))
    view.show_pay(parts.session.case)
    assert "4" in view.summary.text()  # the day after the grace: April's is short too
