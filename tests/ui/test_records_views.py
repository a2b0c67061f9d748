"""事件 / 任务 / 人员 through their widgets: an incident with its kind's own
fields and a new person; bad input refused at the field with nothing saved;
tasks and people added and changed; every table model passes the tester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.domain.vocab import Channel, IncidentKind, Party, Response
from caseapp.ui.incidents_view import IncidentsView
from caseapp.ui.people_view import PeopleView
from caseapp.ui.tasks_view import TasksView
from tests.ui.conftest import open_new_case, wait_saved


def test_incident_with_kind_fields(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("incidents")
    view = parts.window.views["incidents"]
    assert isinstance(view, IncidentsView)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    ed = view.editor
    ed.kind.setCurrentIndex(ed.kind.findData(IncidentKind.TRANSFER_NOTICE.value))
    assert ed.extra.fields["new_city"].isVisibleTo(ed)
    assert not ed.extra.fields["scope"].isVisibleTo(ed)
    ed.date.setText("2025-03-04")
    ed.who.setEditText("HR 张女士")
    ed.party.setCurrentIndex(ed.party.findData(Party.EMPLOYER.value))
    ed.channel.setCurrentIndex(ed.channel.findData(Channel.DINGTALK.value))
    ed.summary.setPlainText("通知我下周起调到苏州的仓库。")
    ed.quote.setPlainText("不去就算自动离职。")
    ed.extra.new_city.setText("苏州")
    ed.extra.new_post.setText("仓库管理员")
    ed.extra.response.setCurrentIndex(ed.extra.response.findData(Response.OBJECTED_ORALLY.value))
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(view.model)
    case = parts.session.case
    (incident,) = case.incidents
    assert incident.kind == IncidentKind.TRANSFER_NOTICE
    assert incident.new_city == "苏州" and incident.new_post == "仓库管理员"
    assert incident.response == Response.OBJECTED_ORALLY
    assert incident.scope is None
    (person,) = case.people
    assert person.name == "HR 张女士" and incident.actor == person.id
    assert view.model.index(0, 2).data() == "HR 张女士"
    # change it: the kind's old fields go, the new kind's come
    view.open_row(view.model.index(0, 0))
    assert ed.extra.new_city.text() == "苏州"
    ed.kind.setCurrentIndex(ed.kind.findData(IncidentKind.TERMINATION_NOTICE.value))
    ed.extra.affected_count.setText("12")
    ed.save()
    qtbot.waitUntil(
        lambda: parts.session.case.incidents[0].kind == IncidentKind.TERMINATION_NOTICE,
        timeout=10_000,
    )
    changed = parts.session.case.incidents[0]
    assert changed.id == incident.id
    assert changed.new_city is None and changed.affected_count == 12
    assert len(parts.session.case.incidents) == 1


def test_incident_bad_input_changes_nothing(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = parts.window.views["incidents"]
    view.add()
    ed = view.editor
    ed.kind.setCurrentIndex(ed.kind.findData(IncidentKind.DEMAND_SENT.value))
    ed.date.setText("2025-13-01")
    ed.time.setText("25:99")
    ed.known_on.setText("2024-01-01")
    ed.summary.setPlainText("")
    ed.save()
    assert ed.fields["date"].error.text()
    assert ed.fields["time"].error.text()
    assert ed.fields["summary"].error.text()
    assert ed.extra.fields["asserts"].error.text()  # a demand names its claims
    assert ed.error.text()
    ed.kind.setCurrentIndex(ed.kind.findData(IncidentKind.ASSESSMENT.value))
    ed.date.setText("2025-03-01")
    ed.extra.period_start.setText("2025-02-01")
    ed.extra.period_end.setText("2025-01-01")
    ed.save()
    assert ed.extra.fields["period_end"].error.text()
    assert ed.fields["known_on"].error.text()  # learned of it before it happened
    qtbot.wait(300)
    assert parts.session.case.incidents == ()


def test_tasks_and_people(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    tasks = parts.window.views["tasks"]
    people = parts.window.views["people"]
    assert isinstance(tasks, TasksView) and isinstance(people, PeopleView)
    people.name.setText("王经理")
    people.party.setCurrentIndex(people.party.findData(Party.CLIENT.value))
    people.role.setText("项目经理")
    people.accounts.setText("wxid_wang， wang@corp")
    people.save()
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(people.model)
    (person,) = parts.session.case.people
    assert person.accounts == ("wxid_wang", "wang@corp")
    tasks.assigned_on.setText("2025-02-30")
    tasks.title.setText("")
    tasks.save()
    assert tasks.fields["assigned_on"].error.text() and tasks.fields["title"].error.text()
    tasks.assigned_on.setText("2025-02-10")
    tasks.title.setText("整理旧文档")
    tasks.by.setCurrentIndex(tasks.by.findData(person.id))
    tasks.completed_on.setText("2025-02-09")
    tasks.save()
    assert tasks.fields["completed_on"].error.text()
    tasks.completed_on.setText("")
    tasks.save()
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(tasks.model)
    (task,) = parts.session.case.tasks
    assert task.assigned_on == dt.date(2025, 2, 10) and task.assigned_by == person.id
    assert tasks.model.index(0, 2).data() == "王经理"
    qtbot.waitUntil(lambda: people.model.index(0, 4).data() == "1", timeout=5_000)


def test_a_demand_can_assert_severance_and_the_endings(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A written demand for N (or 2N) restarts that claim's clock only if it
    names it: the claims of how the job ended are offered, by their Chinese
    titles, and the saved demand asserts exactly the ones ticked."""
    open_new_case(qtbot, parts)
    view = parts.window.views["incidents"]
    view.add()
    ed = view.editor
    ed.kind.setCurrentIndex(ed.kind.findData(IncidentKind.DEMAND_SENT.value))
    box = ed.extra.asserts
    items = {box.item(i).data(Qt.ItemDataRole.UserRole): box.item(i) for i in range(box.count())}
    for claim in ("severance-due", "unlawful-termination", "contract-expiry"):
        assert claim in items
        assert items[claim].text() != claim and not items[claim].text().isascii()
    items["severance-due"].setCheckState(Qt.CheckState.Checked)
    ed.date.setText("2025-07-21")
    ed.summary.setPlainText("微信发出书面要求，主张经济补偿")
    wait_saved(qtbot, parts, ed.save)
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    assert parts.session.case.incidents[0].asserts == ("severance-due",)
