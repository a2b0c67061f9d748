"""SQLAlchemy 2 typed models for everything in the case file (spec v1).

Each record table keeps ``doc``: the record's canonical JSON exactly as the
case file codec writes it (``casefile.codec.record_to_json``), so nothing is
lost, ``x-`` keys included. The typed columns next to it (dates, status,
money in fen, provenance) are derived from the same record on every write
and serve queries, uniqueness and indexes; ``doc`` is authoritative.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from caseapp.storage.types import CanonicalJSON, Fen, Instant

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseRow(Base):
    """One case. ``info`` is the ``case`` object (``codec.info_to_json``);
    ``extra`` the document's top-level ``x-`` keys."""

    __tablename__ = "cases"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), unique=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    worker: Mapped[str] = mapped_column(Text)
    employer: Mapped[str] = mapped_column(Text)
    client: Mapped[str | None] = mapped_column(Text)
    start: Mapped[dt.date] = mapped_column(Date)
    info: Mapped[object] = mapped_column(CanonicalJSON)
    extra: Mapped[object] = mapped_column(CanonicalJSON)
    created_at: Mapped[dt.datetime] = mapped_column(Instant)
    updated_at: Mapped[dt.datetime] = mapped_column(Instant)


class RecordMixin:
    """Columns every record table has: owner, document, provenance."""

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[object] = mapped_column(CanonicalJSON)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(Instant)
    updated_at: Mapped[dt.datetime | None] = mapped_column(Instant)
    origin: Mapped[str | None] = mapped_column(String(16))
    backfill_basis: Mapped[str | None] = mapped_column(Text)

    @declared_attr
    def case_pk(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"), index=True)


class PersonRow(RecordMixin, Base):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("case_pk", "rid"),)
    rid: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    party: Mapped[str] = mapped_column(String(16))


class DayRow(RecordMixin, Base):
    __tablename__ = "days"
    __table_args__ = (UniqueConstraint("case_pk", "date"),)
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32))


class TaskRow(RecordMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("case_pk", "rid"),)
    rid: Mapped[str] = mapped_column(String(64))
    assigned_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)


class PaymentRow(RecordMixin, Base):
    __tablename__ = "payments"
    __table_args__ = (UniqueConstraint("case_pk", "rid"),)
    rid: Mapped[str] = mapped_column(String(64))
    paid_on: Mapped[dt.date] = mapped_column(Date)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    amount: Mapped[Decimal | None] = mapped_column(Fen)
    net: Mapped[Decimal | None] = mapped_column(Fen)


class SIMonthRow(RecordMixin, Base):
    __tablename__ = "social_insurance"
    __table_args__ = (UniqueConstraint("case_pk", "month"),)
    month: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    base: Mapped[Decimal | None] = mapped_column(Fen)
    employee_share_withheld: Mapped[Decimal | None] = mapped_column(Fen)


class IncidentRow(RecordMixin, Base):
    __tablename__ = "incidents"
    __table_args__ = (UniqueConstraint("case_pk", "rid"),)
    rid: Mapped[str] = mapped_column(String(64))
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(48))


class EvidenceRow(RecordMixin, Base):
    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("case_pk", "rid"),)
    rid: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), index=True)


class EvidenceFileRow(Base):
    """One file of an evidence item, pointing into the evidence store by hash."""

    __tablename__ = "evidence_files"
    __table_args__ = (UniqueConstraint("evidence_pk", "position"),)
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    evidence_pk: Mapped[int] = mapped_column(
        ForeignKey("evidence.pk", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(Text)
    original_name: Mapped[str | None] = mapped_column(Text)
    mtime: Mapped[dt.datetime | None] = mapped_column(Instant)
    imported_at: Mapped[dt.datetime | None] = mapped_column(Instant)


class JournalRow(Base):
    """One journal line of one case: its exact bytes and their SHA-256."""

    __tablename__ = "journal"
    __table_args__ = (UniqueConstraint("case_pk", "seq"),)
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.pk", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(16))
    line: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


RECORD_TABLES: dict[str, type[RecordMixin]] = {
    "person": PersonRow,
    "day": DayRow,
    "task": TaskRow,
    "payment": PaymentRow,
    "si": SIMonthRow,
    "incident": IncidentRow,
    "evidence": EvidenceRow,
}
