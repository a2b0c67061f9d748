"""The GUI thread never stalls: a 10 ms QTimer must see no gap over 100 ms
while the writer thread copies and hashes a large evidence file."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from .conftest import open_new_case

SIZE = 384 * 1024 * 1024


def _big_file(path: Path) -> Path:
    with path.open("wb") as fh:  # real bytes, not a sparse hole
        block = bytes(range(256)) * 4096
        for _ in range(SIZE // len(block)):
            fh.write(block)
    return path


def test_gui_thread_keeps_ticking_during_a_big_import(qtbot, parts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    big = _big_file(tmp_path / "recording.bin")
    window.open_incident()  # the user opens the form, then drops the file
    qtbot.wait(100)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(50)
    started = time.perf_counter()
    window.capture.add_files([big])
    qtbot.waitUntil(lambda: len(window.incident_form.evidence) == 1, timeout=120_000)
    elapsed = time.perf_counter() - started
    qtbot.wait(30)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert window.incident_form.evidence[0].files[0].size == SIZE
    assert elapsed > 0.2, "the import was too quick to tell anything"
    assert len(ticks) > 10
    assert max(gaps) < 0.100, f"GUI thread stalled {max(gaps) * 1000:.0f} ms"
