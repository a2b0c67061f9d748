"""Command-line timings, as a user feels them: each run is a fresh process.

Run: .venv/bin/python tests/benchmarks/bench_cli.py [REPEATS]

Prints the median and the range of wall-clock seconds for `--version`,
`list` on an empty and on a one-case data directory, `import` and `verify`
of the bundled sample (a file and the imported case), and `export`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from caseapp.paths import resource


def timed(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "caseapp", *args], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"caseapp {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return elapsed, proc.stdout


def report(label: str, times: list[float]) -> None:
    print(f"{label:<34} median {statistics.median(times):6.3f} s  "
          f"(min {min(times):.3f}, max {max(times):.3f}, n={len(times)})")  # fmt: skip


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sample = str(resource("samples", "sample.caseapp.zip"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        empty = {**os.environ, "CASEAPP_DATA_DIR": str(root / "empty")}
        (root / "empty").mkdir()
        report("caseapp --version", [timed(["--version"], empty)[0] for _ in range(repeats)])
        report("caseapp list (empty data dir)", [timed(["list"], empty)[0] for _ in range(repeats)])
        imports, case_id = [], ""
        for n in range(repeats):
            env = {**os.environ, "CASEAPP_DATA_DIR": str(root / f"d{n}")}
            seconds, out = timed(["import", sample], env)
            imports.append(seconds)
            case_id = out.strip()
        report("caseapp import sample.caseapp.zip", imports)
        one = {**os.environ, "CASEAPP_DATA_DIR": str(root / "d0")}
        report("caseapp list (one case)", [timed(["list"], one)[0] for _ in range(repeats)])
        report(
            "caseapp verify sample (file)",
            [timed(["verify", sample], one)[0] for _ in range(repeats)],
        )
        report(
            "caseapp verify CASE (data dir)",
            [timed(["verify", case_id], one)[0] for _ in range(repeats)],
        )
        out = root / "out.caseapp.zip"
        report(
            "caseapp export CASE",
            [timed(["export", case_id, "-o", str(out)], one)[0] for _ in range(repeats)],
        )


if __name__ == "__main__":
    main()
