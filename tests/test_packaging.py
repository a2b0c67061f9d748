"""The resource locator finds the law data, the font, the catalogues and the
migrations from an installed wheel (built here, installed into a fresh venv
outside the checkout), from the editable install (.venv) and from the source
checkout (PYTHONPATH); and `caseapp --version`, `list`, `check` and `report`
run from each."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys
import caseapp
from caseapp import paths
law = paths.resource("law")
font = paths.resource("fonts", "wqy-microhei.ttc")
i18n = paths.resource("i18n")
mig = paths.migrations_dir()
print(json.dumps({
    "package": caseapp.__file__,
    "root": str(paths.resources_root()),
    "law_files": sorted(p.name for p in law.glob("*.toml")),
    "font_size": font.stat().st_size,
    "catalogues": sorted(p.name for p in i18n.glob("*.toml")),
    "env_py": (mig / "env.py").is_file(),
    "versions": sorted(p.name for p in (mig / "versions").glob("*.py") if p.name != "__init__.py"),
    "sample": str(paths.resource("samples", "sample.caseapp.zip")),
    "samples": sorted(p.name for p in paths.resource("samples").glob("*.caseapp.zip")),
}))
"""


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env


def _probe(python: Path | str, cwd: Path, env: dict[str, str]) -> dict[str, object]:
    proc = subprocess.run(
        [str(python), "-c", PROBE], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def _check_found(found: dict[str, object], root: Path) -> None:
    assert Path(str(found["root"])) == root
    assert found["law_files"], "no law data (*.toml) under resources/law"
    assert isinstance(found["font_size"], int) and found["font_size"] > 1_000_000
    assert "cli.toml" in found["catalogues"]  # type: ignore[operator]
    assert found["env_py"] is True
    assert found["versions"], "no migration versions"
    assert Path(str(found["sample"])).is_relative_to(root)
    # both samples the welcome screen offers (caseapp.ui.app.SAMPLES)
    assert found["samples"] == ["platform.caseapp.zip", "sample.caseapp.zip"]


def _run_cli(
    command: list[str], cwd: Path, env: dict[str, str], data_dir: Path, sample: Path
) -> None:
    version = subprocess.run(
        [*command, "--version"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("caseapp ")
    data_dir.mkdir()
    listing = subprocess.run(
        [*command, "list", "--json", "--data-dir", str(data_dir)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listing.returncode == 0, listing.stderr
    assert json.loads(listing.stdout) == []
    # check and report on the bundled sample, found through the same locator.
    probe = str(sample)
    check = subprocess.run(
        [*command, "check", probe, "--json", "--as-of", "2025-08-21"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    findings = json.loads(check.stdout)
    assert findings["format"] == "caseapp.findings"
    assert any(f["rule"] == "standby-below-floor" for f in findings["findings"])
    pdf = cwd / "sample.pdf"
    report = subprocess.run(
        [*command, "report", probe, "-o", str(pdf), "--as-of", "2025-08-21",
         "--generated-at", "2025-08-21T10:00:00+08:00", "--lang", "en"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def _scripts(prefix: Path) -> Path:
    return prefix / ("Scripts" if os.name == "nt" else "bin")


@pytest.mark.slow
def test_installed_wheel_outside_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # Build with the hatchling installed here when there is one (no network);
    # else let pip fetch it into an isolated build environment.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q",
         "-w", str(dist), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    wheels = list(dist.glob("caseapp-*.whl"))
    assert len(wheels) == 1

    # A fresh venv; its dependencies come from this environment's site-packages
    # through a .pth line, appended after the venv's own site-packages, so
    # `import caseapp` finds the installed wheel, never the checkout.
    target = tmp_path / "fresh-venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = _scripts(target) / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    (site / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(wheels[0])],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = _clean_env()
    found = _probe(python, outside, env)
    assert Path(str(found["package"])).is_relative_to(site)
    _check_found(found, site / "caseapp" / "_resources")
    _run_cli(
        [str(_scripts(target) / "caseapp")],
        outside,
        env,
        tmp_path / "data",
        Path(str(found["sample"])),
    )


@pytest.mark.slow
def test_editable_install(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "caseapp"
    if not script.exists():
        pytest.skip("caseapp is not installed in this environment (editable install expected)")
    env = _clean_env()
    found = _probe(sys.executable, tmp_path, env)
    assert Path(str(found["package"])).is_relative_to(REPO)
    _check_found(found, REPO / "resources")
    _run_cli([str(script)], tmp_path, env, tmp_path / "data", Path(str(found["sample"])))


@pytest.mark.slow
def test_source_checkout(tmp_path: Path) -> None:
    env = _clean_env(PYTHONPATH=str(REPO))
    found = _probe(sys.executable, tmp_path, env)
    assert Path(str(found["package"])).is_relative_to(REPO)
    _check_found(found, REPO / "resources")
    _run_cli(
        [sys.executable, "-m", "caseapp"],
        tmp_path,
        env,
        tmp_path / "data",
        Path(str(found["sample"])),
    )


def test_constraints_pin_every_dependency() -> None:
    """Every runtime and test dependency in pyproject.toml is pinned exactly
    in packaging/constraints.txt, and each pin satisfies its declared range."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins: dict[str, str] = {}
    for line in (REPO / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[canonicalize_name(name)] = version
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    problems = []
    for spec in declared:
        req = Requirement(spec)
        pinned = pins.get(canonicalize_name(req.name))
        if pinned is None:
            problems.append(f"{req.name} is not pinned")
        elif not req.specifier.contains(pinned, prereleases=True):
            problems.append(f"{req.name}=={pinned} is outside {req.specifier}")
    assert not problems


def test_readme_ci_and_quick_start_agree() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    install = (
        'python3 -m venv .venv && .venv/bin/pip install -c packaging/constraints.txt -e ".[test]"'
    )
    assert install in readme
    assert ".venv/bin/python -m pytest" in readme
    assert "QT_QPA_PLATFORM=offscreen CI=true .venv/bin/python -m pytest\n" in ci
    assert '-c packaging/constraints.txt -e ".[test]"' in ci
