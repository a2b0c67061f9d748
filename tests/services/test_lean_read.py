"""The read-only commands' plain-SQL path (`services.lean_read.LeanReader`)
answers exactly what the full service answers: the case list, a prefix
resolved, the case, the journal head and the verify report (also when a
stored file or a record was changed behind the app's back), under the same
lock, or nothing when only the service can answer."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.paths import resource
from caseapp.services import lean_read, tx
from caseapp.services import service as service_module
from caseapp.services.api import DataDirInUse, ImportMode, ServiceError
from caseapp.services.lean_read import LeanReader
from caseapp.services.service import CaseService
from caseapp.storage.lean import DB_NAME, HEAD, read_revision
from tests.services import factories as f
from tests.services.conftest import Clock

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = resource("samples", "sample.caseapp.zip")


def _filled(data_dir: Path) -> tuple[CaseService, str, str]:
    svc = CaseService(data_dir, clock=Clock(), lock=False)
    first = svc.create_case(f.make_info(title="第一件"))
    svc.save_record(first, f.person("P1"))
    svc.set_days(first, [f.day(i) for i in range(40)])
    second = svc.create_case(f.make_info(title="第二件"))
    for record in (f.person("P1"), f.task(), f.payment(), f.si_month(), f.evidence()):
        svc.save_record(second, record)
    svc.save_record(second, f.incident())
    svc.set_days(second, [f.day(i, note=f"第{i}天") for i in (5, 3, 9)])
    return svc, first, second


def test_the_constants_are_the_service_s() -> None:
    assert lean_read.LOCK_NAME == service_module.LOCK_NAME
    assert lean_read.NOT_INCLUDED == tx.NOT_INCLUDED


def test_answers_equal_the_service_s(tmp_path: Path) -> None:
    data = tmp_path / "data"
    svc, first, second = _filled(data)
    try:
        reader = LeanReader.open(data)
        assert reader is not None
        with reader:
            assert reader.list_cases() == svc.list_cases()
            for case_id in (first, second):
                assert reader.resolve_case(case_id[:5].upper()) == svc.resolve_case(case_id[:5])
                assert reader.load_case(case_id) == svc.load_case(case_id)
                assert reader.journal_head(case_id) == svc.journal_head(case_id)
                assert reader.journal_lines(case_id) == svc.journal_lines(case_id)
                assert reader.verify_case(case_id) == svc.verify_case(case_id)
                assert reader.verify_case(case_id).ok
            with pytest.raises(ServiceError) as lean_error:
                reader.resolve_case("zzzz")
            with pytest.raises(ServiceError) as full_error:
                svc.resolve_case("zzzz")
            assert lean_error.value.problems == full_error.value.problems
    finally:
        svc.close()


def test_the_sample_case_and_its_files(tmp_path: Path) -> None:
    if not SAMPLE.exists():
        pytest.skip("no sample case in this checkout")
    data = tmp_path / "data"
    svc = CaseService(data, clock=Clock(), lock=False)
    try:
        case_id = svc.import_file(SAMPLE, ImportMode.AS_NEW)
        with LeanReader.open(data) as reader:  # type: ignore[union-attr]
            assert reader.load_case(case_id) == svc.load_case(case_id)
            report = reader.verify_case(case_id)
            assert report == svc.verify_case(case_id)
            assert report.ok and report.files_checked > 0
            sha = next(iter(reader.load_case(case_id).evidence)).files[0].sha256
            assert reader.evidence_file_path(sha) == svc.evidence_file_path(sha)
    finally:
        svc.close()


def test_verify_finds_what_the_service_finds(tmp_path: Path) -> None:
    if not SAMPLE.exists():
        pytest.skip("no sample case in this checkout")
    data = tmp_path / "data"
    svc = CaseService(data, clock=Clock(), lock=False)
    try:
        case_id = svc.import_file(SAMPLE, ImportMode.AS_NEW)
        svc.save_record(case_id, f.person("P9"))  # journaled after the import
        case = svc.load_case(case_id)
        # a stored file changed, and a record changed in the database behind the journal
        stored = svc.evidence_file_path(case.evidence[0].files[0].sha256)
        stored.chmod(0o600)
        stored.write_bytes(b"not the original")
        conn = sqlite3.connect(data / DB_NAME)
        doc = json.loads(conn.execute("SELECT doc FROM people WHERE rid = 'P9'").fetchone()[0])
        doc["name"] = "别人"
        conn.execute("UPDATE people SET doc = ? WHERE rid = 'P9'", (json.dumps(doc),))
        conn.commit()
        conn.close()
        with LeanReader.open(data) as reader:  # type: ignore[union-attr]
            lean_report = reader.verify_case(case_id)
        full_report = svc.verify_case(case_id)
        assert lean_report == full_report
        assert not lean_report.ok
        places = {p.place for p in lean_report.problems}
        assert "person:P9" in places
        assert any(place.startswith("evidence/") for place in places)
    finally:
        svc.close()


def test_nothing_without_a_current_database(tmp_path: Path) -> None:
    assert LeanReader.open(tmp_path / "nowhere") is None
    (tmp_path / "empty").mkdir()
    assert LeanReader.open(tmp_path / "empty") is None
    assert not (tmp_path / "empty" / DB_NAME).exists()
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(FIXTURES / "v0001.sqlite3", old / DB_NAME)
    assert LeanReader.open(old) is None
    assert read_revision(old / DB_NAME) != HEAD  # left for the service to upgrade
    # and the lock was given back: the service opens (and upgrades) it
    CaseService(old).close()


def test_refused_while_the_service_holds_the_directory(tmp_path: Path) -> None:
    data = tmp_path / "data"
    svc = CaseService(data)
    try:
        with pytest.raises(DataDirInUse):
            LeanReader.open(data)
    finally:
        svc.close()
    reader = LeanReader.open(data)
    assert reader is not None
    with reader, pytest.raises(DataDirInUse):
        CaseService(data)  # the reader holds it in turn


def test_read_only_commands_on_a_case_id_never_import_sqlalchemy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    svc, first, _second = _filled(data)
    svc.close()
    out = tmp_path / "out.pdf"
    script = (
        "import sys\n"
        "from caseapp.cli.main import cli_main\n"
        "for argv in sys.argv[1:]:\n"
        "    code = cli_main(['--data-dir', DATA, '--lang', 'en', *argv.split('|')])\n"
        "    assert code in (0, 1), (argv, code)\n"
        "    assert 'sqlalchemy' not in sys.modules, argv\n"
        "print('ok')\n"
    ).replace("DATA", repr(str(data)))
    statement = tmp_path / "statement.json"  # report -o OUT.json: the 事实与理由 paragraphs
    commands = [
        "list",
        f"check|{first}",
        f"verify|{first}",
        f"report|{first[:6]}|-o|{out}",
        f"report|{first}|-o|{statement}",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", script, *commands], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("ok")
    assert out.is_file()
    assert json.loads(statement.read_text(encoding="utf-8"))["paragraphs"]


def test_the_column_types_are_the_models_() -> None:
    """`storage.columns` reads each column as its SQLAlchemy type does: the sets of
    date, money and instant columns are the models' (every table, every column)."""
    from sqlalchemy import Date

    from caseapp.storage import columns
    from caseapp.storage.models import Base
    from caseapp.storage.types import Fen, Instant

    found: dict[type, set[str]] = {Date: set(), Fen: set(), Instant: set()}
    for table in Base.metadata.tables.values():
        for column in table.columns:
            for kind in found:
                if isinstance(column.type, kind):
                    found[kind].add(column.name)
    assert found[Date] == set(columns.DATE_COLUMNS)
    assert found[Fen] == set(columns.FEN_COLUMNS)
    assert found[Instant] == set(columns.INSTANT_COLUMNS)


# Raw SQL behind the app's back (as tests/cli/test_verify_replay.py), on the sample case
# imported and then changed once through the service: the journal's replay must find each,
# and the reader must say exactly what the service says.
TAMPERING = {
    "payment-amount-column": "UPDATE payments SET amount = amount + 1",
    "payment-amount-json": "UPDATE payments SET doc = json_set(doc, '$.amount', '1.00')",
    "payment-date-column": "UPDATE payments SET paid_on = '2001-01-01'",
    "day-row-deleted": "DELETE FROM days WHERE pk = (SELECT min(pk) FROM days)",
    "day-row-added": "INSERT INTO days (case_pk, doc, date, status) SELECT case_pk, "
    "json_set(doc, '$.date', '1999-03-30'), '1999-03-30', status FROM days LIMIT 1",
    "worker-name-column": "UPDATE cases SET worker = '李清'",
    "case-start-column": "UPDATE cases SET start = '1999-01-01'",
    "day-recorded-at": "UPDATE days SET recorded_at = '2001-01-01T00:00:00+00:00'",
    "evidence-file-row": "UPDATE evidence_files SET size = size + 1",
    "evidence-file-gone": "DELETE FROM evidence_files WHERE position = 0",
    "evidence-title-json": "UPDATE evidence SET doc = json_set(doc, '$.title', '别的')",
    "unreadable-doc": "UPDATE tasks SET doc = '{}' WHERE pk = (SELECT min(pk) FROM tasks)",
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_the_replayed_verify_equals_the_service_s(name: str, tmp_path: Path) -> None:
    if not SAMPLE.exists():
        pytest.skip("no sample case in this checkout")
    data = tmp_path / "data"
    with CaseService(data, clock=Clock()) as svc:
        case_id = svc.import_file(SAMPLE, ImportMode.AS_NEW)
        svc.save_record(case_id, f.person("P9"))  # journaled after the import
    conn = sqlite3.connect(data / DB_NAME)
    try:
        with conn:
            assert conn.execute(TAMPERING[name]).rowcount >= 1
    finally:
        conn.close()
    with LeanReader.open(data) as reader:  # type: ignore[union-attr]
        lean_report = reader.verify_case(case_id)
    with CaseService(data, clock=Clock()) as svc:
        full_report = svc.verify_case(case_id)
    assert lean_report == full_report
    assert not lean_report.ok, name
    assert all(
        p.place.split(":")[0] in {"case", "payment", "day", "person", "evidence", "task"}
        for p in lean_report.problems
    ), lean_report.problems


def test_the_cli_verify_output_is_the_service_s(tmp_path: Path) -> None:
    """`caseapp verify ID` (through the reader) prints what it printed through the
    full service: on a whole case and after a column was changed."""
    if not SAMPLE.exists():
        pytest.skip("no sample case in this checkout")
    from caseapp.cli import verify as verify_cmd
    from caseapp.cli.context import CliContext

    data = tmp_path / "data"
    with CaseService(data, clock=Clock()) as svc:
        case_id = svc.import_file(SAMPLE, ImportMode.AS_NEW)

    def printed(through_reader: bool) -> tuple[int, str]:
        import io

        out, err = io.StringIO(), io.StringIO()
        ctx = CliContext("en", data, stdout=out, stderr=err)
        try:
            if not through_reader:
                ctx.services()  # the reader is then never opened
            report = (ctx.reader() or ctx.services()).verify_case(case_id)
            code = verify_cmd.print_report(report, ctx)
        finally:
            ctx.close()
        return code, out.getvalue() + err.getvalue()

    assert printed(True) == printed(False)
    assert printed(True)[0] == 0
    conn = sqlite3.connect(data / DB_NAME)
    with conn:
        conn.execute("UPDATE payments SET amount = amount + 1")
    conn.close()
    code, text = printed(True)
    assert (code, text) == printed(False)
    assert code == 1 and "payment:" in text


def test_only_the_service_opens_a_damaged_or_read_only_directory(tmp_path: Path) -> None:
    data = tmp_path / "data"
    svc, _first, _second = _filled(data)
    svc.close()
    db = data / DB_NAME
    whole = db.read_bytes()
    db.write_bytes(whole[: len(whole) // 2 + 1])  # truncated: the service names the damage
    assert LeanReader.open(data) is None
    assert db.read_bytes() == whole[: len(whole) // 2 + 1]  # the reader moves nothing aside
    db.write_bytes(whole)
    if os.geteuid() != 0:  # root writes anywhere
        data.chmod(0o500)
        try:
            assert LeanReader.open(data) is None  # read-only media: no lock file can be made
        finally:
            data.chmod(0o700)
    reader = LeanReader.open(data)
    assert reader is not None
    reader.close()


def test_the_daily_backup_is_made_as_the_service_makes_it(tmp_path: Path) -> None:
    from caseapp.storage.backups import daily_backup_due, list_backups

    data = tmp_path / "data"
    svc, _first, _second = _filled(data)
    svc.close()
    for backup in list_backups(data):
        backup.unlink()
    assert daily_backup_due(data)
    with LeanReader.open(data) as reader:  # type: ignore[union-attr]
        assert reader.list_cases()
    assert not daily_backup_due(data)
    assert len(list_backups(data)) == 1
