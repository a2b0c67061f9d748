"""The GUI thread never blocks on a big job: a 10 ms QTimer keeps ticking while
the writer thread copies and fingerprints a large evidence file dropped on
the incident form, and while the Evidence view imports a large file and the
Report view builds both PDFs (the CLI in a subprocess) at the same time.

This checks correctness, not speed: the ticks arrive during the job and no
gap between them comes near the seconds a blocked GUI thread would show. How
short the gaps are (target: under 100 ms) is measured by
tests/benchmarks/bench_heartbeat.py."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from .conftest import benched_case, open_new_case

STALL = 3.0  # seconds: a gap this long means the GUI thread was blocked, not slow


def _big_file(path: Path, size: int) -> Path:
    with path.open("wb") as fh:  # real bytes, not a sparse hole
        block = bytes(range(256)) * 4096
        for _ in range(size // len(block)):
            fh.write(block)
    return path


def _ticker(ticks: list[float]) -> QTimer:
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    return timer


def _assert_kept_ticking(ticks: list[float], started: float, finished: float, least: int) -> None:
    during = [t for t in ticks if started <= t <= finished]
    assert len(during) >= least, f"only {len(during)} ticks while the job ran"
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    assert longest < STALL, f"GUI thread blocked for {longest:.1f} s"


def test_gui_thread_keeps_ticking_during_a_big_import(qtbot, parts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    size = 384 * 1024 * 1024
    open_new_case(qtbot, parts)
    window = parts.window
    big = _big_file(tmp_path / "recording.bin", size)
    window.open_incident()  # the user opens the form, then drops the file
    qtbot.wait(100)
    ticks: list[float] = []
    timer = _ticker(ticks)
    timer.start()
    qtbot.wait(50)
    started = time.perf_counter()
    window.capture.add_files([big])
    qtbot.waitUntil(lambda: len(window.incident_form.evidence) == 1, timeout=120_000)
    finished = time.perf_counter()
    qtbot.wait(30)
    timer.stop()
    assert window.incident_form.evidence[0].files[0].size == size
    assert finished - started > 0.2, "the import was too quick to tell anything"
    assert len(ticks) > 10
    _assert_kept_ticking(ticks, started, finished, 10)


def test_gui_ticks_during_import_and_pdf(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-03-31")
    big = _big_file(tmp_path / "meeting.m4a", 256 * 1024 * 1024)
    parts.window.show_view("evidence")
    evidence = parts.window.views["evidence"]
    parts.window.show_view("report")
    report = parts.window.views["report"]
    report.as_of.setText("2025-04-30")
    out = tmp_path / "share"
    out.mkdir()
    ticks: list[float] = []
    timer = _ticker(ticks)
    timer.start()
    qtbot.wait(50)
    started = time.perf_counter()
    with qtbot.waitSignals([evidence.importer.finished, report.shareWritten], timeout=240_000):
        assert evidence.add_paths([big])
        assert report.share(out)
    finished = time.perf_counter()
    qtbot.wait(30)
    timer.stop()
    assert finished - started > 0.3, "too quick to tell anything"
    assert len(ticks) > 20
    _assert_kept_ticking(ticks, started, finished, 20)
    assert len(list(next(out.iterdir()).glob("*.pdf"))) == 2
