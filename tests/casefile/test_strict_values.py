"""Strict values (issue 12, item 6): ASCII digits only in money, dates,
months, times and instants ("１２３", "١٢٣" and a trailing "\\n" refused);
a uid is canonical lower-case without whitespace; names made only of
invisible characters refused; a journal line nested too deep refused before
`json` recurses (import exits 2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from caseapp.__main__ import main
from caseapp.casefile.journal import GENESIS, line_hash, make_line
from caseapp.casefile.reader import check_document, read_case_file
from caseapp.casefile.writer import document_bytes
from caseapp.domain.money import MoneyError, parse_money
from tests.casefile.helpers import TODAY, journal_for, read_member, rezip, sample_case, sample_zip


def _doc() -> dict[str, Any]:
    return json.loads(document_bytes(sample_case()))


def _problems(doc: dict[str, Any]) -> list[str]:
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    _value, ctx = check_document(data, TODAY, None)
    return [f"{p.place}: {p.message.key}" for p in ctx.problems]


NOT_ASCII_DIGITS = ["１２３", "١٢٣", "100\n", "100.00\n", "１２３.00", "\u0661"]


@pytest.mark.parametrize("amount", NOT_ASCII_DIGITS)
def test_money_takes_ascii_digits_only(amount: str) -> None:
    doc = _doc()
    doc["payments"][0]["amount"] = amount
    assert any(p.startswith("payments[0].amount") for p in _problems(doc)), amount
    with pytest.raises(MoneyError):
        parse_money(amount)


@pytest.mark.parametrize(
    ("place", "value"),
    [
        ("date", "２０２５-06-02"),
        ("date", "2025-06-02\n"),
        ("date", "٢٠٢٥-٠٦-٠٢"),
    ],
)
def test_dates_take_ascii_digits_only(place: str, value: str) -> None:
    doc = _doc()
    doc["days"][0][place] = value
    assert any(p.startswith("days[0].date") for p in _problems(doc)), value


@pytest.mark.parametrize("value", ["２０２５-06", "2025-06\n", "2025-٠٦"])
def test_months_take_ascii_digits_only(value: str) -> None:
    doc = _doc()
    doc["social_insurance"] = [{"month": value, "status": "paid"}]
    assert any(p.startswith("social_insurance[0].month") for p in _problems(doc)), value


@pytest.mark.parametrize("value", ["０9:00", "09:00\n", "٠٩:٠٠"])
def test_times_take_ascii_digits_only(value: str) -> None:
    doc = _doc()
    doc["days"][0]["start"] = value
    assert any(p.startswith("days[0].start") for p in _problems(doc)), value


@pytest.mark.parametrize("value", ["2025-06-02T09:00:00+08:00\n", "２025-06-02T09:00:00+08:00"])
def test_instants_take_ascii_digits_only(value: str) -> None:
    doc = _doc()
    doc["days"][0]["recorded_at"] = value
    assert any(p.startswith("days[0].recorded_at") for p in _problems(doc)), value


@pytest.mark.parametrize("value", ["P1\n", "Ｐ1"])
def test_ids_refuse_a_trailing_newline(value: str) -> None:
    doc = _doc()
    doc["people"][0]["id"] = value
    assert any(p.startswith("people[0].id") for p in _problems(doc)), value


@pytest.mark.parametrize(
    "uid",
    [
        " 0b7f3a9e-5d6c-4e1a-9f0b-2c3d4e5f6a7b",
        "0b7f3a9e-5d6c-4e1a-9f0b-2c3d4e5f6a7b\n",
        "0b7f3a9e-5d6c-4e1a-9f0b-2c3d4e5f6a7b ",
    ],
)
def test_a_uid_with_whitespace_is_refused(uid: str) -> None:
    doc = _doc()
    doc["case"]["uid"] = uid
    assert "case.uid: casefile.bad_uid" in _problems(doc)


def test_a_uid_is_read_in_lower_case(tmp_path: Path) -> None:
    doc = _doc()
    doc["case"]["uid"] = doc["case"]["uid"].upper()
    path = tmp_path / "upper.caseapp.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    loaded = read_case_file(path, TODAY)
    assert loaded.case.info.uid == "0b7f3a9e-5d6c-4e1a-9f0b-2c3d4e5f6a7b"


def test_the_same_case_cannot_be_imported_twice_under_two_spellings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _doc()
    lower = tmp_path / "lower.caseapp.json"
    lower.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    doc["case"]["uid"] = doc["case"]["uid"].upper()
    upper = tmp_path / "upper.caseapp.json"
    upper.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", str(lower)]) == 0
    assert main(["--data-dir", data, "import", str(upper)]) == 2
    capsys.readouterr()
    assert main(["--data-dir", data, "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


INVISIBLE = ["\u200b", "\u200b\u200c\u200d", "\u2060\ufeff", "\u3000\u200b", "\u00ad", "\u180e"]


@pytest.mark.parametrize("name", INVISIBLE)
def test_a_name_of_invisible_characters_only_is_refused(name: str) -> None:
    doc = _doc()
    doc["case"]["worker"]["name"] = name
    doc["people"][0]["name"] = name
    problems = _problems(doc)
    assert "case.worker.name: casefile.blank" in problems, problems
    assert "people[0].name: casefile.blank" in problems, problems


def test_a_name_with_a_zero_width_joiner_inside_is_kept() -> None:
    doc = _doc()
    doc["people"][0]["name"] = "王\u200d经理"
    assert _problems(doc) == []


def test_a_journal_line_nested_too_deep_is_refused_before_recursion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, case, _store = sample_zip(tmp_path)
    lines = journal_for(case)
    deep: object = "x"
    for _ in range(100_000):
        deep = [deep]
    # json.dumps itself would recurse; build the text by hand
    entry = make_line(
        {
            "seq": 1,
            "at": "2025-06-01T09:00:00+08:00",
            "tz_offset": "+08:00",
            "op": "create",
            "changes": [],
            "app": "x",
        },
        GENESIS,
    )
    bomb = entry[:-1] + b',"x-deep":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    relinked = [bomb]
    prev = line_hash(bomb)
    for line in lines[1:]:
        body = json.loads(line)
        relinked.append(make_line(body, prev))
        prev = line_hash(relinked[-1])
    bad = rezip(src, tmp_path / "deep.caseapp.zip", {"journal.jsonl": b"\n".join(relinked) + b"\n"})
    assert read_member(bad, "journal.jsonl").startswith(bomb[:20])
    data = str(tmp_path / "data")
    code = main(["--lang", "en", "--data-dir", data, "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "too deep" in err
    code = main(["--lang", "en", "verify", str(bad)])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "too deep" in out
