"""A small real case in a real data directory, built through CaseService."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.domain.model import (
    Case,
    CaseInfo,
    Contract,
    Day,
    Evidence,
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
from caseapp.services.service import CaseService

UID = "7d4f6a52-3c1b-4e0a-9a55-0f2b1c3d4e5f"


def small_info(uid: str = UID) -> CaseInfo:
    return CaseInfo(
        uid=uid,
        worker=Worker(name="李青"),
        employer=Organisation(name="杭州某某信息技术有限公司"),
        client=Organisation(name="示例星云网络科技有限公司"),
        arrangement=Arrangement.OUTSOURCING,
        city="hangzhou",
        contract=Contract(kind=ContractKind.FIXED, start=dt.date(2022, 3, 1), written=True),
        monthly_wage=Decimal("14000.00"),
        payday=15,
    )


def build_case(data_dir: Path, files_dir: Path, uid: str = UID) -> str:
    files_dir.mkdir(parents=True, exist_ok=True)
    notice = files_dir / "notice.jpg"
    notice.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg " + bytes(range(256)) * 4)
    chat = files_dir / "chat.png"
    chat.write_bytes(b"\x89PNG\r\n\x1a\n fake png " + bytes(range(255, -1, -1)) * 4)
    with CaseService(data_dir, lang="en") as service:
        case_id = service.create_case(small_info(uid))
        service.save_record(case_id, Person(id="P1", name="王建国", party=Party.EMPLOYER))
        start = dt.date(2025, 3, 17)
        service.set_days(
            case_id,
            [Day(date=start + dt.timedelta(days=i), status=DayStatus.STANDBY) for i in range(5)],
        )
        service.save_record(
            case_id,
            Payment(
                id="",
                paid_on=dt.date(2025, 5, 15),
                period_start=dt.date(2025, 4, 1),
                period_end=dt.date(2025, 4, 30),
                kind=PaymentKind.STANDBY,
                amount=Decimal("6000.00"),
            ),
        )
        evidence = Evidence(
            id="", title="待岗通知", kind=EvidenceKind.NOTICE, original_status=OriginalStatus.KEPT
        )
        service.add_evidence_files(case_id, evidence, [notice, chat])
    return case_id


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def case_id(data_dir: Path, tmp_path: Path) -> str:
    return build_case(data_dir, tmp_path / "files")


def import_sample(data_dir: Path, sample: Path) -> tuple[Path, str, Case]:
    """`caseapp import SAMPLE` into `data_dir` through main(); the case id it
    prints and the case as the service loads it."""
    from caseapp.__main__ import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["import", str(sample), "--data-dir", str(data_dir)]) == 0
    case_id = out.getvalue().strip()
    with CaseService(data_dir) as service:
        case = service.load_case(case_id)
    return data_dir, case_id, case
