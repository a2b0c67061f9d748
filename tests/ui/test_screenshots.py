"""Screenshots of every view in both languages at 1366×768, each checked for
what it shows: the window's size, not blank, the view's key widgets visible
and painted inside the image, and its key texts shown in the language asked
for. The images go to a temporary directory; with CASEAPP_UPDATE_SCREENSHOTS=1
they are written to docs/screenshots/ (committed, shown in the README):

    CASEAPP_UPDATE_SCREENSHOTS=1 .venv/bin/pytest tests/ui/test_screenshots.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from caseapp.casework import daylogic
from caseapp.casework.reconstruct import next_month
from caseapp.domain.model import Day, Incident, Payment, Provenance
from caseapp.domain.vocab import Channel, DayStatus, Form, IncidentKind, Origin, PaymentKind

from .conftest import make_parts, open_new_case, sample_info

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
UPDATE = os.environ.get("CASEAPP_UPDATE_SCREENSHOTS") == "1"
WINDOW = QSize(1366, 768)


class Shots:
    """Takes and checks the screenshots of one language."""

    def __init__(self, lang: str, tmp_path: Path) -> None:
        self.lang = lang
        self.out = DOCS if UPDATE else tmp_path / "screenshots"

    def tr(self, context: str, source: str) -> str:
        """``source`` as the app shows it; in Chinese it must really be translated."""
        shown = QCoreApplication.translate(context, source)
        assert (shown != source) == (self.lang == "zh"), (context, source, shown)
        return shown

    def take(
        self,
        widget: QWidget,
        name: str,
        marks: Sequence[QWidget] = (),
        texts: Sequence[str] = (),
        size: QSize | None = WINDOW,
    ) -> QImage:
        """Grab ``widget``, check what the image shows, save it; ``marks`` must be
        visible and painted in it, each of ``texts`` shown by a visible widget in it."""
        QApplication.processEvents()
        pixmap = widget.grab()
        image = pixmap.toImage()
        if size is not None:
            assert widget.size() == size, (name, widget.size())
        else:  # a dialog: it fits on the 1366×768 screen the app is laid out for
            assert widget.width() <= WINDOW.width() and widget.height() <= WINDOW.height(), name
        assert image.size() == widget.size() * pixmap.devicePixelRatio(), name
        _assert_not_blank(image, name)
        for mark in marks:
            _assert_painted(widget, image, mark, f"{name}: {type(mark).__name__}")
        for text in texts:
            holder = _showing(widget, text)
            assert holder is not None, f"{name}: {text!r} is not shown"
            _assert_painted(widget, image, holder, f"{name}: {text!r}")
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{name}-{self.lang}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 10_000
        return image


def _assert_not_blank(image: QImage, name: str) -> None:
    colours = Counter(
        image.pixel(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
    )
    commonest = colours.most_common(1)[0][1] / sum(colours.values())
    assert len(colours) >= 50 and commonest < 0.98, (name, len(colours), commonest)


def _assert_painted(root: QWidget, image: QImage, widget: QWidget, what: str) -> None:
    """``widget`` is visible, lies in the image of ``root``, and something is drawn
    where it is (more than one colour)."""
    assert widget.isVisible(), f"{what}: not visible"
    ratio = image.devicePixelRatio()
    where = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    inside = where.intersected(QRect(QPoint(0, 0), root.size()))
    assert not inside.isEmpty(), f"{what}: outside the image"
    step = max(1, min(inside.width(), inside.height()) // 12)
    colours = {
        image.pixel(int(x * ratio), int(y * ratio))
        for y in range(inside.top(), inside.bottom() + 1, step)
        for x in range(inside.left(), inside.right() + 1, step)
    }
    assert len(colours) > 1, f"{what}: nothing drawn"


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        return [widget.item(i).text() for i in range(widget.count())]
    return []


def _showing(root: QWidget, text: str) -> QWidget | None:
    """The visible widget inside ``root`` that shows ``text``: one showing exactly
    that text if there is one, else one whose text contains it."""
    shown = [(w, _texts(w)) for w in root.findChildren(QWidget) if w.isVisible()]
    exact = [w for w, texts in shown if any(t.strip() == text for t in texts)]
    return next(iter(exact), None) or next(
        (w for w, ts in shown if any(text in t for t in ts)), None
    )


# --- the window: welcome, create, today, incident, sign, calendar, lock ---------------------


def _history(today: dt.date) -> list[Day]:
    days = []
    day = today - dt.timedelta(days=75)
    while day < today - dt.timedelta(days=3):
        if not daylogic.is_workday(day):
            status = DayStatus.REST
        elif day < today - dt.timedelta(days=50):
            status = DayStatus.WORKING
        elif day.weekday() == 2:
            status = DayStatus.STANDBY_ONCALL
        else:
            status = DayStatus.STANDBY
        days.append(Day(date=day, status=status, provenance=Provenance(origin=Origin.APP)))
        day += dt.timedelta(days=1)
    return days


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_window_screenshots(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    shots = Shots(lang, tmp_path)
    tr = shots.tr
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.start()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome, timeout=10_000)
        welcome = window.welcome
        shots.take(
            window,
            "welcome",
            [
                welcome.create_button,
                welcome.sample_button,
                welcome.platform_sample_button,
                welcome.import_button,
            ],
            [
                tr("WelcomeView", "Keep a record of your case, day by day"),
                tr("WelcomeView", "Keeping your evidence safe"),
            ],
        )
        window.show_create()
        form = window.create_form
        shots.take(
            window,
            "create",
            [form.fields["worker"], form.fields["payday"], form.save_button],
            [tr("CreateCaseForm", "Create my case"), tr("CreateCaseForm", "Your name")],
        )

        today = dt.date.today()
        open_new_case(qtbot, parts, sample_info(start=today - dt.timedelta(days=400)))
        done: list[bool] = []
        parts.session.set_days(_history(today), done=lambda: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        incident = Incident(
            id="",
            date=today - dt.timedelta(days=48),
            kind=IncidentKind.STANDBY_NOTICE,
            summary="项目经理说项目结束，让我回家待岗，等通知。",
            channel=Channel.WECHAT,
            form=Form.WRITTEN_ELECTRONIC,
        )
        saved: list[object] = []
        parts.session.save_record(incident, done=saved.append)
        qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        window.show_view("today")
        view = window.views["today"]
        shots.take(
            window,
            "today",
            [view.date_label, *view.status_buttons.values(), view.note, window.rail],
            [tr("TodayView", "How was today?"), tr("Views", "Today"), "李青"],
        )
        window.open_incident()
        shots.take(
            window,
            "incident",
            [window.incident_form.summary, window.incident_form.save_button, view],
            [tr("IncidentForm", "Record what happened")],
        )
        window.close_side()
        window.open_sign_advice()
        shots.take(
            window,
            "sign",
            [window.sign_advice.log_button],
            [tr("SignAdvice", "Ask for a copy of anything you are given or have signed.")],
        )
        window.close_side()
        window.show_view("calendar")
        calendar = window.views["calendar"]
        calendar.shift_month(-1)
        first = dt.date(calendar.model.year, calendar.model.month, 10)
        calendar.select_range(first, first + dt.timedelta(days=4))
        shots.take(
            window,
            "calendar",
            [calendar.month_label, calendar.table],
            [tr("CalendarView", "Set the selected days to:"), tr("Views", "Calendar")],
        )
        assert calendar.month_label.text().strip()
        window.lock()
        lock = window.lock_screen
        shots.take(window, "lock", [lock.title, lock.button], [tr("LockScreen", "Unlock")])
        # locked: the case's views are hidden and the case cannot be switched
        assert not window.main.isVisible() and not window.switcher.isEnabled()
    finally:
        parts.session.bridge.close()


# --- the views: risk notes, pay, letters and help, report, records, settings, wizard --------


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
def test_view_screenshots(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    shots = Shots(lang, tmp_path)
    tr = shots.tr
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
        shots.take(
            window,
            "findings",
            [findings.list, findings.detail, findings.next_list],
            [tr("FindingsView", "Risk notes"), tr("FindingsView", "Next steps")],
        )
        assert findings.detail.toPlainText().strip()  # the selected finding is explained
        window.show_view("pay")
        pay = window.views["pay"]
        qtbot.waitUntil(lambda: pay.floor is not None, timeout=10_000)
        pay.show_case(parts.session.case)
        shots.take(
            window,
            "pay",
            [pay.chart, pay.table, pay.add_button],
            [tr("PayView", "Pay"), tr("PayView", "Social insurance months")],
        )
        assert pay.table.model().rowCount() == 4  # the four payments
        pay.add_payment()
        shots.take(window, "pay-form", [pay.form], [tr("PaymentForm", "Add pay received")])
        pay.form.setVisible(False)
        window.show_view("help")
        help_view = window.views["help"]
        shots.take(
            window,
            "letters",
            [help_view.letter_list, help_view.text, help_view.use_button],
            [tr("HelpView", "Letters and help"), tr("HelpView", "Letters to send")],
        )
        assert "李青" in help_view.text.toPlainText()  # the letter is filled in
        help_view.tabs.setCurrentIndex(1)
        shots.take(window, "records", [help_view.records], [tr("HelpView", "Records to fetch")])
        help_view.tabs.setCurrentIndex(2)
        shots.take(
            window,
            "contacts",
            list(help_view.contact_names.values()),
            ["12333", "12348", tr("HelpView", "Who can help")],
        )
        window.show_view("report")
        report = window.views["report"]
        shots.take(
            window,
            "report",
            [report.brief, report.filing, report.as_of, report.make_button, report.share_button],
            [tr("ReportView", "Report"), tr("ReportView", "Share with a lawyer…")],
        )
        window.show_view("incidents")
        incidents = window.views["incidents"]
        incidents.open_row(incidents.model.index(0, 0))
        shots.take(
            window,
            "incidents",
            [incidents.table, incidents.editor],
            [tr("IncidentsView", "Incidents"), "项目经理说项目结束"],
        )
        incidents.editor.setVisible(False)
        window.show_view("tasks")
        tasks = window.views["tasks"]
        shots.take(window, "tasks", [tasks.table], [tr("TasksView", "Tasks")])
        window.show_view("people")
        people = window.views["people"]
        shots.take(window, "people", [people.table], [tr("PeopleView", "People")])
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
        shots.take(
            window,
            "evidence",
            [evidence.table, evidence.detail, evidence.add_button],
            [tr("EvidenceView", "Evidence")],
        )
        assert "微信聊天-项目结束.png" in evidence.detail.toPlainText()
        window.show_view("case")
        settings = window.views["case"]
        shots.take(
            window,
            "case",
            [settings.tabs, settings.form.fields["worker"]],
            [tr("CaseSettingsView", "Case details")],
        )
        settings.tabs.setCurrentWidget(settings.history)
        qtbot.waitUntil(lambda: settings.history.model.rowCount() > 3, timeout=10_000)
        settings.history.list.setCurrentIndex(settings.history.model.index(1))
        shots.take(
            window,
            "history",
            [settings.history.list],
            [tr("CaseSettingsView", "History and undo")],
        )
        window.show_view("pay")
        pay.open_wizard()
        wizard = pay.wizard
        qtbot.waitUntil(wizard.isVisible, timeout=5_000)
        wizard.page_last.date.setText((today - dt.timedelta(days=100)).isoformat())
        shots.take(
            wizard,
            "wizard-1",
            [wizard.page_last.date],
            [tr("LastWorkPage", "When did you last have real work?")],
            size=None,
        )
        wizard.next()
        shots.take(
            wizard,
            "wizard-2",
            [wizard.currentPage()],
            [tr("RangesPage", "Since then, were you told to stay home, sit in, or check in?")],
            size=None,
        )
        status = wizard.page_ranges.table.cellWidget(0, 2)  # what the days were: her answer
        status.setCurrentIndex(status.findData(DayStatus.STANDBY.value))
        wizard.next()
        shots.take(
            wizard,
            "wizard-3",
            [wizard.page_pay.table],
            [tr("PayPage", "What were you paid each month?")],
            size=None,
        )
        wizard.reject()
    finally:
        parts.session.bridge.close()


# --- a worker who starts late ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_today_offers_the_wizard(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """今日 offering the reconstruction wizard right after the case is created, with
    the cloud-sync warning across the window (a synced folder)."""
    shots = Shots(lang, tmp_path)
    parts = make_parts(qtbot, tmp_path / "OneDrive" / "caseapp", lang)
    window = parts.window
    try:
        open_new_case(qtbot, parts, sample_info(dt.date.today() - dt.timedelta(days=200)))
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        today = window.views["today"]
        today.welcome_new_case()
        assert today.rebuild_row.isVisible() and window.cloud_strip is not None
        shots.take(
            window,
            "today-start",
            [today.rebuild_row, today.rebuild_button, window.cloud_strip],
            [shots.tr("TodayView", "Fill in the months before")],
        )
    finally:
        parts.session.bridge.close()
