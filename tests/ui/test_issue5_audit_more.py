"""Issue 5 audit: the findings of the real rules over the sample case, each
shown with its one sentence, amount range, how sure, basis and deadline, and
recomputed in the background after a change; the wizard's pay grid read as
gross (payslip) amounts; the layout at 1366×768 on a 2× high-DPI screen."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from caseapp.domain.vocab import DayStatus, Origin
from caseapp.services.api import ImportMode
from caseapp.ui.app import sample_path
from caseapp.ui.findings_model import money_range
from caseapp.ui.findings_view import FindingsView
from caseapp.ui.pay_view import PayView
from tests.ui.conftest import open_new_case

ROOT = Path(__file__).resolve().parents[2]


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
    wizard.next()  # the prefilled range: benched at home since
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


DPI_DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    print("RATIO", app.primaryScreen().devicePixelRatio(), flush=True)
    sys.exit(__import__("pytest").main(["-q", "-p", "no:randomly", "-p", "no:cacheprovider",
                                        "tests/ui/test_layout_a11y.py"]))
    """
)


def test_layout_holds_on_a_high_dpi_screen() -> None:
    """The 1366×768 layout and accessibility checks, again at a 2× device pixel ratio."""
    done = subprocess.run(
        [sys.executable, "-c", DPI_DRIVER],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2"),
        cwd=ROOT,
    )
    assert "RATIO 2.0" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout, done.stdout[-2000:]


def test_calendar_paints_status_colours_and_marks_incidents(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from caseapp.domain.model import Incident
    from caseapp.domain.vocab import IncidentKind
    from caseapp.ui import theme
    from caseapp.ui.calendar_view import CalendarView
    from tests.ui.helpers_more import benched_case

    benched_case(qtbot, parts, "2025-02-01", "2025-02-28")
    notice = Incident(
        id="", date=dt.date(2025, 2, 5), kind=IncidentKind.STANDBY_NOTICE, summary="回家等通知"
    )
    parts.session.save_record(notice)
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    parts.window.show_view("calendar")
    view = parts.window.views["calendar"]
    assert isinstance(view, CalendarView)
    view.set_month(2025, 2)
    qtbot.wait(50)
    image = view.table.viewport().grab().toImage()

    def pixel(day: dt.date, dx: int, dy: int) -> str:
        rect = view.table.visualRect(view.model.index_of(day))
        return QColor(image.pixel(rect.left() + dx, rect.top() + dy)).name().upper()

    standby = QColor(theme.STATUS_COLOUR[DayStatus.STANDBY]).name().upper()
    rest = QColor(theme.STATUS_COLOUR[DayStatus.REST]).name().upper()
    assert standby != rest
    assert pixel(dt.date(2025, 2, 4), 6, 6) == standby  # a Tuesday, benched at home
    assert pixel(dt.date(2025, 2, 8), 6, 6) == rest  # a Saturday
    # the incident's badge: a black disc near the top right corner of its day only
    rect = view.table.visualRect(view.model.index_of(dt.date(2025, 2, 5)))
    badge = QColor(image.pixel(rect.right() - 3 - 12 - 4, rect.top() + 3 + 12)).name()
    plain = QColor(image.pixel(rect.right() - 3 - 12 - 4, rect.bottom() - 8)).name()
    other = view.table.visualRect(view.model.index_of(dt.date(2025, 2, 4)))
    no_badge = QColor(image.pixel(other.right() - 3 - 12 - 4, other.top() + 3 + 12)).name()
    assert badge == "#000000", badge
    assert plain.upper() == standby and no_badge.upper() == standby


def test_objection_letter_and_the_contacts(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from caseapp.domain.vocab import IncidentKind
    from caseapp.ui.help_view import HelpView
    from tests.ui.helpers_more import benched_case

    benched_case(qtbot, parts)
    parts.window.show_view("help")
    view = parts.window.views["help"]
    assert isinstance(view, HelpView)
    view.letter_list.setCurrentRow(1)  # objecting to a pay cut or a transfer
    view.refill()
    if view.claims.isVisibleTo(view):
        view.claims.item(0).setCheckState(Qt.CheckState.Checked)
    text = view.text.toPlainText().strip()
    assert "李青" in text and "违法" not in text
    qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    assert parts.session.case.incidents[0].kind == IncidentKind.WRITTEN_OBJECTION
    # contacts: 12333, 12348, the local inspection and arbitration; arbitration is free
    assert set(view.contact_names) == {"12333", "12348", "inspection", "arbitration"}
    # the local offices are named once the law data has loaded (off the GUI thread)
    qtbot.waitUntil(lambda: "北京" in view.contact_names["arbitration"].text(), timeout=10_000)
    assert "北京" in view.contact_names["inspection"].text()
    shown = "\n".join(w.text() for w in view.findChildren(QLabel))
    assert "12333" in shown and "12348" in shown
    assert "仲裁不收费" in shown or "仲裁免费" in shown
    # the records to fetch, each with its how-to
    assert view.records.count() == 4
    for i in range(view.records.count()):
        name, _, how = view.records.item(i).text().partition("\n")
        assert name.strip() and how.strip()
