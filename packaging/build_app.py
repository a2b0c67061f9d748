"""Build the stand-alone desktop bundle (PyInstaller, one directory).

    .venv/bin/pip install -c packaging/constraints.txt -e ".[bundle]"
    .venv/bin/python packaging/build_app.py [--dist DIR] [--work DIR]

The bundle is ``DIR/caseapp/`` (default ``dist/caseapp/``); copy that whole
folder to a machine without Python and run ``caseapp`` in it (on Windows
``caseapp.exe`` for the desktop app, ``caseapp-cli.exe`` for the command
line). Prints the time the build took and the bundle's size. See
packaging/caseapp.spec for what goes in and what is left out.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "caseapp.spec"
APP = "caseapp"
INSTALL_HINT = 'pip install -c packaging/constraints.txt -e ".[bundle]"'


class BuildError(RuntimeError):
    pass


def pyinstaller_available() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


def bundle_dir(dist: Path) -> Path:
    return dist / APP


def executable(bundle: Path, cli: bool = True) -> Path:
    """The program in ``bundle``; ``cli``: the one with a console (on Windows
    and macOS the desktop executable is windowed and a separate
    ``caseapp-cli`` serves the command line; on Linux one does both)."""
    windowed = sys.platform in ("win32", "darwin")
    name = f"{APP}-cli" if cli and windowed else APP
    return bundle / (name + (".exe" if sys.platform == "win32" else ""))


def tree_size(path: Path) -> int:
    """Bytes in the files under ``path`` (symbolic links not followed)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def render_icon(svg: Path, png: Path, size: int = 512) -> Path:
    """Draw ``svg`` into a ``size``-pixel square ``png`` (a .png path) with Qt (PyInstaller turns
    a PNG into the .ico / .icns it needs, through Pillow)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build_app", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"not a usable SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png)):  # the format follows the suffix
        raise BuildError(f"could not write {png}")
    return png


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the bundle's directory. Raises
    BuildError with PyInstaller's output when it fails."""
    if not pyinstaller_available():
        raise BuildError(f"PyInstaller is not installed here: {INSTALL_HINT}")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    proc = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BuildError(f"PyInstaller failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    bundle = bundle_dir(dist)
    if not executable(bundle).is_file():
        raise BuildError(f"no executable in {bundle}")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    size = tree_size(bundle)
    print(f"bundle: {bundle}")
    print(f"run:    {executable(bundle, cli=False)}")
    print(f"built in {seconds:.0f} s; {size / 1e6:.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
