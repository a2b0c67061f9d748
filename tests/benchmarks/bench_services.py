"""Benchmark the services (a script that prints figures; not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_services.py [--log-only]

Targets (issue 2): logging one day through the services, journal included,
under 10 ms median; importing a 3-year case with 500 evidence files of 50 KB
under 3 s; the same case without files under 0.5 s. Also prints the cost of
one commit with synchronous=FULL against NORMAL on this machine.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from caseapp.casefile.writer import write_json, write_zip
from caseapp.domain.model import (
    Case,
    Day,
    Evidence,
    EvidenceFile,
    Incident,
    Payment,
    SIMonth,
)
from caseapp.domain.vocab import (
    DayStatus,
    EvidenceKind,
    IncidentKind,
    OriginalStatus,
    PaymentKind,
    SIStatus,
)
from caseapp.services.api import ImportMode
from caseapp.services.service import CaseService
from tests.services import factories as f

START = dt.date(2022, 1, 1)
YEARS = 3
FILES = 500
FILE_SIZE = 50 * 1024


def three_year_case(files_dir: Path | None) -> Case:
    days = tuple(
        Day(
            date=START + dt.timedelta(days=n),
            status=DayStatus.STANDBY if n % 7 < 5 else DayStatus.REST,
            note=f"第{n}天：仍未安排工作",
        )
        for n in range(365 * YEARS)
    )
    months = [dt.date(START.year + m // 12, m % 12 + 1, 1) for m in range(12 * YEARS)]
    payments = tuple(
        Payment(
            id=f"PAY{n + 1}",
            paid_on=month + dt.timedelta(days=40),
            period_start=month,
            period_end=month + dt.timedelta(days=27),
            kind=PaymentKind.STANDBY,
            amount=Decimal("2490.00"),
            net=Decimal("2100.55"),
        )
        for n, month in enumerate(months)
    )
    si = tuple(SIMonth(month=m, status=SIStatus.PAID, base=Decimal("4462.00")) for m in months)
    incidents = tuple(
        Incident(
            id=f"I{n + 1}",
            date=START + dt.timedelta(days=30 * n),
            kind=IncidentKind.ASKED_TO_RESIGN,
            summary="经理再次要求主动辞职",
            quote="你自己走对大家都好",
        )
        for n in range(36)
    )
    evidence = []
    per_item = 5
    for item in range(FILES // per_item):
        files = []
        for k in range(per_item):
            evidence_files = []
            if files_dir is not None:
                data = random.Random(item * 10 + k).randbytes(FILE_SIZE)  # like a PNG
                sha = hashlib.sha256(data).hexdigest()
                (files_dir / sha).write_bytes(data)
                evidence_files.append(
                    EvidenceFile(
                        path=f"evidence/{sha}.png",
                        sha256=sha,
                        size=FILE_SIZE,
                        original_name=f"截图{item}-{k}.png",
                    )
                )
            files.extend(evidence_files)
        evidence.append(
            Evidence(
                id=f"E{item + 1}",
                title=f"聊天记录 {item + 1}",
                kind=EvidenceKind.CHAT,
                original_status=OriginalStatus.KEPT,
                files=tuple(files),
            )
        )
    return Case(
        info=f.make_info(uid="9b9b9b9b-0000-4000-8000-000000000009"),
        people=(f.person(),),
        days=days,
        payments=payments,
        social_insurance=si,
        incidents=incidents,
        evidence=tuple(evidence),
    )


def _log_days(svc: CaseService, case_id: str, n: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``n`` calls logging one day each."""
    wall, cpu = [], []
    for i in range(n):
        status = DayStatus.STANDBY if i % 2 else DayStatus.STANDBY_ONCALL
        day = Day(date=START + dt.timedelta(days=i), status=status, note="待岗")
        t0, c0 = time.perf_counter(), time.process_time()
        svc.set_days(case_id, [day])
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return sorted(wall), sorted(cpu)


def _line(label: str, wall: list[float], cpu: list[float]) -> str:
    med = statistics.median
    return (
        f"{label}: median {med(wall):.2f} ms, p90 {wall[int(len(wall) * 0.9)]:.2f} ms, "
        f"max {wall[-1]:.2f} ms over {len(wall)} calls; CPU in this process median "
        f"{med(cpu):.2f} ms"
    )


def bench_log_day(root: Path, n: int = 300) -> None:
    with CaseService(root / "log") as svc:
        case_id = svc.create_case(f.make_info())
        wall, cpu = _log_days(svc, case_id, n)
        print(_line("log one day (set_days, journal incl.), new case", wall, cpu))
        print("  (target: median < 10 ms; the rest of wall over CPU is the commit's fsync")
        print("   and other processes on this machine)")
        svc.set_days(
            case_id,
            [
                Day(date=START + dt.timedelta(days=k), status=DayStatus.STANDBY)
                for k in range(365 * YEARS)
            ],
        )
        wall, cpu = _log_days(svc, case_id, n)
        print(_line("log one day, 3-year case (1095 days, journal of 300+ lines)", wall, cpu))
        range20 = []
        for i in range(20):
            days = [
                Day(date=START + dt.timedelta(days=400 + 20 * i + k), status=DayStatus.REST)
                for k in range(20)
            ]
            t0 = time.perf_counter()
            svc.set_days(case_id, days)
            range20.append(time.perf_counter() - t0)
    print(f"log a range of 20 days (one entry): median {statistics.median(range20) * 1000:.2f} ms")
    # Diagnostic only (the app keeps FULL, see storage/engine.py): the same calls
    # without the per-commit fsync show how much of the wall time is the disk.
    from caseapp.storage import engine

    engine.SYNCHRONOUS = "NORMAL"
    try:
        with CaseService(root / "log-normal") as svc:
            case_id = svc.create_case(f.make_info())
            wall, cpu = _log_days(svc, case_id, n)
            print(_line("  diagnostic, same with synchronous=NORMAL", wall, cpu))
    finally:
        engine.SYNCHRONOUS = "FULL"


def bench_import(root: Path) -> None:
    store = root / "files"
    store.mkdir()
    case = three_year_case(store)
    zip_path = root / "three-years.caseapp.zip"
    write_zip(case, [], lambda sha: store / sha, zip_path)
    bare = dataclasses.replace(
        case, evidence=tuple(dataclasses.replace(e, files=()) for e in case.evidence)
    )
    json_path = root / "three-years.caseapp.json"
    write_json(bare, json_path)
    bare_zip = root / "three-years-nofiles.caseapp.zip"
    write_zip(bare, [], lambda sha: store / sha, bare_zip)
    records = sum(len(getattr(case, k)) for k in ("days", "payments", "social_insurance"))
    print(
        f"3-year case: {records} days/payments/SI months, {len(case.evidence)} evidence items, "
        f"{FILES} files of {FILE_SIZE // 1024} KB (zip {zip_path.stat().st_size / 1e6:.1f} MB)"
    )
    cases = (
        ("with 500 files (zip)", zip_path, 3.0),
        ("without files (zip)", bare_zip, 0.5),
        ("without files (json)", json_path, 0.5),
    )
    for number, (label, path, target) in enumerate(cases):
        runs = []
        cpu = []
        for attempt in range(3):
            data = root / f"import-{number}-{attempt}"
            with CaseService(data) as svc:
                t0, c0 = time.perf_counter(), time.process_time()
                svc.import_file(path, ImportMode.REFUSE)
                runs.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
        print(
            f"import {label}: best {min(runs):.3f} s, median {statistics.median(runs):.3f} s "
            f"(target < {target} s; CPU {min(cpu):.3f} s)"
        )


def bench_commit(root: Path) -> None:
    for mode in ("FULL", "NORMAL"):
        path = root / f"commit-{mode}.sqlite3"
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={mode}")
        conn.execute("CREATE TABLE t (x)")
        t0 = time.perf_counter()
        for i in range(300):
            conn.execute("BEGIN")
            conn.execute("INSERT INTO t VALUES (?)", (i,))
            conn.execute("COMMIT")
        per = (time.perf_counter() - t0) / 300 * 1000
        conn.close()
        print(f"one small commit, WAL + synchronous={mode}: {per:.3f} ms")


def main() -> None:
    os.umask(0o077)
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    if "--log-only" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            bench_commit(Path(tmp))
            bench_log_day(Path(tmp))
        print(f"load average at end: {os.getloadavg()[0]:.2f}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bench_commit(root)
        bench_log_day(root)
        bench_import(root)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
