"""Layout checks shared by the view tests: what is cut off or unnamed once
the view has settled, and a test module's 1366×768 check run again at a 2×
device pixel ratio in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.ui.test_layout_a11y import _cut_off, _unnamed

ROOT = Path(__file__).resolve().parents[2]

DPI_DRIVER = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
print("RATIO", app.primaryScreen().devicePixelRatio(), flush=True)
sys.exit(__import__("pytest").main(["-q", "-p", "no:randomly", "-p", "no:cacheprovider",
    *sys.argv[1:]]))
"""


def settled_problems(qtbot, view: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    """What is cut off or has no accessible name in `view`, looked at again
    for up to 0.6 s while its layout settles; [] as soon as nothing is."""
    found: list[str] = []
    for _ in range(20):
        qtbot.wait(30)
        found = _cut_off(view) + [f"no accessible name: {u}" for u in _unnamed(view)]
        if not found:
            break
    return found


def assert_passes_at_2x(
    module: str, tests: str | None = None, passed: str = "2 passed", timeout: int = 300
) -> None:
    """Run `module` (its tests matching `-k tests`, if given) offscreen at
    QT_SCALE_FACTOR=2 in a subprocess: the ratio is 2.0, `passed` is said
    and nothing is skipped."""
    select = [module] if tests is None else [module, "-k", tests]
    done = subprocess.run(
        [sys.executable, "-c", DPI_DRIVER, *select],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2"),
        cwd=ROOT,
    )
    assert "RATIO 2.0" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert passed in done.stdout and "skipped" not in done.stdout, done.stdout[-2000:]
