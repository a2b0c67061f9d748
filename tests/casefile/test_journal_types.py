"""Journal values of the wrong type are problems, never a crash (found by the
long fuzz, HYPOTHESIS_PROFILE=fuzz: an entry whose ``op`` was a list made
``verify_chain`` raise TypeError — a list cannot be looked up in a set)."""

from __future__ import annotations

from caseapp.casefile.journal import GENESIS, export_left_out, make_line, verify_chain


def _entry(**keys: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "seq": 1,
        "at": "2025-01-01T00:00:00Z",
        "tz_offset": "+08:00",
        "app": "caseapp 0.1.0",
        "op": "export",
        "changes": [],
    }
    entry.update(keys)
    return entry


def test_an_op_that_is_a_list_is_a_bad_op() -> None:
    line = make_line(_entry(op=["export"]), GENESIS)
    problems, _head = verify_chain([line])
    assert [p.code for p in problems] == ["bad_op"]


def test_an_op_that_is_an_object_is_a_bad_op() -> None:
    line = make_line(_entry(op={"x": 1}), GENESIS)
    problems, _head = verify_chain([line])
    assert [p.code for p in problems] == ["bad_op"]


def test_a_left_out_reason_that_is_a_list_is_skipped() -> None:
    sha = "a" * 64
    line = make_line(
        _entry(
            files_left_out=[
                {"sha256": sha, "reason": ["missing"]},
                {"sha256": "b" * 64, "reason": "changed"},
            ]
        ),
        GENESIS,
    )
    assert export_left_out([line]) == {"b" * 64: "changed"}
