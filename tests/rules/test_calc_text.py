"""Calculations in the reader's language (caseapp/rules/calc_text.py) and one
wording per next step. Every report the rules tests build through
`helpers.run` (the worked examples) is checked by `reader_language.problems`;
here: the catalogue keys the rules use, the sample case, the findings JSON,
the text output, and that the checks catch what they look for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import re
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from caseapp.casefile.reader import read_case_file
from caseapp.domain.findings import (
    Alternative,
    CalcRow,
    CalcTable,
    Calculation,
    Finding,
    FindingsReport,
)
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Severity
from caseapp.i18n import catalogue, render
from caseapp.paths import resource
from caseapp.rules.calc_deadline import CLAIMS
from caseapp.rules.calc_text import input_label, inputs_json, table_text
from caseapp.rules.engine import run_rules
from caseapp.rules.output import findings_to_json, format_findings_text
from rules.reader_language import NEAR, problems

RULES = Path(__file__).resolve().parents[2] / "caseapp" / "rules"
SAMPLE_DATES = ("2025-05-10", "2025-10-10", "2026-11-23")
KEY = re.compile(r'f?"((?:calc|steps)\.[A-Za-z0-9_.{}-]+)"')
RULE_CONST = re.compile(r'^RULE = "([a-z0-9-]+)"', re.MULTILINE)


def _keys_in_source() -> set[str]:
    """Catalogue keys the rule modules name: "calc.…", "steps.…", and
    f"calc.{RULE}.…" with the module's RULE; "calc.claim.{…}" for every claim."""
    keys: set[str] = set()
    for path in RULES.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rule = RULE_CONST.search(source)
        for key in KEY.findall(source):
            if "{RULE}" in key and rule is not None:
                key = key.replace("{RULE}", rule.group(1))
            if key.startswith("calc.claim.{"):
                keys.update(f"calc.claim.{c}" for c in CLAIMS)
            elif "{" not in key:
                keys.add(key)
    return keys


def _sample() -> tuple[object, list[FindingsReport]]:
    loaded = read_case_file(resource("samples", "sample.caseapp.zip"), dt.date(2026, 11, 23))
    reports = [run_rules(loaded.case, dt.date.fromisoformat(d)) for d in SAMPLE_DATES]
    return loaded.case, reports


def test_every_calc_and_step_key_the_rules_name_exists_in_zh_and_en() -> None:
    keys = _keys_in_source()
    assert {
        "calc.standby-first-cycle-underpaid.formula",
        "calc.severance.formula",
        "calc.data-gap.alt.ratio",
        "steps.demand_in_writing",
        "calc.claim.standby-below-floor",
    } <= keys  # the scan works
    formulas = {k for k in keys if k.endswith(".formula")}
    assert len(formulas) >= 15
    entries = catalogue()
    missing = sorted(k for k in keys if not {"zh", "en"} <= set(entries.get(k, {})))
    assert missing == []


def test_no_formula_or_calculation_is_a_plain_string_in_the_rules() -> None:
    offenders = []
    for path in RULES.glob("r_*.py"):
        source = path.read_text(encoding="utf-8")
        offenders += [
            f"{path.name}: {m}" for m in re.findall(r"(?:formula|calculation)=f?\"[^\"]*\"", source)
        ]
    source = (RULES / "calc_severance.py").read_text(encoding="utf-8")
    offenders += re.findall(r"(?:formula|calculation)=f?\"[^\"]*\"", source)
    assert offenders == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_calc_catalogue_text_has_both_languages_and_zh_is_chinese(lang: str) -> None:
    entries = catalogue()
    calc = {k: v for k, v in entries.items() if k.startswith(("calc.", "steps."))}
    assert len(calc) > 100
    assert all(v.get(lang) for v in calc.values())
    if lang == "zh":
        # Chinese apart from symbols (W, r, S, N, A), numbers and the law's abbreviations
        # ("EMS" is the postal service's name, as elsewhere in the catalogue)
        words = {k: re.sub(r"\{[a-z_]+\}|EMS", "", v["zh"]) for k, v in calc.items()}
        english = {k: v for k, v in words.items() if re.search(r"[A-Za-z]{3,}", v)}
        assert english == {}


def test_the_sample_case_reads_in_chinese_and_says_each_step_once() -> None:
    case, reports = _sample()
    seen_rules: set[str] = set()
    for report in reports:
        assert problems(report, case) == []  # type: ignore[arg-type]
        seen_rules |= {f.rule for f in report.findings if f.calculation is not None}
    assert {
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "late-wages",
        "labour-inspection-route",
        "contract-expiry",
    } <= seen_rules


def test_sample_summary_dedup_leaves_no_near_duplicates() -> None:
    _, reports = _sample()
    report = reports[-1]
    steps = [render(m, "zh") for f in report.findings for m in f.next_steps]
    distinct = list(dict.fromkeys(steps))
    assert len(distinct) < len(steps)  # shared steps do repeat across findings…
    for i, a in enumerate(distinct):  # …and what is left is not the same thing twice
        for b in distinct[i + 1 :]:
            assert difflib.SequenceMatcher(None, a, b).ratio() <= NEAR, (a, b)


def test_no_two_next_step_texts_in_the_catalogue_are_near_duplicates() -> None:
    entries = catalogue()
    steps = {k: v["zh"] for k, v in entries.items() if ".next." in k or k.startswith("steps.")}
    items = sorted(steps.items())
    near = [
        (a, b)
        for i, (a, x) in enumerate(items)
        for b, y in items[i + 1 :]
        if difflib.SequenceMatcher(None, x, y).ratio() > NEAR
    ]
    assert near == []


def test_json_keeps_the_v1_shape_with_english_formulas_and_codes() -> None:
    _, reports = _sample()
    report = reports[-1]
    document = findings_to_json(report)
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        jsonschema.validate(document, json.load(fh))
    by_rule = {f["rule"]: f for f in document["findings"]}
    floor = by_rule["standby-below-floor"]["calculation"]
    assert floor["formula"].startswith("per pay period: due = ")
    # June 2025: 17 on-call days at 2490, 2 unlogged days as plain standby at
    # 0.8 × 2490 = 1992, 1 day of personal leave at 0:
    # 2490 + (1992 − 2490) ÷ 21.75 × 2 − 2490 ÷ 21.75 = 2329.72
    assert floor["inputs"]["2025-06.due"] == "2329.72"
    assert floor["inputs"]["2025-06.unlogged"] == "2"
    assert floor["inputs"]["2025-06.shortfall"] == "529.72"
    late = by_rule["late-wages"]["calculation"]["inputs"]
    assert any(k.endswith(".payday") for k in late)
    si = by_rule["social-insurance-gap"]["calculation"]["inputs"]
    assert si["2025-07.status"] == "unpaid"  # codes kept for machines
    alt = by_rule["standby-full-wage-arguable"]["alternatives"][0]["calculation"]
    assert alt.startswith("at the regional standby floor")
    # The same document whatever the reader's language: it holds no zh/en choice.
    assert json.dumps(document) == json.dumps(findings_to_json(report))
    assert not re.search(r"[\u4e00-\u9fff]", floor["formula"] + alt)


def test_text_output_prints_formula_labels_and_breakdown_in_the_chosen_language() -> None:
    case, reports = _sample()
    zh = format_findings_text(reports[-1], "zh", None, case)  # type: ignore[arg-type]
    en = format_findings_text(reports[-1], "en", None, case)  # type: ignore[arg-type]
    assert "按月工资 W × 比例 r 计" in zh
    assert "月工资 W: 14000.00" in zh
    assert "月份 | 自 | 至 | 未记录的工作日 | 应发 | 已付 | 差额" in zh
    assert "2025-06 | 2025-06-01 | 2025-06-30 | 2 | 2329.72 | 1800.00 | 529.72" in zh
    assert "计入的款项（2025-04-15 收到）: 14000.00" in zh
    assert "缴纳情况" in zh and "未缴" in zh
    assert "at monthly wage W × ratio r" in en
    assert "monthly wage W: 14000.00" in en
    assert "Month | From | To | Days not logged | Due | Paid | Shortfall" in en
    for text in (zh, en):
        assert "cycle_last_day" not in text and "payment:PAY3:" not in text


def _report_with(calc: Calculation, alternatives: tuple[Alternative, ...] = ()) -> FindingsReport:
    finding = Finding(
        key="k",
        rule="standby-below-floor",
        severity=Severity.HIGH,
        confidence=Confidence.STATUTE,
        title=Msg("rules.standby-below-floor.title"),
        explanation=Msg("rules.standby-below-floor.title"),
        period=None,
        amount=Decimal(1),
        calculation=calc,
        basis=(),
        forum=None,
        respondents=(),
        final_award_eligible=None,
        refs=(),
        next_steps=(Msg("steps.demand_in_writing"),),
        alternatives=alternatives,
    )
    return FindingsReport(dt.date(2025, 1, 1), "u", "t", "t", "0" * 64, (finding,))


def test_the_checks_catch_english_and_near_duplicates() -> None:
    ok = Calculation(Msg("calc.severance.formula"), {"W": "1.00"})
    assert problems(_report_with(ok)) == []
    assert problems(_report_with(Calculation("due = W × r")))  # an English formula
    assert problems(_report_with(Calculation(Msg("calc.severance.formula"), {"wage_x": "1"})))
    assert problems(_report_with(ok, (Alternative(Msg("x.t"), None, "floor − paid", "x"),)))  # type: ignore[arg-type]
    table = CalcTable("month", ("due",), (CalcRow("2025-06", ("recorded late",)),))
    assert problems(_report_with(Calculation(Msg("calc.severance.formula"), table=table)))
    f = _report_with(ok).findings[0]
    long = "以书面方式要求单位补发差额并在本应用中记录为发出主张"

    def with_step(key: str, end: str) -> Finding:
        step = Msg("calc.value.range", {"start": long, "end": end})
        return dataclasses.replace(f, key=key, next_steps=(step,))

    near = FindingsReport(
        dt.date(2025, 1, 1),
        "u",
        "t",
        "t",
        "0" * 64,
        (with_step("a", "本项"), with_step("b", "这项")),
    )
    assert [p for p in problems(near) if p.startswith("near-duplicate")]
    same = FindingsReport(
        dt.date(2025, 1, 1),
        "u",
        "t",
        "t",
        "0" * 64,
        (with_step("a", "本项"), with_step("b", "本项")),
    )
    assert problems(same) == []  # the same wording twice is what the summary dedups


def test_labels_of_inputs_refs_codes_and_rows() -> None:
    assert input_label("W", "zh") == "月工资 W"
    assert input_label("payment:P4", "zh", lambda r: "条目 7") == "计入的款项（条目 7）"
    assert input_label("unknown_name", "zh") == "unknown_name"  # never hidden
    table = CalcTable(
        "month",
        ("status", "unpaid_types"),
        (CalcRow("2025-07", ("partial", "pension, medical")),),
    )
    shown = table_text(table, "zh")
    assert shown is not None
    assert shown.header == ["月份", "缴纳情况", "未缴险种"]
    assert shown.rows == [["2025-07", "部分缴纳", "养老保险、医疗保险"]]
    calc = Calculation(Msg("calc.severance.formula"), {"years": "4.5"}, table=table)
    assert inputs_json(calc) == {
        "years": "4.5",
        "2025-07.status": "partial",
        "2025-07.unpaid_types": "pension, medical",
    }


def test_the_report_font_has_every_character_of_the_calculation_texts() -> None:
    from caseapp.report.fonts import has_glyph

    entries = catalogue()
    texts = {k: v for k, v in entries.items() if k.startswith(("calc.", "steps."))}
    missing = {
        (k, lang, ch)
        for k, v in texts.items()
        for lang in ("zh", "en")
        for ch in v[lang]
        if not has_glyph(ch)
    }
    assert missing == set()
