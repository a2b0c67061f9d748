"""Open the database, creating or upgrading its schema when needed.

The revision is read with plain SQL; Alembic is imported only when the
schema must be created or is behind. Before an upgrade the database is
backed up (backup API). The upgrade runs on connections with
``foreign_keys=OFF`` — switched off outside any transaction, where the
pragma takes effect — because Alembic's batch mode rebuilds a table by
copy-and-drop, and with foreign keys ON the drop cascades and empties every
child table. Afterwards ``PRAGMA foreign_key_check`` must come back empty.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text

from caseapp.storage.backups import MIGRATION_PREFIX, make_backup
from caseapp.storage.engine import (
    db_path,
    make_engine,
    prepare_data_dir,
    read_only_uri,
    secure_db_files,
)
from caseapp.storage.health import check_database
from caseapp.storage.lean import HEAD as HEAD  # re-exported: the schema head
from caseapp.storage.lean import _revision, read_revision


class MigrationError(RuntimeError):
    """The upgrade left rows whose references do not resolve."""


def open_database(data_dir: Path, *, read_only: bool = False) -> Engine:
    """Prepare the private data directory and return an engine on a database
    whose schema is at ``HEAD``. ``read_only`` (read-only media): nothing is
    created, changed or upgraded; the engine only reads."""
    if read_only:
        return _open_read_only(db_path(data_dir))
    check_database(data_dir)  # never take a damaged file for a new, empty one
    path = prepare_data_dir(data_dir)
    revision = read_revision(path)
    if revision != HEAD:
        if revision is not None:
            make_backup(path, data_dir, f"{MIGRATION_PREFIX}-{revision}")
        upgrade(path)
    engine = make_engine(path)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    secure_db_files(path)
    return engine


def _open_read_only(path: Path) -> Engine:
    if not path.is_file():
        raise OSError(errno.EROFS, "read-only data directory without a database", str(path))
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        revision = _revision(conn)
    finally:
        conn.close()
    if revision != HEAD:  # an upgrade would have to write
        raise OSError(errno.EROFS, f"schema {revision} needs an upgrade", str(path))
    engine = make_engine(path, read_only=True)
    with engine.connect() as conn2:
        conn2.exec_driver_sql("SELECT 1")
    return engine


def upgrade(path: Path, target: str = "head", *, down: bool = False) -> None:
    """Run Alembic on ``path`` with foreign keys OFF (``down``: downgrade to
    ``target``, used only to make old fixtures)."""
    from alembic import command
    from alembic.config import Config

    from caseapp.paths import migrations_dir

    engine = make_engine(path, foreign_keys=False)
    try:
        config = Config()
        config.set_main_option("script_location", str(migrations_dir()))
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(config, target)
        with engine.connect() as conn:
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if problems:
            raise MigrationError(f"foreign key check after upgrade: {problems[:10]}")
    finally:
        engine.dispose()
    secure_db_files(path)
