"""Every use case writes exactly one journal entry; undo restores; history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.casefile.journal import verify_chain
from caseapp.domain.model import Case, Evidence
from caseapp.domain.vocab import DayStatus, JournalOp, Origin
from caseapp.services.api import ServiceError
from caseapp.services.service import CaseService
from caseapp.services.writer import SerialWriter
from tests.services import factories as f


def entries(svc: CaseService, case_id: str) -> int:
    return svc.journal_head(case_id)[0]


def test_create_case_writes_one_create_entry(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    history = svc.history(case_id)
    assert [e.op for e in history] == [JournalOp.CREATE]
    assert history[0].changes[0].ref == "case"
    assert history[0].changes[0].before is None
    assert len(case_id) == 8
    assert svc.load_case(case_id).info.worker.name == "李明"


@pytest.mark.parametrize(
    "use_case",
    [
        pytest.param(lambda s, c: s.set_days(c, [f.day(i) for i in range(20)]), id="range"),
        pytest.param(lambda s, c: s.save_record(c, f.person("P2")), id="person"),
        pytest.param(lambda s, c: s.save_record(c, f.task()), id="task"),
        pytest.param(lambda s, c: s.save_record(c, f.payment()), id="payment"),
        pytest.param(lambda s, c: s.save_record(c, f.si_month()), id="si"),
        pytest.param(lambda s, c: s.save_record(c, f.incident()), id="incident"),
        pytest.param(lambda s, c: s.save_record(c, f.evidence()), id="evidence"),
        pytest.param(
            lambda s, c: s.update_case_info(c, dataclasses.replace(f.make_info(), title="新标题")),
            id="case-info",
        ),
    ],
)
def test_each_use_case_writes_exactly_one_entry(
    svc: CaseService, use_case: Callable[[CaseService, str], object]
) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.person("P1"))  # tasks and incidents name P1
    use_case(svc, case_id)
    assert entries(svc, case_id) == 3
    problems, _head = verify_chain(svc.journal_lines(case_id))
    assert problems == []


def test_range_of_twenty_days_is_one_entry_with_twenty_changes(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    svc.set_days(case_id, [f.day(i) for i in range(20)])
    last = svc.history(case_id)[-1]
    assert last.op == JournalOp.CREATE
    assert len(last.changes) == 20
    assert len(svc.load_case(case_id).days) == 20


def test_update_delete_and_clear_each_one_entry(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.payment())
    svc.save_record(case_id, f.payment(amount="2500.00"))
    svc.set_days(case_id, [f.day(0), f.day(1)])
    svc.clear_days(case_id, [f.day(0).date, f.day(1).date])
    svc.delete_record(case_id, "payment:PAY1")
    ops = [e.op for e in svc.history(case_id)]
    assert ops == ["create", "create", "update", "create", "delete", "delete"]
    deleted = svc.history(case_id)[-1].changes[0]
    assert deleted.after is None
    assert isinstance(deleted.before, dict) and deleted.before["amount"] == "2500.00"
    assert svc.load_case(case_id).payments == ()


def test_saving_identical_record_writes_nothing(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.person())
    svc.save_record(case_id, f.person())
    svc.set_days(case_id, [f.day(0)])
    svc.set_days(case_id, [f.day(0)])
    assert entries(svc, case_id) == 3


def test_provenance_filled(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.payment())
    first = svc.load_case(case_id).payments[0].provenance
    assert first.recorded_at is not None and first.updated_at is None
    assert first.origin == Origin.APP
    assert first.recorded_at.utcoffset() == dt.timedelta(hours=8)
    svc.save_record(case_id, f.payment(amount="2600.00"))
    second = svc.load_case(case_id).payments[0].provenance
    assert second.recorded_at == first.recorded_at
    assert second.updated_at is not None and second.updated_at > first.recorded_at
    backfilled = dataclasses.replace(
        f.day(3),
        provenance=dataclasses.replace(
            f.day(3).provenance, origin=Origin.BACKFILL, backfill_basis="钉钉打卡记录"
        ),
    )
    svc.set_days(case_id, [backfilled])
    got = svc.load_case(case_id).days[0].provenance
    assert got.origin == Origin.BACKFILL and got.backfill_basis == "钉钉打卡记录"


def test_money_is_stored_as_integer_fen(svc: CaseService) -> None:
    import sqlite3

    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.payment(amount="2490.07"))
    conn = sqlite3.connect(svc.db_path)
    amount, kind = conn.execute("SELECT amount, typeof(amount) FROM payments").fetchone()
    conn.close()
    assert (amount, kind) == (249007, "integer")
    assert svc.load_case(case_id).payments[0].amount == Decimal("2490.07")


def test_fresh_ids_for_empty_ids(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    a = svc.save_record(case_id, f.evidence("")).one(Evidence)
    b = svc.save_record(case_id, f.evidence("")).one(Evidence)
    assert (getattr(a, "id", None), getattr(b, "id", None)) == ("E1", "E2")


def _state(case: Case) -> object:
    from caseapp.casefile.codec import case_to_document

    return case_to_document(case)


def test_undo_restores_each_step(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    states = [_state(svc.load_case(case_id))]
    steps: list[Callable[[], object]] = [
        lambda: svc.set_days(case_id, [f.day(i) for i in range(5)]),
        lambda: svc.save_record(case_id, f.payment()),
        lambda: svc.set_days(case_id, [f.day(2, DayStatus.WORKING, note="临时叫回")]),
        lambda: svc.update_case_info(case_id, dataclasses.replace(f.make_info(), title="改")),
        lambda: svc.delete_record(case_id, "payment:PAY1"),
        lambda: svc.clear_days(case_id, [f.day(0).date]),
    ]
    for step in steps:
        step()
        states.append(_state(svc.load_case(case_id)))
    for expected in reversed(states[:-1]):
        undone = svc.undo_last(case_id)
        assert undone is not None and undone.entry.op == JournalOp.UNDO
        assert _state(svc.load_case(case_id)) == expected
    assert svc.undo_last(case_id) is None  # the case's creation is not undone
    history = svc.history(case_id)
    assert [e.undoes for e in history if e.op == JournalOp.UNDO] == [7, 6, 5, 4, 3, 2]
    assert verify_chain(svc.journal_lines(case_id))[0] == []
    assert svc.verify_case(case_id).ok


def test_history_of_one_record(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    svc.save_record(case_id, f.payment())
    svc.save_record(case_id, f.person())
    svc.save_record(case_id, f.payment(amount="1.00"))
    svc.delete_record(case_id, "payment:PAY1")
    ops = [e.op for e in svc.history(case_id, "payment:PAY1")]
    assert ops == ["create", "update", "delete"]


def test_resolve_case_prefix_ambiguous_unknown(svc: CaseService) -> None:
    a = svc.create_case(f.make_info(uid="abcd1111-0000-4000-8000-000000000000"))
    b = svc.create_case(f.make_info(uid="abcd2222-0000-4000-8000-000000000000"))
    assert (a, b) == ("abcd1111", "abcd2222")
    assert svc.resolve_case("abcd1") == a
    with pytest.raises(ServiceError) as ambiguous:
        svc.resolve_case("abcd")
    assert "abcd1111" in ambiguous.value.problems[0]
    with pytest.raises(ServiceError):
        svc.resolve_case("ffff")
    assert {c.id for c in svc.list_cases()} == {a, b}


def test_case_id_lengthens_on_collision(svc: CaseService) -> None:
    a = svc.create_case(f.make_info(uid="abcd1111-0000-4000-8000-000000000000"))
    b = svc.create_case(f.make_info(uid="abcd1111-2222-4000-8000-000000000000"))
    assert (a, b) == ("abcd1111", "abcd111122")


def test_duplicate_uid_refused(svc: CaseService) -> None:
    uid = "abcd1111-0000-4000-8000-000000000000"
    svc.create_case(f.make_info(uid=uid))
    with pytest.raises(ServiceError):
        svc.create_case(f.make_info(uid=uid))


def test_purge_removes_record_and_file_keeps_chain(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case(f.make_info())
    secret = tmp_path / "chat.png"
    secret.write_bytes(b"third party's phone number 139...")
    ev = svc.add_evidence_files(case_id, f.evidence(), [secret]).one(Evidence)
    sha = ev.files[0].sha256
    assert svc.store.has(sha)
    svc.purge(case_id, "evidence:E1")
    assert not svc.store.has(sha)
    assert svc.load_case(case_id).evidence == ()
    last = json.loads(svc.journal_lines(case_id)[-1])
    assert last["op"] == "purge"
    assert last["changes"][0]["before"].keys() == {"purged"}
    assert last["purged"][0]["ref"] == "evidence:E1"
    assert b"third party" not in svc.journal_lines(case_id)[-1]
    assert svc.undo_last(case_id) is None  # a purge is a barrier
    assert svc.verify_case(case_id).ok
    assert any("pre-purge" in p.name for p in (svc.data_dir / "backups").iterdir())


def test_delete_case_removes_everything(svc: CaseService, tmp_path: Path) -> None:
    case_id = svc.create_case(f.make_info())
    other = svc.create_case(f.make_info())
    shared = tmp_path / "slip.pdf"
    shared.write_bytes(b"%PDF-1.4 payslip")
    only = tmp_path / "only.jpg"
    only.write_bytes(b"jpeg bytes")
    a = svc.add_evidence_files(case_id, f.evidence(), [shared, only]).one(Evidence)
    svc.add_evidence_files(other, f.evidence(), [shared])
    svc.set_days(case_id, [f.day(0)])
    svc.delete_case(case_id)
    assert [c.id for c in svc.list_cases()] == [other]
    assert svc.store.has(a.files[0].sha256)  # still used by the other case
    assert not svc.store.has(a.files[1].sha256)
    import sqlite3

    conn = sqlite3.connect(svc.db_path)
    for table in ("days", "evidence", "evidence_files", "journal"):
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert count == (0 if table == "days" else 1 if table != "journal" else 2)
    conn.close()


def test_delete_unknown_record_refused(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    with pytest.raises(ServiceError):
        svc.delete_record(case_id, "payment:NOPE")
    with pytest.raises(ServiceError):
        svc.delete_record(case_id, "nonsense")
    assert entries(svc, case_id) == 1


def test_serial_writer_runs_in_order_on_one_thread(data_dir: Path) -> None:
    writer = SerialWriter(lambda: CaseService(data_dir))
    try:
        case_id = writer.submit(lambda s: s.create_case(f.make_info())).result(timeout=30)
        threads: set[int] = set()

        def log(i: int) -> Callable[[CaseService], int]:
            def job(s: CaseService) -> int:
                threads.add(threading.get_ident())
                s.set_days(case_id, [f.day(i)])
                return i

            return job

        futures = [writer.submit(log(i)) for i in range(30)]
        assert [fut.result(timeout=30) for fut in futures] == list(range(30))
        assert len(threads) == 1 and threading.get_ident() not in threads
        history = writer.submit(lambda s: s.history(case_id)).result(timeout=30)
        dates = [e.changes[0].ref for e in history[1:]]
        assert dates == [f"day:{f.day(i).date.isoformat()}" for i in range(30)]
        failing = writer.submit(lambda s: s.delete_record(case_id, "task:none"))
        with pytest.raises(ServiceError):
            failing.result(timeout=30)
    finally:
        writer.shutdown()


def test_dangling_references_refused(svc: CaseService) -> None:
    case_id = svc.create_case(f.make_info())
    with pytest.raises(ServiceError) as no_person:
        svc.save_record(case_id, f.task())
    assert "person:P1" in no_person.value.problems[0]
    with pytest.raises(ServiceError) as no_evidence:
        svc.set_days(case_id, [dataclasses.replace(f.day(0), evidence=("E9",))])
    assert "evidence:E9" in no_evidence.value.problems[0]
    assert entries(svc, case_id) == 1
    svc.save_record(case_id, f.person())
    svc.save_record(case_id, f.evidence())
    svc.save_record(case_id, dataclasses.replace(f.incident(), evidence=("E1",)))
    svc.save_record(case_id, dataclasses.replace(f.si_month(), evidence=("E1",)))
    with pytest.raises(ServiceError) as used:
        svc.delete_record(case_id, "evidence:E1")
    assert "incident:I1" in used.value.problems[0] and "si:2024-04" in used.value.problems[0]
    with pytest.raises(ServiceError):
        svc.purge(case_id, "person:P1")
    svc.delete_record(case_id, "incident:I1")
    svc.delete_record(case_id, "si:2024-04")
    svc.delete_record(case_id, "evidence:E1")
    svc.delete_record(case_id, "person:P1")
    assert svc.load_case(case_id).people == ()


def test_serial_writer_shutdown_finishes_queued_jobs(data_dir: Path) -> None:
    writer = SerialWriter(lambda: CaseService(data_dir))
    case_id = writer.submit(lambda s: s.create_case(f.make_info())).result(timeout=30)
    futures = [writer.submit(lambda s, i=i: s.set_days(case_id, [f.day(i)])) for i in range(10)]
    writer.shutdown()
    assert all(fut.done() and fut.exception() is None for fut in futures)
    with pytest.raises(RuntimeError):
        writer.submit(lambda s: None)
    with CaseService(data_dir) as svc:  # the lock was released by shutdown
        assert len(svc.load_case(case_id).days) == 10
