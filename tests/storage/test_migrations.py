"""Migrations: an old database upgrades with nothing lost, after a backup;
models and migrations do not drift; the cascade pitfall is real and avoided."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from caseapp.casefile.codec import case_to_document
from caseapp.paths import migrations_dir
from caseapp.services.service import CaseService
from caseapp.storage import migrate
from caseapp.storage.engine import make_engine, read_revision
from caseapp.storage.models import Base

FIXTURES = Path(__file__).parent / "fixtures"


def old_data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURES / "v0001.sqlite3", data / "caseapp.sqlite3")
    shutil.copytree(FIXTURES / "v0001-evidence", data / "evidence")
    return data


def test_head_constant_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD


def test_v0001_fixture_upgrades_to_head_with_nothing_lost(tmp_path: Path) -> None:
    data = old_data_dir(tmp_path)
    assert read_revision(data / "caseapp.sqlite3") == "0001"
    expected = json.loads((FIXTURES / "v0001.expected.json").read_text())
    with CaseService(data) as svc:
        assert read_revision(svc.db_path) == migrate.HEAD
        case_id = expected["case_id"]
        assert case_to_document(svc.load_case(case_id)) == expected["document"]
        assert [line.decode() for line in svc.journal_lines(case_id)] == expected["journal"]
        report = svc.verify_case(case_id)
        assert report.ok, report.problems
        assert report.files_checked == 3
        conn = sqlite3.connect(svc.db_path)
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"ix_evidence_files_sha256", "ix_evidence_kind"} <= indexes
        assert conn.execute("SELECT count(*) FROM evidence_files").fetchone()[0] == 3
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
        # still writable, and the chain continues
        svc.set_days(case_id, [])
        svc.undo_last(case_id)
        assert svc.verify_case(case_id).ok


def test_backup_made_before_migration(tmp_path: Path) -> None:
    data = old_data_dir(tmp_path)
    original = sqlite3.connect(FIXTURES / "v0001.sqlite3")
    rows = original.execute("SELECT seq, line FROM journal ORDER BY pk").fetchall()
    original.close()
    with CaseService(data):
        pass
    backups = sorted((data / "backups").glob("*pre-migration-0001*"))
    assert len(backups) == 1
    assert read_revision(backups[0]) == "0001"
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT seq, line FROM journal ORDER BY pk").fetchall() == rows
    conn.close()
    with CaseService(data):  # at head now: no second migration backup
        pass
    assert len(sorted((data / "backups").glob("*pre-migration*"))) == 1


def test_cascade_pitfall_real_with_foreign_keys_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What upgrade() guards against: the same migration with foreign keys ON
    empties evidence_files. (If this stops failing that way, the guard test
    above proves less — look again.)"""
    data = old_data_dir(tmp_path)
    monkeypatch.setattr(migrate, "make_engine", lambda path, **_kw: make_engine(path))
    migrate.upgrade(data / "caseapp.sqlite3")
    conn = sqlite3.connect(data / "caseapp.sqlite3")
    assert conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM evidence_files").fetchone()[0] == 0
    conn.close()


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrate.upgrade(tmp_path / "fresh.sqlite3")
    engine = make_engine(tmp_path / "fresh.sqlite3")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_new_database_created_at_head(tmp_path: Path) -> None:
    with CaseService(tmp_path / "d") as svc:
        assert read_revision(svc.db_path) == migrate.HEAD
    assert not (tmp_path / "d" / "backups").exists()


def test_alembic_not_imported_when_schema_is_current(tmp_path: Path) -> None:
    """Start-up reads the revision with plain SQL; Alembic loads only to upgrade."""
    import subprocess
    import sys

    with CaseService(tmp_path / "d"):
        pass
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from caseapp.services.service import CaseService\n"
        f"CaseService(Path({str(tmp_path / 'd')!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
