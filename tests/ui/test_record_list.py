"""The record-list scaffold shared by 人员, 任务 and 事件: Enter saves, Esc
starts anew, selecting a row fills the form, Del asks before deleting and
Ctrl+Z brings the record back, a person still named elsewhere is not
deleted, the history of the selected record, finding shading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.model import Incident, Person
from caseapp.domain.vocab import IncidentKind, Party
from caseapp.ui.record_list import RecordListView

from .conftest import open_new_case, run, wait_saved


def _answer(view: RecordListView, button: QMessageBox.StandardButton) -> None:  # type: ignore[type-arg]
    box = view.confirm
    assert box is not None and box.isVisible()
    box.button(button).click()


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2_000)


def test_people_keyboard_delete_and_undo(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("people")
    people = window.views["people"]
    assert isinstance(people, RecordListView)
    people.name.setText("张三")
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(people.name, Qt.Key.Key_Return))
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5_000)
    assert people.name.text() == ""  # ready for the next one
    people.name.setText("李四")
    people.role.setText("人事")
    _focus(qtbot, people.role)
    qtbot.keyClick(people.role, Qt.Key.Key_Escape)  # Esc: start anew, nothing saved
    assert people.name.text() == "" and people.role.text() == ""
    qtmodeltester.check(people.model)
    # selecting a row fills the form; Enter saves the change
    people.table.setFocus()
    people.table.selectRow(0)
    assert people.name.text() == "张三" and people.editing is not None
    people.role.setText("项目经理")
    _focus(qtbot, people.role)
    wait_saved(qtbot, parts, lambda: qtbot.keyClick(people.role, Qt.Key.Key_Return))
    (person,) = run(qtbot, parts, lambda s: s.load_case(case_id)).people
    assert person.role == "项目经理"
    # Del asks; "No" keeps it
    _focus(qtbot, people.table)
    people.table.selectRow(0)
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)
    _answer(people, QMessageBox.StandardButton.No)
    qtbot.wait(200)
    assert len(run(qtbot, parts, lambda s: s.load_case(case_id)).people) == 1
    # "Yes" deletes; Ctrl+Z brings it back
    people.delete_button.click()
    with qtbot.waitSignal(parts.session.caseChanged, timeout=10_000):
        _answer(people, QMessageBox.StandardButton.Yes)
    assert run(qtbot, parts, lambda s: s.load_case(case_id)).people == ()
    qtbot.waitUntil(lambda: people.model.rowCount() == 0, timeout=5_000)
    _focus(qtbot, people.table)  # the question had the focus
    wait_saved(
        qtbot,
        parts,
        lambda: qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    )
    assert [p.name for p in run(qtbot, parts, lambda s: s.load_case(case_id)).people] == ["张三"]
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5_000)


def test_a_person_still_named_is_not_deleted(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    session = parts.session
    people: list[Person] = []
    session.save_record(Person(id="", name="王经理", party=Party.CLIENT), done=people.append)
    qtbot.waitUntil(lambda: len(people) == 1, timeout=10_000)
    incident = Incident(
        id="",
        date=parts.window.views["today"].today,
        kind=IncidentKind.STANDBY_NOTICE,
        summary="让我回家等通知。",
        actor=people[0].id,
    )
    wait_saved(qtbot, parts, lambda: session.save_record(incident))
    view = parts.window.views["people"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    view.table.selectRow(0)
    view.delete(view.selected())
    qtbot.waitUntil(lambda: view.message.text() != "", timeout=10_000)
    assert view.message.isVisibleTo(view)
    assert len(run(qtbot, parts, lambda s: s.load_case(case_id)).people) == 1


def test_history_and_shading_of_the_selected_record(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    tasks = parts.window.views["tasks"]
    tasks.assigned_on.setText("2025-02-10")
    tasks.title.setText("整理旧文档")
    tasks.by.setEditText("项目经理老周")  # a new name becomes a person of the client
    wait_saved(qtbot, parts, tasks.save)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: tasks.model.index(0, 2).data() == "项目经理老周", timeout=10_000)
    (task,) = parts.session.case.tasks
    (person,) = parts.session.case.people
    assert task.assigned_by == person.id and person.party == Party.CLIENT
    with qtbot.waitSignal(tasks.historyRequested) as blocker:
        tasks.history_button.click()
    assert blocker.args == [""]  # nothing selected: the whole case
    tasks.table.selectRow(0)
    assert tasks.title.text() == "整理旧文档"  # the selection is in the form
    with qtbot.waitSignal(tasks.historyRequested) as blocker:
        tasks.history_button.click()
    assert blocker.args == [f"task:{task.id}"]
    tasks.highlight([f"task:{task.id}", "incident:other"])
    assert tasks.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == QColor("#FFF1C9")
    tasks.highlight([])
    assert tasks.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_history_of_a_person_opens_in_case_settings(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("people")
    people = window.views["people"]
    assert people.history_button.isVisible()  # wired by the window
    people.name.setText("王经理")
    wait_saved(qtbot, parts, people.save)
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5_000)
    (person,) = parts.session.case.people
    people.table.selectRow(0)
    people.history_button.click()
    assert window.current_view() == "case"
    assert window.views["case"].history.record.currentData() == f"person:{person.id}"


def test_the_history_button_says_change_history(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: "修改记录…" read as "edit the record"; it opens the change history."""
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("people")
    assert window.views["people"].history_button.text() == "变更历史…"
    tabs = window.views["case"].tabs
    assert "变更历史与撤销" in [tabs.tabText(i) for i in range(tabs.count())]
