"""Replaying the journal against the stored case (``caseapp verify CASE``).

Every journal change carries its after-image. Replayed oldest first — an
``import`` entry starts afresh, since it carries the image of every record the
imported document held — they give what every record must be now. ``verify``
compares them with every current record, both ways (a record the journal does
not know, a record it holds that is gone), and checks that each row's typed
columns (amount, dates, the evidence file rows, the case's names) say what
its JSON says: an ``UPDATE`` of one payment's amount in SQLite is found.

Imports written before version 0.12 carry no images of the records they
brought in; those records can only be checked column against JSON, and a note
says how many.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.casefile import codec
from caseapp.casefile.strictjson import nesting_depth_ok
from caseapp.domain.kinds import RECORD_KINDS, ref_of
from caseapp.domain.model import Evidence
from caseapp.storage import records
from caseapp.storage.models import CaseRow, EvidenceFileRow

CASE_REF = "case"
FILE_COLUMNS = ("position", "sha256", "size", "path", "original_name", "mtime", "imported_at")


@dataclass
class Replayed:
    """What the journal says the case holds now."""

    images: dict[str, object] = field(default_factory=dict)  # ref -> after (None: removed)
    legacy_import: bool = False  # an import entry without record images


def replay(lines: list[bytes]) -> Replayed:
    state = Replayed()
    for line in lines:
        if not nesting_depth_ok(line):
            continue  # the chain check reports it
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not isinstance(entry, dict):
            continue
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
    """The refs whose stored record differs from the journal (sorted), and how
    many records could not be checked against it (legacy imports)."""
    state = replay(lines)
    bad: set[str] = set()
    unchecked = 0
    if CASE_REF in state.images:
        case_known = state.images[CASE_REF] == row.info
    else:
        case_known = state.legacy_import
    if not case_known or not _case_columns_agree(row):
        bad.add(CASE_REF)
    seen: set[str] = set()
    for kind in RECORD_KINDS:
        for stored in records.rows_of(session, row.pk, kind.name):
            try:
                record = codec.record_from_json(kind.name, cast(dict[str, object], stored.doc))
                ref = ref_of(record)
            except Exception:  # any unreadable JSON is a mismatch
                bad.add(f"{kind.name}:#{stored.pk}")
                continue
            seen.add(ref)
            if ref in state.images:
                if state.images[ref] != stored.doc:
                    bad.add(ref)
            elif state.legacy_import:
                unchecked += 1
            else:
                bad.add(ref)  # a record the journal never wrote
            if not _columns_agree(session, stored, record):
                bad.add(ref)
    for ref, image in state.images.items():
        if ref != CASE_REF and image is not None and ref not in seen:
            bad.add(ref)  # the journal wrote it; it is gone
    return sorted(bad), unchecked


def _case_columns_agree(row: CaseRow) -> bool:
    try:
        info = codec.info_from_json(cast(dict[str, Any], row.info))
    except Exception:
        return False
    client = None if info.client is None else info.client.name
    return (row.uid, row.title, row.worker, row.employer, row.client, row.start) == (
        info.uid,
        info.title,
        info.worker.name,
        info.employer.name,
        client,
        info.work_start,
    )


def _columns_agree(session: Session, stored: Any, record: Any) -> bool:
    for name, value in records.columns_of(record).items():
        if getattr(stored, name) != value:
            return False
    if isinstance(record, Evidence):
        rows = session.scalars(
            select(EvidenceFileRow)
            .where(EvidenceFileRow.evidence_pk == stored.pk)
            .order_by(EvidenceFileRow.position)
        ).all()
        held = [tuple(getattr(r, c) for c in FILE_COLUMNS) for r in rows]
        wanted = [tuple(f[c] for c in FILE_COLUMNS) for f in records.file_rows(stored.pk, record)]
        return held == wanted
    return True
