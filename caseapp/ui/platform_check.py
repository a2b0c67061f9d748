"""Can Qt's X11 platform plugin (xcb) load on this machine? Checked before the
QApplication exists: when it cannot, Qt aborts the process (exit 134, no
message), so the app names the missing system libraries and the one command
that installs them, and exits 3 instead.

How: the plugin file is loaded with ``ctypes`` (``dlopen``, lazy binding) in
this process. That is the same load Qt itself is about to do, so it costs
nothing on the good path (the libraries stay loaded for Qt) and it answers
exactly what the dynamic loader will answer — RUNPATH, ``LD_LIBRARY_PATH``, the
ld.so cache — which a hand-written ELF walk would only approximate. ``dlopen``
names only the first missing library, so on failure ``ldd`` (always there on
glibc systems) lists them all; without ``ldd`` the one name is reported.
A subprocess would make every start slower by a Python start-up for a check
that, when it fails, fails the same way here without harm (a failed ``dlopen``
leaves nothing loaded).

Only when Qt is going to use xcb: ``QT_QPA_PLATFORM`` names it first, or it is
unset on an X session (``DISPLAY`` set, no ``WAYLAND_DISPLAY``). Only on Linux
and the BSDs.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

XCB_PLUGIN = "libqxcb.so"

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_DLERROR = re.compile(r"([^\s:]+\.so[^\s:]*): cannot open shared object file")


@dataclass(frozen=True)
class PluginProblem:
    plugin: Path
    missing: tuple[str, ...]  # sonames, e.g. "libxcb-icccm.so.4"
    detail: str  # the loader's own message

    def packages(self) -> tuple[str, ...]:
        """The Debian/Ubuntu packages of the missing libraries (Qt's own are
        part of caseapp's install, not of the system)."""
        names = (debian_package(s) for s in self.missing if not s.startswith("libQt6"))
        return tuple(dict.fromkeys(n for n in names if n))


def uses_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Will Qt try the xcb platform plugin first?"""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def plugin_dirs(env: Mapping[str, str] | None = None) -> list[Path]:
    """Where Qt looks for platform plugins, in its order:
    ``QT_QPA_PLATFORM_PLUGIN_PATH``, then ``QT_PLUGIN_PATH``/platforms, then
    Qt's own plugins folder (PySide6's, or the bundle's)."""
    env = os.environ if env is None else env
    dirs: list[Path] = []
    for value in (env.get("QT_QPA_PLATFORM_PLUGIN_PATH", ""),):
        dirs.extend(Path(p) for p in value.split(os.pathsep) if p)
    for value in (env.get("QT_PLUGIN_PATH", ""),):
        dirs.extend(Path(p) / "platforms" for p in value.split(os.pathsep) if p)
    from PySide6.QtCore import QLibraryInfo

    dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms")
    return dirs


def find_plugin(env: Mapping[str, str] | None = None) -> Path | None:
    for folder in plugin_dirs(env):
        candidate = folder / XCB_PLUGIN
        if candidate.is_file():
            return candidate
    return None


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a shared library, by Debian's
    naming policy: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``,
    ``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0`` (a hyphen when the name
    ends in a digit), lower case (``libX11-xcb.so.1`` → ``libx11-xcb1``)."""
    name, sep, version = soname.partition(".so")
    version = version.lstrip(".")
    if not sep or not name:
        return ""
    major = version.split(".")[0] if version else ""
    joiner = "-" if major and name[-1].isdigit() else ""
    return (name + joiner + major).lower()


def ldd_missing(path: Path) -> list[str]:
    """The libraries ``ldd`` reports "not found" for ``path`` (empty without ldd)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run(
            [ldd, str(path)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(out)))


def check_plugin(plugin: Path) -> PluginProblem | None:
    """None when ``plugin`` loads; else which libraries it is missing."""
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        detail = str(exc)
        missing = ldd_missing(plugin)
        if not missing:
            missing = _DLERROR.findall(detail)[:1]
        return PluginProblem(plugin, tuple(missing), detail)
    return None


def xcb_problem(env: Mapping[str, str] | None = None) -> PluginProblem | None:
    """The problem that would make Qt abort at start, if any (None also when
    Qt will not use xcb, or when the plugin is not found: then Qt's own
    message about the missing plugin says more than we could)."""
    if not uses_xcb(env):
        return None
    plugin = find_plugin(env)
    return None if plugin is None else check_plugin(plugin)


def problem_text(problem: PluginProblem, lang: str) -> str:
    from caseapp.i18n import text

    plain = "en" if lang.startswith("en") else "zh"
    libs = ", ".join(problem.missing) or problem.detail
    packages = problem.packages()
    lines = [text("startup.xcb.missing", plain, libs=libs, plugin=str(problem.plugin))]  # type: ignore[arg-type]
    if packages:
        lines.append(text("startup.xcb.install", plain))  # type: ignore[arg-type]
        lines.append("  sudo apt-get install " + " ".join(packages))
    lines.append(text("startup.xcb.other", plain))  # type: ignore[arg-type]
    return "\n".join(lines)
