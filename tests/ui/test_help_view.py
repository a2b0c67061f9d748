"""文书与求助: a letter filled with the case's names is copied to the clipboard
and logged as the matching incident; a demand asserts its claims; the
records checklist keeps its ticks; the objection letter and the contacts
(12333, 12348, the local inspection and arbitration)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from caseapp.domain.vocab import Form, IncidentKind, Party
from caseapp.ui.checklist_store import ChecklistStore
from caseapp.ui.help_view import RECORDS_LIST, HelpView
from tests.ui.conftest import benched_case


def _view(parts) -> HelpView:  # type: ignore[no-untyped-def]
    view = parts.window.views["help"]
    assert isinstance(view, HelpView)
    return view


def test_use_the_ask_for_work_letter(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    parts.window.show_view("help")
    view = _view(parts)
    view.today = lambda: dt.date(2025, 5, 6)
    view.letter_list.setCurrentRow(0)
    view.refill()
    text = view.text.toPlainText()
    assert "李青" in text and "某某人力资源有限公司" in text
    assert "2025-01-01" in text  # benched since the first standby day
    assert "2024-03-01" in text  # joined
    assert "违法" not in text
    qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text.strip()
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    incident = parts.session.case.incidents[0]
    assert incident.kind == IncidentKind.WORK_REQUESTED
    assert incident.date == dt.date(2025, 5, 6)
    assert incident.form == Form.WRITTEN_ELECTRONIC
    assert incident.actor_party == Party.WORKER
    assert incident.quote == text.strip()
    assert "2025-05-06" in view.result.text()


def test_a_demand_asserts_its_claims(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    view = _view(parts)
    view.letter_list.setCurrentRow(2)
    assert view.claims.isVisibleTo(view)
    for i in range(view.claims.count()):  # whatever the findings ticked: start clean
        view.claims.item(i).setCheckState(Qt.CheckState.Unchecked)
    view.use_letter()
    assert view.result.text()  # "tick at least one"
    qtbot.wait(200)
    assert parts.session.case.incidents == ()
    view.claims.item(1).setCheckState(Qt.CheckState.Checked)  # standby-below-floor
    view.use_letter()
    qtbot.waitUntil(lambda: len(parts.session.case.incidents) == 1, timeout=10_000)
    incident = parts.session.case.incidents[0]
    assert incident.kind == IncidentKind.DEMAND_SENT
    assert incident.asserts == ("standby-below-floor",)


def test_records_checklist_is_kept(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = benched_case(qtbot, parts)
    view = _view(parts)
    assert view.records.count() == 4
    assert "12348" in view.contact_names["12348"].text()
    view.records.item(2).setCheckState(Qt.CheckState.Checked)
    assert ChecklistStore(parts.window.data_dir).checked(case_id, RECORDS_LIST) == {"bank"}


def test_objection_letter_and_the_contacts(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from caseapp.domain.vocab import IncidentKind
    from caseapp.ui.help_view import HelpView
    from tests.ui.conftest import benched_case

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
