"""今日 Today: today's status in one click (keys 1–8), same as yesterday,
still benched all week, the hours worked today (hourly and piece work: quick
buttons 2/4/6/8 and a field), a note, today's tasks, "something happened", a
drop zone for files, catch-up of the days not yet logged, and once a week the
offer to send the record's fingerprint to oneself (ui/fingerprint_card.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.casework import daylogic
from caseapp.domain.model import Case, Day, Provenance, Task
from caseapp.domain.vocab import DayStatus, Origin, PayBasis, TaskStatus
from caseapp.ui import theme, words
from caseapp.ui.fingerprint_card import FingerprintCard
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import card, label

QUICK_HOURS = (2, 4, 6, 8)


def _number(text: str, places: int = 6) -> tuple[bool, Decimal | None]:
    """(valid, value) of a non-negative number typed by the worker with at
    most `places` decimals; (True, None) when the field is empty."""
    text = text.strip().replace(",", ".").replace("，", ".")
    if not text:
        return True, None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return False, None
    exponent = value.as_tuple().exponent
    ok = value.is_finite() and value >= 0 and isinstance(exponent, int) and exponent >= -places
    return ok, value if ok else None


class TodayView(QWidget):
    incidentRequested = Signal()
    filesDropped = Signal(object)  # list[Path]

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        # The content scrolls when the window is small or many notes show (a
        # 1280×760 screen with the cloud, reminder and rebuild notes): never squeezed.
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        root.addWidget(self.scroller)
        outer = QVBoxLayout(body)
        self.body_layout = outer  # others add their notes here (ui/views.py)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(10)
        self.date_label = label("", "title")
        outer.addWidget(self.date_label)
        self._build_rebuild_row(outer)
        outer.addWidget(label(self.tr("How was today?"), "subtitle"))
        self._build_status_buttons(outer)
        self._build_quick_buttons(outer)
        self._build_hours(outer)
        self._build_note(outer)
        self._build_happened(outer)
        outer.addWidget(self._line())
        self._build_tasks(outer)
        outer.addWidget(self._line())
        self.just_created = False  # right after "create my case": ask when the bench began
        self.wizard: QWidget | None = None
        self._build_catch_up(outer)
        from caseapp.ui.road_view import RoadNote

        self.road_note = RoadNote(session)  # the road's dates that are near (hidden if none)
        outer.addWidget(self.road_note)
        self.fingerprint = FingerprintCard(session)  # weekly: send the journal's hash to yourself
        outer.addWidget(self.fingerprint)
        outer.addStretch(1)
        self.scroller.setWidget(body)

        session.follow(self, self.show_case)
        if session.case is not None:
            self.show_case(session.case)

    @property
    def today(self) -> dt.date:
        """Today in the case's time zone, from the app's one clock (it moves at
        midnight: the session shows the case again then)."""
        return self.session.clock.today()

    def _build_rebuild_row(self, outer: QVBoxLayout) -> None:
        """The months behind, for a worker who starts late: first, above the day."""
        self.rebuild_row, rebuild_box = card("card")
        rebuild = QHBoxLayout()
        rebuild_box.addLayout(rebuild)
        self.rebuild_label = label("")
        self.rebuild_button = QPushButton(self.tr("Fill in the months before"))
        self.rebuild_button.clicked.connect(self.open_wizard)
        rebuild.addWidget(self.rebuild_label, 1)
        rebuild.addWidget(self.rebuild_button)
        self.rebuild_row.setVisible(False)
        outer.addWidget(self.rebuild_row)

    def _build_status_buttons(self, outer: QVBoxLayout) -> None:
        """One checkable button per day status, with keys 1–8."""
        grid = QGridLayout()
        grid.setSpacing(8)
        self.status_buttons: dict[DayStatus, QPushButton] = {}
        for i, status in enumerate(words.STATUS_ORDER):
            button = QPushButton(f"{words.status_short(status)}\n{i + 1}")
            button.setProperty("role", "status")
            button.setCheckable(True)
            button.setToolTip(f"{words.status_label(status)}  ({i + 1})")
            button.setAccessibleName(words.status_label(status))
            colour, text = theme.STATUS_COLOUR[status], theme.STATUS_TEXT[status]
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour}; color: {text}; }}"
                f"QPushButton {{ border-left: 8px solid {colour}; }}"
            )
            button.clicked.connect(lambda _=False, s=status: self.log_today(s))
            grid.addWidget(button, i // 4, i % 4)
            self.status_buttons[status] = button
            shortcut = QShortcut(QKeySequence(str(i + 1)), self)
            # window-wide while this view is shown (a hidden view's shortcuts are off);
            # text fields keep their digits
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=status: self.log_today(s))
        outer.addLayout(grid)

    def _build_quick_buttons(self, outer: QVBoxLayout) -> None:
        quick = QHBoxLayout()
        self.same_button = QPushButton(self.tr("Same as yesterday"))
        self.week_button = QPushButton(self.tr("Still benched all week"))
        self.same_button.clicked.connect(self.same_as_yesterday)
        self.week_button.clicked.connect(self.benched_all_week)
        quick.addWidget(self.same_button)
        quick.addWidget(self.week_button)
        quick.addStretch(1)
        outer.addLayout(quick)

    def _build_hours(self, outer: QVBoxLayout) -> None:
        """Hours worked today, for hourly and piece work (issue 15): shown only
        when the case is not paid by the month."""
        self.hours_row = QWidget()
        row = QHBoxLayout(self.hours_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(self.tr("Hours worked today:")))
        self.hour_buttons: dict[int, QPushButton] = {}
        for hours in QUICK_HOURS:
            button = QPushButton(self.tr("%1 h").replace("%1", str(hours)))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, h=hours: self.log_hours(Decimal(h)))
            row.addWidget(button)
            self.hour_buttons[hours] = button
        self.hours_input = QLineEdit()
        self.hours_input.setPlaceholderText(self.tr("Other, e.g. 3.5"))
        self.hours_input.setAccessibleName(self.tr("Hours worked today"))
        self.hours_input.setMaximumWidth(120)
        self.hours_input.editingFinished.connect(self._hours_typed)
        row.addWidget(self.hours_input)
        row.addStretch(1)
        self.hours_row.setVisible(False)
        outer.addWidget(self.hours_row)

    def _build_note(self, outer: QVBoxLayout) -> None:
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Note for today (optional): what you did, who said what")
        )
        self.note.setAccessibleName(self.tr("Note for today"))
        self.note.editingFinished.connect(self.save_note)
        outer.addWidget(self.note)

    def _build_happened(self, outer: QVBoxLayout) -> None:
        """The "Record something that happened" button and the drop zone for files."""
        happened = QHBoxLayout()
        happened.addWidget(label(self.tr("Did something happen today?"), "subtitle"))
        self.incident_button = QPushButton(self.tr("Record something that happened"))
        self.incident_button.setProperty("role", "primary")
        self.incident_button.clicked.connect(self.incidentRequested)
        happened.addWidget(self.incident_button)
        happened.addStretch(1)
        outer.addLayout(happened)
        self.drop_zone = label(
            self.tr("Drop screenshots or files here, or press Ctrl+V to paste a screenshot"), "hint"
        )
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setMinimumHeight(44)
        self.drop_zone.setStyleSheet("border: 2px dashed #9AA0A6; border-radius: 8px;")
        outer.addWidget(self.drop_zone)

    def _build_tasks(self, outer: QVBoxLayout) -> None:
        """Today's tasks: a line to add one, the list of those assigned today."""
        tasks_row = QHBoxLayout()
        tasks_row.addWidget(label(self.tr("Tasks assigned today"), "subtitle"))
        self.task_input = QLineEdit()
        self.task_input.setPlaceholderText(self.tr("A task you were given today, then Enter"))
        self.task_input.setAccessibleName(self.tr("New task"))
        self.task_input.returnPressed.connect(self.add_task)
        tasks_row.addWidget(self.task_input, 1)
        # piece work (issue 15): a batch's quantity and rate beside its title
        self.batch_quantity = QLineEdit()
        self.batch_quantity.setPlaceholderText(self.tr("Quantity"))
        self.batch_quantity.setAccessibleName(self.tr("Quantity of the batch"))
        self.batch_quantity.setMaximumWidth(110)
        self.batch_rate = QLineEdit()
        self.batch_rate.setPlaceholderText(self.tr("Rate (yuan each)"))
        self.batch_rate.setAccessibleName(self.tr("Rate of the batch"))
        self.batch_rate.setMaximumWidth(140)
        for field in (self.batch_quantity, self.batch_rate):
            field.returnPressed.connect(self.add_task)
            field.setVisible(False)
            tasks_row.addWidget(field)
        outer.addLayout(tasks_row)
        self.tasks = QListWidget()
        self.tasks.setMaximumHeight(90)
        self.tasks.setAccessibleName(self.tr("Tasks assigned today"))
        outer.addWidget(self.tasks)
        self._build_batch_actions(outer)

    def _build_batch_actions(self, outer: QVBoxLayout) -> None:
        """Piece work: where the selected batch stands — submitted, accepted,
        rejected (with the reason given, if any) or paid."""
        self.batch_actions = QWidget()
        row = QHBoxLayout(self.batch_actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(self.tr("The selected batch was:")))
        self.batch_buttons: dict[TaskStatus, QPushButton] = {}
        for status, text in (
            (TaskStatus.SUBMITTED, self.tr("Submitted")),
            (TaskStatus.ACCEPTED, self.tr("Accepted")),
            (TaskStatus.REJECTED, self.tr("Rejected")),
            (TaskStatus.PAID, self.tr("Paid")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=status: self.set_batch_status(s))
            row.addWidget(button)
            self.batch_buttons[status] = button
        self.rejection_reason = QLineEdit()
        self.rejection_reason.setPlaceholderText(
            self.tr("Reason given for the rejection (leave empty if none was given)")
        )
        self.rejection_reason.setAccessibleName(self.tr("Reason for the rejection"))
        row.addWidget(self.rejection_reason, 1)
        self.batch_actions.setVisible(False)
        outer.addWidget(self.batch_actions)

    def _build_catch_up(self, outer: QVBoxLayout) -> None:
        """The days not yet logged, filled in at once."""
        catch = QHBoxLayout()
        self.catch_label = label("")
        self.catch_button = QPushButton(self.tr("Fill them in at once"))
        self.catch_button.clicked.connect(self.catch_up)
        catch.addWidget(self.catch_label, 1)
        catch.addWidget(self.catch_button)
        self.catch_row = QWidget()
        self.catch_row.setLayout(catch)
        outer.addWidget(self.catch_row)
        # after "fill them in at once": what it filled, and the way back
        self.filled_row, filled_box = card("card")
        filled = QHBoxLayout()
        filled_box.addLayout(filled)
        self.filled_label = label("")
        self.undo_fill_button = QPushButton(self.tr("Undo"))
        self.undo_fill_button.setToolTip(self.tr("Remove the days just filled in"))
        self.undo_fill_button.clicked.connect(self.undo_catch_up)
        filled.addWidget(self.filled_label, 1)
        filled.addWidget(self.undo_fill_button)
        self.filled_row.setVisible(False)
        self.filled: list[Day] = []  # the days "fill them in at once" just stored
        outer.addWidget(self.filled_row)

    def _line(self) -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #D0D4DA;")
        return line

    # --- display -----------------------------------------------------------
    def show_case(self, case: Case) -> None:
        locale = QLocale()
        self.date_label.setText(locale.toString(QDate(self.today), self.tr("MMMM d, dddd")))
        day = daylogic.days_by_date(case).get(self.today)
        for status, button in self.status_buttons.items():
            button.setChecked(day is not None and day.status == status)
        if not self.note.hasFocus():
            self.note.setText(day.note or "" if day else "")
        self.tasks.clear()
        piece = case.info.pay_basis == PayBasis.PIECE
        for task in case.tasks:
            if task.assigned_on == self.today:
                self.tasks.addItem(task.title)
            elif piece and task.status is not None and task.status != TaskStatus.PAID:
                self.tasks.addItem(task.title)  # an open batch of an earlier day
            else:
                continue
            item = self.tasks.item(self.tasks.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            if piece:
                item.setText(self._batch_text(task))
        for field in (self.batch_quantity, self.batch_rate):
            field.setVisible(piece)
        self.batch_actions.setVisible(piece)
        missing = daylogic.missing_days(case, self.today)
        self.catch_row.setVisible(bool(missing))
        if missing:
            shown = " ".join(f"{d.month}/{d.day}" for d in missing[:6])
            more = "…" if len(missing) > 6 else ""
            last = daylogic.last_logged_before(case, self.today)
            last_label = words.status_label(last.status) if last else ""
            self.catch_label.setText(
                self.tr("%n day(s) not yet logged: ", "", len(missing))
                + shown
                + more
                + "  "
                + self.tr("(as the last logged day: %1)").replace("%1", last_label)
            )
        self.same_button.setEnabled(daylogic.last_logged_before(case, self.today) is not None)
        self._show_hours(case, day)
        self._show_rebuild(case)
        self.fingerprint.refresh()

    def _show_hours(self, case: Case, day: Day | None) -> None:
        self.hours_row.setVisible(case.info.pay_basis != PayBasis.MONTHLY)
        hours = day.hours if day is not None else None
        for value, button in self.hour_buttons.items():
            button.setChecked(hours is not None and hours == value)
        if not self.hours_input.hasFocus():
            quick = hours is not None and hours in QUICK_HOURS
            self.hours_input.setText("" if hours is None or quick else f"{hours.normalize():f}")

    def _show_rebuild(self, case: Case) -> None:
        offer = self.just_created or daylogic.offer_reconstruction(case, self.today)
        self.rebuild_row.setVisible(offer)
        if self.just_created:
            self.rebuild_label.setText(
                self.tr("When were you first benched? Fill in the months before that first.")
            )
        elif offer:
            self.rebuild_label.setText(
                self.tr(
                    "Months not logged yet? Rebuild them in a few minutes: when the bench "
                    "began, the pay month by month, what was said."
                )
            )

    def welcome_new_case(self) -> None:
        """Right after a case is created: offer the wizard for the months behind."""
        self.just_created = True
        if self.session.case is not None:
            self._show_rebuild(self.session.case)
        self.rebuild_button.setFocus()

    # --- actions -------------------------------------------------------------
    def open_wizard(self) -> None:
        """The reconstruction wizard (window-modal) for the months behind."""
        from caseapp.ui.wizard import open_reconstruct_wizard

        if self.session.case is None:
            return
        self.just_created = False
        self.wizard = open_reconstruct_wizard(self.session, self)

    def _today_day(self) -> Day | None:
        case = self.session.case
        return daylogic.days_by_date(case).get(self.today) if case else None

    def log_today(self, status: DayStatus) -> None:
        if self.session.case is None:
            return
        note = self.note.text().strip() or None
        existing = self._today_day()
        day = Day(
            date=self.today,
            status=status,
            note=note,
            hours=existing.hours if existing else None,  # a status click keeps the hours
            evidence=existing.evidence if existing else (),
            provenance=Provenance(origin=Origin.APP),
        )
        self.status_buttons[status].setChecked(True)
        self.session.set_days([day])

    def log_hours(self, hours: Decimal) -> None:
        """Today's hours; today becomes a working day if it was not logged."""
        if self.session.case is None:
            return
        existing = self._today_day()
        if existing is not None:
            day = dataclasses.replace(existing, hours=hours)
        else:
            note = self.note.text().strip() or None
            prov = Provenance(origin=Origin.APP)
            day = Day(self.today, DayStatus.WORKING, hours=hours, note=note, provenance=prov)
        self.session.set_days([day])

    def _hours_typed(self) -> None:
        text = self.hours_input.text().strip().replace(",", ".").replace("，", ".")
        if not text:
            return
        try:
            hours = Decimal(text)
        except InvalidOperation:
            hours = Decimal(-1)
        good, _ = _number(text, places=2)
        if not good or not (Decimal(0) < hours <= Decimal(24)):
            self.hours_input.setToolTip(self.tr("Hours are a number from 0 to 24, e.g. 3.5"))
            self.hours_input.selectAll()
            return
        self.hours_input.setToolTip("")
        existing = self._today_day()
        if existing is None or existing.hours != hours:
            self.log_hours(hours)

    def same_as_yesterday(self) -> None:
        case = self.session.case
        if case is None:
            return
        day = daylogic.same_as_yesterday(case, self.today)
        if day is not None:
            existing = self._today_day()
            hours = existing.hours if existing is not None else None  # today's own hours stay
            note = self.note.text().strip() or None
            self.session.set_days([dataclasses.replace(day, note=note, hours=hours)])

    def benched_all_week(self) -> None:
        case = self.session.case
        if case is not None:
            self.session.set_days(daylogic.benched_all_week(case, self.today))

    def save_note(self) -> None:
        day = self._today_day()
        note = self.note.text().strip() or None
        if day is not None and day.note != note:
            self.session.set_days([dataclasses.replace(day, note=note)])

    def _batch_text(self, task: Task) -> str:
        parts = [task.title]
        if task.quantity is not None and task.rate is not None:
            parts.append(f"{task.quantity.normalize():f} × {task.rate}")
        if task.status is not None:
            parts.append(words.vocab_label("task_status", task.status.value))
        if task.rejection_reason:
            parts.append(task.rejection_reason)
        return " · ".join(parts)

    def add_task(self) -> None:
        title = self.task_input.text().strip()
        case = self.session.case
        if not title or case is None:
            return
        task = Task(id="", assigned_on=self.today, title=title)
        if case.info.pay_basis == PayBasis.PIECE:
            good_quantity, quantity = _number(self.batch_quantity.text())
            good_rate, rate = _number(self.batch_rate.text(), places=2)  # money: two decimals
            if not (good_quantity and good_rate):
                self.task_input.setToolTip(
                    self.tr("Quantity and rate are numbers, e.g. 300 and 0.35 (yuan, two decimals)")
                )
                return
            self.task_input.setToolTip("")
            # the worker took the batch today: its status says no more than that
            task = dataclasses.replace(
                task, quantity=quantity, rate=rate, status=TaskStatus.ASSIGNED
            )
            self.batch_quantity.clear()
            self.batch_rate.clear()
        self.session.save_record(task)
        self.task_input.clear()

    def set_batch_status(self, status: TaskStatus) -> None:
        """The selected batch's status, dated today (submitted on, decided on)."""
        case = self.session.case
        item = self.tasks.currentItem()
        if case is None or item is None:
            return
        task_id = item.data(Qt.ItemDataRole.UserRole)
        task = next((t for t in case.tasks if t.id == task_id), None)
        if task is None:
            return
        changed = dataclasses.replace(task, status=status)
        if status == TaskStatus.SUBMITTED:
            changed = dataclasses.replace(changed, submitted_on=self.today)
        elif status in (TaskStatus.ACCEPTED, TaskStatus.REJECTED):
            changed = dataclasses.replace(changed, decided_on=self.today)
        if status == TaskStatus.REJECTED:
            reason = self.rejection_reason.text().strip() or None
            changed = dataclasses.replace(changed, rejection_reason=reason)
            self.rejection_reason.clear()
        self.session.save_record(changed)

    def catch_up(self) -> None:
        case = self.session.case
        if case is None:
            return

        def basis(last: Day) -> str:
            return (
                self.tr("Filled in at once as the last logged day (%1, %2)")
                .replace("%1", last.date.isoformat())
                .replace("%2", words.status_label(last.status))
            )

        days = daylogic.catch_up(case, self.today, basis)
        self.session.set_days(days, done=lambda: self._filled_in(days))

    def _filled_in(self, days: list[Day]) -> None:
        """Say what was filled in, by status, with the days, and offer undo."""
        if not days:
            return
        self.filled = days
        counts: dict[DayStatus, int] = {}
        for d in days:
            counts[d.status] = counts.get(d.status, 0) + 1
        parts = self.tr("; ").join(
            self.tr("%1 as %2").replace("%1", str(n)).replace("%2", words.status_label(status))
            for status, n in counts.items()
        )
        first, last = days[0].date, days[-1].date
        self.filled_label.setText(
            self.tr("Filled in %n day(s), %1 to %2: ", "", len(days))
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat())
            + parts
            + self.tr(". Marked as filled in afterwards.")
        )
        self.undo_fill_button.setEnabled(True)
        self.filled_row.setVisible(True)

    def undo_catch_up(self) -> None:
        """Remove the days just filled in — those still as they were stored
        (a day changed since is kept)."""
        case = self.session.case
        if case is None or not self.filled:
            return
        now = daylogic.days_by_date(case)
        same = [
            d.date
            for d in self.filled
            if (kept := now.get(d.date)) is not None
            and (kept.status, kept.note, kept.evidence) == (d.status, d.note, d.evidence)
        ]
        self.filled = []
        self.filled_row.setVisible(False)
        if same:
            self.session.clear_days(same)

    # --- drop zone -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths)
            event.acceptProposedAction()
