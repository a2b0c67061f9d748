"""One clock everywhere (issue 13 item 5, the leftovers): the tasks form, the
reconstruction wizard, the incident draft, the evidence editor's date check,
pasted screenshots (in the Evidence view and by Ctrl+V) and the dates of the
letters' pages read `session.clock`, not the computer's date. The clock is
held at 2030-01-02 17:30 UTC, which is 2030-01-03 01:30 in the case's zone
(Asia/Shanghai, UTC+8): years after the computer's date, and a day after the
UTC date, so either mistake shows.

Also facts never invented: the wizard's evidence has no `obtained_on` (the
day it ran is not the day she got the item), and a new name typed under
"who" in the incident form becomes a person only once the worker says on
whose side they are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QWizard

from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, OriginalStatus, Party
from caseapp.ui.clock import SetTime
from tests.ui.conftest import open_new_case, wait_saved

MOMENT = dt.datetime(2030, 1, 2, 17, 30, tzinfo=dt.UTC)
CASE_DAY = dt.date(2030, 1, 3)  # 01:30 in Shanghai


def _open(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    parts.session.clock.set_source(SetTime(MOMENT))
    open_new_case(qtbot, parts)
    assert parts.session.clock.today() == CASE_DAY != dt.date.today()


def _image() -> QImage:
    image = QImage(160, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    return image


def test_tasks_form_dates_from_the_clock(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    parts.window.show_view("tasks")
    view = parts.window.views["tasks"]
    assert view.assigned_on.text() == "2030-01-03"
    view.assigned_on.setText("2029-12-01")
    view.clear()
    assert view.assigned_on.text() == "2030-01-03"


def test_wizard_today_is_the_clocks(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    parts.window.show_view("pay")
    view = parts.window.views["pay"]
    view.open_wizard()
    assert view.wizard.today == CASE_DAY


def test_incident_draft_dated_by_the_clock(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    parts.window.open_incident()
    form = parts.window.incident_form
    assert form.date.text() == "2030-01-03"
    assert form.time.text() == ""  # opening the form is not when it happened


def test_letters_pages_read_the_clock(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    parts.window.show_view("help")
    help_view = parts.window.views["help"]
    assert help_view.today() == CASE_DAY
    assert help_view.road.source.today() == CASE_DAY


def test_evidence_dates_checked_against_the_clock(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    item = Evidence(
        id="", title="解除通知", kind=EvidenceKind.NOTICE, original_status=OriginalStatus.KEPT
    )
    parts.session.save_record(item)
    qtbot.waitUntil(lambda: len(parts.session.case.evidence) == 1, timeout=10_000)
    parts.window.show_view("evidence")
    view = parts.window.views["evidence"]
    editor = view.editor
    editor.load(parts.session.case.evidence[0])
    editor.obtained.setText("2029-06-01")  # after the computer's date, before the clock's
    record, errors = editor.read()
    assert errors == {} and record is not None
    assert record.obtained_on == dt.date(2029, 6, 1)
    editor.obtained.setText("2030-01-04")  # the day after the clock's today
    record, errors = editor.read()
    assert record is None and "obtained_on" in errors


def test_pasted_screenshots_named_by_the_clock(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    parts.window.show_view("evidence")
    view = parts.window.views["evidence"]
    QGuiApplication.clipboard().setImage(_image())
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        assert view.paste()
    qtbot.waitUntil(lambda: len(parts.session.case.evidence) == 1, timeout=10_000)
    assert "2030-01-03 01:30" in parts.session.case.evidence[0].title
    # Ctrl+V anywhere: the capture's title and file name
    window = parts.window
    window.views["today"].setFocus()
    QGuiApplication.clipboard().setImage(_image())
    wait_saved(
        qtbot,
        parts,
        lambda: qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier),
    )
    qtbot.waitUntil(lambda: len(parts.session.case.evidence) == 2, timeout=10_000)
    pasted = parts.session.case.evidence[-1]
    assert "2030-01-03 01:30" in pasted.title
    assert pasted.files[0].original_name.startswith("screenshot-20300103-0130")


def test_wizard_evidence_has_no_invented_date(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    parts.window.show_view("pay")
    view = parts.window.views["pay"]
    view.open_wizard()
    wizard = view.wizard
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    wizard.page_last.date.setText("2029-11-20")
    wizard.next()
    ranges = wizard.page_ranges
    assert wizard.currentPage() is ranges
    ranges.table.selectRow(0)  # the stretch's status is the worker's to choose: remove it
    qtbot.mouseClick(ranges.remove_button, Qt.MouseButton.LeftButton)
    for _ in range(3):  # pay (left empty), what was said, what she has
        wizard.next()
    assert wizard.currentPage() is wizard.page_have
    wizard.page_have.boxes[0][0].setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.page_done
    with qtbot.waitSignal(wizard.saved, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: len(parts.session.case.evidence) == 1, timeout=10_000)
    assert parts.session.case.evidence[0].obtained_on is None


def test_a_new_person_gets_the_side_the_worker_says(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, parts)
    window = parts.window
    window.open_incident()
    form = window.incident_form
    form.summary.setPlainText("人事让我签离职申请。")
    # a date she types: the service checks dates against the computer's clock, not the test's
    form.date.setText("2025-02-10")
    form.who.setEditText("人事张三")
    assert form.party.currentData() is None
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "人事张三" in form.fields["party"].error.text()
    assert form.more.isVisibleTo(form)  # the field asked for is in view
    qtbot.wait(200)
    view = form.scroller.viewport()
    top = form.fields["party"].mapTo(view, form.fields["party"].rect().topLeft()).y()
    assert 0 <= top < view.height()  # scrolled to it
    assert parts.session.case.people == () and parts.session.case.incidents == ()
    form.party.setCurrentIndex(form.party.findData(Party.CLIENT.value))
    with qtbot.waitSignal(form.savedIncident, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    (person,) = parts.session.case.people
    assert person.name == "人事张三" and person.party == Party.CLIENT
    assert parts.session.case.incidents[0].actor == person.id
