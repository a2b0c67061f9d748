"""Warm-ups wait for a quiet moment: not while the writer is busy, not right
after input; and the incident form is built ahead of use once the app is quiet."""

from __future__ import annotations

from caseapp.ui.quiet import WhenQuiet
from tests.ui.conftest import benched_case


def test_waits_while_busy_then_runs_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    ran: list[int] = []
    busy = [True]
    quiet = WhenQuiet(lambda: ran.append(1), lambda: busy[0], quiet_ms=50, poll_ms=20)
    quiet.start()
    qtbot.wait(300)
    assert ran == [] and quiet.waiting
    busy[0] = False
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    assert not quiet.waiting
    qtbot.wait(100)
    assert ran == [1]


def test_busy_restarts_the_quiet_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    ran: list[int] = []
    busy = [False]
    quiet = WhenQuiet(lambda: ran.append(1), lambda: busy[0], quiet_ms=400, poll_ms=20)
    quiet.start()
    for on in (True, False, True, False, True, False):  # busy now and then for 600 ms
        busy[0] = on
        qtbot.wait(100)
        assert ran == []
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)


def test_incident_form_built_ahead_at_a_quiet_moment(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-01-31")
    window = parts.window
    qtbot.waitUntil(lambda: window._incident_form is not None, timeout=10_000)
    assert not window.side.isVisible()


def test_background_busy_while_evidence_copies(qtbot, parts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-01-31")
    window = parts.window
    window.show_view("evidence")
    evidence = window.views["evidence"]
    big = tmp_path / "meeting.m4a"
    big.write_bytes(bytes(range(256)) * 4096 * 64)  # 64 MiB
    seen: list[bool] = []
    evidence.importer.progress.connect(lambda *_: seen.append(window.background_busy()))
    with qtbot.waitSignal(evidence.importer.finished, timeout=60_000):
        assert evidence.add_paths([big])
    assert seen and all(seen)
    qtbot.waitUntil(lambda: not window.background_busy(), timeout=10_000)
