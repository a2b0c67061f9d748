"""Registrations of the views beyond 今日 and 日历 (findings, pay, templates,
report …), kept apart from `views.py` so each view adds one line here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from caseapp.ui.views import ORDER, ViewSpec, register
from caseapp.ui.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.session import CaseSession


def _findings(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.findings_view import FindingsView

    view = FindingsView(session, window.data_dir)
    for key in HIGHLIGHTED:  # views already built shade the records a finding rests on
        other = window.views.get(key)  # .get: does not build a view
        if other is not None:
            view.highlightRequested.connect(other.highlight)  # type: ignore[attr-defined]
    return view


HIGHLIGHTED = ("incidents", "pay", "evidence")


def show_history(window: MainWindow, ref: str) -> None:
    """Open 案件设置 on its history tab for ``ref`` ("" = the whole case)."""
    window.show_view("case")
    settings = window.views["case"]
    settings.tabs.setCurrentWidget(settings.history)  # type: ignore[attr-defined]
    settings.history.show_ref(ref or None)  # type: ignore[attr-defined]


def _with_history(view: QWidget, window: MainWindow) -> QWidget:
    view.historyRequested.connect(lambda ref: show_history(window, ref))  # type: ignore[attr-defined]
    return view


def _shade_from_findings(view: QWidget, window: MainWindow) -> None:
    """A view built after the findings view still shades the selected finding's records."""
    findings = window.views.get("findings")
    if findings is not None:
        findings.highlightRequested.connect(view.highlight)  # type: ignore[attr-defined]
        view.highlight(findings.current_refs())  # type: ignore[attr-defined]


def _incidents(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.incidents_view import IncidentsView

    view = IncidentsView(session)
    _shade_from_findings(view, window)
    return _with_history(view, window)


def _tasks(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.tasks_view import TasksView

    view = TasksView(session)
    _shade_from_findings(view, window)
    return _with_history(view, window)


def _people(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.people_view import PeopleView

    view = PeopleView(session)
    _shade_from_findings(view, window)
    return _with_history(view, window)


def _pay(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.pay_view import PayView

    view = PayView(session)
    _shade_from_findings(view, window)
    return _with_history(view, window)


def _help(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.help_view import HelpView

    return HelpView(session, window.data_dir, getattr(window, "reminder", None))


def _report(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.report_view import ReportView

    return ReportView(session, window.data_dir)


def _evidence(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.evidence_view import EvidenceView

    view = EvidenceView(session)
    _shade_from_findings(view, window)
    return _with_history(view, window)


def _case_settings(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.case_settings_view import CaseSettingsView

    return CaseSettingsView(session, window.data_dir)


def _badge(report: object) -> int | None:
    """The count on the rail (called by the window for every new report)."""
    from caseapp.ui.findings_model import attention_count, remember

    remember(report)
    return attention_count(report)


register(ViewSpec("findings", QT_TRANSLATE_NOOP("Views", "Risk notes"), "findings.svg",
                  ORDER["findings"], _findings, "Ctrl+8", _badge))  # fmt: skip
register(ViewSpec("pay", QT_TRANSLATE_NOOP("Views", "Pay"), "pay.svg", ORDER["pay"], _pay,
                  "Ctrl+3"))  # fmt: skip
register(ViewSpec("help", QT_TRANSLATE_NOOP("Views", "Letters and help"), "letters.svg", 85,
                  _help, "Ctrl+9"))  # fmt: skip
register(ViewSpec("report", QT_TRANSLATE_NOOP("Views", "Report"), "report.svg", ORDER["report"],
                  _report, "Ctrl+0"))  # fmt: skip
register(ViewSpec("tasks", QT_TRANSLATE_NOOP("Views", "Tasks"), "tasks.svg", ORDER["tasks"],
                  _tasks, "Ctrl+4"))  # fmt: skip
register(ViewSpec("incidents", QT_TRANSLATE_NOOP("Views", "Incidents"), "incidents.svg",
                  ORDER["incidents"], _incidents, "Ctrl+5"))  # fmt: skip
register(ViewSpec("people", QT_TRANSLATE_NOOP("Views", "People"), "people.svg", ORDER["people"],
                  _people, "Ctrl+6"))  # fmt: skip
register(ViewSpec("evidence", QT_TRANSLATE_NOOP("Views", "Evidence"), "evidence.svg",
                  ORDER["evidence"], _evidence, "Ctrl+7"))  # fmt: skip
register(ViewSpec("case", QT_TRANSLATE_NOOP("Views", "Case settings"), "case.svg", 95,
                  _case_settings))  # fmt: skip
