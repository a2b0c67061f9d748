"""The committed sample case: it imports through the command line, holds what
the README promises (about six months of days, payments with net and
deductions, some net only, social-insurance months, tasks, people with
accounts, incidents with quotes, real PDF/PNG/JPEG evidence, backfilled and
late records), and packaging/make_sample.py rebuilds it through the services."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.domain.model import Case
from caseapp.domain.vocab import DayStatus, IncidentKind, Origin
from caseapp.paths import resource
from tests.cli.conftest import import_sample

REPO = Path(__file__).resolve().parents[2]
SAMPLE = resource("samples", "sample.caseapp.zip")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Case]:
    return import_sample(tmp_path_factory.mktemp("sample") / "data", SAMPLE)


def test_the_sample_case_story(imported: tuple[Path, str, Case]) -> None:
    _, _, case = imported
    info = case.info
    assert info.worker.name == "李青"
    assert info.position == "测试工程师"
    assert info.arrangement == "outsourcing"
    assert info.city == "hangzhou"
    assert info.client is not None
    assert info.monthly_wage == 14000
    assert (info.payday, info.pay_lag_months) == (15, 1)

    days = {d.date: d for d in case.days}
    assert 170 <= len(days) <= 190
    statuses = {d.status for d in days.values()}
    assert {
        DayStatus.WORKING,
        DayStatus.STANDBY,
        DayStatus.STANDBY_ONCALL,
        DayStatus.REST,
    } <= statuses
    assert days[dt.date(2025, 3, 12)].status is DayStatus.WORKING
    assert days[dt.date(2025, 4, 4)].status is DayStatus.REST  # 清明节
    assert days[dt.date(2025, 4, 27)].status.is_standby  # a make-up working Sunday
    assert days[dt.date(2025, 6, 3)].status is DayStatus.STANDBY_ONCALL

    assert any(p.amount and p.net and p.deductions for p in case.payments)
    assert any(p.amount is None and p.net is not None for p in case.payments)
    assert any(p.amount is not None and p.amount < 1992 for p in case.payments)
    assert len(case.social_insurance) >= 6
    assert case.tasks and all(p.accounts for p in case.people if p.party != "other")

    kinds = {i.kind for i in case.incidents}
    assert {
        IncidentKind.REMOVED_FROM_PROJECT,
        IncidentKind.STANDBY_NOTICE,
        IncidentKind.ASKED_TO_RESIGN,
        IncidentKind.RESIGNATION_FORM_PRESENTED,
        IncidentKind.PAY_CUT_NOTICE,
        IncidentKind.ACCESS_REVOKED,
        IncidentKind.WORK_REQUESTED,
        IncidentKind.DEMAND_SENT,
    } <= kinds
    assert sum(1 for i in case.incidents if i.quote) >= 6
    form = next(i for i in case.incidents if i.kind is IncidentKind.RESIGNATION_FORM_PRESENTED)
    assert form.response == "objected_in_writing"
    demand = next(i for i in case.incidents if i.kind is IncidentKind.DEMAND_SENT)
    assert "standby-below-floor" in demand.asserts

    backfilled = [d for d in case.days if d.provenance.origin is Origin.BACKFILL]
    assert backfilled and all(d.provenance.backfill_basis for d in backfilled)
    late = [
        i
        for i in case.incidents
        if i.provenance.recorded_at is not None
        and i.provenance.recorded_at.date() > i.date + dt.timedelta(days=2)
    ]
    assert late


def test_the_evidence_files_are_real(tmp_path: Path) -> None:
    with zipfile.ZipFile(SAMPLE) as zf:
        names = [n for n in zf.namelist() if n.startswith("evidence/")]
        by_ext = {Path(n).suffix: zf.read(n) for n in names}
    assert set(by_ext) == {".pdf", ".png", ".jpg"}
    text = PdfReader(io.BytesIO(by_ext[".pdf"])).pages[0].extract_text()
    assert "工资条" in text and "1800.00" in text
    assert Image.open(io.BytesIO(by_ext[".png"])).format == "PNG"
    assert Image.open(io.BytesIO(by_ext[".jpg"])).format == "JPEG"
    assert all(len(data) < 200_000 for data in by_ext.values())


def test_the_sample_verifies_after_import(
    imported: tuple[Path, str, Case], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, case_id, _ = imported
    capsys.readouterr()
    assert main(["list", "--json", "--data-dir", str(data_dir)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["worker"]) for r in rows] == [(case_id, "李青")]
    assert main(["verify", case_id, "--data-dir", str(data_dir)]) == 0


@pytest.mark.slow
def test_make_sample_rebuilds_it_through_the_services(tmp_path: Path) -> None:
    out = tmp_path / "rebuilt.caseapp.zip"
    proc = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "make_sample.py"), str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "journal entries" in proc.stdout
    with zipfile.ZipFile(out) as rebuilt, zipfile.ZipFile(SAMPLE) as committed:
        assert sorted(rebuilt.namelist()) == sorted(committed.namelist()), (
            "the committed sample is stale: run .venv/bin/python packaging/make_sample.py"
        )


def test_round_trip_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import → export → import --as-new → export: the same data (the uid aside,
    which --as-new renews), the same evidence bytes."""
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["import", str(SAMPLE), *data]) == 0
    first = capsys.readouterr().out.strip()
    a = tmp_path / "a.caseapp.zip"
    assert main(["export", first, "-o", str(a), *data]) == 0
    assert main(["import", str(a), "--as-new", *data]) == 0
    second = capsys.readouterr().out.strip().splitlines()[-1]
    assert second != first
    b = tmp_path / "b.caseapp.zip"
    assert main(["export", second, "-o", str(b), *data]) == 0

    def content(path: Path) -> tuple[dict[str, object], dict[str, bytes]]:
        with zipfile.ZipFile(path) as zf:
            doc = json.loads(zf.read("case.json"))
            files = {n: zf.read(n) for n in zf.namelist() if n.startswith("evidence/")}
        doc["case"].pop("uid")
        return doc, files

    with zipfile.ZipFile(SAMPLE) as zf:
        original = json.loads(zf.read("case.json"))
    original["case"].pop("uid")
    doc_a, files_a = content(a)
    doc_b, files_b = content(b)
    assert doc_a == original
    assert doc_b == doc_a
    assert files_b == files_a and len(files_a) == 4
