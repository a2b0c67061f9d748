"""Start-up on an ordinary Linux desktop (issue 13, item 1).

- A copy of Qt's xcb platform plugin made to need a library that does not exist
  (``patchelf --add-needed``), on a plugin path the test controls: ``caseapp
  --demo`` with ``QT_QPA_PLATFORM=xcb`` exits 3 naming the library and the
  install command (before the check Qt aborted: exit 134, no message).
- On a real X server (Xvfb, when installed; ``.ci/run`` installs it and sets
  ``CASEAPP_REQUIRE_REAL_X=1`` so CI fails rather than skips): the demo opens,
  every view is shown, the window closes, exit 0.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.ui.platform_check import (
    PluginProblem,
    debian_package,
    find_plugin,
    uses_xcb,
)

REPO = Path(__file__).resolve().parents[2]
ABSENT = "libcaseapp-absent-for-test.so.7"


def test_debian_package_names() -> None:
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert debian_package("libglib-2.0.so.0") == "libglib-2.0-0"
    assert debian_package(ABSENT) == "libcaseapp-absent-for-test7"


def test_qt_libraries_are_not_offered_as_system_packages() -> None:
    problem = PluginProblem(Path("p"), ("libQt6XcbQpa.so.6", "libxcb-icccm.so.4"), "")
    assert problem.packages() == ("libxcb-icccm4",)


def test_which_platform_is_checked() -> None:
    linux = "linux"
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, linux)
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:dpi=1"}, linux)
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, linux)
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, linux)
    assert uses_xcb({"DISPLAY": ":0"}, linux)
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, linux)
    assert not uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "win32")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "CASEAPP_"))}
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")
def test_a_missing_system_library_exits_3_naming_it(tmp_path: Path) -> None:
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        pytest.skip("patchelf is not installed (apt-get install patchelf; .ci/run installs it)")
    plugin = find_plugin({})
    assert plugin is not None, "PySide6 ships libqxcb.so"
    folder = tmp_path / "platforms"
    folder.mkdir()
    copy = folder / plugin.name
    shutil.copy2(plugin, copy)
    qt_lib = (plugin.parent / ".." / ".." / "lib").resolve()  # its RUNPATH is $ORIGIN/../../lib
    # two calls: patchelf 0.14 (Debian 12) writes the wrong RUNPATH when given both at once
    subprocess.run([patchelf, "--set-rpath", str(qt_lib), str(copy)], check=True)
    subprocess.run([patchelf, "--add-needed", ABSENT, str(copy)], check=True)
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "--lang", "en", "--demo"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=_env(
            QT_QPA_PLATFORM="xcb",
            QT_QPA_PLATFORM_PLUGIN_PATH=str(folder),
            DISPLAY=os.environ.get("DISPLAY") or ":97",
        ),
    )
    assert result.returncode == 3, (result.returncode, result.stderr[-2000:])
    assert ABSENT in result.stderr
    assert "sudo apt-get install libcaseapp-absent-for-test7" in result.stderr
    assert "libQt6" not in result.stderr  # Qt's own libraries were found


def test_offscreen_is_not_checked(tmp_path: Path) -> None:
    """A plugin path with a broken xcb plugin does not matter to offscreen."""
    from caseapp.ui.platform_check import xcb_problem

    env = {"QT_QPA_PLATFORM": "offscreen", "QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path)}
    (tmp_path / "libqxcb.so").write_bytes(b"not a library")
    assert xcb_problem(env) is None
    env["QT_QPA_PLATFORM"] = "xcb"
    problem = xcb_problem(env)
    assert problem is not None and problem.plugin == tmp_path / "libqxcb.so"


def _xvfb() -> str | None:
    found = shutil.which("Xvfb")
    if found is None and os.environ.get("CASEAPP_REQUIRE_REAL_X") == "1":
        pytest.fail("CASEAPP_REQUIRE_REAL_X=1 but Xvfb is not installed")
    return found


@pytest.mark.real_x
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is an X11 server")
def test_demo_on_a_real_x_server_walks_every_view(tmp_path: Path) -> None:
    xvfb = _xvfb()
    if xvfb is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it and requires this test)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            display = fh.readline().strip()
        assert display, "Xvfb did not start"
        result = subprocess.run(
            [sys.executable, "-m", "caseapp", "--demo"],
            capture_output=True,
            text=True,
            timeout=180,
            cwd=REPO,
            env=_env(
                DISPLAY=f":{display}",
                QT_QPA_PLATFORM="xcb",
                CASEAPP_WALK_VIEWS="1",
                HOME=str(tmp_path),
            ),
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert result.returncode == 0, (result.returncode, result.stderr[-3000:])
    from caseapp.ui import views

    walked = next(x for x in result.stdout.splitlines() if x.startswith("walked views:"))
    assert walked.split(":", 1)[1].split() == [spec.key for spec in views.registered()]
