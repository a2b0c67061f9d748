"""The GUI thread's only way to the data: service calls run on one serial
writer thread, results and errors come back to the GUI thread through a
queued signal. Results are immutable domain objects, so nothing is shared.

The GUI thread never waits on a future here; it gets a callback later.
Rules recompute on another thread, debounced, and a result older than the
newest request is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from caseapp.domain.dates import local_today
from caseapp.services.writer import SerialWriter

if TYPE_CHECKING:
    from caseapp.domain.model import Case

logger = logging.getLogger(__name__)

Job = Callable[..., Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Writer(Protocol):
    """What the bridge needs of `caseapp.services.writer.SerialWriter`."""

    @property
    def early(self) -> Future[object]: ...
    def proceed(self) -> None: ...
    def submit(self, job: Callable[[Any], Any]) -> Future[Any]: ...
    def shutdown(self, wait: bool = True) -> None: ...


# The app's one serial writer (the old name of the UI's own copy, kept for callers).
ServiceThread = SerialWriter


class Bridge(QObject):
    """Submits jobs to the writer and calls back on the GUI thread."""

    # One payload: (callback, value, is_error).
    _deliver = Signal(object)
    _rules_deliver = Signal(int, object)  # generation, report
    busyChanged = Signal(bool)
    failed = Signal(object)  # an error nobody handled
    findingsReady = Signal(object)  # FindingsReport (or any result of run_rules)

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer
        self._pending = 0
        self.calls = 0  # jobs submitted so far
        self._closed = False
        self._deliver.connect(self._on_deliver)
        self._rules_deliver.connect(self._rules_done)
        self._rules_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-rules")
        self._rules_generation = 0
        self._rules_case: Case | None = None
        # the findings' as-of date for a case; the session puts its clock here
        self.today_of: Callable[[Case], dt.date] = lambda case: local_today(case.info.time_zone)
        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.setInterval(300)
        self._rules_timer.timeout.connect(self._start_rules)

    @property
    def writer(self) -> Writer:
        return self._writer

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def call(
        self,
        job: Job,
        *args: Any,
        done: Done | None = None,
        error: Failed | None = None,
    ) -> Future[Any]:
        """Run ``job(service, *args)`` on the writer; ``done(result)`` or
        ``error(exc)`` later on the GUI thread."""
        self._pending += 1
        self.calls += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        self._writer.proceed()  # a job needs the service: stop holding its opening back
        future = self._writer.submit(lambda service: job(service, *args))

        def finished(f: Future[Any]) -> None:
            exc = f.exception()
            if exc is not None:
                log_failure(job, exc)
                self._deliver.emit((error, exc, True))
            else:
                self._deliver.emit((done, f.result(), False))

        future.add_done_callback(finished)
        return future

    def when_done(
        self, future: Future[Any], done: Done | None = None, error: Failed | None = None
    ) -> None:
        """``done(result)`` or ``error(exc)`` on the GUI thread once ``future``
        (e.g. the writer's ``early`` read) is done."""
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)

        def finished(f: Future[Any]) -> None:
            exc = f.exception()
            if exc is not None:
                log_failure(done, exc)
            self._deliver.emit((error, exc, True) if exc is not None else (done, f.result(), False))

        future.add_done_callback(finished)

    def _on_deliver(self, payload: tuple[Any, Any, bool]) -> None:
        callback, value, is_error = payload
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if callback is not None:
            callback(value)
        elif is_error:
            self.failed.emit(value)

    # --- rules -------------------------------------------------------------
    def request_rules(self, case: Case) -> None:
        """Recompute the findings for ``case`` soon (debounced)."""
        self._rules_case = case
        self._rules_generation += 1
        self._rules_timer.start()

    def _start_rules(self) -> None:
        case = self._rules_case
        if case is None or self._closed:
            return
        generation = self._rules_generation
        future = self._rules_pool.submit(_run_rules, case, self.today_of(case))

        def finished(f: Future[Any]) -> None:
            exc = f.exception()
            if exc is not None:
                log_failure(_run_rules, exc)  # the findings shown stay the last good ones
            elif f.result() is not None:
                self._rules_deliver.emit(generation, f.result())

        future.add_done_callback(finished)

    def _rules_done(self, generation: int, report: Any) -> None:
        if generation == self._rules_generation:  # stale results are dropped
            self.findingsReady.emit(report)

    @property
    def closed(self) -> bool:
        """`close` was called: the writer takes no more jobs."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        self._rules_timer.stop()
        self._rules_pool.shutdown(wait=True)
        self._writer.shutdown(wait=True)


def use_case_name(job: object) -> str:
    """The code name of a job (``CaseSession.set_days`` for the lambda inside
    it): what a log line may say about it."""
    name = getattr(job, "__qualname__", None) or type(job).__name__
    parts = [p for p in str(name).split(".") if p not in ("<locals>", "<lambda>")]
    return ".".join(parts) or "job"


def log_failure(job: object, exc: BaseException) -> None:
    """One warning for a failed job: the use case, the exception's type, where
    it was raised and how many problems a refusal listed; never the message
    (a ServiceError's problems can name people)."""
    from caseapp.logs import where

    problems = getattr(exc, "problems", None)
    count = f", {len(problems)} problem(s)" if isinstance(problems, list | tuple) else ""
    logger.warning(
        "%s failed: %s at %s%s", use_case_name(job), type(exc).__name__, where(exc), count
    )


def _run_rules(case: Case, as_of: dt.date) -> Any:
    try:
        from caseapp.rules.engine import run_rules  # lands with the rules issue
    except ImportError:
        return None
    return run_rules(case, as_of)
