"""The typed columns of a record, and how their stored values read back, with
the standard library alone (``storage.records`` and ``services.lean_read``
share them; neither needs SQLAlchemy for this).

``columns_of`` gives what ``storage.models`` keeps next to each record's JSON
``doc``; ``decode`` turns a value as SQLite returns it into the Python value
the column's SQLAlchemy type gives (``storage.types``: dates and instants as
ISO text, money as integer fen); a test keeps ``DATE_COLUMNS``,
``FEN_COLUMNS`` and ``INSTANT_COLUMNS`` equal to the models' column types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from caseapp.domain.model import (
    Day,
    Evidence,
    Incident,
    Payment,
    Person,
    Provenance,
    Record,
    SIMonth,
    Task,
)
from caseapp.domain.money import from_fen

# The columns of an evidence file row that its record determines (storage.models.EvidenceFileRow).
FILE_COLUMNS = ("position", "sha256", "size", "path", "original_name", "mtime", "imported_at")

DATE_COLUMNS = frozenset(
    {"start", "date", "assigned_on", "paid_on", "period_start", "period_end", "month"}
)
FEN_COLUMNS = frozenset({"amount", "net", "base", "employee_share_withheld"})
INSTANT_COLUMNS = frozenset({"created_at", "updated_at", "recorded_at", "mtime", "imported_at"})


def columns_of(record: Record) -> dict[str, object]:
    """The typed columns of ``record`` (everything except ``doc`` and owner)."""
    cols: dict[str, object] = {}
    match record:
        case Person():
            cols.update(rid=record.id, name=record.name, party=str(record.party))
        case Day():
            cols.update(date=record.date, status=str(record.status))
        case Task():
            cols.update(rid=record.id, assigned_on=record.assigned_on, title=record.title)
        case Payment():
            cols.update(
                rid=record.id,
                paid_on=record.paid_on,
                period_start=record.period_start,
                period_end=record.period_end,
                kind=str(record.kind),
                amount=record.amount,
                net=record.net,
            )
        case SIMonth():
            cols.update(
                month=record.month,
                status=str(record.status),
                base=record.base,
                employee_share_withheld=record.employee_share_withheld,
            )
        case Incident():
            cols.update(rid=record.id, date=record.date, kind=str(record.kind))
        case Evidence():
            cols.update(rid=record.id, title=record.title, kind=str(record.kind))
    prov: Provenance | None = getattr(record, "provenance", None)
    if prov is not None:
        cols.update(
            recorded_at=prov.recorded_at,
            updated_at=prov.updated_at,
            origin=None if prov.origin is None else str(prov.origin),
            backfill_basis=prov.backfill_basis,
        )
    return cols


def file_rows(evidence_pk: int, record: Evidence) -> list[dict[str, object]]:
    return [
        {
            "evidence_pk": evidence_pk,
            "position": position,
            "sha256": f.sha256,
            "size": f.size,
            "path": f.path,
            "original_name": f.original_name,
            "mtime": f.mtime,
            "imported_at": f.imported_at,
        }
        for position, f in enumerate(record.files)
    ]


def _fen(value: object) -> object:
    return from_fen(int(value))  # type: ignore[call-overload]


_DECODERS: dict[str, Callable[[object], object]] = {
    **{name: lambda v: dt.date.fromisoformat(str(v)) for name in DATE_COLUMNS},
    **{name: _fen for name in FEN_COLUMNS},
    **{name: lambda v: dt.datetime.fromisoformat(str(v)) for name in INSTANT_COLUMNS},
}


def decode(column: str, value: object) -> object:
    """A column's value as SQLite returns it, read as its SQLAlchemy type would
    read it (NULL stays None; other columns are taken as they are). Raises
    ValueError or TypeError for a value the type could not read either."""
    if value is None:
        return None
    convert = _DECODERS.get(column)
    return value if convert is None else convert(value)
