"""Child process of test_leftovers: does one thing and stops in the middle of
it, prints "ready", and waits there for the parent's SIGKILL.

    python leftovers_child.py MODE DATA_DIR ARG

MODE ``import`` (ARG a .caseapp.zip): stops after the first evidence file is
stored, before the database commit. ``add`` (ARG a case id): stops after the
first of two files is stored for a new evidence item. ``export`` (ARG
"CASE_ID OUT"): stops after the first evidence file is in the partial zip.
``incoming`` (ARG a file): stops while the file is being copied into
``evidence/incoming/``. ``scratch``: makes a scratch directory with a copy
in it and stops.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from caseapp.scratch import scratch_dir
from caseapp.services.api import ImportMode
from caseapp.services.service import CaseService
from tests.services import factories as f


def stop(*_args: object) -> bool:
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        time.sleep(60)


def main() -> None:
    mode, data_dir, arg = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    if mode == "scratch":
        directory = scratch_dir(data_dir, "report-evidence-")
        (directory / "copy").write_bytes(b"evidence copy")
        stop()
    svc = CaseService(data_dir)
    if mode == "import":
        svc.import_file(Path(arg), ImportMode.REFUSE, progress=lambda done, total: stop())
    elif mode == "add":
        files = [data_dir.parent / "a.png", data_dir.parent / "b.png"]
        svc.add_evidence_files(arg, f.evidence("E9"), files, progress=_after_first_file())
    elif mode == "export":
        case_id, out = arg.split(" ", 1)
        svc.export_case(case_id, Path(out), progress=lambda done, total: stop())
    elif mode == "incoming":
        svc.store.put_file(Path(arg), cancelled=stop)


def _after_first_file():  # type: ignore[no-untyped-def]
    size = (Path(sys.argv[2]).parent / "a.png").stat().st_size

    def progress(done: int, total: int) -> None:
        if done > size:  # the second file has started: the first one is stored
            stop()

    return progress


if __name__ == "__main__":
    main()
