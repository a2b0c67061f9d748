"""The per-region series of issue 11 item 1 (law data 2026.12.4): average wages
for the severance cap (a city's own figure, or its region's as a stand-in),
wage grace days and conditional deferrals, and the regional readings.

Figures come from resources/law (law-regions.md, addendum §2); every amount
below is worked by hand from them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from caseapp.__main__ import main
from caseapp.domain.model import Contract
from caseapp.domain.vocab import Confidence
from caseapp.rules.law import LawData
from caseapp.rules.law_figures import figures_on
from rules.builders import case, ended, month_payments, payment
from rules.helpers import only, run
from rules.test_law_coverage import CITY_KEYS
from rules.test_law_data import broken_copy, problems_of


def _ended(city: str, when: str, wage: str, start: str = "2010-01-01") -> object:
    return case(
        city=city,
        contract=Contract(kind="fixed", start=dt.date.fromisoformat(start), written=True),
        monthly_wage=D(wage),
        payments=month_payments(start, when, wage),
        employment_ended=ended(when, "art36_employer_proposed"),
    )


# --- the severance cap -----------------------------------------------------------


def test_kunming_cap_for_a_high_earner(law: LawData) -> None:
    # Kunming 2024 城镇非私营 average 126,383 a year (昆明市统计局, page of
    # 2025-08-21; REPORTED): monthly 126383 / 12 = 10531.92, cap 126383 / 4 =
    # 3 × 10531.9166… = 31595.75. Wage 40000 from 2010-01-01 to 2025-12-31: 16
    # whole years. 40000 > 31595.75 → base 31595.75 and at most 12 years:
    # N = 31595.75 × 12 = 379149.00; 2N = 758298.00.
    info = law.average_wage_info("kunming", dt.date(2025, 12, 31))
    assert info is not None and info.value.stand_in is None  # Kunming's own figure
    assert info.value.monthly == D("10531.92") and info.value.cap == D("31595.75")
    est = run(_ended("kunming", "2025-12-31", "40000"), "2026-01-10", law).severance
    assert est is not None
    assert est.base == D("31595.75") and est.years == D("12")
    assert est.n == D("31595.75") * 12 == D("379149.00")
    assert est.double == D("758298.00")
    assert est.alternatives == ()  # a city's own figure: no stand-in alternative
    keys = [m.key for m in est.assumptions]
    assert "calc.severance.value.cap_unconfirmed" in keys
    assert "calc.severance.value.cap_stand_in" not in keys


def test_kunming_near_miss_before_its_first_figure_has_no_cap(law: LawData) -> None:
    # The 2024 figure is published 2025-08-21; an end on 2025-08-20 has no Kunming
    # figure, and Kunming has figures of its own, so a region's is never
    # borrowed: no cap. 2010-01-01..2025-08-20 is 15 years and 7 months; the
    # remainder of 6 months or more counts as a year → 16 years.
    assert law.average_wage_info("kunming", dt.date(2025, 8, 20)) is None
    est = run(_ended("kunming", "2025-08-20", "40000"), "2025-09-01", law).severance
    assert est is not None
    # base: the 12 whole months 2024-08..2025-07 at 40000 → 40000.00, uncapped;
    # N = 40000 × 16 = 640000.00
    assert est.base == D("40000.00") and est.years == D("16") and est.n == D("640000.00")
    assert est.calculation.inputs["cap"].key == "calc.value.cap_unknown"  # type: ignore[union-attr]


def test_hefei_stand_in_cap_with_the_uncapped_amount_beside_it(law: LawData) -> None:
    # No Hefei figure in the data: Anhui's 2024 全口径 average, 7,185 a month (the
    # 2025 social-insurance base, in force by 2025-12-31; REPORTED) stands in,
    # `unconfirmed`: cap 3 × 7185 = 21555.
    # Wage 30000 from 2010-01-01 to 2026-01-31: 16 years and 1 month → 16.5 years.
    # Capped: base 21555.00, years 12 → N = 21555 × 12 = 258660.00.
    # Without the stand-in cap: 30000 × 16.5 = 495000.00 (`unconfirmed` alternative).
    cap = law.severance_cap("hefei", dt.date(2026, 1, 31))
    assert cap is not None and cap.value == D("21555")
    assert cap.confidence is Confidence.UNCONFIRMED
    assert cap.note is not None and cap.note.startswith("Stand-in")
    assert law.severance_cap_stand_in("hefei", dt.date(2026, 1, 31)) == "anhui"
    est = run(_ended("hefei", "2026-01-31", "30000"), "2026-02-10", law).severance
    assert est is not None
    assert est.base == D("21555.00") and est.years == D("12") and est.n == D("258660.00")
    (alt,) = est.alternatives
    assert alt.reading.key == "rules.severance.alt.without_stand_in_cap"
    assert alt.amount == D("30000") * D("16.5") == D("495000.00")
    assert alt.confidence is Confidence.UNCONFIRMED
    assert "calc.severance.value.cap_stand_in" in [m.key for m in est.assumptions]


def test_hefei_near_miss_below_the_stand_in_cap(law: LawData) -> None:
    # 21000 < 21555: not capped, all 16.5 years, N = 21000 × 16.5 = 346500.00, and
    # no "without the cap" alternative (the cap changed nothing).
    est = run(_ended("hefei", "2026-01-31", "21000"), "2026-02-10", law).severance
    assert est is not None
    assert est.base == D("21000.00") and est.years == D("16.5") and est.n == D("346500.00")
    assert est.alternatives == ()


def test_stand_in_only_where_the_data_has_no_city_figure(law: LawData) -> None:
    day = dt.date(2025, 12, 31)
    # Cities with figures of their own never borrow their province's, even on a
    # day before their first figure (Guangzhou, Shenzhen: 2026-07-01; Chengdu:
    # in force by 2026-07-01).
    for city in ("guangzhou", "shenzhen", "chengdu", "hangzhou", "wuhan"):
        assert law.average_wage_info(city, day) is None, city
    # A named city without figures, `other:<region>` and a division code do.
    expected = {
        "dongguan": ("guangdong", D("9183")),
        "wuxi": ("jiangsu", D("10768.33")),  # 129220 / 12 = 10768.333…
        "ningbo": ("zhejiang", D("11436.58")),  # 137239 / 12 = 11436.583…
        "other:zhejiang": ("zhejiang", D("11436.58")),
        "410102": ("henan", D("7183.25")),  # 86199 / 12
        "zhengzhou": ("henan", D("7183.25")),
        "haikou": ("hainan", D("9786.08")),  # 117433 / 12 = 9786.083…
    }
    for city, (region, monthly) in expected.items():
        info = law.average_wage_info(city, day)
        assert info is not None, city
        assert info.value.stand_in == region and info.value.monthly == monthly, city
        assert info.confidence is Confidence.UNCONFIRMED
        assert info.note is not None and info.note.startswith("Stand-in") and region != city
    # Jiangsu's cap: 129220 / 4 = 32305.00 (= 3 × 129220 / 12).
    jiangsu = law.severance_cap("wuxi", day)
    assert jiangsu is not None and jiangsu.value == D("32305.00")
    # A district takes its city's figures: Kunming's 东川区 (530113) Kunming's
    # own, Hangzhou's 淳安县 (330127) none before Hangzhou's first (never
    # Zhejiang's), and a district of Nanchang (no figure of its own) Jiangxi's.
    dongchuan = law.average_wage_info("530113", day)
    assert dongchuan is not None and dongchuan.value.monthly == D("10531.92")
    assert dongchuan.value.stand_in is None
    assert law.average_wage_info("330127", day) is None
    xinjian = law.average_wage_info("360112", day)  # 南昌市新建区
    assert xinjian is not None and xinjian.value.stand_in == "jiangxi"
    assert xinjian.value.monthly == D("6525")
    assert law.wage_deferral("530113", day) is not None  # 昆明条例 art. 14
    # `other` (no province) has no region figure; Beijing keeps its own.
    assert law.average_wage_info("other", day) is None
    beijing = law.average_wage_info("beijing", day)
    assert beijing is not None and beijing.value.stand_in is None


def test_beijing_2018_notice_figure_and_its_unrecorded_successors(law: LawData) -> None:
    # 北京市人社局 2019-08-16 notice: 2018 法人单位 average 127,107 a year →
    # 10592.25 a month, cap 31776.75 (`local_rule`). The 2019–2021 figures are not
    # in the references: after 24 months (2021-08-16) no figure, until the 2022
    # figure in force by 2023-12-31.
    found = law.average_wage_info("beijing", dt.date(2020, 1, 1))
    assert found is not None and found.confidence is Confidence.LOCAL_RULE
    assert found.value.monthly == D("10592.25") and found.value.cap == D("31776.75")
    assert law.average_wage_info("beijing", dt.date(2019, 8, 15)) is None
    assert law.average_wage_info("beijing", dt.date(2022, 6, 1)) is None


@pytest.mark.parametrize("key", CITY_KEYS)
def test_every_issue_city_has_a_figure_or_a_stated_gap(law: LawData, key: str) -> None:
    for day in (dt.date(2025, 6, 1), dt.date(2025, 12, 31), dt.date(2026, 9, 1)):
        info = law.average_wage_info(key, day)
        rows = {r.name: r for r in figures_on(law, key, day)}
        if info is None:
            assert rows["average_wage"].value is None and rows["severance_cap"].value is None
            continue
        assert info.value.monthly > 0
        assert info.source.document or info.source.reported_by or info.source.looked_in
        # the cap is three times the monthly figure, as the source rounds it
        assert abs(info.value.cap - 3 * info.value.monthly) <= D("0.05"), key
        assert rows["severance_cap"].value is not None
        if info.value.stand_in is not None:
            assert info.confidence is Confidence.UNCONFIRMED


@pytest.mark.parametrize("key", CITY_KEYS)
def test_law_show_prints_the_average_wage_line(
    capsys: pytest.CaptureFixture[str], key: str
) -> None:
    assert main(["law", "show", key, "--on", "2025-06-01", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("- 经济补偿封顶用的职工月平均工资："))
    assert "元/月" in line or "数据中没有" in line


def test_law_show_prints_the_new_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["law", "show", "hefei", "--on", "2025-12-31", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "经济补偿封顶用的职工月平均工资：7185 元/月" in out
    assert "经济补偿月工资封顶（三倍）：21555 元/月" in out
    # the stand-in is unverified (its document printed as such) and says it is a stand-in
    assert "    文号未核实：皖人社秘〔2025〕154号" in out
    assert "说明（英文）：Stand-in" in out
    assert main(["law", "show", "jinan", "--on", "2025-06-01", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    # Shandong art. 32: a deferral of at most 30 days, on conditions — not a grace.
    assert "工资支付宽限天数：数据中没有" in out
    assert "（有条件，不是宽限期）：30 天（自 2006-09-01 起；地方规定）" in out
    assert main(["law", "show", "shanghai", "--on", "2025-06-01", "--json"]) == 0
    figures = {f["figure"]: f for f in json.loads(capsys.readouterr().out)["figures"]}
    deferral = figures["wage_deferral_max"]
    assert deferral["value"] == "1" and deferral["unit"] == "months"
    assert deferral["confidence"] == "unconfirmed" and not deferral["document_verified"]


# --- wage timing -------------------------------------------------------------------


def _october_paid(paid_on: str, city: str) -> object:
    # October 2025's wage is due on 2025-11-15, a Saturday: by Wage Provisions
    # art. 7 on Friday 2025-11-14.
    return case(
        city=city,
        contract=Contract(
            kind="fixed", start=dt.date(2025, 10, 1), end=dt.date(2027, 9, 30), written=True
        ),
        payments=[
            payment("2025-10-01", "2025-10-31", "10000", paid_on=paid_on, pid="PO"),
            payment("2025-11-01", "2025-11-30", "10000", paid_on="2025-12-15"),
        ],
    )


def test_shenzhen_five_grace_days(law: LawData) -> None:
    # Shenzhen art. 12 (REPORTED): five days for any cause. Last day on time:
    # 2025-11-14 + 5 = 2025-11-19. Paid the 19th: not late.
    assert only(run(_october_paid("2025-11-19", "shenzhen"), "2025-12-01", law), "late-wages") == []
    # Near miss: paid the 20th, 6 days after the 14th → late (short), citing the
    # unconfirmed grace days.
    (f,) = only(run(_october_paid("2025-11-20", "shenzhen"), "2025-12-01", law), "late-wages")
    assert f.severity == "low" and f.explanation.params["worst"] == 20 - 14
    assert f.confidence is Confidence.UNCONFIRMED
    assert f.calculation is not None
    (grace,) = [p for p in f.calculation.parameters if p.name == "wage_grace_days"]
    assert grace.value == "5" and grace.confidence is Confidence.UNCONFIRMED
    # Guangzhou (no grace rule): paid the 17th is 3 days late.
    (g,) = only(run(_october_paid("2025-11-17", "guangzhou"), "2025-12-01", law), "late-wages")
    assert g.explanation.params["worst"] == 17 - 14


def test_a_conditional_deferral_never_excuses_a_delay(law: LawData) -> None:
    # Jiangsu art. 39 allows a deferral of up to 30 days only with written notice
    # and the union's consent: it is not a grace period. Paid 2025-11-17 in
    # Nanjing: 3 days late, as anywhere without grace.
    day = dt.date(2025, 11, 14)
    assert law.wage_grace_days("nanjing", day) is None
    deferral = law.wage_deferral("nanjing", day)
    assert deferral is not None and deferral.value == (30, "days")
    assert deferral.confidence is Confidence.LOCAL_RULE
    (f,) = only(run(_october_paid("2025-11-17", "nanjing"), "2025-12-01", law), "late-wages")
    assert f.explanation.params["worst"] == 3
    # the province's rule answers for every place in it, a code too
    assert law.wage_deferral("320205", day) == deferral
    assert law.wage_deferral("kunming", day) is not None  # 昆明条例 art. 14 (city rule)
    assert law.wage_deferral("guangzhou", day) is None


def test_grace_entries_are_validated(tmp_path: Path) -> None:
    both = broken_copy(
        tmp_path / "a",
        "wage_grace.toml",
        "deferral_months = 1",
        "deferral_months = 1\ndeferral_days = 30",
    )
    assert any("not both" in p for p in problems_of(both))
    none = broken_copy(tmp_path / "b", "wage_grace.toml", "deferral_months = 1\n", "")
    assert any("missing 'days'" in p for p in problems_of(none))
    negative = broken_copy(tmp_path / "c", "wage_grace.toml", "days = 5", "days = -5")
    assert any("'days' must be a non-negative integer" in p for p in problems_of(negative))
    unknown = broken_copy(tmp_path / "d", "average_wage.toml", "[[hainan]]", "[[hainam]]")
    assert any(
        "average_wage.toml: hainam: unknown city 'hainam'" in p for p in problems_of(unknown)
    )


# --- regional readings ---------------------------------------------------------------


@pytest.mark.parametrize("key", CITY_KEYS)
def test_regional_readings_fall_back_to_national(law: LawData, key: str) -> None:
    # law-regions.md, law.md and the addendum give a regional reading only for
    # Beijing (534 Q41, Q55): everywhere else the national entries answer.
    day = dt.date(2025, 10, 1)
    overtime = law.severance_overtime(key, day)
    lapsed = law.lapsed_contract_double_wages(key, day)
    limitation = law.double_wage_limitation(key, day)
    assert overtime is not None and lapsed is not None
    if key == "beijing":
        assert overtime.value is True and overtime.confidence is Confidence.PRACTICE
        assert limitation is not None and limitation.value == "counted_back"
    else:
        assert overtime.value is False and overtime.confidence is Confidence.UNCONFIRMED
        assert lapsed.confidence is Confidence.CONTESTED
        assert limitation is None or limitation.confidence is Confidence.UNCONFIRMED
