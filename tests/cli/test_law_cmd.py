"""`caseapp law` and `caseapp law show` (issue 11 item 5), in-process through main()."""

from __future__ import annotations

import json
import re

import pytest

from caseapp.__main__ import main
from tests.rules.test_law_coverage import CITY_KEYS, PROVINCES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("key", CITY_KEYS)
def test_law_show_every_city(capsys: pytest.CaptureFixture[str], key: str) -> None:
    code, out, err = run(capsys, "law", "show", key, "--on", "2025-06-01", "--lang", "zh")
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("- 月最低工资："))
    assert re.search(r"：\d+ 元/月", line), line
    following = out.splitlines()[out.splitlines().index(line) + 1]
    # its document, or 文号未核实 beside the report it rests on
    assert following.strip().startswith(("依据：", "文号未核实")), following
    if "未核实）" in line:  # an unconfirmed figure never reads as a document
        assert following.strip().startswith("文号未核实")


def test_law_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "law", "show", "hefei", "--on", "2025-06-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["place"] == "hefei" and data["region"] == "anhui" and data["tier"] == "1"
    figures = {f["figure"]: f for f in data["figures"]}
    # 2060 from 2023-03-01 (REPORTED: 文号 not found)
    assert figures["minimum_wage"]["value"] == "2060"
    assert figures["minimum_wage"]["confidence"] == "unconfirmed"
    assert figures["minimum_wage"]["document_verified"] is False
    # the lowest share left open, 70 %
    assert figures["standby_after"]["value"] == "0.7"
    assert figures["standby_first_cycle"]["document_verified"] is True
    assert figures["wage_grace_days"]["value"] is None  # a gap


def test_law_show_code_and_other(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "law", "show", "340100", "--on", "2025-10-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["reads_as"] == "other:anhui" and "lowest tier" in data["tier_note"]
    assert {f["figure"]: f for f in data["figures"]}["minimum_wage"]["value"] == "2000"
    code, out, _ = run(capsys, "law", "show", "other", "--on", "2025-06-01", "--lang", "en")
    assert code == 0 and "monthly minimum wage: not in the data (a gap)" in out


def test_law_show_unknown_place_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "law", "show", "atlantis", "--lang", "en")
    assert code == 2 and "atlantis" in err
    code, _, _ = run(capsys, "law", "show", "--lang", "en")
    assert code == 2


def test_law_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "law", "--lang", "en")
    assert code == 0
    assert "law data version 2026.12.6, compiled 2026-12-07: 31 provincial-level regions" in out
    code, out, _ = run(capsys, "law", "--json")
    data = json.loads(out)
    assert data["version"] == "2026.12.6" and data["compiled"] == "2026-12-07"
    assert {r["region"] for r in data["regions"]} == set(PROVINCES)
    assert set(CITY_KEYS) <= set(data["places"])


def test_law_show_a_district(capsys: pytest.CaptureFixture[str]) -> None:
    # 杭州市桐庐县 (330122): Zhejiang's second tier, 2260 from 2024-01-01 (REPORTED)
    code, out, err = run(capsys, "law", "show", "330122", "--on", "2025-06-01", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["reads_as"] == "330122" and data["region"] == "zhejiang" and data["tier"] == "2"
    assert "桐庐县" in data["tier_note"]
    assert {f["figure"]: f for f in data["figures"]}["minimum_wage"]["value"] == "2260"
    code, out, _ = run(capsys, "law", "show", "330122", "--on", "2025-06-01", "--lang", "zh")
    assert code == 0 and "杭州市桐庐县" in out and "2260 元/月" in out
    # the coverage lists the districts under their city
    code, out, _ = run(capsys, "law", "--json")
    zhejiang = next(r for r in json.loads(out)["regions"] if r["region"] == "zhejiang")
    assert zhejiang["districts"]["hangzhou"] == ["330122", "330127", "330182"]
    code, out, _ = run(capsys, "law", "--lang", "en")
    assert "hangzhou(330122 330127 330182)" in out
    assert "43 districts and counties below their city's tier" in out
