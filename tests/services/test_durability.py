"""Durability: SIGKILL a process logging days at 100 random moments.

Afterwards the database passes ``PRAGMA integrity_check``, every case's
journal chain verifies, the records equal the journal's last images, and
every day the child reported done (printed only after the call returned) is
there. (``synchronous`` matters only on power loss, which a SIGKILL does not
simulate; test_engine_privacy asserts the FULL setting itself.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.casefile.journal import verify_chain
from caseapp.services.service import CaseService
from tests.services import factories as f

CHILD = Path(__file__).with_name("durability_child.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 100


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with CaseService(data) as svc:
        case_id = svc.create_case(f.make_info())
    rng = random.Random(20241123)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    reported: set[str] = set()
    next_number = 0
    during_startup = 0
    runs_with_writes = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(data), case_id, str(next_number)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert child.stdout is not None
        if rng.random() < 0.1:  # sometimes while it is still opening the database
            during_startup += 1
            time.sleep(rng.uniform(0.0, 0.3))
        else:
            assert child.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0.02, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        before = len(reported)
        for raw in child.stdout.read().splitlines():
            text = raw.decode()
            if len(text) == 10 and text[4] == "-":
                reported.add(text)
        runs_with_writes += len(reported) > before
        child.stdout.close()
        # the next child starts after everything this one may have written
        next_number += 300

    # the loop really ran, and most kills landed between or inside writes
    assert runs_with_writes >= KILLS // 2, (runs_with_writes, during_startup)
    conn = sqlite3.connect(data / "caseapp.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    with CaseService(data) as svc:
        problems, _head = verify_chain(svc.journal_lines(case_id))
        assert problems == []
        report = svc.verify_case(case_id)
        assert report.ok, report.problems
        stored = {d.date.isoformat() for d in svc.load_case(case_id).days}
        assert reported <= stored
        # one entry per stored day, nothing half-written either way
        assert report.entries == 1 + len(stored)
