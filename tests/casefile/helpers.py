"""Building real case files for the casefile tests (no mocks: real zips)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from caseapp.casefile.canonical import sha256_hex
from caseapp.casefile.journal import GENESIS, line_hash, make_line
from caseapp.casefile.writer import document_bytes, evidence_path, write_zip
from caseapp.domain.model import (
    Case,
    CaseInfo,
    Contract,
    Day,
    Evidence,
    EvidenceFile,
    Organisation,
    Payment,
    Person,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    ContractKind,
    DayStatus,
    EvidenceKind,
    OriginalStatus,
    Party,
    PaymentKind,
)

TODAY = dt.date(2026, 1, 1)


def journal_for(case: Case, creates: int = 2) -> list[bytes]:
    """A valid journal: `creates` create entries, then the export entry whose
    state_sha256 is the SHA-256 of the case.json write_zip will write."""
    entries: list[dict[str, object]] = [
        {
            "seq": i + 1,
            "at": f"2025-06-0{i % 9 + 1}T09:00:00+08:00",
            "tz_offset": "+08:00",
            "op": "create",
            "changes": [{"ref": f"day:2025-06-0{i % 9 + 1}", "before": None, "after": {"n": i}}],
            "app": "caseapp test",
        }
        for i in range(creates)
    ]
    entries.append(
        {
            "seq": creates + 1,
            "at": "2025-06-30T18:00:00+08:00",
            "tz_offset": "+08:00",
            "op": "export",
            "changes": [],
            "app": "caseapp test",
            "state_sha256": sha256_hex(document_bytes(case)),
        }
    )
    lines: list[bytes] = []
    prev = GENESIS
    for entry in entries:
        line = make_line(entry, prev)
        lines.append(line)
        prev = line_hash(line)
    return lines


def attach_files(
    case: Case, store: Path, contents: Sequence[tuple[int, bytes, str]]
) -> tuple[Case, dict[str, Path]]:
    """Give evidence item `i % len(evidence)` a real file with these bytes;
    returns the case and the store (sha256 -> path)."""
    store.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    evidence = list(case.evidence)
    if not evidence:
        return case, files
    for index, data, name in contents:
        sha = sha256_hex(data)
        path = store / sha
        path.write_bytes(data)
        files[sha] = path
        item = evidence[index % len(evidence)]
        ef = EvidenceFile(
            path=evidence_path(sha, name), sha256=sha, size=len(data), original_name=name
        )
        if ef.path not in {f.path for f in item.files}:
            evidence[index % len(evidence)] = dataclasses.replace(item, files=(*item.files, ef))
    return dataclasses.replace(case, evidence=tuple(evidence)), files


def sample_case() -> Case:
    """A small realistic case with two evidence items (files attached later)."""
    info = CaseInfo(
        uid="0b7f3a9e-5d6c-4e1a-9f0b-2c3d4e5f6a7b",
        worker=Worker("李青"),
        employer=Organisation("杭州某外包服务有限公司"),
        client=Organisation("某大型科技公司"),
        arrangement=Arrangement.OUTSOURCING,
        city="hangzhou",
        contract=Contract(ContractKind.FIXED, dt.date(2023, 3, 1), dt.date(2026, 2, 28)),
        monthly_wage=Decimal("15000.00"),
        payday=15,
    )
    return Case(
        info=info,
        people=(Person("P1", "王经理", Party.CLIENT),),
        days=(
            Day(dt.date(2025, 6, 2), DayStatus.STANDBY, evidence=("E1",)),
            Day(dt.date(2025, 6, 3), DayStatus.STANDBY),
        ),
        payments=(
            Payment(
                "P1",
                dt.date(2025, 7, 15),
                dt.date(2025, 6, 1),
                dt.date(2025, 6, 30),
                PaymentKind.STANDBY,
                amount=Decimal("2490.00"),
                evidence=("E2",),
            ),
        ),
        evidence=(
            Evidence("E1", "待岗通知截图", EvidenceKind.CHAT, OriginalStatus.KEPT),
            Evidence("E2", "6月工资条", EvidenceKind.PAYSLIP, OriginalStatus.KEPT),
        ),
    )


def sample_zip(tmp: Path, name: str = "c.caseapp.zip") -> tuple[Path, Case, dict[str, Path]]:
    case, store = attach_files(
        sample_case(),
        tmp / "store",
        [
            (0, b"\x89PNG fake screenshot bytes " * 50, "chat.PNG"),
            (1, b"%PDF-1.4 payslip", "p.pdf"),
        ],
    )
    out = tmp / name
    write_zip(case, journal_for(case), store.__getitem__, out)
    return out, case, store


def rezip(
    src: Path,
    dst: Path,
    change: dict[str, bytes | None] | None = None,
    extra: Sequence[tuple[str, bytes]] = (),
) -> Path:
    """Copy a zip entry by entry; `change` replaces (bytes) or drops (None)
    entries by name; `extra` appends raw (name, bytes) entries."""
    import zipfile

    change = change or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is None:
                    continue
            else:
                data = zin.read(info)
            zout.writestr(info.filename, data)
        for name, data in extra:
            zout.writestr(name, data)
    return dst


def read_member(path: Path, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read(name)
