"""References between records stay whole (spec: a reference that points
nowhere makes a case file invalid, so the app must never write one).

Saving a record that names an evidence item or a person that the case does
not have is refused; deleting or purging an evidence item or a person that
other records still name is refused, with the records that name it.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from caseapp.domain.model import Incident, Record, Task
from caseapp.domain.refs import split_ref
from caseapp.storage import records

# Tables whose records carry `evidence` (ids) and which of them name a person.
EVIDENCE_HOLDERS = {
    "day": "days",
    "task": "tasks",
    "payment": "payments",
    "si": "social_insurance",
    "incident": "incidents",
}
PERSON_FIELDS = {"task": ("tasks", "assigned_by"), "incident": ("incidents", "actor")}


def missing_refs(session: Session, case_pk: int, record: Record) -> list[str]:
    """The refs ``record`` names that do not exist in the case."""
    wanted = [f"evidence:{e}" for e in getattr(record, "evidence", ())]
    who = None
    if isinstance(record, Task):
        who = record.assigned_by
    elif isinstance(record, Incident):
        who = record.actor
    if who:
        wanted.append(f"person:{who}")
    missing = []
    for ref in wanted:
        kind, key = split_ref(ref)
        if records.find_row(session, case_pk, kind, key) is None:
            missing.append(ref)
    return missing


def referrers(session: Session, case_pk: int, ref: str) -> list[str]:
    """The refs of records that name ``ref`` (an evidence item or a person)."""
    kind, key = split_ref(ref)
    found: list[str] = []
    if kind == "evidence":
        for holder, table in EVIDENCE_HOLDERS.items():
            found += _select(
                session,
                holder,
                table,
                "EXISTS (SELECT 1 FROM json_each(doc, '$.evidence') WHERE value = :key)",
                case_pk,
                key,
            )
    elif kind == "person":
        for holder, (table, field) in PERSON_FIELDS.items():
            found += _select(
                session, holder, table, f"json_extract(doc, '$.{field}') = :key", case_pk, key
            )
    return found


def _select(
    session: Session, kind: str, table: str, condition: str, case_pk: int, key: str
) -> list[str]:
    natural = {"day": "date", "si": "month"}.get(kind, "rid")
    rows = session.execute(
        text(f"SELECT {natural} FROM {table} WHERE case_pk = :case_pk AND {condition}"),
        {"case_pk": case_pk, "key": key},
    ).all()
    out = []
    for (value,) in rows:
        name = str(value)
        out.append(f"{kind}:{name[:7] if kind == 'si' else name}")
    return out
