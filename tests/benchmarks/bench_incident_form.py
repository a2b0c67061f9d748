"""Benchmark of the one incident form on the 3-year sample case (a script,
not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_incident_form.py [--runs 5]

Prints, on the offscreen platform, in ms (median, max), each a stretch of
GUI-thread work (target: under 100 ms, the app's stall limit):
- building Today's compact form (the idle-time warm-up does this once);
- opening it on a fresh draft (the "record something that happened" click,
  which lists the case's people and evidence);
- building the full form (事件 builds it at idle once shown), then opening
  an incident in 事件 (the first time, and later ones);
- reading and checking a filled form (what Save does before the writer).
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


def _timed(app: object, action: object) -> float:
    t = time.perf_counter()
    action()  # type: ignore[operator]
    app.processEvents()  # type: ignore[attr-defined]
    return time.perf_counter() - t


def one_run() -> tuple[dict[str, float], str]:
    from caseapp.ui.incident_form import IncidentForm
    from tests.benchmarks.sample_app import open_sample

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        app, parts = open_sample(Path(tmp))
        window = parts.window
        case = parts.session.case
        size = ", ".join(
            f"{len(records)} {name}"
            for name, records in (
                ("incidents", case.incidents),
                ("evidence", case.evidence),
                ("people", case.people),
            )
        )
        out["build compact form"] = _timed(app, lambda: IncidentForm(parts.session).deleteLater())
        out["build full form"] = _timed(
            app, lambda: IncidentForm(parts.session, compact=False).deleteLater()
        )
        window.show_view("today")
        app.processEvents()
        form = window.incident_form
        out["open Today's form on a draft"] = _timed(app, window.open_incident)
        out["read and check it"] = _timed(app, form.read)
        window.close_side()
        window.show_view("incidents")
        app.processEvents()
        view = window.views["incidents"]
        t = time.perf_counter()
        while view._side is None and time.perf_counter() - t < 2:  # built at idle once shown
            app.processEvents()
            time.sleep(0.001)
        out["open a record in 事件 (first)"] = _timed(
            app, lambda: view.open_row(view.model.index(0, 0))
        )
        out["open another record in 事件"] = _timed(
            app, lambda: view.open_row(view.model.index(1, 0))
        )
        parts.close()
    return out, size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = [one_run() for _ in range(args.runs)]
    runs = [r[0] for r in results]
    print(f"the incident form on the sample case ({results[0][1]}), {args.runs} runs")
    print("(median, max) in ms:")
    for name in runs[0]:
        values = [r[name] * 1000 for r in runs]
        print(f"  {name:<32} {statistics.median(values):8.1f} {max(values):8.1f}")


if __name__ == "__main__":
    main()
