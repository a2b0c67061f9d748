"""Copying and hashing evidence files on the serial writer, with progress and
cancel: the service's progress callback runs on the writer thread and is
passed on as a (queued) signal; cancel sets an event the service checks
between blocks, and a cancelled import changes nothing."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from caseapp.domain.changes import Changes
from caseapp.domain.jobs import Cancelled
from caseapp.domain.model import Evidence
from caseapp.ui.session import CaseSession, error_text

MAX_FILE = 4 * 1024**3  # 4 GiB


def check_paths(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(readable files, [(path, problem code)]) — codes: missing, unreadable, too_big."""
    good: list[Path] = []
    bad: list[tuple[Path, str]] = []
    for path in paths:
        if not path.is_file():
            bad.append((path, "missing"))
        elif not os.access(path, os.R_OK):
            bad.append((path, "unreadable"))
        elif path.stat().st_size > MAX_FILE:
            bad.append((path, "too_big"))
        else:
            try:
                with path.open("rb") as fh:
                    fh.read(1)
            except OSError:
                bad.append((path, "unreadable"))
                continue
            good.append(path)
    return good, bad


class EvidenceImport(QObject):
    progress = Signal(object, object)  # done bytes, total bytes (may exceed 2**31)
    finished = Signal(object)  # Evidence
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stop = threading.Event()
        self.running = False
        self._last = -1

    def start(self, evidence: Evidence, paths: Sequence[Path]) -> bool:
        case_id = self.session.case_id
        if case_id is None or self.running:
            return False
        self.running = True
        self._stop.clear()
        self._last = -1
        files = list(paths)

        def job(service: object) -> tuple[str, Changes]:
            changes = service.add_evidence_files(  # type: ignore[attr-defined]
                case_id, evidence, files, progress=self._step, cancelled=self._stop.is_set
            )
            return case_id, changes

        self.session.bridge.call(job, done=self._done, error=self._error)
        return True

    def _step(self, done: int, total: int) -> None:  # on the writer thread
        percent = (done * 100 // total) if total else 0
        if percent != self._last:
            self._last = percent
            self.progress.emit(done, total)

    def cancel(self) -> None:
        self._stop.set()

    def _done(self, result: tuple[str, Changes]) -> None:
        case_id, changes = result
        self.running = False
        self.session.apply(case_id, changes)
        self.session.saved.emit()
        self.finished.emit(changes.one(Evidence))

    def _error(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error_text(exc))
