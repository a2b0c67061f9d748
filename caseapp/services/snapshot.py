"""A first look at the data without opening the full service.

``read_snapshot`` reads the case list and one case straight from the stored
canonical JSON with the standard library's ``sqlite3`` — no SQLAlchemy, no
Alembic, no backup, no lock — so the desktop app can show the worker's data
while ``CaseService`` is still importing and opening. It returns what
``CaseService.list_cases`` and ``CaseService.load_case`` would return at the
same moment (a test checks this), or None whenever the full service must
first do something (no database yet, schema missing or behind).

It reads only; it is meant to run on the writer thread before the service
opens there, so it never races a write of this process.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.kinds import KIND
from caseapp.domain.model import Case
from caseapp.services.api import CaseSummary
from caseapp.storage import lean


@dataclass(frozen=True)
class Snapshot:
    cases: list[CaseSummary]
    case_id: str | None  # the case read in full (None when there is none)
    case: Case | None


def read_snapshot(data_dir: Path, prefer: str | None = None) -> Snapshot | None:
    """The case list and one case — ``prefer`` if it exists, else the first
    (as the window chooses) — or None when only the full service can answer."""
    conn = lean.connect_existing(lean.db_path(Path(data_dir)))
    if conn is None:
        return None
    try:
        heads = lean.case_heads(conn)
        cases = [summary_of(h) for h in heads]
        if not heads:
            return Snapshot(cases, None, None)
        chosen = next((h for h in heads if h.case_id == prefer), heads[0])
        docs = lean.case_docs(conn, chosen.pk)
    finally:
        conn.close()
    return Snapshot(cases, chosen.case_id, case_of(docs))


def summary_of(head: lean.CaseHead) -> CaseSummary:
    return CaseSummary(
        id=head.case_id,
        uid=head.uid,
        title=head.title,
        worker=head.worker,
        employer=head.employer,
        client=head.client,
        start=dt.date.fromisoformat(head.start),
        last_day=None if head.last_day is None else dt.date.fromisoformat(head.last_day),
        updated_at=None if head.updated_at is None else dt.datetime.fromisoformat(head.updated_at),
    )


def case_of(docs: lean.CaseDocs) -> Case:
    from caseapp.casefile import codec

    lists = {
        KIND[kind].list_field: tuple(codec.record_from_json(kind, doc) for doc in items)
        for kind, items in docs.records.items()
    }
    case = Case(
        info=codec.info_from_json(docs.info),
        extra=dict(docs.extra),
        **lists,  # type: ignore[arg-type]
    )
    return codec.sort_case(case)
