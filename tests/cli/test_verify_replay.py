"""`caseapp verify` on a case in the data directory replays the journal's
after-images and compares them with every current record, typed columns
included (issue 12, item 1): a raw SQL change to one payment's amount, to
a record's JSON, a row added or removed behind the app's back, all exit 1,
also for a case that came in by import. An export whose journal is empty or
holds no `export` entry is reported as such (exit 1)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseapp.services.service import CaseService
from tests.cli.test_verify import journal, read_members, resum, run, set_journal, write_members


def _sql(data_dir: Path, statement: str) -> None:
    conn = sqlite3.connect(data_dir / "caseapp.sqlite3")
    try:
        with conn:
            assert conn.execute(statement).rowcount >= 1
    finally:
        conn.close()


def _verify(capsys: pytest.CaptureFixture[str], data_dir: Path, case_id: str) -> tuple[int, str]:
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(data_dir), "verify", case_id)
    return code, out + err


TAMPERING = {
    "payment-amount-column": "UPDATE payments SET amount = 100",
    "payment-amount-json": "UPDATE payments SET doc = json_set(doc, '$.amount', '1.00')",
    "day-row-deleted": "DELETE FROM days WHERE pk = (SELECT min(pk) FROM days)",
    "day-row-added": "INSERT INTO days (case_pk, doc, date, status) SELECT case_pk, "
    "json_set(doc, '$.date', '2025-03-30'), '2025-03-30', status FROM days LIMIT 1",
    "worker-name-column": "UPDATE cases SET worker = '李清'",
    "evidence-file-row": "UPDATE evidence_files SET size = size + 1",
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_a_raw_sql_change_in_the_data_directory_exits_1(
    name: str, data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = _verify(capsys, data_dir, case_id)
    assert code == 0, text
    _sql(data_dir, TAMPERING[name])
    code, text = _verify(capsys, data_dir, case_id)
    assert code == 1, text
    assert "mismatch" in text


IMPORTED = ["payment-amount-column", "payment-amount-json", "day-row-deleted"]


@pytest.mark.parametrize("name", IMPORTED)
def test_an_imported_case_is_checked_record_by_record_too(
    name: str, case_id: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "moved.caseapp.zip"
    with CaseService(data_dir) as service:
        service.export_case(case_id, out)
    fresh = tmp_path / "fresh"
    with CaseService(fresh) as service:
        imported = service.import_file(out)
    code, text = _verify(capsys, fresh, imported)
    assert code == 0, text
    _sql(fresh, TAMPERING[name])
    code, text = _verify(capsys, fresh, imported)
    assert code == 1, text


def test_an_export_without_an_export_entry_is_reported(
    case_id: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "e.caseapp.zip"
    with CaseService(data_dir) as service:
        service.export_case(case_id, exported)
    members = read_members(exported)
    lines = journal(members)
    set_journal(members, lines[:-1])  # the export entry dropped: the chain still holds
    resum(members)
    no_export = tmp_path / "no-export.caseapp.zip"
    write_members(no_export, members)
    code, out, err = run(capsys, "--lang", "en", "verify", str(no_export))
    assert code == 1, out + err
    assert "no export entry" in out

    members["journal.jsonl"] = b""
    resum(members)
    empty = tmp_path / "empty-journal.caseapp.zip"
    write_members(empty, members)
    code, out, err = run(capsys, "--lang", "en", "verify", str(empty))
    assert code == 1, out + err
    assert "journal is empty" in out
