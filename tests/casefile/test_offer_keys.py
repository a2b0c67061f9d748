"""The exit offer's keys on `mutual_termination_offer` (issue 16):
`offer_amount`, `last_day`, `clauses` — optional, read and written back, and
refused on another kind or with a code outside the list (docs/format.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.casefile.codec import case_to_document
from caseapp.casefile.errors import CaseFileError
from caseapp.casefile.reader import read_case_file
from caseapp.domain.vocab import IncidentKind, OfferClause

from .helpers import TODAY
from .test_bad_input import both, edit, setp

OFFER = setp("incidents[0].kind", "mutual_termination_offer")


def _read(tmp_path: Path, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / "c.caseapp.json"
    path.write_bytes(data)
    return read_case_file(path, TODAY)


def _refused(tmp_path: Path, data: bytes) -> set[tuple[str, str]]:
    with pytest.raises(CaseFileError) as info:
        _read(tmp_path, data)
    return {(p.place, p.message.key.removeprefix("casefile.")) for p in info.value.problems}


def test_the_offer_keys_are_read_and_written_back(tmp_path: Path) -> None:
    change = both(
        OFFER,
        setp("incidents[0].offer_amount", "20000.00"),
        setp("incidents[0].last_day", "2040-01-31"),  # may lie ahead, like due_by
        setp("incidents[0].clauses", ["personal_reasons_wording", "no_further_claims"]),
        setp("incidents[0].terms_text", "双方再无争议"),
    )
    case = _read(tmp_path, edit(change)()).case
    offer = case.incidents[0]
    assert offer.kind == IncidentKind.MUTUAL_TERMINATION_OFFER
    assert offer.offer_amount == Decimal("20000.00")
    assert offer.last_day == dt.date(2040, 1, 31)
    # kept in the order written
    assert offer.clauses == (
        OfferClause.PERSONAL_REASONS_WORDING,
        OfferClause.NO_FURTHER_CLAIMS,
    )
    written = case_to_document(case)["incidents"][0]  # type: ignore[index]
    assert written["offer_amount"] == "20000.00"
    assert written["last_day"] == "2040-01-31"
    assert written["clauses"] == ["personal_reasons_wording", "no_further_claims"]


def test_an_offer_without_the_keys_reads_and_writes_none(tmp_path: Path) -> None:
    case = _read(tmp_path, edit(OFFER)()).case
    offer = case.incidents[0]
    assert offer.offer_amount is None and offer.last_day is None and offer.clauses == ()
    written = case_to_document(case)["incidents"][0]  # type: ignore[index]
    assert not {"offer_amount", "last_day", "clauses"} & set(written)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            setp("incidents[0].offer_amount", "100.00"),  # a standby_notice has none
            ("incidents[0].offer_amount", "unknown_key"),
        ),
        (
            setp("incidents[0].clauses", ["si_waiver"]),
            ("incidents[0].clauses", "unknown_key"),
        ),
        (
            both(OFFER, setp("incidents[0].clauses", ["gag_order"])),
            ("incidents[0].clauses[0]", "unknown_code"),
        ),
        (
            both(OFFER, setp("incidents[0].offer_amount", "-1")),
            ("incidents[0].offer_amount", "negative"),
        ),
        (
            both(OFFER, setp("incidents[0].last_day", "2025-02-30")),
            ("incidents[0].last_day", "bad_date"),
        ),
    ],
)
def test_a_bad_offer_value_is_named(tmp_path: Path, change, expected) -> None:  # type: ignore[no-untyped-def]
    problems = _refused(tmp_path, edit(change)())
    assert expected in problems, problems
