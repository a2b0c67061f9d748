"""The 1366×768 layout and accessibility checks of test_layout_a11y.py and
the every-form-state fit of test_forms_fit.py, run again in a subprocess on
a 2× high-DPI screen (QT_SCALE_FACTOR=2)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


DPI_DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    print("RATIO", app.primaryScreen().devicePixelRatio(), flush=True)
    sys.exit(__import__("pytest").main(["-q", "-p", "no:randomly", "-p", "no:cacheprovider",
                                        sys.argv[1]]))
    """
)


@pytest.mark.parametrize("module", ["tests/ui/test_layout_a11y.py", "tests/ui/test_forms_fit.py"])
def test_layout_holds_on_a_high_dpi_screen(module: str) -> None:
    """The 1366×768 layout and accessibility checks, and every form state's
    fit, again at a 2× device pixel ratio (each module in its own process)."""
    done = subprocess.run(
        [sys.executable, "-c", DPI_DRIVER, module],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2"),
        cwd=ROOT,
    )
    assert "RATIO 2.0" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout, done.stdout[-2000:]
