"""The bridge: results and errors come back on the GUI thread; rules
recompute debounced (several quick changes, one run) off the GUI thread."""

from __future__ import annotations

import threading

from caseapp.domain.model import Case
from caseapp.services.api import ServiceError
from caseapp.ui.bridge import Bridge, ServiceThread

from .conftest import sample_info


class _Service:
    """Stands in for nothing of ours: a plain object owned by the writer thread."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def where(self) -> int:
        return threading.get_ident()

    def refuse(self) -> None:
        raise ServiceError(["金额不对"])


def test_results_and_errors_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = Bridge(ServiceThread(_Service))
    gui = threading.get_ident()
    seen: list[tuple[str, int, object]] = []
    bridge.call(lambda s: s.where(), done=lambda r: seen.append(("done", threading.get_ident(), r)))
    bridge.call(
        lambda s: s.refuse(), error=lambda e: seen.append(("error", threading.get_ident(), e))
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    (kind1, thread1, worker), (kind2, thread2, exc) = seen
    assert kind1 == "done" and kind2 == "error"
    assert thread1 == thread2 == gui
    assert worker != gui  # the job ran on the writer thread
    assert isinstance(exc, ServiceError) and exc.problems == ["金额不对"]
    assert not bridge.busy
    bridge.close()


def test_rules_are_debounced(qtbot) -> None:  # type: ignore[no-untyped-def]
    from caseapp.rules.law import load_law_data

    load_law_data()  # fails here, not later, if the law data does not load
    bridge = Bridge(ServiceThread(_Service))
    reports: list[object] = []
    bridge.findingsReady.connect(reports.append)
    case = Case(info=sample_info())
    for _ in range(5):
        bridge.request_rules(case)
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    qtbot.wait(500)
    assert len(reports) == 1
    bridge.close()
