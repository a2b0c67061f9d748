"""Rows <-> records: the typed columns derived from a domain record, and the
lookups by natural key (``rid`` for people, tasks, payments, incidents and
evidence; the date for days; the month for social-insurance months).

The record's JSON (``doc``) comes from the case file codec; this module never
writes JSON of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from caseapp.domain.kinds import KIND, kind_of
from caseapp.domain.model import (
    Evidence,
    Record,
)
from caseapp.storage import lean
from caseapp.storage.columns import columns_of as columns_of
from caseapp.storage.columns import file_rows as file_rows
from caseapp.storage.models import (
    RECORD_TABLES,
    EvidenceFileRow,
    EvidenceRow,
    RecordMixin,
)


def find_row(session: Session, case_pk: int, kind: str, key: object) -> RecordMixin | None:
    """The row of the record of ``kind`` whose natural key (``RecordKind.parse_key``) is ``key``."""
    table = RECORD_TABLES[kind]
    column = getattr(table, lean.key_column(KIND[kind]))
    stmt = select(table).where(table.case_pk == case_pk, column == key)
    return session.scalars(stmt).one_or_none()


def rows_of(session: Session, case_pk: int, kind: str) -> Sequence[RecordMixin]:
    """A case's rows of one kind in document order (``lean.order_column``)."""
    table = RECORD_TABLES[kind]
    order = getattr(table, lean.order_column(KIND[kind]))
    return session.scalars(select(table).where(table.case_pk == case_pk).order_by(order)).all()


def upsert(
    session: Session, case_pk: int, record: Record, doc: object, row: RecordMixin | None
) -> RecordMixin:
    """Write ``record`` (with its JSON ``doc``) into ``row`` or a new row."""
    kind = kind_of(record).name
    cols = columns_of(record)
    if row is None:
        factory: Any = RECORD_TABLES[kind]
        row = factory(case_pk=case_pk, doc=doc, **cols)
        session.add(row)
    else:
        row.doc = doc
        for name, value in cols.items():
            setattr(row, name, value)
    session.flush()
    if isinstance(record, Evidence):
        assert isinstance(row, EvidenceRow)
        session.execute(delete(EvidenceFileRow).where(EvidenceFileRow.evidence_pk == row.pk))
        files = file_rows(row.pk, record)
        if files:
            session.execute(insert(EvidenceFileRow), files)
    return row


def bulk_insert(
    session: Session, case_pk: int, kind: str, items: Iterable[tuple[Record, object]]
) -> None:
    """Insert many new records of one kind at once (import)."""
    pairs = list(items)
    table = RECORD_TABLES[kind]
    payload = [{"case_pk": case_pk, "doc": doc, **columns_of(rec)} for rec, doc in pairs]
    if not payload:
        return
    if kind != "evidence":
        session.execute(insert(table), payload)
        return
    for values, (record, _doc) in zip(payload, pairs, strict=True):
        pk = session.scalar(insert(EvidenceRow).values(**values).returning(EvidenceRow.pk))
        assert pk is not None and isinstance(record, Evidence)
        files = file_rows(int(pk), record)
        if files:
            session.execute(insert(EvidenceFileRow), files)
