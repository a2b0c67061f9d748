"""casework stays Qt-free and below the UI: importing every module of it
loads neither Qt, nor SQLAlchemy, nor caseapp's storage, services or ui."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import caseapp.casework

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "sqlalchemy",
    "caseapp.storage",
    "caseapp.services",
    "caseapp.ui",
)


def test_casework_imports_no_qt_storage_services_or_ui() -> None:
    names = [m.name for m in pkgutil.iter_modules(caseapp.casework.__path__, "caseapp.casework.")]
    assert {"caseapp.casework.letters", "caseapp.casework.ics"} <= set(names)
    code = (
        "import importlib, json, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    bad = [m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert bad == []
