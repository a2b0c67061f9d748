"""The one serial writer: a single worker thread that owns the CaseService.

Every write the desktop app makes goes through ``SerialWriter.submit``; jobs
run one after another in submission order on the same thread, which is the
only thread that ever touches the service's SQLite connections. Results come
back as ``concurrent.futures.Future`` (the UI adapts them to Qt signals);
an exception raised by a job is set on its future.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from caseapp.services.service import CaseService

T = TypeVar("T")


class SerialWriter:
    def __init__(self, factory: Callable[[], CaseService]) -> None:
        """``factory`` builds the service on the worker thread (e.g.
        ``lambda: CaseService(data_dir)``)."""
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-writer")
        self._service: CaseService | None = None
        self._ready = self._executor.submit(self._open, factory)
        self._closed = False

    def _open(self, factory: Callable[[], CaseService]) -> None:
        self._service = factory()

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
        self._executor.submit(self._close)
        self._executor.shutdown(wait=wait)

    def _close(self) -> None:
        if self._service is not None:
            self._service.close()
            self._service = None
