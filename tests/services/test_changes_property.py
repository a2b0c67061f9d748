"""What a use case says it stored is what the case holds.

For random sequences of use cases, the case kept by applying each use case's
`Changes` with `apply_changes` (as the desktop session does) equals the case a
fresh export of the database reads back — provenance, assigned ids, removals,
undo and all. This is the guarantee that the rules in the app run on exactly
what the PDF will read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import cases

from caseapp.casefile.reader import read_case_file
from caseapp.domain.changes import Changes, apply_changes
from caseapp.domain.kinds import RECORD_KINDS, kind_of, ref_of
from caseapp.domain.model import Case, Day, Evidence, Incident, Person, Record, Task
from caseapp.services.api import ServiceError
from caseapp.services.service import CaseService
from tests.services import factories

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def service() -> Iterator[CaseService]:
    with tempfile.TemporaryDirectory() as tmp:
        svc = CaseService(Path(tmp) / "data")
        yield svc
        svc.close()


def _resolvable(record: Record, case: Case) -> Record:
    """``record`` with only the references ``case`` can resolve."""
    people = {p.id for p in case.people}
    evidence = {e.id for e in case.evidence}
    kind = kind_of(record)
    changes: dict[str, Any] = {}
    if kind.holds_evidence:
        changes["evidence"] = tuple(e for e in record.evidence if e in evidence)
    for field in kind.person_fields:
        if getattr(record, field) not in people:
            changes[field] = None
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def _edited(record: Record, n: int) -> Record:
    """A small edit of an existing record (what a form's save does)."""
    match record:
        case Day():
            return dataclasses.replace(record, note=f"edit {n}")
        case Person():
            return dataclasses.replace(record, role=f"role {n}")
        case Task():
            return dataclasses.replace(record, title=f"{record.title} {n}")
        case Incident():
            return dataclasses.replace(record, summary=f"{record.summary} {n}")
        case Evidence():
            return dataclasses.replace(record, title=f"{record.title} {n}")
    return record  # saving it unchanged is a use case too


OPS = ("save_new", "save_new", "save_new", "edit", "delete", "clear_days", "undo", "info")


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(pool=cases(max_records=4, with_files=False), data=st.data())
def test_applied_changes_equal_a_fresh_export(
    service: CaseService, tmp_path: Path, pool: Case, data: st.DataObject
) -> None:
    info = dataclasses.replace(pool.info, uid="")
    case_id = service.create_case(info)
    shown = service.load_case(case_id)
    candidates: list[Record] = [r for kind in RECORD_KINDS for r in kind.records(pool)]
    steps = data.draw(st.lists(st.sampled_from(OPS), min_size=1, max_size=10), label="ops")
    for n, op in enumerate(steps):
        changes: Changes | None = None
        current = [r for kind in RECORD_KINDS for r in kind.records(shown)]
        try:
            if op == "save_new" and candidates:
                record = _resolvable(data.draw(st.sampled_from(candidates)), shown)
                if isinstance(record, Day):
                    changes = service.set_days(case_id, [record])
                else:
                    if data.draw(st.booleans(), label="fresh id") and hasattr(record, "id"):
                        record = dataclasses.replace(record, id="")  # type: ignore[type-var]
                    changes = service.save_record(case_id, record)
            elif op == "edit" and current:
                record = _edited(data.draw(st.sampled_from(current)), n)
                if isinstance(record, Day):
                    changes = service.set_days(case_id, [record])
                else:
                    changes = service.save_record(case_id, record)
            elif op == "delete" and current:
                changes = service.delete_record(
                    case_id, ref_of(data.draw(st.sampled_from(current)))
                )
            elif op == "clear_days" and shown.days:
                dates = data.draw(st.lists(st.sampled_from([d.date for d in shown.days])))
                changes = service.clear_days(case_id, dates)
            elif op == "undo":
                undone = service.undo_last(case_id)
                changes = None if undone is None else undone.changes
            elif op == "info":
                info = dataclasses.replace(shown.info, title=f"title {n}")
                changes = service.update_case_info(case_id, info)
        except ServiceError:
            changes = None  # refused (a record still named by others): nothing changed
        if changes is not None:
            shown = apply_changes(shown, changes)
    out = tmp_path / f"{case_id}.caseapp.json"
    service.export_case(case_id, out)
    exported = read_case_file(out, TODAY).case
    assert shown == exported
    assert shown == service.load_case(case_id)
    out.unlink()
    service.delete_case(case_id)


def test_save_record_returns_the_stored_record_with_its_provenance(
    service: CaseService,
) -> None:
    case_id = service.create_case(factories.make_info())
    task = Task(id="", assigned_on=dt.date(2025, 3, 3), title="联调测试")
    changes = service.save_record(case_id, task)
    stored = changes.one(Task)
    assert stored.id == "T1"  # the id the service gave
    assert stored.provenance.recorded_at is not None
    assert changes.removed == () and changes.info is None
    again = service.save_record(case_id, stored)  # unchanged: nothing written
    assert again.one(Task) == stored  # but the record as stored comes back
    assert service.load_case(case_id).tasks == (stored,)
    gone = service.delete_record(case_id, "task:T1")
    assert gone.removed == ("task:T1",) and gone.upserted == ()
    service.delete_case(case_id)
