"""What the app saves, it can read back (issue 12, item 10).

The services accepted an incident dated in the year 2550; `export` wrote it,
and `import` and `verify` refused the export: a worker's own backup that could
not be restored. Now the services check every record and the case object with
the case-file reader's own checks and refuse with its messages; and for any
sequence of use cases — valid or not — export then import into a fresh data
directory succeeds and gives the same case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import cases

from caseapp.casefile.reader import check_document
from caseapp.casefile.writer import document_bytes
from caseapp.domain.kinds import RECORD_KINDS, kind_of, ref_of
from caseapp.domain.model import Case, Day, Incident, Payment, Record
from caseapp.domain.vocab import DayStatus, IncidentKind, PaymentKind
from caseapp.services.api import ServiceError
from caseapp.services.service import CaseService
from tests.services import factories

YEAR_2550 = dt.date(2550, 1, 1)


def _reader_messages(case: Case, today: dt.date) -> list[str]:
    _doc, ctx = check_document(document_bytes(case), today, None)
    return [p.render("en").partition(": ")[2] for p in ctx.problems]


def test_an_incident_in_2550_is_refused_with_the_readers_message(svc: CaseService) -> None:
    svc.lang = "en"
    case_id = svc.create_case(factories.make_info())
    incident = Incident(id="I1", date=YEAR_2550, kind=IncidentKind.OTHER, summary="未来")
    with pytest.raises(ServiceError) as refused:
        svc.save_record(case_id, incident)
    [line] = refused.value.problems
    assert line.startswith("incidents[I1].date: ")
    today = svc.now().date()
    case = dataclasses.replace(svc.load_case(case_id), incidents=(incident,))
    assert line.partition(": ")[2] in _reader_messages(case, today)
    assert svc.load_case(case_id).incidents == ()


@pytest.mark.parametrize(
    "record",
    [
        Day(date=YEAR_2550, status=DayStatus.STANDBY),
        Payment(
            id="",
            paid_on=dt.date(2025, 1, 1),
            period_start=dt.date(2024, 12, 1),
            period_end=dt.date(2024, 12, 31),
            kind=PaymentKind.WAGE,
            amount=Decimal("123456789"),
        ),
        Payment(
            id="",
            paid_on=dt.date(2025, 1, 1),
            period_start=dt.date(2025, 1, 31),
            period_end=dt.date(2025, 1, 1),
            kind=PaymentKind.WAGE,
            amount=Decimal("100"),
        ),
        Incident(id="", date=dt.date(2025, 1, 1), kind=IncidentKind.OTHER, summary="\u200b"),
        Incident(id="", date=dt.date(2025, 1, 1), kind=IncidentKind.OTHER, summary="a\ud800"),
    ],
    ids=["day-2550", "amount-too-large", "period-reversed", "invisible-summary", "surrogate"],
)
def test_what_the_format_refuses_the_services_refuse(svc: CaseService, record: Record) -> None:
    case_id = svc.create_case(factories.make_info())
    with pytest.raises(ServiceError):
        if isinstance(record, Day):
            svc.set_days(case_id, [record])
        else:
            svc.save_record(case_id, record)
    assert svc.load_case(case_id) == svc.load_case(case_id)
    assert len(svc.journal_lines(case_id)) == 1  # the creation alone


@pytest.mark.parametrize(
    "change",
    [
        {"uid": "7D4F6A52-3C1B-4E0A-9A55-0F2B1C3D4E5F "},
        {"worker": "\u200b\u200b"},
        {"time_zone": "Mars/Olympus"},
    ],
)
def test_a_case_the_format_refuses_is_not_created(svc: CaseService, change: dict[str, str]) -> None:
    info = factories.make_info()
    if "worker" in change:
        worker = dataclasses.replace(info.worker, name=change["worker"])
        info = dataclasses.replace(info, worker=worker)
    else:
        info = dataclasses.replace(info, **change)
    with pytest.raises(ServiceError):
        svc.create_case(info)
    assert svc.list_cases() == []


def test_a_uid_is_stored_in_lower_case(svc: CaseService) -> None:
    info = factories.make_info(uid="7D4F6A52-3C1B-4E0A-9A55-0F2B1C3D4E5F")
    case_id = svc.create_case(info)
    assert svc.load_case(case_id).info.uid == "7d4f6a52-3c1b-4e0a-9a55-0f2b1c3d4e5f"
    with pytest.raises(ServiceError):
        svc.create_case(factories.make_info(uid="7d4f6a52-3c1b-4e0a-9a55-0f2b1c3d4e5f"))


# --- the property --------------------------------------------------------------


@pytest.fixture(scope="module")
def source() -> Iterator[CaseService]:
    with tempfile.TemporaryDirectory() as tmp:
        svc = CaseService(Path(tmp) / "data", lang="en")
        yield svc
        svc.close()


def _spoiled(record: Record, how: str) -> Record:
    """A record the format refuses (what a careless form could send)."""
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if how == "far" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            changes[field.name] = YEAR_2550
        elif (
            how == "invisible"
            and isinstance(value, str)
            and field.name in ("title", "summary", "name")
        ):
            changes[field.name] = "\u200b\u2060"
        elif how == "huge" and isinstance(value, Decimal):
            changes[field.name] = Decimal("100000000")
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def _resolvable(record: Record, case: Case) -> Record:
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


OPS = ("save", "save", "save", "spoil", "delete", "undo", "info")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(pool=cases(max_records=4, with_files=False), data=st.data())
def test_any_use_cases_then_export_import_into_a_fresh_data_directory_give_the_same_case(
    source: CaseService, tmp_path_factory: pytest.TempPathFactory, pool: Case, data: st.DataObject
) -> None:
    try:
        case_id = source.create_case(dataclasses.replace(pool.info, uid=""))
    except ServiceError:
        return  # a case info the format refuses was never stored
    candidates = [r for kind in RECORD_KINDS for r in kind.records(pool)]
    steps = data.draw(st.lists(st.sampled_from(OPS), min_size=1, max_size=8), label="ops")
    for n, op in enumerate(steps):
        shown = source.load_case(case_id)
        current = [r for kind in RECORD_KINDS for r in kind.records(shown)]
        try:
            if op in ("save", "spoil") and candidates:
                record = _resolvable(data.draw(st.sampled_from(candidates)), shown)
                if op == "spoil":
                    how = data.draw(st.sampled_from(["far", "invisible", "huge"]), label="how")
                    record = _spoiled(record, how)
                if isinstance(record, Day):
                    source.set_days(case_id, [record])
                else:
                    source.save_record(case_id, record)
            elif op == "delete" and current:
                source.delete_record(case_id, ref_of(data.draw(st.sampled_from(current))))
            elif op == "undo":
                source.undo_last(case_id)
            elif op == "info":
                source.update_case_info(
                    case_id, dataclasses.replace(shown.info, title=f"title {n}")
                )
        except ServiceError:
            pass  # refused: nothing stored
    before = source.load_case(case_id)
    tmp = tmp_path_factory.mktemp("roundtrip")
    out = tmp / "case.caseapp.zip"
    source.export_case(case_id, out)
    with CaseService(tmp / "fresh", lang="en") as fresh:
        imported = fresh.import_file(out)
        assert fresh.load_case(imported) == before
        assert fresh.verify_case(imported).ok
    source.delete_case(case_id)
