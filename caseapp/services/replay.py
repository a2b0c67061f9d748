"""Replaying the journal against the stored case (``caseapp verify CASE``).

Every journal change carries its after-image. Replayed oldest first — an
``import`` entry starts afresh, since it carries the image of every record the
imported document held — they give what every record must be now. ``verify``
compares them with every current record, both ways (a record the journal does
not know, a record it holds that is gone), and checks that each row's typed
columns (amount, dates, the evidence file rows, the case's names) say what
its JSON says: an ``UPDATE`` of one payment's amount in SQLite is found.

The comparison (``compare``) takes the stored rows as plain values
(``StoredRecord``), so the same code answers for the full service
(``mismatches``: rows through SQLAlchemy) and for the read-only commands'
plain-SQL path (``services.lean_read``): one verify, two ways of reading.

Imports written before version 0.12 carry no images of the records they
brought in; those records can only be checked column against JSON, and a note
says how many.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from caseapp.casefile import codec
from caseapp.casefile.journal import read_entry
from caseapp.domain.kinds import RECORD_KINDS, ref_of
from caseapp.domain.model import Evidence
from caseapp.storage.columns import FILE_COLUMNS, columns_of, file_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from caseapp.storage.models import CaseRow

CASE_REF = "case"


@dataclass
class Replayed:
    """What the journal says the case holds now."""

    images: dict[str, object] = field(default_factory=dict)  # ref -> after (None: removed)
    legacy_import: bool = False  # an import entry without record images


@dataclass(frozen=True)
class StoredCase:
    """The ``cases`` row: its JSON ``info`` and its typed columns, read as Python values."""

    info: object
    uid: object
    title: object
    worker: object
    employer: object
    client: object
    start: object


@dataclass(frozen=True)
class StoredRecord:
    """One stored record row: its kind, primary key, JSON ``doc``, a typed
    column by name (``column``, as its SQLAlchemy type reads it; raises
    ValueError/TypeError for a value no type could read) and, for evidence,
    its file rows' ``FILE_COLUMNS`` in position order (``files``)."""

    kind: str
    pk: int
    doc: object
    column: Callable[[str], object]
    files: Callable[[], list[tuple[object, ...]]]


def replay(lines: list[bytes]) -> Replayed:
    state = Replayed()
    for line in lines:
        entry = read_entry(line)
        if entry is None:
            continue  # the chain check reports it
        changes = [
            c
            for c in entry.get("changes") or ()
            if isinstance(c, dict) and isinstance(c.get("ref"), str)
        ]
        if entry.get("op") == "import":
            state = Replayed()
            state.legacy_import = not any(c["ref"] != CASE_REF for c in changes)
        for change in changes:
            state.images[change["ref"]] = change.get("after")
    return state


def mismatches(session: Session, row: CaseRow, lines: list[bytes]) -> tuple[list[str], int]:
    """`compare` on the rows of `row`'s case read through SQLAlchemy."""
    from sqlalchemy import select

    from caseapp.storage import records
    from caseapp.storage.models import EvidenceFileRow

    def files_of(pk: int) -> Callable[[], list[tuple[object, ...]]]:
        def files() -> list[tuple[object, ...]]:
            rows = session.scalars(
                select(EvidenceFileRow)
                .where(EvidenceFileRow.evidence_pk == pk)
                .order_by(EvidenceFileRow.position)
            ).all()
            return [tuple(getattr(r, c) for c in FILE_COLUMNS) for r in rows]

        return files

    def stored() -> Iterable[StoredRecord]:
        for kind in RECORD_KINDS:
            for rec in records.rows_of(session, row.pk, kind.name):
                yield StoredRecord(
                    kind.name,
                    rec.pk,
                    rec.doc,
                    _getter(rec),
                    files_of(rec.pk),
                )

    case = StoredCase(row.info, row.uid, row.title, row.worker, row.employer, row.client, row.start)
    return compare(lines, case, stored())


def _getter(row: object) -> Callable[[str], object]:
    return lambda name: getattr(row, name)


def compare(
    lines: list[bytes], case: StoredCase, stored: Iterable[StoredRecord]
) -> tuple[list[str], int]:
    """The refs whose stored record differs from the journal (sorted), and how
    many records could not be checked against it (legacy imports)."""
    state = replay(lines)
    bad: set[str] = set()
    unchecked = 0
    if CASE_REF in state.images:
        case_known = state.images[CASE_REF] == case.info
    else:
        case_known = state.legacy_import
    if not case_known or not _case_columns_agree(case):
        bad.add(CASE_REF)
    seen: set[str] = set()
    for row in stored:
        try:
            record = codec.record_from_json(row.kind, cast(dict[str, object], row.doc))
            ref = ref_of(record)
        except Exception:  # any unreadable JSON is a mismatch
            bad.add(f"{row.kind}:#{row.pk}")
            continue
        seen.add(ref)
        if ref in state.images:
            if state.images[ref] != row.doc:
                bad.add(ref)
        elif state.legacy_import:
            unchecked += 1
        else:
            bad.add(ref)  # a record the journal never wrote
        if not _columns_agree(row, record):
            bad.add(ref)
    for ref, image in state.images.items():
        if ref != CASE_REF and image is not None and ref not in seen:
            bad.add(ref)  # the journal wrote it; it is gone
    return sorted(bad), unchecked


def _case_columns_agree(case: StoredCase) -> bool:
    try:
        info = codec.info_from_json(cast(dict[str, Any], case.info))
    except Exception:
        return False
    client = None if info.client is None else info.client.name
    held = (case.uid, case.title, case.worker, case.employer, case.client, case.start)
    return held == (
        info.uid,
        info.title,
        info.worker.name,
        info.employer.name,
        client,
        info.work_start,
    )


def _columns_agree(row: StoredRecord, record: Any) -> bool:
    try:
        for name, value in columns_of(record).items():
            if row.column(name) != value:
                return False
        if isinstance(record, Evidence):
            wanted = [tuple(f[c] for c in FILE_COLUMNS) for f in file_rows(row.pk, record)]
            return row.files() == wanted
    except (ValueError, TypeError):  # a stored value its column's type cannot read
        return False
    return True
