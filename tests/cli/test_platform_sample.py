"""The second committed sample (issue 15 item 5): a part-time labeller in
Chengdu paid by the batch through a guild for a large platform, June–July
2025 (packaging/sample_platform.py). It imports through the command line, and
`caseapp check` on the file finds pay per hour below the local hourly minimum,
unpaid batches and the relationship to confirm, with the amounts worked out
by hand below from the sample's data and the law data's hourly minimum."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.domain.model import Case
from caseapp.domain.vocab import Arrangement, DayStatus, PayBasis, TaskStatus
from caseapp.paths import resource
from caseapp.rules.law import load_law_data
from caseapp.services.service import CaseService
from tests.cli.conftest import import_sample

REPO = Path(__file__).resolve().parents[2]
SAMPLE = resource("samples", "platform.caseapp.zip")
AS_OF = "2025-08-20"  # the day the sample was exported


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Case]:
    return import_sample(tmp_path_factory.mktemp("platform") / "data", SAMPLE)


@pytest.fixture(scope="module")
def findings() -> dict[str, dict[str, object]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["check", str(SAMPLE), "--as-of", AS_OF, "--json"]) == 0
    doc = json.loads(out.getvalue())
    return {f["key"]: f for f in doc["findings"]}


def test_the_platform_sample_story(imported: tuple[Path, str, Case]) -> None:
    _, _, case = imported
    info = case.info
    assert info.worker.name == "吴晓雨"
    assert (info.worker.student, info.worker.pensioner) == (False, False)  # both asked
    assert info.arrangement is Arrangement.PART_TIME and info.pay_basis is PayBasis.PIECE
    assert info.city == "chengdu" and info.employer.city == "chengdu"
    assert info.monthly_wage is None and info.client is not None
    assert any(p.party == "agency" for p in case.people)  # the guild and its leader

    hours = {d.date: d.hours for d in case.days if d.hours}
    assert min(hours) == dt.date(2025, 6, 3) and max(hours) == dt.date(2025, 7, 11)
    assert all(d.status is DayStatus.WORKING for d in case.days if d.hours)
    statuses = {t.id: t.status for t in case.tasks}
    assert set(statuses.values()) == {TaskStatus.ACCEPTED, TaskStatus.REJECTED}
    assert all(t.platform and t.quantity and t.rate and t.submitted_on for t in case.tasks)
    assert sorted(t for p in case.payments for t in p.tasks) == sorted(
        ["T1", "T2", "T3", "T4", "T6", "T7", "T9"]
    )
    assert len(case.evidence) == 4 and len(case.incidents) == 3


def test_the_journal_shows_each_batch_assigned_then_submitted_then_decided(
    imported: tuple[Path, str, Case],
) -> None:
    data_dir, case_id, _ = imported
    with CaseService(data_dir) as service:
        t5 = service.history(case_id, "task:T5")
    assert [e.at.date() for e in t5][:3] == [  # then the import
        dt.date(2025, 6, 19),  # assigned (19:30 Beijing time: 11:30 UTC)
        dt.date(2025, 6, 23),  # submitted
        dt.date(2025, 6, 26),  # rejected, no reason
    ]


def test_the_evidence_files_are_real() -> None:
    with zipfile.ZipFile(SAMPLE) as zf:
        names = [n for n in zf.namelist() if n.startswith("evidence/")]
        files = {n: zf.read(n) for n in names}
    assert sorted(Path(n).suffix for n in files) == [".jpg", ".pdf", ".png", ".png"]
    pdf = next(data for n, data in files.items() if n.endswith(".pdf"))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "结算单" in text and "225.00" in text
    for name, data in files.items():
        if not name.endswith(".pdf"):
            assert Image.open(io.BytesIO(data)).format in {"PNG", "JPEG"}
        assert len(data) < 200_000


def test_check_finds_pay_per_hour_below_the_hourly_minimum(
    findings: dict[str, dict[str, object]],
) -> None:
    # Chengdu's part-time hourly minimum, in force from 2025-01-01 (the law data):
    minimum = load_law_data().minimum_wage_hourly("chengdu", dt.date(2025, 6, 3))
    assert minimum is not None and minimum.value == D("23")
    # Hours, Monday to Friday: 4, 3.5, 4, 3, 4 (18.5 a week).
    # 1–15 June: Tue 06-03 .. Fri 06-06 = 3.5+4+3+4 = 14.5, + week of 06-09 18.5 = 33 h
    #   paid 600.00 (T1 200 + T2 225 + T3 175); 33 × 23 = 759.00; short 159.00; 600/33 = 18.18
    # 16–30 June: weeks of 06-16 and 06-23 = 37, + Mon 06-30 4 = 41 h
    #   paid 655.00 (T4 250 + T6 225 + T7 180); 41 × 23 = 943.00; short 288.00; 15.98 an hour
    # 1–15 July: Tue 07-01 .. Fri 07-04 = 14.5, + week of 07-07 18.5 = 33 h (none after 07-11)
    #   paid 225.00 (T9); 759.00; short 534.00; 6.82 an hour
    # total 159 + 288 + 534 = 981.00
    f = findings["below-hourly-minimum@2025-06-01"]
    assert D(str(f["amount"])) == D("981.00")
    assert f["forum"] == "arbitration"  # a part-time labour relationship is claimed
    inputs = f["calculation"]["inputs"]  # type: ignore[index]
    assert [inputs[f"{p}.shortfall"] for p in PERIODS] == ["159.00", "288.00", "534.00"]
    assert [inputs[f"{p}.hours"] for p in PERIODS] == ["33.0", "41.0", "33.0"]
    assert [inputs[f"{p}.per_hour"] for p in PERIODS] == ["18.18", "15.98", "6.82"]
    # every day is within LCL 68 (at most 4 h, 18.5 h a week); every cycle 15 days
    quiet = ("part-time-limits-exceeded", "part-time-pay-cycle")
    assert not any(k.startswith(quiet) for k in findings)


PERIODS = ("2025-06-01/2025-06-15", "2025-06-16/2025-06-30", "2025-07-01/2025-07-15")


def test_check_finds_the_unpaid_batches(findings: dict[str, dict[str, object]]) -> None:
    # accepted 07-16 and in no payout: T10, 800 × 0.25 = 200.00
    accepted = findings["piece-work-unpaid@accepted"]
    assert D(str(accepted["amount"])) == D("200.00") and accepted["confidence"] == "statute"
    # T5 rejected with no reason: 1000 × 0.25 = 250.00
    # T8 submitted 07-03, 7 days' review to 07-10, rejected 07-18: 250.00
    # (T11 rejected 07-14 with a reason, inside its review to 07-17: stands, not counted)
    rejected = findings["piece-work-unpaid@rejected"]
    assert D(str(rejected["amount"])) == D("500.00") and rejected["confidence"] == "practice"
    rows = rejected["calculation"]["inputs"]  # type: ignore[index]
    assert rows["batches"] == "2"


def test_check_asks_to_confirm_the_part_time_relationship(
    findings: dict[str, dict[str, object]],
) -> None:
    rel = findings["relationship-to-confirm@part_time"]
    # hours within LCL 68's limits: the records fit part-time work (low)
    assert rel["severity"] == "low" and rel["confidence"] == "practice"
    assert rel.get("amount") is None


@pytest.mark.slow
def test_sample_platform_rebuilds_it_deterministically(tmp_path: Path) -> None:
    outs = [tmp_path / "a.caseapp.zip", tmp_path / "b.caseapp.zip"]
    for out in outs:
        proc = subprocess.run(
            [sys.executable, str(REPO / "packaging" / "sample_platform.py"), str(out)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert "journal entries" in proc.stdout
    assert outs[0].read_bytes() == outs[1].read_bytes()  # same bytes every build
    with zipfile.ZipFile(outs[0]) as rebuilt, zipfile.ZipFile(SAMPLE) as committed:
        assert sorted(rebuilt.namelist()) == sorted(committed.namelist()), (
            "the committed platform sample is stale: "
            "run .venv/bin/python packaging/sample_platform.py"
        )
