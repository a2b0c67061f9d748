"""Start-up through run_app in a child process: the sample case with --demo,
a second instance on the same data directory refused (exit 3, a clear
message), no display -> a clear message on stderr and exit 3."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caseapp.ui.app import sample_path

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication([])
    from caseapp.ui.app import run_app

    def check():
        for w in app.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                print("BOX", w.text().replace("\\n", " "), flush=True)
                w.accept()
            if type(w).__name__ == "MainWindow" and w.session.case is not None:
                case = w.session.case
                print("CASE", case.info.worker.name, len(case.days), flush=True)
                app.quit()
                return
        QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    QTimer.singleShot(60000, lambda: (print("TIMEOUT", flush=True), app.quit()))
    sys.exit(run_app(Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "demo"))
    """
)


def _run(
    data_dir: Path, lang: str = "zh", mode: str = "demo", **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-c", DRIVER, str(data_dir), lang, mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
        cwd=Path(__file__).resolve().parents[2],
    )


@pytest.mark.skipif(not sample_path().exists(), reason="the sample case is not built yet")
def test_demo_opens_the_sample_case(tmp_path: Path) -> None:
    result = _run(tmp_path / "demo")
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("CASE"))
    assert int(line.split()[-1]) > 100  # the sample's days are there


def test_second_instance_is_refused(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    held = QLockFile(str(data_dir / "ui.lock"))
    assert held.tryLock(100)
    try:
        result = _run(data_dir, mode="plain")
    finally:
        held.unlock()
    assert result.returncode == 3
    assert "正被另一个 caseapp 进程使用" in result.stderr
    assert "BOX" in result.stdout  # the user who launched it from a desktop sees it too


def test_no_display_exits_3_with_a_message(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("display detection applies to Linux/BSD")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    code = (
        "import sys; from pathlib import Path; from caseapp.ui.app import run_app; "
        "sys.exit(run_app(Path(sys.argv[1]), 'en', False))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 3
    assert "no graphical display" in result.stderr
