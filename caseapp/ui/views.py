"""The registry of main views shown in the left rail, in rail order.

A view module adds itself with `register(ViewSpec(...))`; the main window
shows only registered views (no empty placeholder pages). Each factory gets
the window's `CaseSession` and the `MainWindow` and returns the widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

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
    return view


def _calendar(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.calendar_view import CalendarView

    return CalendarView(session)


# Rail order from design-ui.md: 今日 日历 工资 任务 事件 人员 证据 风险提示 报告.
ORDER = {
    "today": 10,
    "calendar": 20,
    "pay": 30,
    "tasks": 40,
    "incidents": 50,
    "people": 60,
    "evidence": 70,
    "findings": 80,
    "report": 90,
}

register(ViewSpec("today", QT_TRANSLATE_NOOP("Views", "Today"), "today.svg", ORDER["today"],
                  _today, "Ctrl+1"))  # fmt: skip
register(ViewSpec("calendar", QT_TRANSLATE_NOOP("Views", "Calendar"), "calendar.svg",
                  ORDER["calendar"], _calendar, "Ctrl+2"))  # fmt: skip

from caseapp.ui import views_more  # noqa: E402, F401  (registers the other views)
