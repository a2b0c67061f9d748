"""The lean start-up read (plain sqlite3, no SQLAlchemy) answers exactly what
the full service answers, or nothing when only the service can; the serial
writer runs it before opening the service and can hold the opening back."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from caseapp.paths import resource
from caseapp.services.api import ImportMode
from caseapp.services.service import CaseService
from caseapp.services.snapshot import Snapshot, read_snapshot
from caseapp.services.writer import SerialWriter
from caseapp.storage.lean import DB_NAME, HEAD, read_revision
from tests.services import factories as f

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"


def _fill(svc: CaseService) -> tuple[str, str]:
    first = svc.create_case(f.make_info(title="第一件"))
    svc.save_record(first, f.person("P1"))
    svc.set_days(first, [f.day(i) for i in range(40)])
    second = svc.create_case(f.make_info(title="第二件"))
    svc.save_record(second, f.person("P1"))
    svc.save_record(second, f.task())
    svc.save_record(second, f.payment())
    svc.save_record(second, f.si_month())
    svc.save_record(second, f.evidence())
    svc.save_record(second, f.incident())
    svc.set_days(second, [f.day(i, note=f"第{i}天") for i in (5, 3, 9)])
    return first, second


def test_snapshot_matches_the_service(svc: CaseService, data_dir: Path) -> None:
    first, second = _fill(svc)
    for prefer, expected in ((second, second), (first, first), (None, first), ("gone", first)):
        snap = read_snapshot(data_dir, prefer)
        assert isinstance(snap, Snapshot)
        assert snap.cases == svc.list_cases()
        assert snap.case_id == expected
        assert snap.case == svc.load_case(expected)


def test_snapshot_of_the_sample_case_matches_the_service(svc: CaseService, data_dir: Path) -> None:
    sample = resource("samples", "sample.caseapp.zip")
    if not sample.exists():
        pytest.skip("no sample case in this checkout")
    case_id = svc.import_file(sample, ImportMode.AS_NEW)
    snap = read_snapshot(data_dir, case_id)
    assert snap is not None and snap.case is not None
    assert snap.case == svc.load_case(case_id)
    assert len(snap.case.days) > 100  # a real case, not an empty one
    assert snap.cases == svc.list_cases()


def test_no_snapshot_without_a_database(tmp_path: Path) -> None:
    assert read_snapshot(tmp_path / "nowhere") is None
    (tmp_path / "empty").mkdir()
    assert read_snapshot(tmp_path / "empty") is None
    assert not (tmp_path / "empty" / DB_NAME).exists()  # never creates it


def test_no_snapshot_of_a_schema_to_upgrade(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "v0001.sqlite3", data / DB_NAME)
    assert read_revision(data / DB_NAME) not in (None, HEAD)
    assert read_snapshot(data) is None
    assert read_revision(data / DB_NAME) != HEAD  # left for the service to upgrade


def test_snapshot_of_a_database_with_no_case(svc: CaseService, data_dir: Path) -> None:
    assert read_snapshot(data_dir) == Snapshot([], None, None)


def test_writer_reads_early_then_holds_the_opening(data_dir: Path) -> None:
    with CaseService(data_dir) as svc:
        first, _ = _fill(svc)
    order: list[str] = []
    opened = threading.Event()

    def factory() -> CaseService:
        order.append("open")
        service = CaseService(data_dir)
        opened.set()
        return service

    def early() -> object:
        order.append("early")
        return read_snapshot(data_dir)

    writer = SerialWriter(factory, early=early, hold=True, gate_timeout=60)
    try:
        snap = writer.early.result(timeout=30)
        assert isinstance(snap, Snapshot) and snap.case_id == first
        assert not opened.wait(0.3)  # held back until proceed()
        writer.proceed()
        assert writer.submit(lambda s: s.resolve_case(first)).result(timeout=30) == first
        assert order == ["early", "open"]
    finally:
        writer.shutdown()


def test_writer_gate_and_a_failing_early_read(data_dir: Path) -> None:
    gate = threading.Event()

    def early() -> object:
        raise OSError("unreadable")

    writer = SerialWriter(lambda: CaseService(data_dir), gate=gate, early=early, gate_timeout=60)
    try:
        assert not writer.early.done()  # waits for the gate
        gate.set()
        assert isinstance(writer.early.exception(timeout=30), OSError)
        assert writer.submit(lambda s: s.list_cases()).result(timeout=30) == []
    finally:
        writer.shutdown()
