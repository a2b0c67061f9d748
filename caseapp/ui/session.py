"""The open case as the views see it: the newest `Case` (immutable), the list
of cases, and the use cases the views call. Every call goes through the
bridge to the serial writer; the views hear back through signals.

At start-up the writer reads a snapshot of the data with plain SQL before
the full service opens (`caseapp.services.snapshot`); the first case list and
the first case opened are answered from it, then the writer may proceed to
open the service (SQLAlchemy) while the views already show the data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from caseapp.ui.bridge import Bridge
from caseapp.ui.clock import AppClock

if TYPE_CHECKING:  # the domain model loads after the first paint (the writer's snapshot)
    from caseapp.domain.changes import Changes
    from caseapp.domain.model import Case, CaseInfo, Day, Evidence, Record
    from caseapp.services.api import CaseSummary, ImportMode, Undone

CATCH_UP_MS = 1000  # quiet time after the last change before hidden views catch up


class _Follower(QObject):
    """Gives one view the newest case: at once while it is on screen (or while
    the window itself is not shown); otherwise it marks the view stale and
    refreshes it when the view is next shown, so a change logged on 今日
    does not rebuild nine hidden views between the click and "saved". Once
    no change has come for `CATCH_UP_MS`, stale views catch up one by one at
    idle time, so nothing read from them later is old either."""

    def __init__(self, session: CaseSession, view: QWidget, slot: Callable[[Case], None]) -> None:
        super().__init__(view)
        self.session = session
        self.view = view
        self.slot = slot
        self.stale = False
        view.installEventFilter(self)
        session.caseChanged.connect(self.changed)
        session.quiet.connect(self.catch_up)

    def changed(self, case: Case) -> None:
        view = self.view
        if view.isVisible() or not view.window().isVisible():
            self.stale = False
            self.slot(case)
        else:
            self.stale = True

    def refresh(self) -> None:
        if self.stale:
            self.stale = False
            if self.session.case is not None:
                self.slot(self.session.case)

    def catch_up(self) -> None:
        if self.stale:
            QTimer.singleShot(0, self, self.refresh)  # one view per event-loop turn

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.stale and watched is self.view and event.type() == QEvent.Type.Show:
            self.refresh()
        return False


def error_text(exc: BaseException) -> str:
    from caseapp.services.api import ServiceError

    if isinstance(exc, ServiceError):
        return "\n".join(exc.problems)
    return f"{type(exc).__name__}: {exc}"


class CaseSession(QObject):
    casesListed = Signal(object)  # list[CaseSummary]
    caseChanged = Signal(object)  # Case
    saved = Signal()  # a change reached the disk
    failed = Signal(str)  # a message for the status bar
    quiet = Signal()  # no change for CATCH_UP_MS: hidden views may catch up

    def __init__(self, bridge: Bridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.case_id: str | None = None
        self.case: Case | None = None
        self.cases: list[CaseSummary] = []
        self._early_pending = True  # the first listing may come from the writer's snapshot
        self._early_case: tuple[str | None, Case | None] | None = None
        bridge.failed.connect(lambda exc: self.failed.emit(error_text(exc)))
        self._quiet_timer = QTimer(self)
        self._quiet_timer.setSingleShot(True)
        self._quiet_timer.setInterval(CATCH_UP_MS)
        self._quiet_timer.timeout.connect(self.quiet)
        # the one clock (ui/clock.py): today in the open case's time zone; at the
        # day change every view following the case and the findings see the new day
        self.clock = AppClock(lambda: self.case.info.time_zone if self.case else None, parent=self)
        self._zone_check = False
        self.clock.dayChanged.connect(self._day_changed)
        bridge.today_of = lambda case: self.clock.today_in(case.info.time_zone)

    def follow(self, view: QWidget, slot: Callable[[Case], None]) -> None:
        """Call ``slot(case)`` for every changed case that ``view`` shows;
        while the view is hidden, only once, when it is shown again."""
        _Follower(self, view, slot)

    def is_stale(self, view: QWidget) -> bool:
        """True while ``view`` waits to be shown to catch up with a change."""
        return any(isinstance(f, _Follower) and f.stale for f in view.children())

    def _fail(self, exc: BaseException) -> None:
        self.failed.emit(error_text(exc))

    def _day_changed(self, _day: dt.date) -> None:
        if self.case is not None and not self._zone_check:
            self._set_case(self.case)  # Today, the calendar, the findings: the new day

    def _set_case(self, case: Case) -> None:
        zone_before = self.case.info.time_zone if self.case is not None else None
        self.case = case
        if case.info.time_zone != zone_before:
            # another time zone may be another day; the case is shown just below
            self._zone_check = True
            try:
                self.clock.check()
            finally:
                self._zone_check = False
        self.caseChanged.emit(case)
        self._quiet_timer.start()
        self.bridge.request_rules(case)

    def apply(self, case_id: str, *stored: Changes) -> None:
        """Show what the services stored for ``case_id`` (each use case's
        `Changes`, in order), if that case is still the open one. The case
        shown is then exactly what the database holds: the views, the rules
        and the PDF read the same records."""
        if self.case is None or self.case_id != case_id:
            return
        from caseapp.domain.changes import apply_changes

        case = self.case
        for changes in stored:
            case = apply_changes(case, changes)
        if case is not self.case:
            self._set_case(case)

    # --- queries -------------------------------------------------------------
    def refresh_cases(self, done: Callable[[list[CaseSummary]], None] | None = None) -> None:
        def listed(cases: list[CaseSummary]) -> None:
            self.cases = cases
            self.casesListed.emit(cases)
            if done is not None:
                done(cases)

        if self._early_pending:
            self._early_pending = False
            if self.bridge.calls == 0:  # nothing written since the snapshot
                self._list_early(listed)
                return
            self.bridge.writer.proceed()
        self.bridge.call(lambda s: s.list_cases(), done=listed, error=self._fail)

    def _list_early(self, listed: Callable[[list[CaseSummary]], None]) -> None:
        """The first listing from the writer's snapshot, or from the service
        when there is none (new data directory, schema to upgrade, error)."""
        writer = self.bridge.writer
        calls = self.bridge.calls

        def from_service(_: object = None) -> None:
            writer.proceed()
            self.bridge.call(lambda s: s.list_cases(), done=listed, error=self._fail)

        def got(snap: object) -> None:
            from caseapp.services.snapshot import Snapshot  # read on the writer thread

            if not isinstance(snap, Snapshot) or self.bridge.calls != calls:
                from_service()  # none, or a job was submitted meanwhile
                return
            self._early_case = (snap.case_id, snap.case)
            listed(list(snap.cases))  # the window opens a case from here, at once
            self._early_case = None
            # let the service open once the data has been painted
            QTimer.singleShot(0, writer.proceed)

        self.bridge.when_done(writer.early, got, error=from_service)

    def open_case(self, case_id: str, done: Callable[[Case], None] | None = None) -> None:
        def loaded(case: Case) -> None:
            self.case_id = case_id
            self._set_case(case)
            if done is not None:
                done(case)

        early, self._early_case = self._early_case, None
        if early is not None and early[0] == case_id and early[1] is not None:
            loaded(early[1])  # read with plain SQL by the writer just before
            return
        self.bridge.call(lambda s: s.load_case(case_id), done=loaded, error=self._fail)

    def reload(self) -> None:
        if self.case_id is not None:
            self.open_case(self.case_id)

    # --- changes ---------------------------------------------------------------
    def create_case(
        self,
        info: CaseInfo,
        done: Callable[[str], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def created(case_id: str) -> None:
            self.saved.emit()
            self.refresh_cases()
            self.open_case(case_id)
            if done is not None:
                done(case_id)

        self.bridge.call(lambda s: s.create_case(info), done=created, error=error or self._fail)

    def set_days(self, days: Sequence[Day], done: Callable[[], None] | None = None) -> None:
        case_id, days = self.case_id, list(days)
        if case_id is None or not days:
            return

        def stored(changes: Changes) -> None:
            self.apply(case_id, changes)
            self.saved.emit()
            if done is not None:
                done()

        self.bridge.call(lambda s: s.set_days(case_id, days), done=stored, error=self._fail)

    def clear_days(self, dates: Sequence[dt.date]) -> None:
        case_id, dates = self.case_id, list(dates)
        if case_id is None or not dates:
            return

        def cleared(changes: Changes) -> None:
            self.apply(case_id, changes)
            self.saved.emit()

        self.bridge.call(lambda s: s.clear_days(case_id, dates), done=cleared, error=self._fail)

    def save_record(
        self,
        record: Record,
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def stored(changes: Changes) -> None:
            self.apply(case_id, changes)
            self.saved.emit()
            if done is not None:
                done(changes.one(type(record)))

        self.bridge.call(
            lambda s: s.save_record(case_id, record), done=stored, error=error or self._fail
        )

    def delete_record(
        self,
        ref: str,
        done: Callable[[str], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Delete the record ``ref`` names (one journal entry; Ctrl+Z brings it
        back). A record that others still name is refused by the service:
        its message goes to ``error`` (or the status bar)."""
        case_id = self.case_id
        if case_id is None:
            return

        def deleted(changes: Changes) -> None:
            self.apply(case_id, changes)
            self.saved.emit()
            if done is not None:
                done(ref)

        self.bridge.call(
            lambda s: s.delete_record(case_id, ref), done=deleted, error=error or self._fail
        )

    def add_evidence_files(
        self,
        evidence: Evidence,
        paths: Sequence[Path],
        done: Callable[[Evidence], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
    ) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def stored(changes: Changes) -> None:
            self.apply(case_id, changes)
            self.saved.emit()
            if done is not None:
                from caseapp.domain.model import Evidence

                done(changes.one(Evidence))

        self.bridge.call(
            lambda s: s.add_evidence_files(case_id, evidence, list(paths)),
            done=stored,
            error=error or self._fail,
        )

    def undo(self, done: Callable[[object], None] | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def undone(result: Undone | None) -> None:
            if result is not None:
                self.apply(case_id, result.changes)
            self.saved.emit()
            if done is not None:
                done(None if result is None else result.entry)

        self.bridge.call(lambda s: s.undo_last(case_id), done=undone, error=self._fail)

    def import_file(
        self,
        path: Path,
        done: Callable[[str], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        mode: ImportMode | None = None,  # None: ImportMode.REFUSE
    ) -> None:
        from caseapp.services.api import ImportMode

        chosen = ImportMode.REFUSE if mode is None else mode

        def imported(case_id: str) -> None:
            self.refresh_cases()
            self.open_case(case_id)
            if done is not None:
                done(case_id)

        self.bridge.call(
            lambda s: s.import_file(path, chosen), done=imported, error=error or self._fail
        )
