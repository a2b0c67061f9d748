"""Benchmark the case file format (a script that prints figures; not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_casefile.py

Measures, for a 3-year case (1,095 days, 36 payments and SI months, 60
incidents, 500 evidence files of 50 KB): write_zip, read_case_file on the zip
(every entry streamed and hashed, the journal chain checked), verify_file, and
the same case as .caseapp.json. Also the strict parser on a large document and
the nesting pre-scan on a hostile one. Figures are medians of a few runs.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casefile.helpers import journal_for, sample_case

from caseapp.casefile.canonical import sha256_hex
from caseapp.casefile.reader import read_case_file
from caseapp.casefile.strictjson import parse_document
from caseapp.casefile.verify import verify_file
from caseapp.casefile.writer import evidence_path, write_json, write_zip
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

TODAY = dt.date(2026, 1, 1)
START = dt.date(2022, 1, 1)


def big_case(store: Path, files: int) -> tuple[Case, dict[str, Path]]:
    base = sample_case()
    days = tuple(
        Day(START + dt.timedelta(days=i), DayStatus.STANDBY if i > 700 else DayStatus.WORKING)
        for i in range(1095)
    )
    months = [dt.date(2022 + m // 12, m % 12 + 1, 1) for m in range(36)]
    payments = tuple(
        Payment(
            f"P{i + 1}",
            (m + dt.timedelta(days=45)),
            m,
            m + dt.timedelta(days=27),
            PaymentKind.WAGE,
            amount=Decimal("15000.00"),
            net=Decimal("12345.67"),
        )
        for i, m in enumerate(months)
    )
    social = tuple(SIMonth(m, SIStatus.PAID) for m in months)
    incidents = tuple(
        Incident(f"I{i + 1}", START + dt.timedelta(days=i * 18), IncidentKind.OTHER, "说明" * 20)
        for i in range(60)
    )
    store.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    evidence = []
    for i in range(files):
        data = os.urandom(50 * 1024)
        sha = sha256_hex(data)
        (store / sha).write_bytes(data)
        paths[sha] = store / sha
        evidence.append(
            Evidence(
                f"E{i + 1}",
                f"截图 {i + 1}",
                EvidenceKind.CHAT,
                OriginalStatus.KEPT,
                files=(EvidenceFile(evidence_path(sha, f"s{i}.png"), sha, len(data), f"s{i}.png"),),
            )
        )
    case = Case(
        info=base.info,
        people=base.people,
        days=days,
        payments=payments,
        social_insurance=social,
        incidents=incidents,
        evidence=tuple(evidence),
    )
    return case, paths


def median_ms(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        case, store = big_case(root / "store", 500)
        journal = journal_for(case, creates=1200)
        out = root / "big.caseapp.zip"
        print(f"zip: 3-year case, 500 evidence files of 50 KB, {len(journal)} journal lines")
        ms = median_ms(lambda: write_zip(case, journal, store.__getitem__, out))
        print(f"  write_zip        {ms:8.1f} ms")
        print(f"  size             {out.stat().st_size / 1024**2:8.1f} MiB")
        print(f"  read_case_file   {median_ms(lambda: read_case_file(out, TODAY)):8.1f} ms")
        print(f"  verify_file      {median_ms(lambda: verify_file(out, TODAY)):8.1f} ms")
        bare, _ = big_case(root / "store2", 0)
        js = root / "big.caseapp.json"
        print("json: the same case without files")
        print(f"  write_json       {median_ms(lambda: write_json(bare, js)):8.1f} ms")
        print(f"  size             {js.stat().st_size / 1024:8.1f} KiB")
        print(f"  read_case_file   {median_ms(lambda: read_case_file(js, TODAY)):8.1f} ms")
        # the strict parser on a large document (64 MiB is the limit)
        big_doc = js.read_bytes()
        padded = big_doc[:-1] + b',"x-pad":"' + b"a" * (60 * 1024**2) + b'"}'
        print(
            f"strict parse of a {len(padded) / 1024**2:.0f} MiB document: "
            f"{median_ms(lambda: parse_document(padded), 3):8.1f} ms"
        )
        hostile = b"[" * 5_000_000 + b"]" * 5_000_000
        print(
            f"nesting pre-scan, 5 million '[': "
            f"{median_ms(lambda: parse_document(hostile), 3):8.1f} ms (refused, no recursion)"
        )


if __name__ == "__main__":
    main()
