"""Reading the database with the standard library alone (no SQLAlchemy).

Used where importing SQLAlchemy would cost more than the read itself: the
schema revision check before deciding whether Alembic is needed, and the
desktop app's first look at the data (a case's canonical JSON ``doc``
columns, read while the full service is still opening).

Rows come back as plain values; the column encodings are those of
``storage.types`` (dates and instants as ISO text, JSON as canonical text).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from caseapp.storage import dbconnect

# The newest revision under migrations/versions; a test keeps it in step with Alembic.
HEAD = "0002"
if TYPE_CHECKING:
    from caseapp.domain.kinds import RecordKind

DB_NAME = "caseapp.sqlite3"


def table_of(kind: RecordKind) -> str:
    """A record kind's table: named as its list in the document."""
    return kind.list_field


def key_column(kind: RecordKind) -> str:
    """The column of a record kind's natural key: `rid` for ids, else `date`/`month`."""
    return "rid" if kind.key_field == "id" else kind.key_field


def order_column(kind: RecordKind) -> str:
    """The ORDER BY of a kind's rows (as ``records.rows_of``): days by date, months
    by month, everything else in the order it was first stored."""
    return "pk" if kind.key_field == "id" else kind.key_field


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def read_revision(path: Path) -> str | None:
    """The schema revision, read with plain SQL (no Alembic import).
    None for a new, empty database."""
    conn = dbconnect.connect(path)
    try:
        return _revision(conn)
    finally:
        conn.close()


def _revision(conn: sqlite3.Connection) -> str | None:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if version is None else str(version[0])


@dataclass(frozen=True)
class CaseHead:
    """One ``cases`` row as stored (see ``storage.models.CaseRow``)."""

    pk: int
    case_id: str
    uid: str
    title: str | None
    worker: str
    employer: str
    client: str | None
    start: str  # ISO date
    updated_at: str | None  # RFC 3339
    last_day: str | None  # ISO date of the newest logged day


@dataclass(frozen=True)
class CaseDocs:
    """A case's stored JSON: the ``case`` object, top-level ``x-`` keys, and
    each kind's record documents in document order."""

    info: dict[str, object]
    extra: dict[str, object]
    records: dict[str, list[dict[str, object]]]


def connect_existing(path: Path) -> sqlite3.Connection | None:
    """A connection to an existing database file whose schema is at HEAD;
    None when the file is missing or the schema must first be created or
    upgraded (that is the full service's job). Never creates the file."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = dbconnect.connect(path, mode="rw")
    except dbconnect.database_errors():
        return None
    conn = cast(sqlite3.Connection, conn)  # sqlcipher3's has the same interface
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        if _revision(conn) != HEAD:
            conn.close()
            return None
    except dbconnect.database_errors():
        conn.close()
        return None
    return conn


def case_heads(conn: sqlite3.Connection) -> list[CaseHead]:
    """Every case in creation order, with its newest logged day."""
    last = dict(conn.execute("SELECT case_pk, MAX(date) FROM days GROUP BY case_pk").fetchall())
    rows = conn.execute(
        "SELECT pk, case_id, uid, title, worker, employer, client, start, updated_at"
        " FROM cases ORDER BY pk"
    ).fetchall()
    return [
        CaseHead(pk, case_id, uid, title, worker, employer, client, start, updated, last.get(pk))
        for pk, case_id, uid, title, worker, employer, client, start, updated in rows
    ]


def case_docs(conn: sqlite3.Connection, case_pk: int) -> CaseDocs:
    """The stored JSON of one case, read in one transaction (a consistent view)."""
    from caseapp.domain.kinds import RECORD_KINDS  # not before the app's first paint

    conn.execute("BEGIN")
    try:
        info, extra = conn.execute(
            "SELECT info, extra FROM cases WHERE pk = ?", (case_pk,)
        ).fetchone()
        records: dict[str, list[dict[str, object]]] = {}
        for kind in RECORD_KINDS:
            cursor = conn.execute(
                f"SELECT doc FROM {table_of(kind)} WHERE case_pk = ? ORDER BY {order_column(kind)}",
                (case_pk,),
            )
            records[kind.name] = [json.loads(doc) for (doc,) in cursor]
    finally:
        conn.execute("COMMIT")
    return CaseDocs(json.loads(info), json.loads(extra) if extra else {}, records)
