"""A dump of a data directory's content, to show that something did not change.

``dump_data_dir(data_dir)`` returns a canonical, comparable picture of:
every table of the database (rows sorted, bytes as hex), the evidence store
(each stored file's name and SHA-256 of its content), and each case's
journal (the exact lines). Backups and lock files are not content and are
left out. Compare two dumps with ``==``; ``diff_dumps`` says what differs.

    before = dump_data_dir(data)
    ... a refused import ...
    assert dump_data_dir(data) == before
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

DB_NAME = "caseapp.sqlite3"


def _value(value: object) -> object:
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def dump_database(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    if not db.exists():
        return {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            dump[table] = sorted((tuple(_value(v) for v in row) for row in rows), key=repr)
        dump["__schema__"] = sorted(
            conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=repr
        )
        return dump
    finally:
        conn.close()


def dump_evidence(data_dir: Path) -> dict[str, str]:
    root = data_dir / "evidence"
    listing: dict[str, str] = {}
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file():
                listing[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return listing


def dump_journals(db: Path) -> dict[str, list[bytes]]:
    if not db.exists():
        return {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        journals: dict[str, list[bytes]] = {}
        for case_id, line in conn.execute(
            "SELECT cases.case_id, journal.line FROM journal "
            "JOIN cases ON cases.pk = journal.case_pk ORDER BY cases.case_id, journal.seq"
        ):
            journals.setdefault(case_id, []).append(bytes(line))
        return journals
    finally:
        conn.close()


def dump_data_dir(data_dir: Path) -> dict[str, object]:
    db = data_dir / DB_NAME
    return {
        "database": dump_database(db),
        "evidence": dump_evidence(data_dir),
        "journals": dump_journals(db),
    }


def diff_dumps(before: dict[str, object], after: dict[str, object]) -> list[str]:
    """Human-readable differences (empty when equal), for assertion messages."""
    out: list[str] = []
    for part in sorted(set(before) | set(after)):
        a, b = before.get(part), after.get(part)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key):
                    out.append(f"{part}/{key} differs")
        else:
            out.append(f"{part} differs")
    return out
