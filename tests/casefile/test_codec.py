"""The codec: document -> case -> document is lossless in canonical JSON."""

from __future__ import annotations

import json

from hypothesis import given, settings
from strategies import cases

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import (
    case_to_document,
    document_to_case,
    info_from_json,
    info_to_json,
    record_from_json,
    record_to_json,
    sort_case,
)
from caseapp.domain.kinds import RECORD_KINDS
from caseapp.domain.model import Case


@given(cases())
def test_case_document_case_is_identity(case: Case) -> None:
    doc = case_to_document(case)
    data = canonical_bytes(doc)
    back = document_to_case(json.loads(data))
    assert back == sort_case(case)
    assert canonical_bytes(case_to_document(back)) == data


@settings(max_examples=30)
@given(cases(max_records=3))
def test_each_record_and_info_round_trips(case: Case) -> None:
    assert info_from_json(json.loads(canonical_bytes(info_to_json(case.info)))) == case.info
    for kind in RECORD_KINDS:
        for record in kind.records(case):
            obj = json.loads(canonical_bytes(record_to_json(record)))
            assert record_from_json(kind.name, obj) == record


def test_money_is_written_with_two_decimals() -> None:
    from decimal import Decimal

    from caseapp.casefile.codec import money_str

    assert money_str(Decimal("1500")) == "1500.00"
    assert money_str(Decimal("0.5")) == "0.50"
