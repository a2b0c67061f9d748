"""The calendar: a range selected and set at once (one services call, one
journal entry); the month model passes Qt's model tester; the days painted
in their status colours, an incident's day marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt

from caseapp.domain.model import Case, Day, Incident, Provenance
from caseapp.domain.vocab import DayStatus, IncidentKind, Origin
from caseapp.ui.month_model import DATE_ROLE, INCIDENTS_ROLE, STATUS_ROLE, MonthModel

from .conftest import open_new_case, run, sample_info, wait_saved


def test_set_a_range_with_shift_click(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    start = dt.date(2024, 3, 1)
    case_id = open_new_case(qtbot, parts, sample_info(start=start))
    window = parts.window
    window.show_view("calendar")
    view = window.views["calendar"]
    view.set_month(2024, 5)
    table = view.table
    first = view.model.index_of(dt.date(2024, 5, 6))
    last = view.model.index_of(dt.date(2024, 5, 17))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(first).center()
    )
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        table.visualRect(last).center(),
    )
    assert view.selected_dates()[0] == dt.date(2024, 5, 6)
    assert view.selected_dates()[-1] == dt.date(2024, 5, 17)
    assert len(view.selected_dates()) == 12
    entries_before = len(run(qtbot, parts, lambda s: s.history(case_id)))
    button = view.set_buttons[DayStatus.STANDBY_ONSITE]
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    set_days = {d.date: d.status for d in case.days}
    assert len(set_days) == 12
    assert set(set_days.values()) == {DayStatus.STANDBY_ONSITE}
    assert len(run(qtbot, parts, lambda s: s.history(case_id))) == entries_before + 1
    assert view.model.index_of(dt.date(2024, 5, 10)).data(STATUS_ROLE) == DayStatus.STANDBY_ONSITE
    # click one day: its note can be edited
    view.select_range(dt.date(2024, 5, 8), dt.date(2024, 5, 8))
    assert view.day_note.isVisibleTo(view)
    view.day_note.setText("被叫去公司坐了一天")
    wait_saved(qtbot, parts, lambda: view.day_note.editingFinished.emit())
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    noted = next(d for d in case.days if d.date == dt.date(2024, 5, 8))
    assert noted.note == "被叫去公司坐了一天"
    assert noted.status == DayStatus.STANDBY_ONSITE
    # mark one as not logged again
    view.select_range(dt.date(2024, 5, 17), dt.date(2024, 5, 17))
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton))
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert dt.date(2024, 5, 17) not in {d.date for d in case.days}


def test_drag_selects_a_range(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("calendar")
    view = window.views["calendar"]
    view.set_month(2024, 6)
    sm = view.table.selectionModel()
    a = view.model.index_of(dt.date(2024, 6, 3))
    b = view.model.index_of(dt.date(2024, 6, 5))
    sm.select(a, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    sm.select(b, QItemSelectionModel.SelectionFlag.Select)
    assert view.selected_dates() == [dt.date(2024, 6, 3), dt.date(2024, 6, 5)]
    assert all(button.isEnabled() for button in view.set_buttons.values())


def test_month_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MonthModel(2024, 2)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(DATE_ROLE) == dt.date(2024, 1, 29)  # Monday before Feb 1
    assert model.index_of(dt.date(2024, 2, 29)).isValid()
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable  # January cell
    case = Case(
        info=sample_info(),
        days=(
            Day(
                date=dt.date(2024, 2, 5),
                status=DayStatus.STANDBY,
                provenance=Provenance(origin=Origin.APP),
            ),
        ),
        incidents=(
            Incident(
                id="i1", date=dt.date(2024, 2, 5), kind=IncidentKind.STANDBY_NOTICE, summary="x"
            ),
        ),
    )
    model.set_case(case)
    qtmodeltester.check(model)
    index = model.index_of(dt.date(2024, 2, 5))
    assert index.data(STATUS_ROLE) == DayStatus.STANDBY
    assert index.data(INCIDENTS_ROLE) == 1
    assert "2024-02-05" in index.data(Qt.ItemDataRole.ToolTipRole)
    model.set_month(2024, 3)
    qtmodeltester.check(model)
    assert not model.index_of(dt.date(2024, 2, 5)).isValid()
    assert model.index_of(dt.date(2024, 2, 26)).isValid()  # March's grid starts on Monday 26 Feb
    assert not model.index_of(dt.date(2024, 2, 26)).flags() & Qt.ItemFlag.ItemIsSelectable


def test_calendar_paints_status_colours_and_marks_incidents(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from caseapp.domain.model import Incident
    from caseapp.domain.vocab import IncidentKind
    from caseapp.ui import theme
    from caseapp.ui.calendar_view import CalendarView
    from tests.ui.conftest import benched_case

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


def test_a_day_far_ahead_asks_first(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Seen on 2025-05-20: the 23rd (three days ahead) is logged at once; the
    24th (four days ahead) asks; "Cancel" logs nothing, "Log it" logs it."""
    from PySide6.QtWidgets import QMessageBox

    from caseapp.ui.clock import SetTime

    # noon in Shanghai on 2025-05-20 (the app clock every form reads)
    parts.session.clock.set_source(SetTime(dt.datetime(2025, 5, 20, 4, 0, tzinfo=dt.UTC)))
    case_id = open_new_case(qtbot, parts, sample_info(start=dt.date(2024, 3, 1)))
    parts.window.show_view("calendar")
    view = parts.window.views["calendar"]
    view.set_month(2025, 5)
    button = view.set_buttons[DayStatus.LEAVE]
    view.select_range(dt.date(2025, 5, 23), dt.date(2025, 5, 23))
    wait_saved(qtbot, parts, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert view.confirm is None
    view.select_range(dt.date(2025, 5, 23), dt.date(2025, 5, 24))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = view.confirm
    assert box is not None and box.isVisible() and "2025-05-24" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert {d.date for d in case.days} == {dt.date(2025, 5, 23)}
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = view.confirm
    assert box is not None
    wait_saved(
        qtbot,
        parts,
        lambda: qtbot.mouseClick(
            box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
        ),
    )
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert {d.date for d in case.days} == {dt.date(2025, 5, 23), dt.date(2025, 5, 24)}
