"""Benchmark of the PDF: a three-year case with 200 exhibits, and without;
with 60 phone photos (re-encoded for printing: held in memory, or written
aside to a scratch directory until the save); and with 20 scanned PDFs (their
pages held in memory, or spooled to the scratch directory until the save).

    .venv/bin/python tests/benchmarks/bench_report.py

Each scenario runs in a fresh child process so that its peak memory (max RSS,
including Python, reportlab and the font) is its own. Targets (issue 4):
with 200 exhibits under 5 s, without exhibits under 2 s, peak under 300 MB.
The peak is the build's own: it is reset (Linux `clear_refs`) after the case
is made.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _scan(k: int) -> bytes:
    """A scanned document: a 5-page PDF, each page one 600 x 800 image of noise."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for n in range(5):
        page = Image.effect_noise((600, 800), 40 + n + k % 20).convert("RGB")
        canvas.drawImage(ImageReader(page), 30, 30, 500, 700)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def three_year_case(directory: Path, exhibits: int, kind: str = "screens"):  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    from caseapp.domain.model import Day, Evidence, EvidenceFile, Incident, Payment
    from caseapp.domain.vocab import (
        DayStatus,
        EvidenceKind,
        IncidentKind,
        LegalType,
        OriginalStatus,
        PaymentKind,
        Proves,
    )
    from tests.report.fixtures import _pdf, on_time, sample_case

    case, _ = sample_case(None)
    start = dt.date(2022, 10, 1)
    days = []
    for k in range(3 * 365):
        d = start + dt.timedelta(days=k)
        if d.weekday() >= 5:
            status = DayStatus.REST
        elif d < dt.date(2024, 10, 8):
            status = DayStatus.WORKING
        else:
            status = DayStatus.STANDBY
        note = f"第{k}天记录：今天没有安排任何工作。" if k % 7 == 3 else None
        days.append(Day(d, status, note=note, provenance=on_time(d)))
    payments = []
    for m in range(36):
        y, mo = divmod(9 + m, 12)
        first = dt.date(2022 + y, mo + 1, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        paid = last + dt.timedelta(days=15)
        payments.append(
            Payment(
                f"PAY{m}",
                paid,
                first,
                last,
                PaymentKind.WAGE,
                amount=Decimal("18000.00") if m < 24 else Decimal("2100.00"),
                provenance=on_time(paid),
            )
        )
    incidents = [
        Incident(
            f"I{k}",
            dt.date(2024, 10, 8) + dt.timedelta(days=7 * k),
            IncidentKind.OTHER,
            f"第{k}次：人事再次要求我主动离职。",
            quote="你自己走，对大家都好。",
            provenance=on_time(dt.date(2024, 10, 8) + dt.timedelta(days=7 * k)),
        )
        for k in range(50)
    ]
    evidence = []
    for k in range(exhibits):
        if kind == "scans":
            data = _scan(k)
            name = f"扫描件{k}.pdf"
        elif kind == "photos":  # a phone's photo: 4000 x 3000, re-encoded for printing
            noise = Image.effect_noise((1000, 750), 60 + k % 20).resize((4000, 3000))
            img = Image.merge("RGB", (noise, noise.rotate(180), noise.transpose(0)))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=90)
            data = buf.getvalue()
            name = f"IMG_{k:04}.jpg"
        elif k % 20 == 0:
            data = _pdf(f"证据{k}", 3)
            name = f"文件{k}.pdf"
        else:
            img = Image.new("RGB", (1080, 1920), (240, 240, 240))
            draw = ImageDraw.Draw(img)
            for r in range(12):
                draw.rectangle((40, 60 + r * 150, 900, 160 + r * 150), fill=(255, 255, 255))
            draw.text((50, 20), f"screenshot {k}", fill=(0, 0, 0))
            buf = io.BytesIO()
            img.save(buf, "PNG" if k % 2 else "JPEG", quality=85)
            data = buf.getvalue()
            name = f"截图{k}." + ("png" if k % 2 else "jpg")
        sha = hashlib.sha256(data).hexdigest()
        (directory / sha).write_bytes(data)
        evidence.append(
            Evidence(
                f"E{k}",
                f"证据材料第{k}号",
                EvidenceKind.CHAT,
                OriginalStatus.KEPT,
                LegalType.ELECTRONIC,
                (EvidenceFile(f"evidence/{sha}", sha, len(data), original_name=name),),
                created_on=dt.date(2024, 10, 8) + dt.timedelta(days=k),
                proves=(list(Proves)[k % 8],),
            )
        )
    return dataclasses.replace(
        case,
        days=tuple(days),
        payments=tuple(payments),
        incidents=tuple(incidents),
        evidence=tuple(evidence),
    )


def scenario(name: str) -> dict[str, object]:
    from caseapp.report import build_report
    from tests.report.fixtures import GENERATED_AT, install_test_messages, sample_findings

    install_test_messages()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        kind = name.split("_")[0] if name.startswith(("photos", "scans")) else "screens"
        exhibits = {"photos": 60, "scans": 20}.get(kind, 200 if name == "with_exhibits" else 0)
        case = three_year_case(directory, exhibits, kind)
        spill = None
        if name.endswith("_spilled"):
            spill = directory / "spill"
            spill.mkdir()
        findings = sample_findings(case)

        def lookup(sha: str) -> Path | None:
            path = directory / sha
            return path if path.exists() else None

        # warm-up: imports and font registration are start-up, not report, cost
        build_report(
            case,
            findings,
            directory / "warm.pdf",
            part="brief",
            lang="zh",
            mask=False,
            generated_at=GENERATED_AT,
            evidence_path=lookup,
            journal_head=None,
        )
        # the peak of the build alone, not of making the case (Linux: writing 5 to
        # clear_refs resets VmHWM, the peak RSS)
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        start = int(Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]) / 1024
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        result = build_report(
            case,
            findings,
            directory / "out.pdf",
            part="both",
            lang="zh",
            mask=False,
            generated_at=GENERATED_AT,
            evidence_path=lookup,
            journal_head=(1000, "0" * 64),
            spill=(lambda: spill) if spill is not None else None,
        )
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        size = result.path.stat().st_size
        status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024  # kB -> MiB
    return {
        "scenario": name,
        "seconds": round(elapsed, 2),
        "cpu": round(cpu, 2),
        "load": round(os.getloadavg()[0], 1),
        "pages": result.pages,
        "exhibits": result.exhibits,
        "size_mb": round(size / 1e6, 1),
        "peak_rss_mb": round(peak),
        "rss_at_start_mb": round(start),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(scenario(sys.argv[2])))
        return
    # photos: 60 phone photos (4000 x 3000 JPEG, each re-encoded to 2000 px), the
    # re-encoded bytes held in memory until the save, or written aside (`spill`)
    runs = [("without_exhibits", 2.0), ("with_exhibits", 5.0)]
    runs += [("photos_in_memory", 30.0), ("photos_spilled", 30.0)]
    # scans: 20 scanned PDFs of 5 pages (600 x 800 images), their pages' streams held
    # from drawing to the save, or spooled to a file in the scratch directory
    runs += [("scans_in_memory", 10.0), ("scans_spilled", 10.0)]
    for name, limit in runs:
        out = subprocess.run(
            [sys.executable, __file__, "--child", name], check=True, capture_output=True, text=True
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        cpu_ok = figures["cpu"] < limit and figures["peak_rss_mb"] < 300
        if cpu_ok and figures["seconds"] < limit:
            verdict = "ok"
        elif cpu_ok:
            verdict = "CPU ok; wall over: other processes share the machine (see load)"
        else:
            verdict = "SLOW"
        print(
            f"{name:18} {figures['seconds']:6.2f} s wall, {figures['cpu']:6.2f} s CPU "
            f"(target < {limit} s; load average {figures['load']})  "
            f"pages {figures['pages']:4}  "
            f"exhibits {figures['exhibits']:3}  pdf {figures['size_mb']:5.1f} MB  "
            f"peak RSS {figures['peak_rss_mb']} MB (target < 300; "
            f"{figures['rss_at_start_mb']} MB when the build began)  {verdict}"
        )


if __name__ == "__main__":
    main()
