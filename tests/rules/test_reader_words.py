"""Words a reader can use (issue 9 item 8): `caseapp check` in Chinese prints
Chinese only, and no text of any finding holds a record id, a rule id, a
placeholder or a raw code, in either language.

Every report the rules tests build is scanned by `helpers.run` (through
`reader_language.problems`); here the sample case at the four dates of
/work/baseline/make.sh and every published case under tests/rules/cases/ at
its as-of date are scanned too, and the scanner is shown to catch what it
looks for."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from caseapp.casefile.reader import read_case_file
from caseapp.domain.findings import Basis
from caseapp.domain.vocab import ReturnGround
from caseapp.paths import resource
from caseapp.rules.engine import run_rules
from caseapp.rules.law import LawData, load_law_data
from caseapp.rules.output import format_findings_text
from rules import reader_words
from rules.test_events import _dispatch_case

CASES = Path(__file__).parent / "cases"
EXPECTED = tomllib.loads((CASES / "expected.toml").read_text(encoding="utf-8"))
SAMPLE_DATES = ("2025-03-01", "2025-06-30", "2025-12-31", "2026-12-07")


@pytest.mark.parametrize("as_of", SAMPLE_DATES)
def test_the_sample_case_reads_in_the_readers_words(as_of: str, law: LawData) -> None:
    loaded = read_case_file(resource("samples", "sample.caseapp.zip"), dt.date(2026, 12, 7))
    report = run_rules(loaded.case, dt.date.fromisoformat(as_of), law)
    assert reader_words.problems(report, loaded.case, law) == []
    zh = format_findings_text(report, "zh", law, loaded.case)
    # what the Chinese text used to print and no longer does
    for leak in ("(standby-first-cycle-underpaid)", "payment:PAY", "unconfirmed", "norbital-ai"):
        assert leak not in zh


@pytest.mark.parametrize("case_id", sorted(EXPECTED))
def test_every_published_case_reads_in_the_readers_words(case_id: str, law: LawData) -> None:
    loaded = read_case_file(CASES / f"{case_id}.caseapp.json", dt.date.today(), law.cities())
    report = run_rules(loaded.case, dt.date.fromisoformat(EXPECTED[case_id]["as_of"]), law)
    assert reader_words.problems(report, loaded.case, law) == []


def test_a_return_ground_is_shown_by_its_label(law: LawData) -> None:
    # `business_difficulty` was printed as a raw code in the finding's text.
    report = run_rules(_dispatch_case(ReturnGround.BUSINESS_DIFFICULTY), dt.date(2025, 9, 20), law)
    zh = format_findings_text(report, "zh", law)
    assert "经营困难" in zh and "business_difficulty" not in zh


def test_articles_read_as_a_reader_names_them() -> None:
    from caseapp.rules.output import _basis_text

    law = load_law_data()
    whole = _basis_text(Basis("working_time_notice_2008", "*"), "zh", law)
    assert "第*条" not in whole and whole.startswith("关于职工全年月平均工作时间")
    assert _basis_text(Basis("beijing_high_court_answers_2024", "Q41"), "zh", law).endswith(
        "第41问"
    )
    assert _basis_text(Basis("beijing_arbitration_cases", "2024-7"), "zh", law).endswith(
        "2024年第7号案例"
    )
    assert _basis_text(Basis("typical_cases_2020", "4"), "en", law).endswith(", case 4")
    assert _basis_text(Basis("labour_contract_law", "38", 1, 2), "zh", law).endswith(
        "第38条第1款第2项"
    )
    dated = _basis_text(Basis("beijing_hrss_typical_cases", "2016-07-21"), "zh", law)
    assert dated.endswith("（2016-07-21 发布的案例）") and "第2016" not in dated


def test_the_window_cites_cases_and_questions_as_the_cli_does() -> None:
    """The 风险提示 view uses the CLI's forms for a question, a case and a whole
    instrument (never 第Q41条, 第2016-07-21条 or 第*条); the PDF's are checked
    in tests/report/test_cite.py."""
    from caseapp.ui import findings_model

    law = load_law_data()
    for basis, tail in (
        (Basis("beijing_high_court_answers_2024", "Q41"), "第41问"),
        (Basis("beijing_hrss_typical_cases", "2016-07-21"), "（2016-07-21 发布的案例）"),
        (Basis("typical_cases_2020", "4"), "第4号案例"),
    ):
        shown = findings_model.basis_text(basis, law)
        assert shown.endswith(tail) and "第" + basis.article + "条" not in shown


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("相关记录：payment:PAY3", "zh", "record id"),
        ("Records: incident:I5", "en", "record id"),
        ("（late-wages）", "zh", "rule id"),
        ("see no-written-contract", "en", "rule id"),
        ("劳动合同法 第*条", "zh", "placeholder"),
        ("理由是“{ground}”", "zh", "placeholder"),
        ("理由是“business_difficulty”", "zh", "raw code"),
        ("ground: business_difficulty", "en", "raw code"),
        ("依据强度：unconfirmed", "zh", "confidence code"),
        ("来源 norbital-ai templates", "zh", "English word"),
    ],
)
def test_the_scanner_catches_what_it_looks_for(text: str, lang: str, found: str) -> None:
    problems = reader_words.scan(text, lang, "test")  # type: ignore[arg-type]
    assert any(p.startswith(found) for p in problems), problems


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("用 EMS 寄出，并保存考勤 App 的页面", "zh"),
        ("2025-06-13 收到；14000.00 元；第38条第1款第2项", "zh"),
        ("Ground: unconfirmed", "en"),  # English labels may be the words themselves
        ("https://www.gov.cn/zhengce", "en"),
    ],
)
def test_the_scanner_leaves_the_readers_words_alone(text: str, lang: str) -> None:
    assert reader_words.scan(text, lang, "test") == []  # type: ignore[arg-type]


def test_what_the_user_typed_is_shown_as_typed(law: LawData) -> None:
    # A name typed in pinyin is the user's own text, not an app word.
    assert reader_words.scan("调往 baoding", "zh", "t", ["baoding"]) == []
    assert reader_words.scan("调往 baoding", "zh", "t") != []
