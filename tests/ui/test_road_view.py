"""拿回钱的路, the road tab of 文书与求助, driven through its widgets: the
complaint letter filled from the case and logged as `complaint_filed`; the
award logged with its finality and pay-by date, after which the court step
shows its date (received 2025-07-21 + 15 days = 2025-08-05, a Tuesday) and
the enforcement step its own (pay by 2025-08-29 + 2 years = 2027-08-29);
Today's note of near road dates; the tab at 1366×768 in both languages
(nothing cut off, every input named; again at 2× in a subprocess); and the
screenshots, zh and en."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from caseapp.domain.vocab import IncidentKind
from caseapp.rules.road import AWARD_FINAL_KEY, AWARD_PAY_BY_KEY, STEPS, is_award
from caseapp.ui.road_view import RoadView
from tests.ui.conftest import benched_case, make_parts
from tests.ui.layout_check import assert_passes_at_2x, settled_problems
from tests.ui.test_screenshots import Shots

TODAY = dt.date(2025, 7, 25)


def _road(qtbot, parts) -> RoadView:  # type: ignore[no-untyped-def]
    parts.window.show_view("help")
    help_view = parts.window.views["help"]
    road = help_view.road
    help_view.tabs.setCurrentWidget(road)
    road.source.today = lambda: TODAY
    qtbot.waitUntil(lambda: road.source.law is not None, timeout=20_000)
    road.refresh()
    return road


def _select(road: RoadView, key: str) -> None:
    road.steps.setCurrentRow(STEPS.index(key))


def _log_award(qtbot, parts, road: RoadView) -> None:  # type: ignore[no-untyped-def]
    _select(road, "award")
    road.award_date.setDate(QDate(2025, 7, 21))
    road.award_final.setCurrentIndex(road.award_final.findData(False))
    road.award_has_pay_by.setChecked(True)
    road.award_pay_by.setDate(QDate(2025, 8, 29))
    qtbot.mouseClick(road.log_award, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(is_award(i) for i in parts.session.case.incidents), timeout=10_000)
    qtbot.waitUntil(lambda: road.current is not None and road.current.award is not None)


def test_complaint_is_filled_and_logged(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    road = _road(qtbot, parts)
    assert road.steps.count() == len(STEPS)
    _select(road, "complaint")
    text = road.complaint_text.toPlainText()
    assert "李青" in text and "某某人力资源有限公司" in text and "第八十五条" in text
    assert road.complaint_text.isVisibleTo(road) and not road.award_date.isVisibleTo(road)
    road.complaint_date.setDate(QDate(2025, 7, 22))
    qtbot.mouseClick(road.log_complaint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    item = parts.session.case.incidents[0]
    assert item.kind == IncidentKind.COMPLAINT_FILED
    assert item.date == dt.date(2025, 7, 22)
    assert item.quote == text.strip()
    qtbot.waitUntil(lambda: road.steps.item(STEPS.index("complaint")).text().startswith("✓"))
    assert "2025-07-22" in road.result.text()


def test_award_logged_then_the_court_and_enforcement_dates(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    road = _road(qtbot, parts)
    _log_award(qtbot, parts, road)
    award = next(i for i in parts.session.case.incidents if is_award(i))
    assert award.kind == IncidentKind.OTHER and award.date == dt.date(2025, 7, 21)
    assert award.extra[AWARD_FINAL_KEY] is False
    assert award.extra[AWARD_PAY_BY_KEY] == "2025-08-29"
    _select(road, "court")
    shown = "\n".join(
        road.dates_box.itemAt(i).widget().text() for i in range(road.dates_box.count())
    )
    assert "2025-08-05" in shown  # 2025-07-21 + 15
    _select(road, "enforcement")
    shown = "\n".join(
        road.dates_box.itemAt(i).widget().text() for i in range(road.dates_box.count())
    )
    assert "2027-08-29" in shown  # 2025-08-29 + 2 years
    # Today: the court date, 11 days ahead of 2025-07-25, is near
    note = parts.window.views["today"].road_note
    note.source.today = lambda: TODAY
    qtbot.waitUntil(lambda: note.source.law is not None, timeout=20_000)
    note.refresh()
    assert note.isVisibleTo(parts.window.views["today"])
    assert "2025-08-05" in note.text.text() and "11" in note.text.text()


def test_a_passed_date_is_given_with_12348_never_expired(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    road = _road(qtbot, parts)
    _log_award(qtbot, parts, road)
    road.source.today = lambda: dt.date(2025, 8, 6)  # the day after 2025-08-05
    road.refresh()
    _select(road, "court")
    shown = "\n".join(
        road.dates_box.itemAt(i).widget().text() for i in range(road.dates_box.count())
    )
    assert "12348" in shown and "2025-08-05" in shown
    assert "过期" not in shown and "expired" not in shown.lower()


def test_order_and_mediation_logged(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """The inspection's order (2025-07-10, pay 6000 by 2025-07-24) and mediation
    applied 2025-07-14: 2025-07-14 + 15 days = 2025-07-29, the mediation's end."""
    from decimal import Decimal

    benched_case(qtbot, parts)
    road = _road(qtbot, parts)
    _select(road, "inspection_order")
    road.order_amount.setText("6,000")
    road.order_date.setDate(QDate(2025, 7, 10))
    road.order_due.setDate(QDate(2025, 7, 24))
    qtbot.mouseClick(road.log_order, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    order = parts.session.case.incidents[0]
    assert order.kind == IncidentKind.INSPECTION_ORDER
    assert (order.date, order.due_by, order.amount) == (
        dt.date(2025, 7, 10),
        dt.date(2025, 7, 24),
        Decimal("6000.00"),
    )
    _select(road, "mediation")
    road.step_date.setDate(QDate(2025, 7, 14))
    qtbot.mouseClick(road.log_step, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 2, timeout=10_000)
    kinds = {i.kind for i in parts.session.case.incidents}
    assert IncidentKind.MEDIATION_APPLIED in kinds
    qtbot.waitUntil(lambda: road.current is not None and road.current.step("mediation").done)
    shown = "\n".join(
        road.dates_box.itemAt(i).widget().text() for i in range(road.dates_box.count())
    )
    assert "2025-07-29" in shown
    # a bad amount is refused with a message, nothing saved
    _select(road, "inspection_order")
    road.order_amount.setText("six thousand")
    road.save_order()
    assert road.result.text()
    qtbot.wait(200)
    assert len(parts.session.case.incidents) == 2


def test_certificate_recorded_by_the_worker(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Ended 2025-07-15: the employer's 15 days run to 2025-07-30 (15 + 15); the
    worker records "not received", and the case says so; nothing before that act."""
    import dataclasses

    from caseapp.domain.model import EmploymentEnded
    from caseapp.domain.vocab import EndGround
    from tests.ui.conftest import open_new_case, sample_info

    ended = EmploymentEnded(date=dt.date(2025, 7, 15), ground=EndGround.ART40_3)
    info = dataclasses.replace(
        sample_info(dt.date(2024, 3, 1)), city="beijing", employment_ended=ended
    )
    open_new_case(qtbot, parts, info)
    road = _road(qtbot, parts)
    _select(road, "certificate")
    assert road.certificate_row.isVisibleTo(road) and not road.no_end.isVisibleTo(road)
    assert road.certificate.currentData() is None  # not recorded: no default becomes a fact
    shown = "\n".join(
        road.dates_box.itemAt(i).widget().text() for i in range(road.dates_box.count())
    )
    assert "2025-07-30" in shown
    assert parts.session.case.info.employment_ended.certificate_issued is None
    road.certificate.setCurrentIndex(road.certificate.findData(False))
    qtbot.mouseClick(road.save_certificate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: parts.session.case.info.employment_ended.certificate_issued is False,
        timeout=10_000,
    )


def _end_employment(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Record that the job ended on 2025-07-15 (art. 40(3)), certificate not recorded."""
    import dataclasses

    from caseapp.domain.model import EmploymentEnded
    from caseapp.domain.vocab import EndGround

    case_id = parts.session.case_id
    ended = EmploymentEnded(date=dt.date(2025, 7, 15), ground=EndGround.ART40_3)
    info = dataclasses.replace(parts.session.case.info, employment_ended=ended)
    done: list[object] = []
    parts.session.bridge.call(lambda s: s.update_case_info(case_id, info), done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    parts.session.apply(case_id, done[0])
    qtbot.waitUntil(lambda: parts.session.case.info.employment_ended is not None)


def _layout_problems(qtbot, road: RoadView) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    problems: dict[str, list[str]] = {}
    view = road.parent()
    while view is not None and type(view).__name__ != "HelpView":
        view = view.parent()
    for key in STEPS:
        _select(road, key)
        found = settled_problems(qtbot, view)
        if found:
            problems[key] = found
    return problems


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_layout_at_1366_and_screenshots(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    try:
        window.resize(1366, 768)
        benched_case(qtbot, parts)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)
        road = _road(qtbot, parts)
        _log_award(qtbot, parts, road)
        assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
        assert not _layout_problems(qtbot, road)
        if os.environ.get("QT_SCALE_FACTOR") == "2":
            return  # the 2× run checks the layout only
        shots = Shots(lang, tmp_path)
        # the window lays out its side panel once when writes have been quiet for
        # 0.8 s (main_window._warm_up), which squeezes the view for a moment
        qtbot.wait(1500)
        tab = shots.tr("HelpView", "The road to the money")
        _select(road, "court")
        qtbot.waitUntil(lambda: parts.window.views["help"].width() > 1000, timeout=3_000)
        shots.take(window, "road", [road.steps, road.dates_frame], [tab, "2025-08-05"])
        _select(road, "hearing")
        help_view = parts.window.views["help"]  # the window settles its layout on a timer
        qtbot.waitUntil(lambda: help_view.width() > 1000, timeout=3_000)
        shots.take(window, "road-hearing", [road.answers, road.hearing_list], [tab])
        _end_employment(qtbot, parts)
        _select(road, "certificate")
        shots.take(window, "road-certificate", [road.certificate, road.dates_frame], [tab])
        _select(road, "complaint")
        assert "李青" in road.complaint_text.toPlainText()
        shots.take(window, "road-complaint", [road.complaint_text, road.log_complaint], [tab])
    finally:
        parts.session.bridge.close()


def test_layout_holds_at_2x() -> None:
    assert_passes_at_2x("tests/ui/test_road_view.py", "layout_at_1366")
