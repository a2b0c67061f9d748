"""The one serial writer: a single worker thread that owns the CaseService.

Every write the desktop app makes goes through ``SerialWriter.submit``; jobs
run one after another in submission order on the same thread, which is the
only thread that ever touches the service's SQLite connections. Results come
back as ``concurrent.futures.Future`` (the UI adapts them to Qt signals);
an exception raised by a job is set on its future.

Importing this module is light (no SQLAlchemy, no Alembic): the service's
modules are imported by ``factory`` on the worker thread, so the desktop app
can create the writer before its first paint. ``gate`` lets the opening wait
(at most ``gate_timeout`` seconds) for an event such as that first paint.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from caseapp.services.service import CaseService

T = TypeVar("T")
GATE_TIMEOUT = 2.0  # seconds the opening waits for the gate at most


class SerialWriter:
    def __init__(
        self,
        factory: Callable[[], CaseService],
        *,
        gate: threading.Event | None = None,
        early: Callable[[], object] | None = None,
        hold: bool = False,
        gate_timeout: float = GATE_TIMEOUT,
    ) -> None:
        """``factory`` builds the service on the worker thread (e.g.
        ``lambda: CaseService(data_dir)``). In order, on that thread:

        1. with ``gate``, wait until it is set (or ``gate_timeout`` seconds);
        2. run ``early()``, a read that needs no service (its result or
           exception lands on ``self.early``; None without one);
        3. with ``hold`` (and ``early``), wait until ``proceed()`` is called
           (or ``gate_timeout`` seconds) — e.g. until the early data is shown;
        4. ``factory()``; then the jobs, in submission order.
        """
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-writer")
        self._service: CaseService | None = None
        self._early: Future[object] = Future()
        self._hold = threading.Event()
        if not hold:
            self._hold.set()
        self._ready = self._executor.submit(self._open, factory, gate, early, gate_timeout)
        self._closed = False

    def _open(
        self,
        factory: Callable[[], CaseService],
        gate: threading.Event | None,
        early: Callable[[], object] | None,
        timeout: float,
    ) -> None:
        if gate is not None:
            gate.wait(timeout)
        try:
            self._early.set_result(None if early is None else early())
        except Exception as exc:  # reported on the future; the service still opens
            self._early.set_exception(exc)
        if early is not None:
            self._hold.wait(timeout)
        self._service = factory()

    @property
    def early(self) -> Future[object]:
        """The result of ``early()`` (None without one), before the service opens."""
        return self._early

    def proceed(self) -> None:
        """Let the service open now (ends a ``hold``); harmless otherwise."""
        self._hold.set()

    @property
    def ready(self) -> Future[None]:
        """Done when the service is open (its exception if opening failed)."""
        return self._ready

    def submit(self, job: Callable[[CaseService], T]) -> Future[T]:
        """Run ``job(service)`` on the writer thread after every job submitted before."""
        if self._closed:
            raise RuntimeError("SerialWriter is shut down")
        return self._executor.submit(self._run, job)

    def _run(self, job: Callable[[CaseService], T]) -> T:
        self._ready.result()  # re-raises an opening failure
        assert self._service is not None
        return job(self._service)

    def shutdown(self, wait: bool = True) -> None:
        """Finish queued jobs, close the service, stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._hold.set()
        self._executor.submit(self._close)
        self._executor.shutdown(wait=wait)

    def _close(self) -> None:
        service: Any = self._service
        if service is not None and hasattr(service, "close"):
            service.close()
        self._service = None
