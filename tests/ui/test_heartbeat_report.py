"""The GUI thread keeps ticking (no gap over 100 ms on a 10 ms timer) while
the Evidence view copies and fingerprints a large file and the Report view
builds both PDFs (the CLI in a subprocess) at the same time."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from tests.ui.conftest import benched_case

SIZE = 256 * 1024 * 1024


def _big_file(path: Path) -> Path:
    block = bytes(range(256)) * 4096
    with path.open("wb") as fh:
        for _ in range(SIZE // len(block)):
            fh.write(block)
    return path


def test_gui_ticks_during_import_and_pdf(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-03-31")
    big = _big_file(tmp_path / "meeting.m4a")
    parts.window.show_view("evidence")
    evidence = parts.window.views["evidence"]
    parts.window.show_view("report")
    report = parts.window.views["report"]
    report.as_of.setText("2025-04-30")
    out = tmp_path / "share"
    out.mkdir()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(50)
    started = time.perf_counter()
    with qtbot.waitSignals([evidence.importer.finished, report.shareWritten], timeout=240_000):
        assert evidence.add_paths([big])
        assert report.share(out)
    elapsed = time.perf_counter() - started
    qtbot.wait(30)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert elapsed > 0.3, "too quick to tell anything"
    assert len(ticks) > 20
    assert max(gaps) < 0.100, f"GUI thread stalled {max(gaps) * 1000:.0f} ms"
    assert len(list(next(out.iterdir()).glob("*.pdf"))) == 2
