"""The record kinds of a case, written once: `RECORD_KINDS`.

Each kind says its reference name (`payment` in `payment:PAY3`), its class,
the `Case` field and document list that hold it (the same name), the field
that keys it (an id, a date, a month), its canonical order, and which of its
fields name other records. Every layer that walks the record kinds — the
codec, the database tables, the integrity checks, the desktop session — reads
this table instead of writing the kinds out again.

How to add a record field or a record kind: docs/architecture.md, "Adding a
field or a record kind".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from caseapp.domain.model import (
    Case,
    Day,
    Evidence,
    Incident,
    Payment,
    Person,
    Record,
    SIMonth,
    Task,
)

ID_RE = re.compile(r"\A[A-Za-z0-9._-]{1,64}\Z")

_DIGITS = re.compile(r"([0-9]+)")

SortKey = tuple[Any, ...]


def id_key(ident: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """Natural order of ids: "E2" before "E10"; ties broken by the raw id."""
    parts = tuple((1, int(p), "") if p.isdigit() else (0, 0, p) for p in _DIGITS.split(ident) if p)
    return parts, ident


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record of the case file (spec: The document)."""

    name: str  # the kind in references: "payment" in "payment:PAY3"
    cls: type[Record]
    list_field: str  # the `Case` field and the document's list key: "payments"
    key_field: str  # "id", or "date" (days), or "month" (social insurance)
    order: Callable[[Any], SortKey]  # canonical order within the list
    holds_evidence: bool  # has an `evidence` list of evidence ids
    person_fields: tuple[str, ...] = ()  # fields holding a person id
    id_prefix: str = ""  # ids the app gives new records: PAY1, PAY2, ...

    @property
    def has_provenance(self) -> bool:
        return any(f.name == "provenance" for f in fields(self.cls))

    def key_text(self, record: Record) -> str:
        """The key half of the record's reference."""
        value = getattr(record, self.key_field)
        if self.key_field == "month":
            return str(value.isoformat()[:7])
        if self.key_field == "date":
            return str(value.isoformat())
        return str(value)

    def parse_key(self, text: str) -> object:
        """The natural key of a reference's second half: a date, a month's first day, or an id."""
        if self.key_field == "month":
            return dt.date.fromisoformat(text + "-01")
        if self.key_field == "date":
            return dt.date.fromisoformat(text)
        return text

    def records(self, case: Case) -> tuple[Record, ...]:
        items: tuple[Record, ...] = getattr(case, self.list_field)
        return items


RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind("person", Person, "people", "id", lambda r: id_key(r.id), False, id_prefix="P"),
    RecordKind("day", Day, "days", "date", lambda r: (r.date,), True),
    RecordKind(
        "task",
        Task,
        "tasks",
        "id",
        lambda r: (r.assigned_on, id_key(r.id)),
        True,
        person_fields=("assigned_by",),
        id_prefix="T",
    ),
    RecordKind(
        "payment",
        Payment,
        "payments",
        "id",
        lambda r: (r.paid_on, r.period_start, id_key(r.id)),
        True,
        id_prefix="PAY",
    ),
    RecordKind("si", SIMonth, "social_insurance", "month", lambda r: (r.month,), True),
    RecordKind(
        "incident",
        Incident,
        "incidents",
        "id",
        lambda r: (r.date, r.time or "", id_key(r.id)),
        True,
        person_fields=("actor",),
        id_prefix="I",
    ),
    RecordKind(
        "evidence", Evidence, "evidence", "id", lambda r: id_key(r.id), False, id_prefix="E"
    ),
)
"""Every record kind, in the order of the document's lists."""

KIND: Mapping[str, RecordKind] = {k.name: k for k in RECORD_KINDS}
_BY_CLASS: Mapping[type, RecordKind] = {k.cls: k for k in RECORD_KINDS}


def kind_of(record: Record) -> RecordKind:
    return _BY_CLASS[type(record)]


def ref_of(record: Record) -> str:
    """`kind:key` — `payment:PAY3`, `day:2025-03-17`, `si:2025-03`."""
    kind = kind_of(record)
    return f"{kind.name}:{kind.key_text(record)}"


def split_ref(ref: str) -> tuple[str, str]:
    """A reference's kind name and key text; ValueError when it is not one."""
    kind, sep, key = ref.partition(":")
    if not sep or kind not in KIND or not key:
        raise ValueError(ref)
    return kind, key


def kind_of_ref(ref: str) -> RecordKind:
    return KIND[split_ref(ref)[0]]
