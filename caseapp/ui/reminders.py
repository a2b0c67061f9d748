"""Reminders: the opt-in daily reminder (a tray notification while the app
runs, only if today is not logged yet), its setting kept in the data
directory, and the panel that also exports the phone calendar (.ics)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from caseapp import atomic, i18n
from caseapp.domain.findings import FindingsReport
from caseapp.paths import resource
from caseapp.ui import autostart, start_dirs, words
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import Field, card, label

FILE_NAME = "ui-reminders.json"


@dataclass
class ReminderSettings:
    enabled: bool = False
    at: str = "20:30"
    last_shown: str | None = None  # ISO date

    def time(self) -> dt.time:
        try:
            return dt.time.fromisoformat(self.at)
        except ValueError:
            return dt.time(20, 30)


def load(data_dir: Path) -> ReminderSettings:
    try:
        raw = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
        known = {k: v for k, v in raw.items() if k in ReminderSettings.__dataclass_fields__}
        return ReminderSettings(**known)
    except (OSError, ValueError, TypeError, AttributeError):
        return ReminderSettings()


def save(data_dir: Path, settings: ReminderSettings) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic.write_text(data_dir / FILE_NAME, json.dumps(asdict(settings)))  # 0600, fsynced


def due(settings: ReminderSettings, now: dt.datetime, logged_today: bool) -> bool:
    """Show the reminder now? Once a day, after the chosen time, if not logged."""
    if not settings.enabled or logged_today:
        return False
    if settings.last_shown == now.date().isoformat():
        return False
    return now.time() >= settings.time()


class DailyReminder(QObject):
    """Checks once a minute; shows a tray message when `due`."""

    shown = Signal()
    applied = Signal()  # the settings were (re)applied: on, off, another time

    def __init__(self, session: CaseSession, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.settings = load(data_dir)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check)
        self.apply()

    def apply(self) -> None:
        if self.settings.enabled:
            self.timer.start()
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()
        self.applied.emit()

    def logged_today(self, today: dt.date) -> bool:
        case = self.session.case
        return case is not None and any(d.date == today for d in case.days)

    def check(self, now: dt.datetime | None = None) -> bool:
        now = now or self.session.clock.now()  # the app's clock, the case's time zone
        if not due(self.settings, now, self.logged_today(now.date())):
            return False
        self.settings.last_shown = now.date().isoformat()
        save(self.data_dir, self.settings)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                path = resource("icons", "today.svg")
                self.tray = QSystemTrayIcon(QIcon(str(path)), self)
                self.tray.messageClicked.connect(self.open_today)
            self.tray.show()
            lang = words.lang()
            self.tray.showMessage(
                i18n.text("uihelp.tray.title", lang), i18n.text("uihelp.tray.body", lang)
            )
        self.shown.emit()
        return True

    def open_today(self) -> None:
        """The notification was clicked: bring the window up on 今日."""
        window = self.parent()
        if window is not None and hasattr(window, "show_view"):
            window.show_view("today")
            window.showNormal()  # type: ignore[attr-defined]
            window.raise_()  # type: ignore[attr-defined]
            window.activateWindow()  # type: ignore[attr-defined]


class RemindersPanel(QWidget):
    """The opt-in switch and time, and the .ics export."""

    def __init__(
        self,
        session: CaseSession,
        data_dir: Path,
        reminder: DailyReminder | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.report: FindingsReport | None = None
        self.reminder = reminder or DailyReminder(session, data_dir, self)
        layout = QVBoxLayout(self)
        frame, box = card("panel")
        self.enabled = QCheckBox(self.tr("Remind me every day while caseapp is open"))
        self.enabled.setChecked(self.reminder.settings.enabled)
        self.at = QLineEdit(self.reminder.settings.at)
        self.at_field = Field(
            self.tr("At"), self.at, self.tr("Hours:minutes. Only if the day is not logged yet.")
        )
        self.at_login = QCheckBox(
            self.tr("Also start caseapp when I log in, so the reminder comes every day")
        )
        self.at_login.setChecked(autostart.is_enabled())
        box.addWidget(self.enabled)
        box.addWidget(self.at_field)
        box.addWidget(self.at_login)
        self.save_button = QPushButton(self.tr("Save the reminder"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(frame)
        frame2, box2 = card("panel")
        box2.addWidget(label(self.tr("Your phone's calendar"), "subtitle"))
        box2.addWidget(
            label(
                self.tr(
                    'A calendar file with a daily "log today" reminder at the time above, '
                    "every arbitration deadline from the risk notes (alarms a month and a week "
                    "before) and the dates of the road to the money (alarms a week and two days "
                    "before). Open it on the phone to add it."
                ),
                "hint",
            )
        )
        self.export_button = QPushButton(self.tr("Save the calendar file (.ics)…"))
        self.export_button.clicked.connect(self.ask_export)
        row2 = QHBoxLayout()
        row2.addWidget(self.export_button)
        row2.addStretch(1)
        box2.addLayout(row2)
        self.status = label("", "hint")
        box2.addWidget(self.status)
        layout.addWidget(frame2)
        layout.addStretch(1)
        session.bridge.findingsReady.connect(self._findings)

    def _findings(self, report: Any) -> None:
        self.report = report if isinstance(report, FindingsReport) else None

    def _road_dates(self, case: Any) -> tuple[Any, ...]:
        """The dates of the road to the money (rules/road.py), when the law data loads."""
        from caseapp.rules.law import LawDataError, load_law_data
        from caseapp.rules.road import road

        try:
            law = load_law_data()  # cached: the views' loader read it already
        except (LawDataError, OSError):
            return ()
        return road(case, law, dt.date.today(), self.report).dates

    def _read_time(self) -> dt.time | None:
        try:
            value = dt.time.fromisoformat(self.at.text().strip())
        except ValueError:
            self.at_field.set_error(self.tr("Write the time as hours:minutes, e.g. 20:30."))
            return None
        self.at_field.set_error(None)
        return value

    def save(self) -> bool:
        value = self._read_time()
        if value is None:
            return False
        settings = self.reminder.settings
        settings.enabled = self.enabled.isChecked()
        settings.at = value.strftime("%H:%M")
        save(self.reminder.data_dir, settings)
        self.reminder.apply()
        if settings.enabled and self.at_login.isChecked():
            autostart.enable(self.reminder.data_dir)
        else:
            autostart.disable()
        self.status.setText(
            self.tr("Reminder on, every day at %1.").replace("%1", settings.at)
            if settings.enabled
            else self.tr("Reminder off.")
        )
        return True

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calendar file"),
            start_dirs.in_documents("caseapp.ics"),
            self.tr("Calendar (*.ics)"),
        )
        if path:
            self.export(Path(path))

    def export(self, out: Path) -> bool:
        value = self._read_time()
        case = self.session.case
        if value is None or case is None:
            return False
        from caseapp.casework.ics import make_calendar  # icalendar loads only when asked

        deadlines = self.report.deadlines if self.report is not None else ()
        road_dates = self._road_dates(case)
        data = make_calendar(
            case.info.uid,
            words.lang(),
            value,
            deadlines,
            self.session.clock.today(),
            dt.datetime.now(dt.UTC).replace(microsecond=0),
            road=road_dates,
        )
        atomic.write_bytes(out, data)
        count = sum(1 for d in deadlines if d.last_day is not None)
        self.status.setText(
            self.tr("Saved %1 with the daily reminder and %2 deadlines.")
            .replace("%1", str(out))
            .replace("%2", str(count))
        )
        return True
