"""The journal in SQLite: one row per line of a case's ``journal.jsonl``,
holding the line's exact bytes and their SHA-256, written in the same
transaction as the change it records. Line format: caseapp.casefile.journal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from caseapp.casefile.journal import GENESIS, line_hash, make_line
from caseapp.storage.models import JournalRow


def head(session: Session, case_pk: int) -> tuple[int, str]:
    """(number of entries, SHA-256 of the last line or 64 zeros)."""
    row = session.execute(
        select(JournalRow.seq, JournalRow.sha256)
        .where(JournalRow.case_pk == case_pk)
        .order_by(JournalRow.seq.desc())
        .limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(session: Session, case_pk: int, entry: Mapping[str, object]) -> bytes:
    """Append ``entry`` (without ``seq``/``prev``) as the next line; returns its bytes."""
    seq, prev = head(session, case_pk)
    body = dict(entry)
    body["seq"] = seq + 1
    line = make_line(body, prev)
    session.execute(
        insert(JournalRow).values(
            case_pk=case_pk, seq=seq + 1, op=str(body["op"]), line=line, sha256=line_hash(line)
        )
    )
    return line


def insert_verbatim(session: Session, case_pk: int, lines: Sequence[bytes]) -> None:
    """Keep an imported journal as it is (its seq numbers are the line numbers)."""
    payload = [
        {
            "case_pk": case_pk,
            "seq": number,
            "op": _op_of(line),
            "line": bytes(line),
            "sha256": line_hash(line),
        }
        for number, line in enumerate(lines, start=1)
    ]
    if payload:
        session.execute(insert(JournalRow), payload)


def lines(session: Session, case_pk: int) -> list[bytes]:
    return [
        bytes(line)
        for line in session.scalars(
            select(JournalRow.line).where(JournalRow.case_pk == case_pk).order_by(JournalRow.seq)
        )
    ]


def _op_of(line: bytes) -> str:
    import json

    try:
        value = json.loads(line).get("op")
    except (ValueError, AttributeError):
        return "?"
    return value if isinstance(value, str) else "?"
