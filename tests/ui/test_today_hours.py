"""Today for hourly and piece work (issue 15 item 3, part): the hours row is
shown only when the case is not paid by the month; a quick button and the
field log today's hours; a status click keeps them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from caseapp.domain.model import Day
from caseapp.domain.vocab import DayStatus, PayBasis, TaskStatus
from tests.casework.helpers import sample_info

from .conftest import make_parts, open_new_case, run, wait_saved


def _stored_day(qtbot, parts, case_id: str, day: dt.date) -> Day | None:  # type: ignore[no-untyped-def]
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    return next((d for d in case.days if d.date == day), None)


def test_hours_row_only_for_hourly_and_piece_work(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = parts.window.views["today"]
    assert not view.hours_row.isVisibleTo(view)


def test_log_hours_with_a_quick_button_and_the_field(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    info = dataclasses.replace(
        sample_info(), pay_basis=PayBasis.HOURLY, monthly_wage=None, hourly_wage=Decimal("25")
    )
    case_id = open_new_case(qtbot, parts, info)
    view = parts.window.views["today"]
    assert view.hours_row.isVisibleTo(view)
    # 4 hours: today becomes a working day with 4 hours
    button = view.hour_buttons[4]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    stored = _stored_day(qtbot, parts, case_id, view.today)
    assert stored is not None and stored.status == DayStatus.WORKING
    assert stored.hours == Decimal("4")
    qtbot.waitUntil(button.isChecked, timeout=5_000)
    # 3.5 typed in the field
    view.hours_input.setFocus()
    qtbot.keyClicks(view.hours_input, "3.5")
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(view.hours_input, Qt.Key.Key_Return))
    assert _stored_day(qtbot, parts, case_id, view.today).hours == Decimal("3.5")
    qtbot.waitUntil(lambda: not button.isChecked(), timeout=5_000)
    # a status click keeps the hours
    wait_saved(qtbot, parts, lambda: view.log_today(DayStatus.WORKING))
    assert _stored_day(qtbot, parts, case_id, view.today).hours == Decimal("3.5")
    # 30 hours is refused: nothing saved, the field says why
    view.hours_input.setText("30")
    view._hours_typed()
    assert "24" in view.hours_input.toolTip()
    assert _stored_day(qtbot, parts, case_id, view.today).hours == Decimal("3.5")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hourly_today_screenshot(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The hourly Today view, grabbed: the row and its buttons are painted, the
    label in the language asked for. CASEAPP_SHOTS_DIR keeps the PNGs to look at."""
    parts = make_parts(qtbot, tmp_path / "data", lang)
    try:
        info = dataclasses.replace(sample_info(), pay_basis=PayBasis.HOURLY, monthly_wage=None)
        open_new_case(qtbot, parts, info)
        view = parts.window.views["today"]
        wait_saved(qtbot, parts, lambda: view.log_hours(Decimal("4")))
        qtbot.waitUntil(view.hour_buttons[4].isChecked, timeout=5_000)
        shown = QCoreApplication.translate("TodayView", "Hours worked today:")
        assert (shown != "Hours worked today:") == (lang == "zh")
        image = parts.window.grab().toImage()
        assert not image.isNull() and image.width() >= 1000
        box = view.hours_row.geometry()
        assert box.height() > 0 and view.hours_row.isVisible()
        out = Path(os.environ.get("CASEAPP_SHOTS_DIR") or tmp_path)
        assert parts.window.grab().save(str(out / f"today-hourly-{lang}.png"))
    finally:
        parts.session.bridge.close()


def _stored_tasks(qtbot, parts, case_id: str):  # type: ignore[no-untyped-def]
    return run(qtbot, parts, lambda s: s.load_case(case_id)).tasks


def test_log_batches_and_set_one_rejected(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    info = dataclasses.replace(sample_info(), pay_basis=PayBasis.PIECE, monthly_wage=None)
    case_id = open_new_case(qtbot, parts, info)
    view = parts.window.views["today"]
    assert view.batch_quantity.isVisibleTo(view) and view.batch_actions.isVisibleTo(view)
    # a batch: title, 300 items at 0.35
    view.task_input.setText("语音标注第1批")  # QTest types ASCII only
    qtbot.keyClicks(view.batch_quantity, "300")
    qtbot.keyClicks(view.batch_rate, "0.35")
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(view.batch_rate, Qt.Key.Key_Return))
    (task,) = _stored_tasks(qtbot, parts, case_id)
    assert (task.title, task.quantity, task.rate) == (
        "语音标注第1批",
        Decimal("300"),
        Decimal("0.35"),
    )
    assert task.status == TaskStatus.ASSIGNED and task.due == Decimal("105.00")
    qtbot.waitUntil(lambda: view.tasks.count() == 1, timeout=5_000)
    # submitted, then rejected with the reason given
    view.tasks.setCurrentRow(0)
    submitted = view.batch_buttons[TaskStatus.SUBMITTED]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(submitted, Qt.MouseButton.LeftButton))
    assert _stored_tasks(qtbot, parts, case_id)[0].submitted_on == view.today
    qtbot.waitUntil(lambda: view.tasks.count() == 1, timeout=5_000)
    view.tasks.setCurrentRow(0)
    view.rejection_reason.setText("准确率不达标")
    rejected = view.batch_buttons[TaskStatus.REJECTED]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(rejected, Qt.MouseButton.LeftButton))
    (task,) = _stored_tasks(qtbot, parts, case_id)
    assert task.status == TaskStatus.REJECTED
    assert task.rejection_reason == "准确率不达标" and task.decided_on == view.today
    qtbot.waitUntil(lambda: "准确率不达标" in view.tasks.item(0).text(), timeout=5_000)
    # a rate with three decimals is not money: nothing saved, the field says why
    view.task_input.setText("batch 2")
    view.batch_rate.setText("0.355")
    view.add_task()
    assert len(_stored_tasks(qtbot, parts, case_id)) == 1
    assert "0.35" in view.task_input.toolTip()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_piece_work_today_screenshot(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    try:
        info = dataclasses.replace(sample_info(), pay_basis=PayBasis.PIECE, monthly_wage=None)
        open_new_case(qtbot, parts, info)
        view = parts.window.views["today"]
        from caseapp.domain.model import Task

        batch = Task("", view.today, "图像标注第3批", quantity=Decimal("500"), rate=Decimal("0.40"))
        batch = dataclasses.replace(batch, status=TaskStatus.ACCEPTED)
        wait_saved(qtbot, parts, lambda: parts.session.save_record(batch))
        qtbot.waitUntil(lambda: view.tasks.count() == 1, timeout=5_000)
        assert view.batch_actions.isVisible() and view.hours_row.isVisible()
        out = Path(os.environ.get("CASEAPP_SHOTS_DIR") or tmp_path)
        assert parts.window.grab().save(str(out / f"today-piece-{lang}.png"))
    finally:
        parts.session.bridge.close()


def test_create_an_hourly_case_without_a_monthly_wage(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.vocab import ContractKind
    from tests.ui.test_create_case import _fill

    window = parts.window
    window.show_create()
    form = window.create_form
    assert not form.hourly_wage.isEnabled()  # by the month: no hourly wage asked
    _fill(form, wage="")
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))
    form.pay_basis.setCurrentIndex(form.pay_basis.findData(PayBasis.HOURLY.value))
    assert form.hourly_wage.isEnabled()
    form.hourly_wage.setText("25")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=10_000)
    info = parts.session.case.info
    assert info.pay_basis == PayBasis.HOURLY and info.monthly_wage is None
    assert info.hourly_wage == Decimal("25")
    # by the month, the monthly wage stays required
    window.show_create()
    _fill(form, wage="")
    form.kind.setCurrentIndex(form.kind.findData(ContractKind.FIXED.value))
    form.pay_basis.setCurrentIndex(form.pay_basis.findData(PayBasis.MONTHLY.value))
    assert form.validate() is None and form.fields["wage"].error.text()


def test_the_two_questions_are_answered_in_the_case_details(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.case_settings_view import CaseDetailsForm

    open_new_case(qtbot, parts)
    form = CaseDetailsForm()
    qtbot.addWidget(form)
    info = parts.session.case.info
    form.load(info)
    assert form.details.student.currentData() is None  # not answered until she answers
    form.details.student.setCurrentIndex(form.details.student.findData(False))
    form.details.pensioner.setCurrentIndex(form.details.pensioner.findData(True))
    merged = form.merged()
    assert merged is not None
    assert merged.worker.student is False and merged.worker.pensioner is True
    form.load(merged)
    assert form.details.student.currentData() is False
    assert form.details.pensioner.currentData() is True


def test_the_calendar_shows_the_hours(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.month_model import HOURS_ROLE, MonthModel

    info = dataclasses.replace(sample_info(), pay_basis=PayBasis.HOURLY, monthly_wage=None)
    open_new_case(qtbot, parts, info)
    view = parts.window.views["today"]
    wait_saved(qtbot, parts, lambda: view.log_hours(Decimal("4.5")))
    model = MonthModel(view.today.year, view.today.month)
    model.set_case(parts.session.case)
    index = model.index_of(view.today)
    assert model.data(index, HOURS_ROLE) == Decimal("4.5")
    assert "4.5" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_hourly_calendar_screenshot(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", "zh")
    try:
        info = dataclasses.replace(sample_info(), pay_basis=PayBasis.HOURLY, monthly_wage=None)
        open_new_case(qtbot, parts, info)
        first = dt.date.today().replace(day=1)
        days = [
            Day(first + dt.timedelta(days=i), DayStatus.WORKING, hours=Decimal(h))
            for i, h in enumerate(("4", "4", "6.5", "8", "3"))
        ]
        wait_saved(qtbot, parts, lambda: parts.session.set_days(days))
        parts.window.show_view("calendar")
        out = Path(os.environ.get("CASEAPP_SHOTS_DIR") or tmp_path)
        assert parts.window.grab().save(str(out / "calendar-hourly-zh.png"))
    finally:
        parts.session.bridge.close()


def test_pay_per_hour_against_the_hourly_minimum() -> None:
    """June 2025 in Beijing: 2 days × 8 h = 16 h, paid 320.00 -> 20.00 an hour;
    the agreed wage 25, the hourly minimum 26.4 (from the law data)."""
    from caseapp.domain.model import Case, Organisation, Payment
    from caseapp.domain.vocab import PaymentKind
    from caseapp.rules.law import load_law_data
    from caseapp.ui.pay_model import hourly_pay, law_floor_hourly

    info = dataclasses.replace(
        sample_info(),
        pay_basis=PayBasis.HOURLY,
        monthly_wage=None,
        hourly_wage=Decimal("25"),
        city="shanghai",
        employer=Organisation("北京某公司", city="beijing"),
    )
    days = tuple(Day(dt.date(2025, 6, d), DayStatus.WORKING, hours=Decimal("8")) for d in (2, 3))
    pay = Payment(
        "P1", dt.date(2025, 6, 20), dt.date(2025, 6, 1), dt.date(2025, 6, 15), PaymentKind.WAGE,
        amount=Decimal("320.00"),
    )  # fmt: skip
    (month,) = hourly_pay(Case(info, days=days, payments=(pay,)), law_floor_hourly(load_law_data()))
    assert month.month == dt.date(2025, 6, 1)
    assert month.received == Decimal("20.00") and month.contract == Decimal("25")
    assert month.floor == Decimal("26.4")  # the employer's Beijing, not Shanghai's 24 (LCL 72)


def test_hourly_pay_chart_screenshot(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.model import Payment
    from caseapp.domain.vocab import PaymentKind

    parts = make_parts(qtbot, tmp_path / "data", "zh")
    try:
        info = dataclasses.replace(
            sample_info(),
            pay_basis=PayBasis.HOURLY,
            monthly_wage=None,
            hourly_wage=Decimal("25"),
            city="beijing",
        )
        open_new_case(qtbot, parts, info)
        days = [
            Day(dt.date(2025, m, d), DayStatus.WORKING, hours=Decimal("6"))
            for m in (6, 7, 8)
            for d in (2, 3, 4, 5)
        ]
        wait_saved(qtbot, parts, lambda: parts.session.set_days(days))
        for m, amount in ((6, "480.00"), (7, "500.00"), (8, "600.00")):
            pay = Payment(
                "", dt.date(2025, m, 20), dt.date(2025, m, 1), dt.date(2025, m, 15),
                PaymentKind.WAGE, amount=Decimal(amount),
            )  # fmt: skip
            wait_saved(qtbot, parts, lambda p=pay: parts.session.save_record(p))
        parts.window.show_view("pay")
        view = parts.window.views["pay"]
        chart = view.chart
        qtbot.waitUntil(lambda: view.law is not None, timeout=10_000)
        # the hourly minimum where the employer is (no employer city: the case's, Beijing 26.4)
        qtbot.waitUntil(lambda: all(m.floor is not None for m in chart.months), timeout=5_000)
        qtbot.waitUntil(lambda: chart.per_hour and len(chart.months) == 3, timeout=5_000)
        # 480 / 24 h = 20.00; 500 / 24 = 20.83; 600 / 24 = 25.00
        assert [m.received for m in chart.months] == [
            Decimal("20.00"), Decimal("20.83"), Decimal("25.00"),
        ]  # fmt: skip
        # a screen reader hears the per-hour comparison: all three below 26.4
        assert chart.accessibleDescription() == "共显示 3 个月；其中 3 个月低于小时最低工资。"
        out = Path(os.environ.get("CASEAPP_SHOTS_DIR") or tmp_path)
        assert parts.window.grab().save(str(out / "pay-hourly-zh.png"))
    finally:
        parts.session.bridge.close()


def test_a_payout_is_matched_to_its_batches(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Pay: the payment form lists the piece-work batches, none ticked; the
    worker ticks the one the payout covers and it is stored in payments[].tasks;
    editing the payment shows it ticked and keeps it."""
    from caseapp.domain.model import Task
    from caseapp.domain.vocab import PaymentKind

    info = dataclasses.replace(sample_info(), pay_basis=PayBasis.PIECE, monthly_wage=None)
    case_id = open_new_case(qtbot, parts, info)
    batches = [
        Task("", dt.date(2025, 6, 2), "图像标注第1批", quantity=Decimal("300"),
             rate=Decimal("0.35"), status=TaskStatus.ACCEPTED),
        Task("", dt.date(2025, 6, 3), "图像标注第2批", quantity=Decimal("200"),
             rate=Decimal("0.40"), status=TaskStatus.REJECTED),
    ]  # fmt: skip
    for task in batches:
        wait_saved(qtbot, parts, lambda t=task: parts.session.save_record(t))
    stored = {t.title: t.id for t in _stored_tasks(qtbot, parts, case_id)}
    parts.window.show_view("pay")
    view = parts.window.views["pay"]
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert form.fields["batches"].isVisibleTo(form) and form.batches.count() == 2
    items = [form.batches.item(n) for n in range(2)]
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items)  # never a default
    assert "105.00" in items[0].text()  # 300 × 0.35 = 105.00
    form.paid_on.setText("2025-06-20")
    form.start.setText("2025-06-01")
    form.end.setText("2025-06-15")
    form.kind.setCurrentIndex(form.kind.findData(PaymentKind.WAGE.value))
    form.net.setText("105.00")
    items[0].setCheckState(Qt.CheckState.Checked)
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    (payment,) = run(qtbot, parts, lambda s: s.load_case(case_id)).payments
    assert payment.tasks == (stored["图像标注第1批"],)
    form.edit(parts.session.case.payments[0])
    ticked = [
        form.batches.item(n).text()
        for n in range(form.batches.count())
        if form.batches.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert len(ticked) == 1 and "图像标注第1批" in ticked[0]
    assert form.linked_tasks() == (stored["图像标注第1批"],)
    out = Path(os.environ.get("CASEAPP_SHOTS_DIR") or tmp_path)
    assert parts.window.grab().save(str(out / "pay-batches-zh.png"))
