"""The open case as the views see it: the newest `Case` (immutable), the list
of cases, and the use cases the views call. Every call goes through the
bridge to the serial writer; the views hear back through signals.

At start-up the writer reads a snapshot of the data with plain SQL before
the full service opens (`caseapp.services.snapshot`); the first case list and
the first case opened are answered from it, then the writer may proceed to
open the service (SQLAlchemy) while the views already show the data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from caseapp.domain.model import Case, CaseInfo, Day, Evidence, Record
from caseapp.domain.refs import ref_of
from caseapp.services.api import CaseSummary, ImportMode, ServiceError
from caseapp.ui.bridge import Bridge


def _merge_days(case: Case, days: Sequence[Day]) -> Case:
    by_date = {d.date: d for d in case.days}
    for day in days:
        by_date[day.date] = day
    return dataclasses.replace(case, days=tuple(by_date[k] for k in sorted(by_date)))


_RECORD_FIELD = {
    "Person": "people",
    "Task": "tasks",
    "Payment": "payments",
    "SIMonth": "social_insurance",
    "Incident": "incidents",
    "Evidence": "evidence",
}


def _merge_record(case: Case, record: Record) -> Case:
    if isinstance(record, Day):
        return _merge_days(case, [record])
    name = _RECORD_FIELD.get(type(record).__name__)
    if name is None:
        return case
    items = list(getattr(case, name))
    key = record.month if name == "social_insurance" else record.id  # type: ignore[union-attr]
    for i, item in enumerate(items):
        if (item.month if name == "social_insurance" else item.id) == key:
            items[i] = record
            break
    else:
        items.append(record)
    return dataclasses.replace(case, **{name: tuple(items)})  # type: ignore[arg-type]


def _drop_record(case: Case, ref: str) -> Case:
    """The case without the record ``ref`` names (unchanged if it has none)."""
    kind = ref.partition(":")[0]
    name = {"day": "days", "si": "social_insurance"}.get(kind, _RECORD_FIELD_OF_KIND.get(kind))
    if name is None:
        return case
    items = tuple(r for r in getattr(case, name) if ref_of(r) != ref)
    return dataclasses.replace(case, **{name: items})  # type: ignore[arg-type]


_RECORD_FIELD_OF_KIND = {
    "person": "people",
    "task": "tasks",
    "payment": "payments",
    "incident": "incidents",
    "evidence": "evidence",
}


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

    def follow(self, view: QWidget, slot: Callable[[Case], None]) -> None:
        """Call ``slot(case)`` for every changed case that ``view`` shows;
        while the view is hidden, only once, when it is shown again."""
        _Follower(self, view, slot)

    def is_stale(self, view: QWidget) -> bool:
        """True while ``view`` waits to be shown to catch up with a change."""
        return any(isinstance(f, _Follower) and f.stale for f in view.children())

    def _fail(self, exc: BaseException) -> None:
        self.failed.emit(error_text(exc))

    def _set_case(self, case: Case) -> None:
        self.case = case
        self.caseChanged.emit(case)
        self._quiet_timer.start()
        self.bridge.request_rules(case)

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

        def stored(_: object) -> None:
            if self.case is not None and self.case_id == case_id:
                self._set_case(_merge_days(self.case, days))
            self.saved.emit()
            if done is not None:
                done()

        self.bridge.call(lambda s: s.set_days(case_id, days), done=stored, error=self._fail)

    def clear_days(self, dates: Sequence[dt.date]) -> None:
        case_id, dates = self.case_id, list(dates)
        if case_id is None or not dates:
            return

        def cleared(_: object) -> None:
            if self.case is not None and self.case_id == case_id:
                gone = set(dates)
                days = tuple(d for d in self.case.days if d.date not in gone)
                self._set_case(dataclasses.replace(self.case, days=days))
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

        def stored(saved: Record) -> None:
            if self.case is not None and self.case_id == case_id:
                self._set_case(_merge_record(self.case, saved))
            self.saved.emit()
            if done is not None:
                done(saved)

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

        def deleted(_: object) -> None:
            if self.case is not None and self.case_id == case_id:
                self._set_case(_drop_record(self.case, ref))
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

        def stored(saved: Evidence) -> None:
            if self.case is not None and self.case_id == case_id:
                self._set_case(_merge_record(self.case, saved))
            self.saved.emit()
            if done is not None:
                done(saved)

        self.bridge.call(
            lambda s: s.add_evidence_files(case_id, evidence, list(paths)),
            done=stored,
            error=error or self._fail,
        )

    def undo(self, done: Callable[[object], None] | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def undone(result: tuple[object, Case]) -> None:
            entry, case = result
            if self.case_id == case_id:
                self._set_case(case)
            self.saved.emit()
            if done is not None:
                done(entry)

        def job(s: Any) -> tuple[object, Case]:
            entry = s.undo_last(case_id)
            return entry, s.load_case(case_id)

        self.bridge.call(job, done=undone, error=self._fail)

    def import_file(
        self,
        path: Path,
        done: Callable[[str], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        mode: ImportMode = ImportMode.REFUSE,
    ) -> None:
        def imported(case_id: str) -> None:
            self.refresh_cases()
            self.open_case(case_id)
            if done is not None:
                done(case_id)

        self.bridge.call(
            lambda s: s.import_file(path, mode), done=imported, error=error or self._fail
        )


def today() -> dt.date:
    return dt.date.today()
