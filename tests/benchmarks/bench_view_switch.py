"""Benchmark of each view's first show and of a later switch to it, view by
view, on the 3-year sample case (bench_ui.py gives switching over all views
as one figure); a script, not collected by pytest.

    .venv/bin/python tests/benchmarks/bench_view_switch.py [--runs 5]

Prints, on the offscreen platform, for each view (findings, pay, tasks,
incidents, people, evidence, letters and help, report, case settings):
its first show (built on first use, then painted) and a later switch to it
(target for switching: under 100 ms); and the time from opening the case to
the findings list filled (computed on the rules thread, never the GUI's).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYS = ("findings", "pay", "tasks", "incidents", "people", "evidence", "help", "report", "case")


def one_run() -> dict[str, float]:
    from tests.benchmarks.sample_app import open_sample

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        app, parts = open_sample(Path(tmp))
        window = parts.window
        opened = time.perf_counter()
        window.show_view("findings")
        findings = window.views["findings"]
        while findings.model.rowCount() == 0:
            app.processEvents()
            time.sleep(0.001)
        out["findings filled after open"] = time.perf_counter() - opened
        window.show_view("today")
        app.processEvents()
        for key in KEYS:
            if key == "findings":
                continue
            t = time.perf_counter()
            window.show_view(key)
            window.repaint()
            app.processEvents()
            out[f"first show {key}"] = time.perf_counter() - t
        for key in KEYS:
            window.show_view("today")
            app.processEvents()
            t = time.perf_counter()
            window.show_view(key)
            window.repaint()
            app.processEvents()
            out[f"switch to {key}"] = time.perf_counter() - t
        parts.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run() for _ in range(args.runs)]
    print(f"views on the sample case, {args.runs} runs (median, max) in ms:")
    for name in runs[0]:
        values = [r[name] * 1000 for r in runs]
        print(f"  {name:<32} {statistics.median(values):8.1f} {max(values):8.1f}")


if __name__ == "__main__":
    main()
