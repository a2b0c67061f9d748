"""Start caseapp when the user logs in (opt-in), so the daily reminder works
on days the worker forgets to open the app.

One small file in the place each system reads at login: an XDG autostart
entry on Linux, a LaunchAgent on macOS, a .cmd in the Startup folder on
Windows. Nothing else is changed, and switching it off removes the file.
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path

from caseapp import atomic

LABEL = "org.caseapp.reminder"


def entry_path(
    platform: str | None = None, home: Path | None = None, env: Mapping[str, str] | None = None
) -> Path:
    platform = platform or sys.platform
    home = home or Path.home()
    env = os.environ if env is None else env
    if platform.startswith("win"):
        appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        startup = appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
        return startup / "caseapp.cmd"
    if platform == "darwin":
        return home / "Library" / "LaunchAgents" / f"{LABEL}.plist"
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return config / "autostart" / "caseapp.desktop"


def command(data_dir: Path) -> list[str]:
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is caseapp itself
        return [sys.executable, "--data-dir", str(data_dir)]
    return [sys.executable, "-m", "caseapp", "--data-dir", str(data_dir)]


def entry_text(data_dir: Path, platform: str | None = None) -> str:
    platform = platform or sys.platform
    argv = command(data_dir)
    if platform.startswith("win"):
        quoted = " ".join(f'"{a}"' for a in argv[1:])
        return f'@echo off\r\nstart "" "{argv[0]}" {quoted}\r\n'
    if platform == "darwin":
        from xml.sax.saxutils import escape  # loads urllib and http: only here

        args = "".join(f"    <string>{escape(a)}</string>\n" for a in argv)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            '<plist version="1.0">\n<dict>\n'
            f"  <key>Label</key>\n  <string>{LABEL}</string>\n"
            f"  <key>ProgramArguments</key>\n  <array>\n{args}  </array>\n"
            "  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n"
        )
    exec_line = " ".join(shlex.quote(a) for a in argv)
    return (
        "[Desktop Entry]\nType=Application\nName=caseapp\n"
        f"Exec={exec_line}\nX-GNOME-Autostart-enabled=true\nNoDisplay=true\n"
    )


def is_enabled(path: Path | None = None) -> bool:
    return (path or entry_path()).is_file()


def enable(data_dir: Path, path: Path | None = None) -> Path:
    path = path or entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, entry_text(data_dir))  # 0600 (it names the data directory)
    return path


def disable(path: Path | None = None) -> None:
    (path or entry_path()).unlink(missing_ok=True)
