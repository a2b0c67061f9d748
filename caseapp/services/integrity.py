"""References between records stay whole (spec: a reference that points
nowhere makes a case file invalid, so the app must never write one).

Saving a record that names an evidence item or a person that the case does
not have is refused; deleting or purging an evidence item or a person that
other records still name is refused, with the records that name it.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from caseapp.domain.kinds import RECORD_KINDS, RecordKind, kind_of, split_ref
from caseapp.domain.model import Record
from caseapp.storage import lean, records


def missing_refs(session: Session, case_pk: int, record: Record) -> list[str]:
    """The refs ``record`` names that do not exist in the case."""
    wanted = [f"evidence:{e}" for e in getattr(record, "evidence", ())]
    for field in kind_of(record).person_fields:
        who = getattr(record, field)
        if who:
            wanted.append(f"person:{who}")
    missing = []
    for ref in wanted:
        name, key = split_ref(ref)
        if records.find_row(session, case_pk, name, key) is None:
            missing.append(ref)
    return missing


def referrers(session: Session, case_pk: int, ref: str) -> list[str]:
    """The refs of records that name ``ref`` (an evidence item or a person)."""
    kind, key = split_ref(ref)
    found: list[str] = []
    for holder in RECORD_KINDS:
        if kind == "evidence" and holder.holds_evidence:
            condition = "EXISTS (SELECT 1 FROM json_each(doc, '$.evidence') WHERE value = :key)"
            found += _select(session, holder, condition, case_pk, key)
        elif kind == "person":
            for field in holder.person_fields:
                condition = f"json_extract(doc, '$.{field}') = :key"
                found += _select(session, holder, condition, case_pk, key)
    return found


def _select(
    session: Session, kind: RecordKind, condition: str, case_pk: int, key: str
) -> list[str]:
    """The refs of ``kind``'s records of the case that meet ``condition``."""
    table, natural = lean.table_of(kind), lean.key_column(kind)
    rows = session.execute(
        text(f"SELECT {natural} FROM {table} WHERE case_pk = :case_pk AND {condition}"),
        {"case_pk": case_pk, "key": key},
    ).all()
    out = []
    for (value,) in rows:
        name = str(value)
        out.append(f"{kind.name}:{name[:7] if kind.key_field == 'month' else name}")
    return out
