"""The keys for part-time, hourly and platform work (issue 15): `pay_basis`,
`hourly_wage`, `monthly_wage` required only for monthly pay, `days[].hours`,
the piece-work keys of `tasks`, `payments[].tasks` and the worker's answers
`student` and `pensioner`. All optional, so a file written before them reads
and writes as it did; the decisions are in docs/format.md."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.errors import CaseFileError
from caseapp.casefile.reader import read_case_file
from caseapp.domain.model import Day, Payment, Person, Task, Worker
from caseapp.domain.vocab import DayStatus, Party, PayBasis, PaymentKind, TaskStatus

from .helpers import TODAY, sample_case
from .test_bad_input import DELETE, base_doc, both, edit, setp


def _read(tmp_path: Path, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / "c.caseapp.json"
    path.write_bytes(data)
    return read_case_file(path, TODAY)


def _refused(tmp_path: Path, data: bytes) -> set[tuple[str, str]]:
    path = tmp_path / "c.caseapp.json"
    path.write_bytes(data)
    with pytest.raises(CaseFileError) as info:
        read_case_file(path, TODAY)
    return {(p.place, p.message.key.removeprefix("casefile.")) for p in info.value.problems}


def test_a_file_without_the_new_keys_reads_and_writes_as_before(tmp_path: Path) -> None:
    doc = base_doc()
    assert "pay_basis" not in doc["case"]
    case = _read(tmp_path, edit(lambda d: None)()).case
    assert case.info.pay_basis is PayBasis.MONTHLY
    assert case.info.hourly_wage is None and case.info.monthly_wage is not None
    assert all(d.hours is None for d in case.days)
    written = json.loads(canonical_bytes(case_to_document(case)))
    # the default is not written: an old file stays byte for byte what it was
    assert "pay_basis" not in written["case"] and "hourly_wage" not in written["case"]
    assert all("hours" not in d for d in written["days"])
    assert all("tasks" not in p for p in written["payments"])


def test_every_new_key_survives_a_file(tmp_path: Path) -> None:
    sample = sample_case()
    info = dataclasses.replace(
        sample.info,
        pay_basis=PayBasis.HOURLY,
        hourly_wage=Decimal("22.00"),
        monthly_wage=None,
        worker=Worker("李青", student=False, pensioner=None),
    )
    day = Day(dt.date(2025, 6, 2), DayStatus.WORKING, hours=Decimal("4.5"))
    batch = Task(
        "T9",
        dt.date(2025, 6, 2),
        "方言语音标注 第12批",
        platform="某众包平台",
        quantity=Decimal("300"),
        unit="条",
        rate=Decimal("0.35"),
        amount_due=Decimal("105.00"),
        status=TaskStatus.REJECTED,
        submitted_on=dt.date(2025, 6, 3),
        review_days=7,
        decided_on=dt.date(2025, 6, 12),
        rejection_reason="准确率不达标",
    )
    payout = Payment(
        "P9",
        dt.date(2025, 6, 20),
        dt.date(2025, 6, 1),
        dt.date(2025, 6, 15),
        PaymentKind.WAGE,
        amount=Decimal("80.00"),
        tasks=("T9",),
    )
    guild = Person("P8", "某某工会（公会）", Party.AGENCY, credit_code="9" * 18, address="某地")
    case = dataclasses.replace(
        sample,
        info=info,
        days=(day,),
        tasks=(batch,),
        payments=(payout,),
        people=(*sample.people, guild),
    )
    data = canonical_bytes(case_to_document(case))
    loaded = _read(tmp_path, data).case
    assert loaded.info == info
    assert loaded.days == (day,) and loaded.tasks == (batch,) and loaded.payments == (payout,)
    assert guild in loaded.people
    assert canonical_bytes(case_to_document(loaded)) == data  # lossless
    doc = json.loads(data)
    assert doc["case"]["pay_basis"] == "hourly" and "monthly_wage" not in doc["case"]
    assert doc["case"]["worker"]["student"] is False and "pensioner" not in doc["case"]["worker"]
    assert doc["payments"][0]["tasks"] == ["T9"]
    assert batch.due == Decimal("105.00")  # amount_due wins over 300 × 0.35 = 105.00
    assert dataclasses.replace(batch, amount_due=None).due == Decimal("105.0000")


def test_monthly_wage_is_required_only_for_monthly_pay(tmp_path: Path) -> None:
    no_wage = setp("case.monthly_wage", DELETE)
    assert ("case.monthly_wage", "missing_key") in _refused(tmp_path, edit(no_wage)())
    explicit = both(no_wage, setp("case.pay_basis", "monthly"))
    assert ("case.monthly_wage", "missing_key") in _refused(tmp_path, edit(explicit)())
    for basis in ("hourly", "piece"):
        case = _read(tmp_path, edit(both(no_wage, setp("case.pay_basis", basis)))()).case
        assert case.info.monthly_wage is None and case.info.pay_basis == basis


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (setp("case.pay_basis", "daily"), ("case.pay_basis", "unknown_code")),
        (setp("case.hourly_wage", "-1"), ("case.hourly_wage", "negative")),
        (setp("days[0].hours", "24.5"), ("days[0].hours", "out_of_range")),
        (setp("case.worker.student", "yes"), ("case.worker.student", "wrong_type")),
    ],
)
def test_bad_values_are_named(tmp_path: Path, change: object, expected: tuple[str, str]) -> None:
    assert expected in _refused(tmp_path, edit(change)())  # type: ignore[arg-type]
