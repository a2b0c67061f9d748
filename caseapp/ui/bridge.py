"""The GUI thread's only way to the data: service calls run on one serial
writer thread, results and errors come back to the GUI thread through a
queued signal. Results are immutable domain objects, so nothing is shared.

The GUI thread never waits on a future here; it gets a callback later.
Rules recompute on another thread, debounced, and a result older than the
newest request is dropped.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from caseapp.domain.model import Case

GATE_TIMEOUT = 2.0  # seconds the writer waits for the first paint before opening anyway
Job = Callable[..., Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Writer(Protocol):
    """What the bridge needs of `caseapp.services.writer.SerialWriter`."""

    def submit(self, job: Callable[[Any], Any]) -> Future[Any]: ...
    def shutdown(self, wait: bool = True) -> None: ...


class ServiceThread:
    """The serial writer as the GUI needs it: one worker thread that owns the
    CaseService and runs ``job(service)`` in submission order, like
    `caseapp.services.writer.SerialWriter` — but importing the services (and
    with them SQLAlchemy and Alembic) on that thread, so the first paint never
    waits for them. (SerialWriter's module imports them at import time.)"""

    def __init__(self, factory: Callable[[], Any], gate: threading.Event | None = None) -> None:
        """``gate``: opening waits (at most GATE_TIMEOUT seconds) until it is
        set, e.g. by the first paint, so the imports do not compete with it."""
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-writer")
        self._service: Any = None
        self._ready = self._pool.submit(self._open, factory, gate)
        self._closed = False

    def _open(self, factory: Callable[[], Any], gate: threading.Event | None) -> None:
        if gate is not None:
            gate.wait(GATE_TIMEOUT)
        self._service = factory()

    @property
    def ready(self) -> Future[None]:
        return self._ready

    def submit(self, job: Callable[[Any], Any]) -> Future[Any]:
        if self._closed:
            raise RuntimeError("the writer is shut down")
        return self._pool.submit(self._run, job)

    def _run(self, job: Callable[[Any], Any]) -> Any:
        self._ready.result()  # re-raises an opening failure
        return job(self._service)

    def shutdown(self, wait: bool = True) -> None:
        if self._closed:
            return
        self._closed = True
        self._pool.submit(self._close)
        self._pool.shutdown(wait=wait)

    def _close(self) -> None:
        if self._service is not None and hasattr(self._service, "close"):
            self._service.close()
            self._service = None


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
        self._deliver.connect(self._on_deliver)
        self._rules_deliver.connect(self._rules_done)
        self._rules_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-rules")
        self._rules_generation = 0
        self._rules_case: Case | None = None
        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.setInterval(300)
        self._rules_timer.timeout.connect(self._start_rules)

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
        if self._pending == 1:
            self.busyChanged.emit(True)
        future = self._writer.submit(lambda service: job(service, *args))

        def finished(f: Future[Any]) -> None:
            exc = f.exception()
            if exc is not None:
                self._deliver.emit((error, exc, True))
            else:
                self._deliver.emit((done, f.result(), False))

        future.add_done_callback(finished)
        return future

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
        if case is None:
            return
        generation = self._rules_generation
        future = self._rules_pool.submit(_run_rules, case, dt.date.today())

        def finished(f: Future[Any]) -> None:
            if f.exception() is None and f.result() is not None:
                self._rules_deliver.emit(generation, f.result())

        future.add_done_callback(finished)

    def _rules_done(self, generation: int, report: Any) -> None:
        if generation == self._rules_generation:  # stale results are dropped
            self.findingsReady.emit(report)

    def close(self) -> None:
        self._rules_timer.stop()
        self._rules_pool.shutdown(wait=True)
        self._writer.shutdown(wait=True)


def _run_rules(case: Case, as_of: dt.date) -> Any:
    try:
        from caseapp.rules.engine import run_rules  # lands with the rules issue
    except ImportError:
        return None
    return run_rules(case, as_of)
