"""Screenshots of the part-2 views (risk notes, pay, letters and help, report,
the reconstruction wizard) in both languages at 1366×768, saved under
docs/screenshots/ beside the shell's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from caseapp.casework import daylogic
from caseapp.casework.reconstruct import next_month
from caseapp.domain.model import Day, Incident, Payment
from caseapp.domain.vocab import Channel, DayStatus, Form, IncidentKind, PaymentKind

from .conftest import make_parts, open_new_case, sample_info

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    OUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def _case(qtbot, parts, today: dt.date) -> None:  # type: ignore[no-untyped-def]
    info = dataclasses.replace(sample_info(dt.date(2024, 3, 1)), city="beijing")
    open_new_case(qtbot, parts, info)
    first = (today.replace(day=1) - dt.timedelta(days=120)).replace(day=1)
    bench = first + dt.timedelta(days=20)
    days = []
    day = first
    while day < today:
        if not daylogic.is_workday(day):
            status = DayStatus.REST
        elif day < bench:
            status = DayStatus.WORKING
        else:
            status = DayStatus.STANDBY
        days.append(Day(date=day, status=status))
        day += dt.timedelta(days=1)
    done: list[bool] = []
    parts.session.set_days(days, done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    month, amounts = first, ["10440", "4210.50", "2180", "2180"]
    for amount in amounts:
        end = next_month(month) - dt.timedelta(days=1)
        pay = Payment(
            id="",
            paid_on=next_month(month).replace(day=15),
            period_start=month,
            period_end=end,
            kind=PaymentKind.WAGE,
            net=Decimal(amount),
        )
        parts.session.save_record(pay)
        month = next_month(month)
    incident = Incident(
        id="",
        date=bench,
        kind=IncidentKind.STANDBY_NOTICE,
        summary="项目经理说项目结束，让我回家待岗，等通知。",
        channel=Channel.WECHAT,
        form=Form.WRITTEN_ELECTRONIC,
    )
    parts.session.save_record(incident)
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots_more(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.start()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome, timeout=10_000)
        today = dt.date.today()
        _case(qtbot, parts, today)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        findings = window.views["findings"]
        window.show_view("findings")
        qtbot.waitUntil(lambda: findings.model.rowCount() > 0, timeout=20_000)
        qtbot.wait(300)
        _save(window, f"findings-{lang}")
        window.show_view("pay")
        pay = window.views["pay"]
        qtbot.waitUntil(lambda: pay.floor is not None, timeout=10_000)
        pay.show_case(parts.session.case)
        _save(window, f"pay-{lang}")
        pay.add_payment()
        _save(window, f"pay-form-{lang}")
        pay.form.setVisible(False)
        window.show_view("help")
        _save(window, f"letters-{lang}")
        help_view = window.views["help"]
        help_view.tabs.setCurrentIndex(1)
        _save(window, f"records-{lang}")
        help_view.tabs.setCurrentIndex(2)
        _save(window, f"contacts-{lang}")
        window.show_view("report")
        _save(window, f"report-{lang}")
        window.show_view("incidents")
        incidents = window.views["incidents"]
        print("DBG", incidents.model.rowCount(), len(parts.session.case.incidents))
        incidents.open_row(incidents.model.index(0, 0))
        _save(window, f"incidents-{lang}")
        incidents.editor.setVisible(False)
        window.show_view("tasks")
        _save(window, f"tasks-{lang}")
        window.show_view("people")
        _save(window, f"people-{lang}")
        window.show_view("evidence")
        evidence = window.views["evidence"]
        image = QImage(640, 400, QImage.Format.Format_RGB32)
        image.fill(QColor("#E8F1F8"))
        shot = tmp_path / "微信聊天-项目结束.png"
        assert image.save(str(shot))
        with qtbot.waitSignal(evidence.importer.finished, timeout=20_000):
            evidence.add_paths([shot])
        qtbot.waitUntil(lambda: evidence.model.rowCount() == 1, timeout=10_000)
        qtbot.waitUntil(
            lambda: evidence.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None,
            timeout=10_000,
        )
        evidence.table.selectRow(0)
        _save(window, f"evidence-{lang}")
        window.show_view("case")
        settings = window.views["case"]
        _save(window, f"case-{lang}")
        settings.tabs.setCurrentWidget(settings.history)
        qtbot.waitUntil(lambda: settings.history.model.rowCount() > 3, timeout=10_000)
        settings.history.list.setCurrentIndex(settings.history.model.index(1))
        _save(window, f"history-{lang}")
        window.show_view("pay")
        pay.open_wizard()
        wizard = pay.wizard
        qtbot.waitUntil(wizard.isVisible, timeout=5_000)
        wizard.page_last.date.setText((today - dt.timedelta(days=100)).isoformat())
        _save(wizard, f"wizard-1-{lang}")
        wizard.next()
        _save(wizard, f"wizard-2-{lang}")
        wizard.next()
        _save(wizard, f"wizard-3-{lang}")
        wizard.reject()
    finally:
        parts.session.bridge.close()
