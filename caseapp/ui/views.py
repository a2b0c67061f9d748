"""The registry of main views shown in the left rail, in rail order, and
every view's registration: how each is built and wired to the others.

A view is added with one `register(ViewSpec(...))` line at the bottom; the
main window shows only registered views (no empty placeholder pages). Each
factory gets the window's `CaseSession` and the `MainWindow` and returns the
widget, importing its view module only when the view is first built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from caseapp.ui.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.session import CaseSession


@dataclass(frozen=True)
class ViewSpec:
    key: str  # "today", "calendar", "pay", "tasks", "incidents", "people", ...
    title: str  # English source, marked with QT_TRANSLATE_NOOP("Views", ...)
    icon: str  # file name under resources/icons/
    order: int  # position in the rail (design-ui.md order)
    factory: Callable[[CaseSession, MainWindow], QWidget]
    shortcut: str | None = None  # e.g. "Ctrl+1"
    badge: Callable[[Any], int | None] | None = None  # count from a FindingsReport

    def label(self) -> str:
        return QCoreApplication.translate("Views", self.title)


_REGISTRY: dict[str, ViewSpec] = {}


def register(spec: ViewSpec) -> None:
    _REGISTRY[spec.key] = spec


def registered() -> list[ViewSpec]:
    return sorted(_REGISTRY.values(), key=lambda s: s.order)


def _today(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.today_view import TodayView

    view = TodayView(session)
    view.incidentRequested.connect(lambda: window.open_incident())
    view.filesDropped.connect(window.capture.add_files)
    _add_reminder_offer(view, session, window)
    return view


def _add_reminder_offer(view: QWidget, session: CaseSession, window: MainWindow) -> None:
    """The reminder and phone-calendar offer, on Today under the date, after a
    week of logging (ui/reminder_offer.py)."""
    from caseapp.ui.reminder_offer import ReminderOffer

    offer = ReminderOffer(session, window.reminder_offer_wanted, view)
    offer.openRequested.connect(window.show_reminders)
    offer.dismissed.connect(window.dismiss_reminder_offer)
    window.reminderSettingsChanged.connect(offer.refresh)
    layout = getattr(view, "body_layout", None) or view.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, offer)  # under the date
    view.reminder_offer = offer  # type: ignore[attr-defined]


def _calendar(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.calendar_view import CalendarView

    return CalendarView(session)


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

    view = CaseSettingsView(session, window.data_dir)
    # after a restore, reopen the case (or the first one, or the welcome page)
    view.backups.restored.connect(lambda _ids: session.refresh_cases(window._first_cases))
    return view


def _badge(report: object) -> int | None:
    """The count on the rail (called by the window for every new report)."""
    from caseapp.ui.findings_model import attention_count, remember

    remember(report)
    return attention_count(report)


# Rail order from design-ui.md: 今日 日历 工资 任务 事件 人员 证据 风险提示 报告,
# with 模板与求助 before 报告 and 案件设置 last.
ORDER = {
    "today": 10,
    "calendar": 20,
    "pay": 30,
    "tasks": 40,
    "incidents": 50,
    "people": 60,
    "evidence": 70,
    "findings": 80,
    "help": 85,
    "report": 90,
    "case": 95,
}

register(ViewSpec("today", QT_TRANSLATE_NOOP("Views", "Today"), "today.svg", ORDER["today"],
                  _today, "Ctrl+1"))  # fmt: skip
register(ViewSpec("calendar", QT_TRANSLATE_NOOP("Views", "Calendar"), "calendar.svg",
                  ORDER["calendar"], _calendar, "Ctrl+2"))  # fmt: skip
register(ViewSpec("pay", QT_TRANSLATE_NOOP("Views", "Pay"), "pay.svg", ORDER["pay"], _pay,
                  "Ctrl+3"))  # fmt: skip
register(ViewSpec("tasks", QT_TRANSLATE_NOOP("Views", "Tasks"), "tasks.svg", ORDER["tasks"],
                  _tasks, "Ctrl+4"))  # fmt: skip
register(ViewSpec("incidents", QT_TRANSLATE_NOOP("Views", "Incidents"), "incidents.svg",
                  ORDER["incidents"], _incidents, "Ctrl+5"))  # fmt: skip
register(ViewSpec("people", QT_TRANSLATE_NOOP("Views", "People"), "people.svg", ORDER["people"],
                  _people, "Ctrl+6"))  # fmt: skip
register(ViewSpec("evidence", QT_TRANSLATE_NOOP("Views", "Evidence"), "evidence.svg",
                  ORDER["evidence"], _evidence, "Ctrl+7"))  # fmt: skip
register(ViewSpec("findings", QT_TRANSLATE_NOOP("Views", "Risk notes"), "findings.svg",
                  ORDER["findings"], _findings, "Ctrl+8", _badge))  # fmt: skip
register(ViewSpec("help", QT_TRANSLATE_NOOP("Views", "Letters and help"), "letters.svg",
                  ORDER["help"], _help, "Ctrl+9"))  # fmt: skip
register(ViewSpec("report", QT_TRANSLATE_NOOP("Views", "Report"), "report.svg", ORDER["report"],
                  _report, "Ctrl+0"))  # fmt: skip
register(ViewSpec("case", QT_TRANSLATE_NOOP("Views", "Case settings"), "case.svg",
                  ORDER["case"], _case_settings))  # fmt: skip
