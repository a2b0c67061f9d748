"""工作结束了, the tab of 案件设置 that records `case.employment_ended`, driven
through its widgets: nothing is recorded before Save, the way it ended starts
unchosen and the certificate "not known"; a resignation-type ending shows the
lawyer gate without blocking; saving makes `termination-certificate-missing`
and `severance-due` appear in the findings, undo takes it back; the tab at
1366×768 in both languages (again at 2× in a subprocess), and screenshots.

The worked case (tests/casework/helpers.sample_info): contract from
2024-03-01, 12,000 a month. Ended 2025-06-30 by agreement on the company's
proposal: LCL art. 46(2) owes N; 1 year 4 months of service → N = 1.5
months' wages (art. 47: a month per full year; a remainder under six months
counts half a month). The
certificate's 15 days run to 2025-07-15 (30 June + 15); the findings are as
of the app clock's today (after that), so a certificate recorded "not
given" is a finding."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caseapp.domain.findings import FindingsReport
from caseapp.domain.vocab import EndGround
from caseapp.ui.case_settings_view import CaseSettingsView
from caseapp.ui.clock import SetTime
from caseapp.ui.employment_end import GROUNDS, EmploymentEndForm
from tests.ui.conftest import make_parts, open_new_case
from tests.ui.layout_check import assert_passes_at_2x, settled_problems
from tests.ui.test_screenshots import Shots

NOW = dt.datetime(2025, 9, 1, 10, 0, tzinfo=dt.UTC)


def _form(qtbot, parts) -> tuple[CaseSettingsView, EmploymentEndForm]:  # type: ignore[no-untyped-def]
    parts.session.clock.set_source(SetTime(NOW))
    open_new_case(qtbot, parts)
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    view.tabs.setCurrentWidget(view.ending)
    return view, view.ending


def _rules(report: object) -> set[str]:
    assert isinstance(report, FindingsReport)
    return {f.rule for f in report.findings}


def _choose(box, value) -> None:  # type: ignore[no-untyped-def]
    box.setCurrentIndex(box.findData(value))


def test_nothing_is_a_fact_before_save(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _view, form = _form(qtbot, parts)
    assert form.date.text() == ""
    assert form.ground.currentData() is None  # "— 请选择 —"
    assert form.written.currentData() is None and form.certificate.currentData() is None
    assert not form.remove_button.isVisibleTo(form)
    assert form.ground.count() == len(GROUNDS) + 1
    assert form.ground.itemText(form.ground.findData("art36_employer_proposed")) == (
        "公司提出解除，双方协商一致（协商解除）"
    )
    # a date but no ground: refused at the field, nothing stored
    form.date.setText("2025-06-30")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.fields["ground"].error.text() == "请选择工作是怎么结束的。"
    # a ground but a date before the contract: refused too
    _choose(form.ground, "art39")
    form.date.setText("2023-01-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "2024-03-01" in form.fields["date"].error.text()
    qtbot.wait(200)
    assert parts.session.case.info.employment_ended is None


def test_resignation_shows_the_lawyer_gate_without_blocking(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _view, form = _form(qtbot, parts)
    for value in ("art36_employer_proposed", "art39", "art40_3", "expiry", "other"):
        _choose(form.ground, value)
        assert not form.gate_frame.isVisibleTo(form), value
    for value in ("art37", "art38", "art36_worker_proposed"):
        _choose(form.ground, value)
        assert form.gate_frame.isVisibleTo(form), value
        assert "12348" in form.gate.text() and "律师" in form.gate.text()
    form.date.setText("2025-06-30")
    form.reason.setText("  个人原因  ")
    _choose(form.written, True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # the gate never blocks
    qtbot.waitUntil(lambda: parts.session.case.info.employment_ended is not None, timeout=10_000)
    ended = parts.session.case.info.employment_ended
    assert ended.ground == EndGround.ART36_WORKER_PROPOSED
    assert ended.date == dt.date(2025, 6, 30)
    assert ended.resignation_reason_text == "个人原因" and ended.written is True
    assert ended.certificate_issued is None  # not known: absent, never "no"


def test_saving_an_ending_makes_the_findings(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _view, form = _form(qtbot, parts)
    reports: list[object] = []
    parts.session.bridge.findingsReady.connect(reports.append)
    form.date.setText("2025-06-30")
    _choose(form.ground, "art36_employer_proposed")
    _choose(form.certificate, False)
    assert parts.session.case.info.employment_ended is None  # typed, not saved
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            bool(reports)
            and {"termination-certificate-missing", "severance-due"} <= _rules(reports[-1])
        ),
        timeout=30_000,
    )
    ended = parts.session.case.info.employment_ended
    assert (ended.date, ended.ground, ended.certificate_issued) == (
        dt.date(2025, 6, 30),
        EndGround.ART36_EMPLOYER_PROPOSED,
        False,
    )
    assert ended.written is None and ended.resignation_reason_text is None
    assert "2025-06-30" in form.state.text() and form.remove_button.isVisibleTo(form)
    assert "撤销" in form.message.text()
    # the form shows the record again after the save
    assert form.ground.currentData() == "art36_employer_proposed"
    # one journal entry, undone by undo: the findings go again
    undone: list[object] = []
    parts.session.bridge.call(lambda s: s.undo_last(parts.session.case_id), done=undone.append)
    qtbot.waitUntil(lambda: bool(undone), timeout=10_000)
    parts.session.apply(parts.session.case_id, undone[0].changes)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: parts.session.case.info.employment_ended is None, timeout=10_000)
    assert form.ground.currentData() is None and form.date.text() == ""
    qtbot.waitUntil(
        lambda: "termination-certificate-missing" not in _rules(reports[-1]), timeout=30_000
    )


def test_a_near_miss_and_removing(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Ended 2025-08-20: its 15 days run to 2025-09-04, after today (2025-09-01):
    no certificate finding yet, even with "not given"; then the record is removed."""
    _view, form = _form(qtbot, parts)
    reports: list[object] = []
    parts.session.bridge.findingsReady.connect(reports.append)
    form.date.setText("2025/8/20")
    _choose(form.ground, "art40_3")
    _choose(form.certificate, False)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(reports) and "severance-due" in _rules(reports[-1]), timeout=30_000
    )
    assert "termination-certificate-missing" not in _rules(reports[-1])
    assert parts.session.case.info.employment_ended.date == dt.date(2025, 8, 20)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case.info.employment_ended is None, timeout=10_000)
    assert form.state.text() == "还没有记录工作结束。"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_layout_at_1366_and_screenshots(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.resize(1366, 768)
        view, form = _form(qtbot, parts)
        qtbot.wait(1500)  # the window settles its side panel when writes are quiet
        _choose(form.ground, "art38")  # the longest state: the gate shown
        form.date.setText("2025-06-30x")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # an error shown
        assert form.fields["date"].error.isVisibleTo(form)
        found = settled_problems(qtbot, view)
        assert not found
        for editor in (form.date, form.ground, form.written, form.reason, form.certificate):
            assert editor.height() >= editor.minimumSizeHint().height(), editor
            assert editor.width() >= editor.minimumSizeHint().width(), editor
        assert form.save_button.isVisible()  # Save stays in view; the fields scroll
        if os.environ.get("QT_SCALE_FACTOR") == "2":
            return  # the 2× run checks the layout only
        shots = Shots(lang, tmp_path)
        form.date.setText("2025-06-30")
        form.fields["date"].set_error(None)
        form.reason.setText("公司未足额支付劳动报酬" if lang == "zh" else "Wages not paid in full")
        shots.take(window, "job-ended", [form.ground, form.gate_frame, form.save_button])
    finally:
        parts.session.bridge.close()


def test_layout_holds_at_2x() -> None:
    assert_passes_at_2x("tests/ui/test_employment_end.py", "layout_at_1366")


def test_dataclasses_kept(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Keys the form does not show (`extra`) survive an edit."""
    from caseapp.domain.model import EmploymentEnded
    from tests.casework.helpers import sample_info

    parts.session.clock.set_source(SetTime(NOW))
    ended = EmploymentEnded(
        date=dt.date(2025, 6, 30), ground=EndGround.ART39, extra={"x-note": "kept"}
    )
    open_new_case(qtbot, parts, dataclasses.replace(sample_info(), employment_ended=ended))
    parts.window.show_view("case")
    form = parts.window.views["case"].ending
    assert form.ground.currentData() == "art39" and form.date.text() == "2025-06-30"
    _choose(form.certificate, True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: parts.session.case.info.employment_ended.certificate_issued is True,
        timeout=10_000,
    )
    assert parts.session.case.info.employment_ended.extra == {"x-note": "kept"}
