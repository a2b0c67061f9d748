"""The stand-alone bundle: how long it takes to build, how big it is, and how
fast the frozen program starts compared with the installed one.

Run: .venv/bin/python tests/benchmarks/bench_bundle.py [REPEATS]
(needs PyInstaller: pip install -c packaging/constraints.txt -e ".[bundle]")

Prints the build's wall-clock seconds (fresh work directory), the bundle's
size on disk and as a tar.gz, and the median of REPEATS runs of `--version`
and `check --json` on the sample, frozen and from the virtualenv.
"""

from __future__ import annotations

import importlib.util
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_app", REPO / "packaging" / "build_app.py")
assert _spec is not None and _spec.loader is not None
build_app = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_app)


def median_seconds(command: list[str], env: dict[str, str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        proc = subprocess.run(command, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(command)} exited {proc.returncode}: {proc.stderr}")
    return statistics.median(times)


def tar_gz_size(folder: Path) -> int:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    return buffer.tell()


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not build_app.pyinstaller_available():
        raise SystemExit(f"PyInstaller is not installed: {build_app.INSTALL_HINT}")
    sample = str(REPO / "resources" / "samples" / "sample.caseapp.zip")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        bundle = build_app.build(root / "dist", root / "work")
        print(f"{'build (fresh work directory)':<36} {time.perf_counter() - start:7.1f} s")
        print(f"{'bundle on disk':<36} {build_app.tree_size(bundle) / 1e6:7.1f} MB")
        print(f"{'bundle as tar.gz':<36} {tar_gz_size(bundle) / 1e6:7.1f} MB")
        env = {**os.environ, "CASEAPP_DATA_DIR": str(root / "data")}
        (root / "data").mkdir()
        frozen = [str(build_app.executable(bundle))]
        installed = [sys.executable, "-m", "caseapp"]
        for label, args in (("--version", ["--version"]),
                            ("check --json sample", ["check", sample, "--json"])):  # fmt: skip
            for kind, program in (("frozen", frozen), ("venv", installed)):
                seconds = median_seconds([*program, *args], env, repeats)
                print(f"{kind + ' ' + label:<36} {seconds:7.3f} s  (median of {repeats})")


if __name__ == "__main__":
    main()
