"""The ending both sample builders share (packaging/make_sample.py and
packaging/sample_platform.py): create the case in a temporary data directory,
replay its steps in order with a simulated clock, export it, verify it, and
print its size and journal head."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from caseapp.domain.model import CaseInfo
from caseapp.services.service import CaseService

# (when the worker enters it, order among steps at the same moment, the act)
Step = tuple[dt.datetime, int, Callable[[CaseService, str], object]]


class SimClock:
    """The services' clock, set by hand before each step."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)


def replay_export_verify(
    info: CaseInfo,
    steps: Callable[[Path], list[Step]],
    created_at: dt.datetime,
    exported_at: dt.datetime,
    out: Path,
    name: str,
) -> Path:
    """Build the case `info` through the services: created at `created_at`,
    then each of `steps(files_dir)` at its time, exported to `out` at
    `exported_at` and verified (SystemExit naming `name` if it does not)."""
    clock = SimClock(created_at)
    with tempfile.TemporaryDirectory(prefix="caseapp-sample-") as tmp:
        root = Path(tmp)
        files = root / "files"
        files.mkdir()
        service = CaseService(root / "data", lang="zh", clock=clock)
        try:
            case_id = service.create_case(info)
            for when, _order, action in steps(files):
                clock.now = when
                action(service, case_id)
            clock.now = exported_at
            out.parent.mkdir(parents=True, exist_ok=True)
            written = service.export_case(case_id, out)
            report = service.verify_case(case_id)
            if not report.ok:
                raise SystemExit(f"{name} does not verify: {report.problems}")
            entries, head = service.journal_head(case_id)
        finally:
            service.close()
    print(f"{written}: {written.stat().st_size} bytes, {entries} journal entries, head {head}")
    return written
