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

# The newest revision under migrations/versions; a test keeps it in step with Alembic.
HEAD = "0002"
DB_NAME = "caseapp.sqlite3"

# Record tables in document order, with the ORDER BY that ``records.rows_of`` uses.
RECORD_ORDER = {
    "person": ("people", "pk"),
    "day": ("days", "date"),
    "task": ("tasks", "pk"),
    "payment": ("payments", "pk"),
    "si": ("social_insurance", "month"),
    "incident": ("incidents", "pk"),
    "evidence": ("evidence", "pk"),
}
# Document list name for each kind: the same mapping as ``casefile.codec.KIND_LIST``,
# written out here so this module imports nothing of caseapp (``records.LIST_OF`` is this).
LIST_OF = {
    "person": "people",
    "day": "days",
    "task": "tasks",
    "payment": "payments",
    "si": "social_insurance",
    "incident": "incidents",
    "evidence": "evidence",
}


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def read_revision(path: Path) -> str | None:
    """The schema revision, read with plain SQL (no Alembic import).
    None for a new, empty database."""
    conn = sqlite3.connect(path)
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
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        if _revision(conn) != HEAD:
            conn.close()
            return None
    except sqlite3.Error:
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
    conn.execute("BEGIN")
    try:
        info, extra = conn.execute(
            "SELECT info, extra FROM cases WHERE pk = ?", (case_pk,)
        ).fetchone()
        records: dict[str, list[dict[str, object]]] = {}
        for kind, (table, order) in RECORD_ORDER.items():
            cursor = conn.execute(
                f"SELECT doc FROM {table} WHERE case_pk = ? ORDER BY {order}",
                (case_pk,),
            )
            records[kind] = [json.loads(doc) for (doc,) in cursor]
    finally:
        conn.execute("COMMIT")
    return CaseDocs(json.loads(info), json.loads(extra) if extra else {}, records)
