"""The SQLite engine and its pragmas.

Every connection gets, in a connect listener that works on Python 3.11 (no
``dbapi_conn.autocommit``, which is 3.12+; instead pysqlite's own
transaction handling is switched off with ``isolation_level = None`` and
SQLAlchemy's ``begin`` event emits ``BEGIN`` itself):

- ``foreign_keys=ON`` — references between rows hold;
- ``journal_mode=WAL`` — readers never block the one writer;
- ``synchronous=FULL`` — deliberate. In WAL mode ``NORMAL`` is also safe
  against corruption, but a transaction that already returned can be lost on
  power failure or an OS crash. caseapp tells the worker "saved" when a call
  returns, and the journal is evidence: a day reported saved must survive
  the laptop's battery dying a second later. ``FULL`` fsyncs the WAL on every
  commit; that costs a fraction of a millisecond per commit (see
  tests/benchmarks/bench_services.py), nothing at the pace a person types;
- ``busy_timeout=5000`` — a second process (the CLI while the app is open)
  waits for the lock instead of failing at once.

Write transactions begin with ``BEGIN IMMEDIATE`` (engine execution option
``sqlite_immediate``) so a read never has to be upgraded to a write lock
mid-transaction, which SQLite can refuse with SQLITE_BUSY in WAL mode.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from caseapp.storage.lean import DB_NAME as DB_NAME  # re-exported (plain-SQL module)
from caseapp.storage.lean import db_path as db_path
from caseapp.storage.lean import read_revision as read_revision
from caseapp.storage.private import FILE_MODE, private_dir, private_file

BUSY_TIMEOUT_MS = 5000
SYNCHRONOUS = "FULL"
SYNCHRONOUS_VALUE = 2  # what PRAGMA synchronous reads back for FULL


def prepare_data_dir(data_dir: Path) -> Path:
    """Create the data directory (0700) and the database file (0600), so that
    SQLite's -wal and -shm files, which copy the database file's mode, are
    private too. Returns the database path."""
    private_dir(data_dir)
    return private_file(db_path(data_dir))


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only on read-only media: with
    ``immutable=1`` (no lock, no -shm file needed) unless a WAL file with
    content is beside it, which must then be read (``mode=ro``)."""
    wal = Path(str(path) + "-wal")
    immutable = not (wal.exists() and wal.stat().st_size > 0)
    return f"file:{path.as_posix()}?mode=ro" + ("&immutable=1" if immutable else "")


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: bool = False) -> Engine:
    if read_only:
        engine = create_engine(f"sqlite:///{read_only_uri(path)}&uri=true")
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (3.11-safe)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:  # read-only media: nothing to journal, nothing written
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def secure_db_files(path: Path) -> None:
    """Make the database and its -wal/-shm files 0600 (they exist while open)."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.chmod(FILE_MODE)
