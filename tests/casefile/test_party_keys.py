"""The spec's keys for a filing (issue 10): the parties' details,
`case.arbitration` and the `inspection_order` incident. All optional, so a
file written before them reads as it did; the decisions are in docs/format.md."""

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
from caseapp.domain.model import (
    Arbitration,
    Incident,
    Organisation,
    Person,
    StatementChoice,
    Worker,
)
from caseapp.domain.vocab import (
    ArbitrationPlace,
    Gender,
    IncidentKind,
    Party,
    Remedy,
    StatementAction,
)

from .helpers import TODAY, sample_case
from .test_bad_input import both, edit, setp


def _read(tmp_path: Path, data: bytes, known: frozenset[str] | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / "c.caseapp.json"
    path.write_bytes(data)
    return read_case_file(path, TODAY, known_cities=known)


def _refused(tmp_path: Path, data: bytes) -> set[tuple[str, str]]:
    path = tmp_path / "c.caseapp.json"
    path.write_bytes(data)
    with pytest.raises(CaseFileError) as info:
        read_case_file(path, TODAY)
    return {(p.place, p.message.key.removeprefix("casefile.")) for p in info.value.problems}


def test_a_file_without_the_new_keys_reads_as_before(tmp_path: Path) -> None:
    case = _read(tmp_path, edit(lambda doc: None)()).case
    assert case.info.worker == Worker("李青")
    assert case.info.employer == Organisation("杭州某外包服务有限公司")
    assert case.info.arbitration is None


def test_every_new_key_survives_a_file(tmp_path: Path) -> None:
    sample = sample_case()
    info = dataclasses.replace(
        sample.info,
        worker=Worker(
            "李青",
            id_number="11010519491231002X",
            phone="13800000000",
            gender=Gender.FEMALE,
            birth_date=dt.date(1949, 12, 31),
            address="浙江省杭州市西湖区某路1号",
            service_address="浙江省杭州市滨江区某路2号",
        ),
        employer=Organisation(
            "杭州某外包服务有限公司",
            credit_code="91330106MA2XXXXX0X",
            address="杭州市西湖区某大厦",
            service_address="杭州市西湖区某大厦前台",
            city="hangzhou",
            legal_representative="周某",
            representative_title="法定代表人",
            phone="0571-88888888",
            union=False,
        ),
        client=Organisation("某大型科技公司杭州分公司", representative_title="负责人", union=True),
        arbitration=Arbitration(remedy=Remedy.REINSTATEMENT),
    )
    incident = Incident(
        id="I9",
        date=dt.date(2025, 7, 1),
        kind=IncidentKind.INSPECTION_ORDER,
        summary="劳动监察大队责令限期支付",
        amount=Decimal("8004.78"),
        due_by=dt.date(2025, 7, 15),
        asserts=("standby-below-floor",),
    )
    person = Person("P9", "某人力公司", Party.AGENCY, credit_code="X" * 18, address="某地")
    case = dataclasses.replace(
        sample, info=info, incidents=(incident,), people=(*sample.people, person)
    )
    data = canonical_bytes(case_to_document(case))
    loaded = _read(tmp_path, data).case
    assert loaded.info == info
    assert loaded.incidents == (incident,)
    assert person in loaded.people
    assert canonical_bytes(case_to_document(loaded)) == data  # lossless
    doc = json.loads(data)
    assert doc["case"]["arbitration"] == {"remedy": "reinstatement"}
    assert doc["case"]["employer"]["union"] is False
    assert "union" not in doc["case"]["worker"]
    assert doc["incidents"][0]["amount"] == "8004.78"


@pytest.mark.parametrize(
    ("arbitration", "expected"),
    [
        # the remedy before the place, the place before the remedy: both read
        ({"remedy": "damages"}, Arbitration(remedy=Remedy.DAMAGES)),
        ({"place": "employer"}, Arbitration(place=ArbitrationPlace.EMPLOYER)),
        (
            {"place": "performance", "commission": "杭州市西湖区劳动人事争议仲裁委员会"},
            Arbitration(
                place=ArbitrationPlace.PERFORMANCE, commission="杭州市西湖区劳动人事争议仲裁委员会"
            ),
        ),
        ({}, Arbitration()),  # no choice yet, kept as {}
        (  # the worker's say on 事实与理由, by paragraph key (kept in key order)
            {
                "statement": {
                    "incident:I3": {
                        "choice": "edit",
                        "facts": "0123456789abcdef",
                        "text": "我的话",
                    },
                    "days:absent": {"choice": "include", "facts": "fedcba9876543210"},
                }
            },
            Arbitration(
                statement={
                    "days:absent": StatementChoice(StatementAction.INCLUDE, "fedcba9876543210"),
                    "incident:I3": StatementChoice(
                        StatementAction.EDIT, "0123456789abcdef", "我的话"
                    ),
                }
            ),
        ),
        (None, None),  # null is absent
    ],
)
def test_every_key_of_arbitration_is_optional(
    tmp_path: Path, arbitration: object, expected: Arbitration | None
) -> None:
    data = edit(setp("case.arbitration", arbitration))()
    loaded = _read(tmp_path, data).case
    assert loaded.info.arbitration == expected
    written = json.loads(canonical_bytes(case_to_document(loaded)))["case"]
    assert written.get("arbitration") == arbitration


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (setp("case.arbitration", {"place": "court"}), ("case.arbitration.place", "unknown_code")),
        (setp("case.arbitration", {"remedy": "2n"}), ("case.arbitration.remedy", "unknown_code")),
        (setp("case.arbitration", {"forum": "x"}), ("case.arbitration.forum", "unknown_key")),
        (
            setp("case.arbitration", {"statement": {"I3": {"choice": "keep", "facts": "ab"}}}),
            ("case.arbitration.statement.I3", "bad_key"),
        ),
        (
            setp("case.arbitration", {"statement": {"incident:I3": {"choice": "keep"}}}),
            ("case.arbitration.statement.incident:I3.facts", "missing_key"),
        ),
        (
            setp("case.arbitration", {"statement": {"closing": {"choice": "x", "facts": "a"}}}),
            ("case.arbitration.statement.closing.choice", "unknown_code"),
        ),
        (
            setp("case.arbitration", {"statement": []}),
            ("case.arbitration.statement", "wrong_type"),
        ),
        (setp("case.worker.gender", "f"), ("case.worker.gender", "unknown_code")),
        (setp("case.worker.birth_date", "1899-12-31"), ("case.worker.birth_date", "date_range")),
        (setp("case.worker.birth_date", "2026-01-02"), ("case.worker.birth_date", "date_range")),
        (setp("case.worker.birth_date", "1990-02-30"), ("case.worker.birth_date", "bad_date")),
        (setp("case.employer.union", "yes"), ("case.employer.union", "wrong_type")),
        (setp("case.client.city", " "), ("case.client.city", "blank")),
        (setp("case.employer.phone", 571), ("case.employer.phone", "wrong_type")),
        (
            setp("incidents[0].amount", "100.00"),  # a standby_notice has no amount
            ("incidents[0].amount", "unknown_key"),
        ),
        (
            both(setp("incidents[0].kind", "inspection_order"), setp("incidents[0].amount", "-1")),
            ("incidents[0].amount", "negative"),
        ),
    ],
)
def test_a_bad_value_is_named(tmp_path: Path, change, expected) -> None:  # type: ignore[no-untyped-def]
    problems = _refused(tmp_path, edit(change)())
    assert expected in problems, problems


def test_birth_date_may_be_before_1990_and_due_by_after_the_event_horizon(tmp_path: Path) -> None:
    change = both(
        setp("case.worker.birth_date", "1965-03-08"),
        setp("incidents[0].kind", "inspection_order"),
        setp("incidents[0].due_by", "2040-01-01"),
        setp("incidents[0].amount", 12000),
    )
    case = _read(tmp_path, edit(change)()).case
    assert case.info.worker.birth_date == dt.date(1965, 3, 8)
    assert case.incidents[0].due_by == dt.date(2040, 1, 1)
    assert case.incidents[0].amount == Decimal("12000")


def test_a_party_city_the_law_data_does_not_know_is_a_warning(tmp_path: Path) -> None:
    change = both(setp("case.employer.city", "atlantis"), setp("case.client.city", "hangzhou"))
    loaded = _read(tmp_path, edit(change)(), known=frozenset({"hangzhou"}))
    assert [(w.place, w.message.key) for w in loaded.warnings] == [
        ("case.employer.city", "casefile.unknown_city")
    ]
    assert loaded.case.info.employer.city == "atlantis"  # kept as written


def test_an_id_number_with_a_wrong_check_digit_is_not_an_error_of_the_file(
    tmp_path: Path,
) -> None:
    change = both(
        setp("case.worker.id_number", "110105194912310020"),  # check digit is X
        setp("case.employer.credit_code", "not a code"),
    )
    case = _read(tmp_path, edit(change)()).case
    assert case.info.worker.id_number == "110105194912310020"
