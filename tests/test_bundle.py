"""The stand-alone bundle (packaging/caseapp.spec, PyInstaller): built into a
temporary directory, then run from another directory with a fresh data
directory and no Python environment: --version, list, import the sample,
check --json (against the findings schema), report (read back with pypdf),
verify, and the desktop app with --demo on Qt's offscreen platform, quitting
by itself through CASEAPP_QUIT_AFTER.

The bundle tests need PyInstaller (in the `[test]` extra, so the README's
set-up and CI install it; also the `[bundle]` extra) and are skipped, with
that reason, only where it is not installed. The rest run everywhere: the
CASEAPP_QUIT_AFTER switch (and the same --demo run from the source tree), the
start-at-login command in a bundle, the runtime hook, the `[bundle]` pin."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("build_app", REPO / "packaging" / "build_app.py")
assert _spec is not None and _spec.loader is not None
build_app = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_app)

needs_pyinstaller = pytest.mark.skipif(
    not build_app.pyinstaller_available(),
    reason=f"PyInstaller is not installed ({build_app.INSTALL_HINT})",
)
QUIT_AFTER = "8"


def _clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """No Python environment (no PYTHONPATH, PYTHONHOME, virtualenv on PATH),
    a private HOME, TMPDIR and data directory."""
    drop = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "CASEAPP_DATA_DIR", "CASEAPP_QUIT_AFTER")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if p and not p.startswith(sys.prefix)
    )
    for name in ("home", "tmp"):
        (tmp / name).mkdir(exist_ok=True)
    temp = str(tmp / "tmp")
    env.update(HOME=str(tmp / "home"), TMPDIR=temp, TEMP=temp, TMP=temp)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def _demo_case_count(tmp_dir: Path) -> int:
    """Cases in the --demo data directory under ``tmp_dir`` (0 while none)."""
    for db in tmp_dir.glob("caseapp-demo-*/caseapp.sqlite3"):
        try:
            with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
                return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        except sqlite3.Error:
            return 0  # not created or not migrated yet
    return 0


def _run_gui(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    """The desktop app quits by itself after CASEAPP_QUIT_AFTER seconds with
    status 0 and no traceback; its standard error."""
    proc = subprocess.run(
        command,
        cwd=cwd,
        env={**env, "CASEAPP_QUIT_AFTER": QUIT_AFTER},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stderr


def _run_demo(command: list[str], cwd: Path, env: dict[str, str]) -> None:
    """`--demo` opens the window, imports the sample case into a temporary
    data directory, quits by itself after CASEAPP_QUIT_AFTER seconds with
    status 0, and removes that directory."""
    tmp_dir = Path(env["TMPDIR"])
    proc = subprocess.Popen(
        [*command, "--demo"],
        cwd=cwd,
        env={**env, "CASEAPP_QUIT_AFTER": QUIT_AFTER},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    cases = 0
    try:
        while proc.poll() is None and cases == 0:
            cases = _demo_case_count(tmp_dir)
            time.sleep(0.2)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err
    assert cases == 1, f"the sample case was not imported before the app quit\n{out}\n{err}"
    assert not list(tmp_dir.glob("caseapp-demo-*")), "the demo data directory was left behind"


def test_quit_after_is_read_strictly(monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui.app import QUIT_AFTER_ENV, quit_after_seconds

    monkeypatch.delenv(QUIT_AFTER_ENV, raising=False)
    assert quit_after_seconds() is None
    for value, expected in (("2.5", 2.5), ("30", 30.0), ("", None), ("soon", None),
                            ("0", None), ("-1", None), ("nan", None), ("inf", None),
                            ("86401", None)):  # fmt: skip
        monkeypatch.setenv(QUIT_AFTER_ENV, value)
        assert quit_after_seconds() == expected, value


def test_autostart_runs_the_bundle_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In a bundle sys.executable is caseapp itself, which has no ``-m``."""
    from caseapp.ui import autostart

    monkeypatch.delattr(sys, "frozen", raising=False)
    assert autostart.command(tmp_path)[1:3] == ["-m", "caseapp"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.command(tmp_path) == [sys.executable, "--data-dir", str(tmp_path)]


@pytest.mark.slow
def test_demo_quits_by_itself_from_source(tmp_path: Path) -> None:
    """The same smoke run as the bundle's, from the source tree."""
    env = _clean_env(tmp_path, PYTHONPATH=str(REPO))
    _run_demo([sys.executable, "-m", "caseapp"], tmp_path, env)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("bundle")
    yield build_app.build(root / "dist", root / "work")


@needs_pyinstaller
@pytest.mark.slow
def test_bundle_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    resources = internal / "resources"
    for part in ("fonts/wqy-microhei.ttc", "law/minimum_wage.toml", "i18n/cli.toml",
                 "i18n/qt/caseapp_zh_CN.qm", "schema/findings-v1.schema.json",
                 "samples/sample.caseapp.zip", "samples/platform.caseapp.zip",
                 "icons/today.svg"):  # fmt: skip
        assert (resources / part).is_file(), part
    assert not list(resources.rglob("*.ts")), "Qt Linguist sources are not needed at run time"
    assert (internal / "tzdata" / "zoneinfo" / "Asia" / "Shanghai").is_file()
    migrations = internal / "caseapp" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    qt = internal / "PySide6" / "Qt"  # Linux and macOS wheels; Windows has no Qt/ level
    qt = qt if qt.is_dir() else internal / "PySide6"
    assert list((qt / "plugins" / "platforms").glob("*qoffscreen*"))
    if sys.platform.startswith("linux"):  # a real desktop: X11 and Wayland
        assert list((qt / "plugins" / "platforms").glob("libqxcb*"))
        assert list((qt / "plugins" / "platforms").glob("libqwayland*"))
    assert list((qt / "plugins" / "iconengines").glob("*qsvgicon*"))
    assert {p.name for p in (qt / "translations").iterdir()} <= {"qtbase_zh_CN.qm", "qt_zh_CN.qm"}
    unused = ("QtNetwork", "QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtPdf")
    present = [p.name for p in internal.rglob("*Qt*") if p.name.startswith(unused)]
    assert not present, present
    assert not list(internal.rglob("pygments")), "pygments is not used at run time"
    # the dataclass code table its build made (caseapp.codecache.bundled_path)
    from caseapp import codecache

    table = internal / "caseapp" / f"dataclass-code.{sys.implementation.cache_tag}.bin"
    assert len(codecache.CodeCache(table, writable=False).table) > 800
    from PyInstaller.archive.readers import CArchiveReader

    assert "rthook_child_env" in CArchiveReader(str(build_app.executable(bundle))).toc


@needs_pyinstaller
@pytest.mark.slow
def test_bundle_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    import jsonschema
    from pypdf import PdfReader

    program = [str(build_app.executable(bundle))]
    frozen_code = bundle / "_internal" / "caseapp"
    table = frozen_code / f"dataclass-code.{sys.implementation.cache_tag}.bin"
    table_bytes = table.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    data = tmp_path / "data"
    # PYTHONTZPATH="": no system time-zone database, as on Windows; the
    # bundled tzdata package must answer for Asia/Shanghai.
    env = _clean_env(tmp_path, CASEAPP_DATA_DIR=str(data), PYTHONTZPATH="")

    def run(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [*program, *args], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300
        )
        assert proc.returncode == code, (args, proc.stdout, proc.stderr)
        return proc

    assert run("--version").stdout.startswith("caseapp ")
    assert json.loads(run("list", "--json").stdout) == []
    sample = REPO / "resources" / "samples" / "sample.caseapp.zip"
    case_id = run("import", str(sample)).stdout.strip()
    assert [c["id"] for c in json.loads(run("list", "--json").stdout)] == [case_id]

    findings = json.loads(run("check", case_id, "--json", "--as-of", "2025-08-21").stdout)
    schema = json.loads((REPO / "resources/schema/findings-v1.schema.json").read_text("utf-8"))
    jsonschema.validate(findings, schema)
    assert any(f["rule"] == "standby-below-floor" for f in findings["findings"])

    pdf = elsewhere / "x.pdf"
    run("report", case_id, "-o", str(pdf), "--as-of", "2025-08-21")
    reader = PdfReader(pdf)
    assert "咨询用案情分析" in reader.pages[0].extract_text()
    font = reader.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in font.values():
        font_dict = ref.get_object()
        if "/DescendantFonts" in font_dict:  # a Type0 font: the glyphs are its descendant's
            font_dict = font_dict["/DescendantFonts"][0].get_object()
        descriptor = font_dict["/FontDescriptor"].get_object()
        embedded.append(("/FontFile2" in descriptor, str(font_dict["/BaseFont"])))
    assert embedded and all(ok and "WenQuanYi" in name for ok, name in embedded), embedded

    assert run("verify", case_id).stdout.strip()  # exit 0: everything matched
    _run_demo(program, elsewhere, env)
    # What a start-at-login entry runs in a bundle: the desktop app on this data.
    _run_gui([*program, "--data-dir", str(data)], elsewhere, env)
    assert not (data / "logs").exists() or not list((data / "logs").iterdir())
    # the dataclass table is read, never written, by the bundle's processes
    assert table.read_bytes() == table_bytes
    assert not list(frozen_code.glob(".*"))


def test_bundle_extra_is_pinned() -> None:
    """The `[bundle]` extra's PyInstaller is pinned exactly in
    packaging/constraints.txt, inside the declared range."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (REPO / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        name, _, version = line.split("#", 1)[0].strip().partition("==")
        if version:
            pins[canonicalize_name(name)] = version
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = [Requirement(spec) for spec in project["optional-dependencies"]["bundle"]]
    assert [canonicalize_name(r.name) for r in extra] == ["pyinstaller"]
    for req in extra:
        pinned = pins.get(canonicalize_name(req.name))
        assert pinned is not None and req.specifier.contains(pinned), (req, pinned)
    assert "pyinstaller-hooks-contrib" in pins


@needs_pyinstaller
def test_app_icon_converts_for_windows_and_macos(qapp: object, tmp_path: Path) -> None:
    """The spec's icon path on Windows and macOS, run here: caseapp.svg drawn
    into a PNG, then PyInstaller's own conversion to .ico and .icns. (``qapp``
    first, so render_icon reuses the test session's QApplication.)"""
    from PIL import Image
    from PyInstaller.building.icon import normalize_icon_type

    png = build_app.render_icon(REPO / "resources" / "icons" / "caseapp.svg", tmp_path / "i.png")
    with Image.open(png) as image:
        assert image.size == (512, 512)
        assert image.getpixel((256, 40))[:3] == (0x00, 0x72, 0xB2)  # the blue square
        assert image.getpixel((2, 2))[3] == 0  # transparent corner
    for wanted in ("ico", "icns"):
        converted = Path(normalize_icon_type(str(png), (wanted,), wanted, str(tmp_path)))
        assert converted.suffix == f".{wanted}"
        with Image.open(converted) as image:
            assert image.format == wanted.upper()


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="an LD_LIBRARY_PATH matter")
def test_child_env_hook_gives_children_the_users_library_path(tmp_path: Path) -> None:
    """packaging/rthook_child_env.py, run as the bundle runs it: a child
    process sees the LD_LIBRARY_PATH from before the bootloader's change."""
    hook = REPO / "packaging" / "rthook_child_env.py"
    child = "import os; print(os.environ.get('LD_LIBRARY_PATH'))"
    probe = (
        f"import runpy, subprocess, sys; runpy.run_path({str(hook)!r}); "
        f"print(subprocess.run([sys.executable, '-c', {child!r}], capture_output=True, "
        "text=True, check=True).stdout.strip())"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("LD_LIBRARY_PATH")}
    bundle = str(tmp_path / "_internal")
    for extra, expected in (
        ({"LD_LIBRARY_PATH": f"{bundle}:/opt/own", "LD_LIBRARY_PATH_ORIG": "/opt/own"}, "/opt/own"),
        ({"LD_LIBRARY_PATH": bundle}, "None"),
    ):
        proc = subprocess.run(
            [sys.executable, "-c", probe], env={**base, **extra}, capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == expected, extra
