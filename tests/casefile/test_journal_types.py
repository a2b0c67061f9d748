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


def test_a_lone_surrogate_in_a_journal_line_is_not_canonical() -> None:
    """Found by the long fuzz (HYPOTHESIS_PROFILE=fuzz, zip import): json reads
    "\\ud800" as a lone surrogate, which has no UTF-8 form; re-encoding the line
    raised UnicodeEncodeError (import exit 4). It is a problem with the line."""
    line = make_line(_entry(), GENESIS)[:-1] + b',"x":"\\ud800"}'
    problems, _head = verify_chain([line])
    assert [p.code for p in problems] == ["not_canonical"]


def test_a_zip_whose_journal_holds_a_lone_surrogate_is_refused(
    tmp_path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    import json

    from caseapp.__main__ import main
    from caseapp.casefile.journal import line_hash
    from tests.casefile.helpers import journal_for, rezip, sample_zip

    src, case, _store = sample_zip(tmp_path)
    lines = journal_for(case)
    first = lines[0][:-1] + b',"x":"\\ud800"}'
    relinked = [first]
    prev = line_hash(first)
    for line in lines[1:]:
        relinked.append(make_line(json.loads(line), prev))
        prev = line_hash(relinked[-1])
    bad = rezip(src, tmp_path / "s.caseapp.zip", {"journal.jsonl": b"\n".join(relinked) + b"\n"})
    data = tmp_path / "data"
    assert main(["--lang", "en", "--data-dir", str(data), "import", str(bad)]) == 2
    assert "internal error" not in capsys.readouterr().err
    assert main(["--lang", "en", "verify", str(bad)]) == 1
    assert "internal error" not in capsys.readouterr().err
