"""One incident form in two places: an incident recorded on 今日 Today (the
compact form, "more fields" opened) comes back field by field in 事件
Incidents (the full form) and is stored unchanged when saved again there;
bad input is refused at the field, saving nothing, in both places."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget

from caseapp.domain.model import Incident
from caseapp.domain.vocab import Channel, Form, IncidentKind, Party
from caseapp.ui.incident_form import IncidentForm

from .conftest import open_new_case, run

# between them these kinds show every kind-specific field (both grounds too)
KINDS = (
    IncidentKind.TERMINATION_NOTICE,
    IncidentKind.ASSESSMENT,
    IncidentKind.TRANSFER_NOTICE,
    IncidentKind.DEMAND_SENT,
    IncidentKind.RETURNED_TO_AGENCY,
    IncidentKind.MUTUAL_TERMINATION_OFFER,
    IncidentKind.RESIGNATION_SUBMITTED,
    IncidentKind.STANDBY_NOTICE,
    IncidentKind.REDISPATCH_OFFER,
    IncidentKind.AGREEMENT_SIGNED,
    IncidentKind.INSPECTION_ORDER,
)
COMPARED = [f.name for f in dataclasses.fields(Incident) if f.name not in ("provenance", "extra")]


def _fill_extra(form: IncidentForm, n: int) -> set[str]:
    """Give every kind-specific field the form shows a value; their names."""
    shown = set()
    for name, field in form.extra.fields.items():
        if not field.isVisibleTo(form):
            continue
        shown.add(name)
        editor = field.editor
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.count() - 1)  # the last real choice
        elif isinstance(editor, QListWidget):
            editor.item(n % editor.count()).setCheckState(Qt.CheckState.Checked)
        elif isinstance(editor, QLineEdit):
            editor.setText(
                {
                    "period_start": "2025-01-01",
                    "period_end": "2025-03-31",
                    "affected_count": str(10 + n),
                    "amount": f"8004.{n:02d}",
                    "due_by": "2025-07-15",
                }.get(name, f"{name} {n} 文本")
            )
    return shown


def _fill(form: IncidentForm, kind: IncidentKind, n: int) -> set[str]:
    form.kind.setCurrentIndex(form.kind.findData(kind.value))
    form.date.setText(f"2025-04-{n + 1:02d}")
    form.time.setText(f"09:{n:02d}")
    form.known_on.setText(f"2025-04-{n + 2:02d}")
    form.who.setEditText(f"经理{n}")
    form.party.setCurrentIndex(form.party.findData(Party.CLIENT.value))
    form.channel.setCurrentIndex(form.channel.findData(Channel.WECHAT.value))
    form.form.setCurrentIndex(form.form.findData(Form.WRITTEN_ELECTRONIC.value))
    form.stamped.setChecked(True)
    form.summary.setPlainText(f"第{n}件事的经过。")
    form.quote.setPlainText(f"第{n}件事的原话。")
    return _fill_extra(form, n)


def test_saved_on_today_round_trips_in_incidents(qtbot, qtmodeltester, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("today")
    view = window.views["incidents"]
    for n, kind in enumerate(KINDS):
        window.open_incident()
        today = window.incident_form
        assert today.compact and not today.more.isVisibleTo(today)
        qtbot.mouseClick(today.more_button, Qt.MouseButton.LeftButton)
        assert today.more.isVisibleTo(today)
        text = f"证据{n}"
        with qtbot.waitSignal(parts.session.saved, timeout=10_000):
            window.capture.add_text(text)  # as Ctrl+V does: evidence on the draft
        qtbot.waitUntil(lambda: len(window.incident_form.evidence) == 1, timeout=10_000)
        shown = _fill(today, kind, n)
        assert shown, kind
        with qtbot.waitSignal(today.savedIncident, timeout=10_000) as blocker:
            qtbot.keyClick(today.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        first: Incident = blocker.args[0]
        assert (
            first.kind == kind
            and first.stamped is True
            and first.evidence == (today.evidence[0].id,)
        )
        stored = {k: getattr(first, k.replace("return_", "").replace("end_", "")) for k in shown}
        assert all(v is not None and v != () for v in stored.values()), stored
        # the same record in 事件: every field shown as stored, saved again unchanged
        qtbot.waitUntil(lambda rows=n + 1: view.model.rowCount() == rows, timeout=10_000)
        row = next(r for r in range(view.model.rowCount()) if view.model.record(r).id == first.id)
        view.open_row(view.model.index(row, 0))
        ed = view.editor
        assert not ed.compact and ed.extra.isVisibleTo(ed)
        assert ed.kind.currentData() == kind.value
        assert ed.date.text() == first.date.isoformat() and ed.time.text() == first.time
        assert ed.known_on.text() == first.known_on.isoformat()
        assert ed.who.currentText() == f"经理{n}" and ed.party.currentData() == Party.CLIENT
        assert ed.stamped.isChecked() and ed.quote.toPlainText() == first.quote
        with qtbot.waitSignal(ed.savedIncident, timeout=10_000) as again:
            ed.save()
        second: Incident = again.args[0]
        for name in COMPARED:
            assert getattr(second, name) == getattr(first, name), (kind, name)
    qtmodeltester.check(view.model)
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert len(case.incidents) == len(KINDS)
    assert sorted(p.name for p in case.people) == sorted(f"经理{n}" for n in range(len(KINDS)))
    assert all(p.party == Party.CLIENT for p in case.people)


def _form_in(where: str, parts) -> IncidentForm:  # type: ignore[no-untyped-def]
    window = parts.window
    if where == "today":
        window.open_incident()
        return window.incident_form
    view = window.views["incidents"]
    view.add()
    return view.editor


@pytest.mark.parametrize("where", ["today", "incidents"])
def test_bad_input_is_marked_and_saves_nothing(qtbot, parts, where: str) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    form = _form_in(where, parts)
    saved: list[object] = []
    form.savedIncident.connect(saved.append)
    parts.session.saved.connect(lambda: saved.append("saved"))
    form.kind.setCurrentIndex(form.kind.findData(IncidentKind.ASSESSMENT.value))
    form.summary.setPlainText("考核结果不合格。")
    form.who.setEditText("新来的人事")  # would become a person: must not
    form.date.setText("2025-02-40")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "2024-03-01" in form.fields["date"].error.text()
    assert form.fields["date"].error.isVisibleTo(form)
    assert form.error.text()
    # an end before a start: the assessment period, and learning of it before it happened
    form.date.setText("2025-02-10")
    form.known_on.setText("2025-02-01")
    form.extra.period_start.setText("2025-02-01")
    form.extra.period_end.setText("2025-01-01")
    qtbot.keyClick(form.time, Qt.Key.Key_Return)  # Enter in a one-line field saves
    assert not form.fields["date"].error.text()
    for field in (form.fields["known_on"], form.extra.fields["period_end"]):
        assert field.error.text() and field.isVisibleTo(form)  # opened to show it
    qtbot.wait(300)
    assert saved == []
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert case.incidents == () and case.people == ()
    # corrected, it saves
    form.known_on.setText("2025-02-12")
    form.extra.period_end.setText("2025-02-28")
    form.save()  # the new person's side is still unsaid: asked, nothing saved
    assert "新来的人事" in form.fields["party"].error.text()
    form.party.setCurrentIndex(form.party.findData(Party.EMPLOYER.value))
    with qtbot.waitSignal(form.savedIncident, timeout=10_000) as blocker:
        form.save()
    incident = blocker.args[0]
    assert incident.period_end == dt.date(2025, 2, 28) and incident.actor is not None
    assert not form.fields["known_on"].error.text()


def test_esc_closes_the_today_form(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    window.show()
    window.open_incident()
    form = window.incident_form
    form.summary.setFocus()
    qtbot.waitUntil(form.summary.hasFocus, timeout=2_000)
    qtbot.keyClick(form.summary, Qt.Key.Key_Escape)
    assert not window.side.isVisible()


def test_paste_on_incidents_goes_into_the_form_shown_there(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("incidents")
    view = window.views["incidents"]
    view.add()
    window.capture.add_text("人事：下周一起不用来了。")
    qtbot.waitUntil(lambda: len(view.editor.evidence) == 1, timeout=10_000)
    assert view.editor.quote.toPlainText() == "人事：下周一起不用来了。"
    assert not window.side.isVisible()  # no second incident form on screen
    view.editor.summary.setPlainText("人事通知我不用再来。")
    with qtbot.waitSignal(view.editor.savedIncident, timeout=10_000) as blocker:
        view.editor.save()
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    (incident,) = case.incidents
    assert incident.evidence == (view.editor.evidence[0].id,) == blocker.args[0].evidence
    assert case.evidence[0].transcript == "人事：下周一起不用来了。"


def test_building_the_forms_keeps_the_window_active(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A part shown before it has a parent flashes up as a window of its own
    and takes the activation from the main window (Ctrl+L then goes nowhere)."""
    open_new_case(qtbot, parts)
    window = parts.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    assert window.incident_form is not None  # built here
    window.views["incidents"].add()
    qtbot.wait(100)
    assert window.isActiveWindow()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_the_time_is_never_a_default(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Opening the form on Today is not the moment it happened: the time
    starts empty; saved without one, the incident has no time."""
    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("today")
    window.open_incident()
    form = window.incident_form
    assert form.time.text() == ""
    form.summary.setPlainText("经理口头通知下周起居家待岗")
    with qtbot.waitSignal(form.savedIncident, timeout=10_000) as blocker:
        form.save()
    assert blocker.args[0].time is None


def test_dated_after_today_asks_first(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """Something that happened, dated tomorrow: saved only when confirmed."""
    from PySide6.QtWidgets import QMessageBox

    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("today")
    window.open_incident()
    form = window.incident_form
    form.date.setText((dt.date.today() + dt.timedelta(days=1)).isoformat())
    form.summary.setPlainText("通知明天去公司谈话")
    form.save()
    box = form.confirm
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert parts.session.case.incidents == ()
    form.save()
    box = form.confirm
    assert box is not None
    with qtbot.waitSignal(form.savedIncident, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert len(parts.session.case.incidents) == 1


def test_a_pasted_screenshot_never_waits_in_the_system_temp_dir(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A pasted image is saved where the evidence store can copy it from: in
    RAM (/dev/shm) or under the data directory's private scratch, never the
    shared system temp directory; once stored, the pasted copy is gone."""
    import tempfile

    from PySide6.QtGui import QColor, QImage

    case_id = open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("incidents")
    view = window.views["incidents"]
    view.add()
    where = window.capture.paste_dir()
    assert where.parent != Path(tempfile.gettempdir())
    assert str(where).startswith("/dev/shm/") or where.is_relative_to(window.data_dir)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    assert window.capture.add_image(image)
    qtbot.waitUntil(lambda: len(view.editor.evidence) == 1, timeout=10_000)
    assert list(where.iterdir()) == []  # the store holds its own copy
    stored = view.editor.evidence[0]
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert [e.id for e in case.evidence] == [stored.id] and case.evidence[0].files
    window.capture.close()
    assert not where.exists()
