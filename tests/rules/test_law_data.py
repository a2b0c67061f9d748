"""The law data and its loader: validation, dated lookups, the statute table."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.domain.model import Components, Deductions
from caseapp.domain.vocab import Confidence
from caseapp.paths import resource
from caseapp.rules.law import FILES, LawData, LawDataError, load_law_data

D = dt.date
LAW_DIR = resource("law")


def broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the law data with one textual change in one file."""
    root = tmp_path / "law"
    shutil.copytree(LAW_DIR, root)
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found in {name}: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def problems_of(root: Path) -> list[str]:
    with pytest.raises(LawDataError) as info:
        load_law_data(root)
    return list(info.value.problems)


# --- the bundled data is valid and complete -----------------------------------


def test_bundled_data_loads(law: LawData) -> None:
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", law.version)
    assert re.fullmatch(r"[0-9a-f]{64}", law.sha256)
    assert "other" in law.cities()
    assert {
        "beijing",
        "shanghai",
        "shenzhen",
        "guangzhou",
        "hangzhou",
        "nanjing",
        "suzhou",
        "chengdu",
        "wuhan",
        "xian",
        "tianjin",
        "chongqing",
    } <= law.cities()


def test_every_city_has_a_sourced_monthly_minimum_wage(law: LawData) -> None:
    for city in law.cities() - {"other"}:
        history = law.minimum_wage_history(city)
        assert history, city
        for item in history:
            src = item.source
            assert src.document or src.reported_by or src.looked_in, city
            assert isinstance(item.confidence, Confidence)
            assert item.value > 0


def test_every_city_has_names_and_a_known_region(law: LawData) -> None:
    for city in law.cities():
        assert law.city_name(city, "zh") and law.city_name(city, "en")
        assert law.region_name(law.region_of(city), "en")


def test_sha256_covers_the_files(tmp_path: Path, law: LawData) -> None:
    root = broken_copy(tmp_path, "meta.toml", 'version = "', '# changed\nversion = "')
    assert load_law_data(root).sha256 != law.sha256


def test_every_raw_entry_has_source_and_confidence() -> None:
    """Walk the TOML itself: any table with a date says where it comes from (the
    fields of docs/law-data.md, never the old free-text `source`) and its confidence."""
    five = {c.value for c in Confidence}
    missing: list[str] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            if "effective_from" in node or "in_force_by" in node:
                if "source" in node or not any(
                    k in node for k in ("document", "reported_by", "ref", "looked_in")
                ):
                    missing.append(f"{where}: source")
                if node.get("confidence") not in five:
                    missing.append(f"{where}: confidence")
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    for name in FILES:
        with (LAW_DIR / name).open("rb") as fh:
            walk(tomllib.load(fh), name)
    assert missing == []


# --- validation: broken copies name the place ------------------------------------


def test_missing_source_is_reported_with_its_place(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "minimum_wage.toml",
        'value = "2540"\ndocument = { number = "京人社劳发〔2025〕7号"',
        'value = "2540"\nxdocument = { number = "京人社劳发〔2025〕7号"',
    )
    found = problems_of(root)
    assert any(
        p.startswith("minimum_wage.toml: beijing.monthly[4]")
        and "must name the document that sets it" in p
        for p in found
    )
    assert any("unknown key 'xdocument'" in p for p in found)


def test_bad_confidence_is_reported(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "standby.toml",
        'ratio = "0.7"\ndocument',
        'ratio = "0.7"\nconfidence = "high"\ndocument',
    )
    found = problems_of(root)
    # The entry now has two `confidence` keys: TOML itself refuses the file.
    assert any(p.startswith("standby.toml") for p in found)
    root3 = broken_copy(
        tmp_path / "c", "wage_grace.toml", 'confidence = "practice"', 'confidence = "likely"'
    )
    assert any(
        p.startswith("wage_grace.toml: beijing[0]") and "'likely'" in p for p in problems_of(root3)
    )


def test_out_of_order_dates_are_reported(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "minimum_wage.toml",
        'effective_from = 2021-08-01\nvalue = "2320"',
        'effective_from = 2018-08-01\nvalue = "2320"',
    )
    found = problems_of(root)
    assert any(
        p.startswith("minimum_wage.toml: beijing.monthly[2]") and "out of order" in p for p in found
    )
    # and the hourly series no longer has an entry for the new monthly date
    assert any("no hourly entry" in p for p in found)


def test_duplicate_dates_are_reported(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "minimum_wage.toml",
        'effective_from = 2021-08-01\nvalue = "2320"',
        'effective_from = 2019-07-01\nvalue = "2320"',
    )
    assert any(
        "beijing.monthly[2]" in p and "duplicate date 2019-07-01" in p for p in problems_of(root)
    )


def test_unknown_region_and_unknown_city_are_reported(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "cities.toml", 'region = "hubei"', 'region = "hubie"')
    assert any(p == "cities.toml: cities.wuhan: unknown region 'hubie'" for p in problems_of(root))
    root2 = broken_copy(tmp_path / "b", "wage_grace.toml", "[[beijing]]", "[[peking]]")
    assert any("wage_grace.toml: peking: unknown city 'peking'" in p for p in problems_of(root2))


def test_missing_statute_is_reported(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "standby.toml",
        '{ law = "beijing_wage_regulations", article = "27" }',
        '{ law = "beijing_wage_regulations", article = "72" }',
    )
    assert any(
        p.startswith("standby.toml: beijing.first_cycle[0]")
        and "beijing_wage_regulations art. 72" in p
        for p in problems_of(root)
    )


def test_unknown_key_and_float_money_are_reported(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "minimum_wage.toml", 'value = "2540"', "value = 2540.0")
    assert any("beijing.monthly[4]" in p and "string" in p for p in problems_of(root))
    root2 = broken_copy(
        tmp_path / "b",
        "cities.toml",
        '[cities.beijing]\nzh = "北京"',
        '[cities.beijing]\nx-note = 1\nzh = "北京"',
    )
    assert any(p == "cities.toml: cities.beijing: unknown key 'x-note'" for p in problems_of(root2))


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "cities.toml", 'region = "hubei"', 'region = "hubie"')
    grace = root / "wage_grace.toml"
    grace.write_text(
        grace.read_text(encoding="utf-8").replace("days = 7", 'days = "7"'), encoding="utf-8"
    )
    found = problems_of(root)
    assert any("hubie" in p for p in found)
    assert any(p.startswith("wage_grace.toml: beijing[0]") for p in found)


def test_missing_and_unknown_files_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "law"
    shutil.copytree(LAW_DIR, root)
    (root / "standby.toml").unlink()
    (root / "extra.toml").write_text("a = 1\n", encoding="utf-8")
    found = problems_of(root)
    assert "standby.toml: missing" in found
    assert "extra.toml: unknown data file" in found


def test_a_gap_must_be_unconfirmed_with_a_note(tmp_path: Path) -> None:
    old = 'looked_in = "law.md §2.1 gives no hourly figure for 2019"\nconfidence = "unconfirmed"'
    root = broken_copy(tmp_path, "minimum_wage.toml", old, old.replace("unconfirmed", "local_rule"))
    assert any("chongqing.hourly[1]" in p and "gap" in p for p in problems_of(root))


@pytest.mark.parametrize(
    ("name", "old", "new", "place", "message"),
    [
        (
            "cities.toml",
            '[regions.guangdong]\nzh = "广东省"\nen = "Guangdong"\nparent = "national"',
            '[regions.guangdong]\nzh = "广东省"\nen = "Guangdong"\nparent = "shenzhen"',
            "cities.toml: regions.guangdong",
            "parent chain loops",
        ),
        (
            "minimum_wage.toml",
            'effective_from = 2025-12-01\nvalue = "2400"',
            'effective_from = 2025-12-01\nin_force_by = 2025-12-26\nvalue = "2400"',
            "minimum_wage.toml: wuhan.monthly[2]",
            "exactly one of 'effective_from' and 'in_force_by'",
        ),
        (
            "minimum_wage.toml",
            # (Xi'an's 2376 has an effective date since 2026.12.3: Shandong's 2400 is
            # the in-force-by entry used here)
            'in_force_by = 2026-01-01\nuncertain_from = 2025-07-02\nvalue = "2400"',
            'in_force_by = 2026-01-01\nuncertain_from = 2026-01-02\nvalue = "2400"',
            "minimum_wage.toml: shandong-1.monthly[1]",
            "'uncertain_from' must be before 'in_force_by'",
        ),
        (
            "average_wage.toml",
            'monthly = "16157"\ncap = "48471"',
            'monthly = "16157"',
            "average_wage.toml: shenzhen[0]",
            "'monthly' and 'cap' are required",
        ),
        (
            "min_wage_components.toml",
            'not_counted_components = ["overtime", "allowance"]\ndocument = { number = "京人社劳发',
            'not_counted_components = ["overtime", "bonus"]\ndocument = { number = "京人社劳发',
            "min_wage_components.toml: beijing[0]",
            "unknown code 'bonus'",
        ),
        (
            "statutes.toml",
            'article = "47"\nzh = "经济补偿按',
            'article = "46"\nzh = "经济补偿按',
            "statutes.toml: labour_contract_law.articles",
            "duplicate article ('46', None, None)",
        ),
        (
            "meta.toml",
            'value = "21.75"\ndocument = { authority = "人力资源社会保障部',
            'value = "-21.75"\ndocument = { authority = "人力资源社会保障部',
            "meta.toml: pay_divisor[1]",
            "non-negative",
        ),
    ],
)
def test_each_rule_of_the_schema(
    tmp_path: Path, name: str, old: str, new: str, place: str, message: str
) -> None:
    found = problems_of(broken_copy(tmp_path, name, old, new))
    assert any(p.startswith(place) and message in p for p in found), found


# --- lookups on boundary dates; no interpolation ---------------------------------


@pytest.mark.parametrize(
    ("city", "day", "expected"),
    [
        ("beijing", D(2025, 8, 31), "2420"),
        ("beijing", D(2025, 9, 1), "2540"),
        ("beijing", D(2023, 8, 31), "2320"),
        ("beijing", D(2023, 9, 1), "2420"),
        ("shanghai", D(2025, 6, 30), "2690"),
        ("shanghai", D(2025, 7, 1), "2740"),
        ("guangzhou", D(2026, 8, 31), "2500"),
        ("guangzhou", D(2026, 9, 1), "2680"),
        ("wuhan", D(2025, 11, 30), "2210"),
        ("wuhan", D(2025, 12, 1), "2400"),
        ("tianjin", D(2023, 10, 31), "2180"),
        ("tianjin", D(2023, 11, 1), "2320"),
    ],
)
def test_minimum_wage_on_boundary_days(
    law: LawData, city: str, day: dt.date, expected: str
) -> None:
    found = law.minimum_wage(city, day)
    assert found is not None
    assert found.value == Decimal(expected)
    assert found.effective_from <= day


def test_no_interpolation_between_change_points(law: LawData) -> None:
    # Halfway between 2023-09-01 (2420) and 2025-09-01 (2540): the earlier figure.
    assert law.minimum_wage("beijing", D(2024, 9, 1)).value == Decimal("2420")  # type: ignore[union-attr]
    for city in law.cities() - {"other"}:
        values = {d.value for d in law.minimum_wage_history(city)}
        day = D(2013, 1, 1)
        while day < D(2027, 1, 1):
            found = law.minimum_wage(city, day)
            assert found is None or found.value in values
            day += dt.timedelta(days=17)


def test_before_the_first_figure_there_is_none(law: LawData) -> None:
    assert law.minimum_wage("wuhan", D(2021, 8, 31)) is None
    assert law.minimum_wage("other", D(2025, 1, 1)) is None
    assert law.minimum_wage("no-such-city", D(2025, 1, 1)) is None


def test_an_unrecorded_successor_expires_after_24_months(law: LawData) -> None:
    # Beijing 1560 from 2014-04-01; the references skip to 2019: known 24 months only.
    assert law.minimum_wage("beijing", D(2016, 3, 31)).value == Decimal("1560")  # type: ignore[union-attr]
    assert law.minimum_wage("beijing", D(2016, 4, 1)) is None
    assert law.minimum_wage("beijing", D(2019, 6, 30)) is None
    assert law.minimum_wage("beijing", D(2019, 7, 1)).value == Decimal("2200")  # type: ignore[union-attr]


def test_in_force_by_window_is_uncertain_and_offers_both(law: LawData) -> None:
    before = law.minimum_wage("nanjing", D(2025, 12, 31))
    assert before is not None and before.value == Decimal("2490")
    # 2026.12.3: the 2024 Jiangsu notice's 文号 was not found (law-regions.md A
    # §10.1), so the figure is unconfirmed; the window adds its own note.
    assert before.confidence is Confidence.UNCONFIRMED
    assert "newer figure" not in (before.note or "")
    inside = law.minimum_wage("nanjing", D(2026, 1, 1))
    assert inside is not None and inside.value == Decimal("2490")
    assert inside.confidence is Confidence.UNCONFIRMED and inside.note
    assert "newer figure" in inside.note
    assert [c.value for c in law.minimum_wage_candidates("nanjing", D(2026, 6, 30))] == [
        Decimal("2490"),
        Decimal("2660"),
    ]
    after = law.minimum_wage("nanjing", D(2026, 7, 1))
    assert after is not None and after.value == Decimal("2660")
    assert not after.effective_from_known
    assert [c.value for c in law.minimum_wage_candidates("nanjing", D(2026, 7, 1))] == [
        Decimal("2660")
    ]


def test_hourly_gap_follows_a_monthly_change(law: LawData) -> None:
    assert law.minimum_wage_hourly("guangzhou", D(2026, 8, 31)).value == Decimal("23.7")  # type: ignore[union-attr]
    assert law.minimum_wage_hourly("guangzhou", D(2026, 9, 1)) is None
    assert law.minimum_wage_hourly("chongqing", D(2020, 1, 1)) is None  # 2019 figure not known


def test_newest_figure_date(law: LawData) -> None:
    assert law.newest_figure_date("beijing") == D(2025, 9, 1)
    assert law.newest_figure_date("other") is None


def test_reference_marks_map_to_confidence(law: LawData) -> None:
    assert law.minimum_wage("beijing", D(2025, 9, 1)).confidence is Confidence.LOCAL_RULE  # type: ignore[union-attr]
    # M (a date from memory): Shanghai's 2590 of 2021-07-01
    assert law.minimum_wage("shanghai", D(2022, 1, 1)).confidence is Confidence.UNCONFIRMED  # type: ignore[union-attr]
    # Chengdu's 2100 of 2022-04-01 was M until law-regions.md C §3 named its document (CONFIRMED)
    chengdu = law.minimum_wage("chengdu", D(2023, 1, 1))
    assert chengdu is not None and chengdu.confidence is Confidence.LOCAL_RULE
    assert (
        chengdu.source.document is not None
        and chengdu.source.document.number == "川府规〔2022〕1号"
    )
    assert law.minimum_wage("shenzhen", D(2026, 9, 1)).confidence is Confidence.UNCONFIRMED  # type: ignore[union-attr]  # S×3


# --- standby ------------------------------------------------------------------------


def test_standby_beijing(law: LawData) -> None:
    rule = law.standby_rule("beijing", D(2025, 10, 1))
    assert rule is not None
    assert rule.first_cycle_ratio.value == 1
    assert rule.after_ratio is not None and rule.after_ratio.value == Decimal("0.7")
    assert rule.after_ratio.confidence is Confidence.LOCAL_RULE
    assert rule.presence_required_ratio.value == 1
    assert rule.dispatch_ratio.value == 1 and rule.dispatch_ratio.confidence is Confidence.STATUTE


@pytest.mark.parametrize("city", ["guangzhou", "nanjing", "suzhou", "hangzhou", "shenzhen"])
def test_standby_eighty_percent_regions(law: LawData, city: str) -> None:
    rule = law.standby_rule(city, D(2025, 10, 1))
    assert rule is not None and rule.after_ratio is not None
    assert rule.after_ratio.value == Decimal("0.8")


def test_standby_shenzhen_first_cycle_is_contested_with_alternative(law: LawData) -> None:
    rule = law.standby_rule("shenzhen", D(2025, 10, 1))
    assert rule is not None
    assert rule.first_cycle_ratio.value == Decimal("0.8")
    assert rule.first_cycle_ratio.confidence is Confidence.CONTESTED
    assert [a.value for a in rule.first_cycle_alternatives] == [Decimal("1")]


def test_standby_guangdong_caps_the_first_cycle(law: LawData) -> None:
    rule = law.standby_rule("guangzhou", D(2025, 10, 1))
    assert rule is not None and rule.first_cycle_max_days is not None
    assert rule.first_cycle_max_days.value == 30
    assert rule.first_cycle_ratio.basis[0].article == "39"
    old = law.standby_rule("guangzhou", D(2010, 1, 1))
    assert old is not None and old.first_cycle_ratio.basis[0].article == "35"


@pytest.mark.parametrize("city", ["chengdu", "wuhan", "xian", "tianjin", "other", "hefei"])
def test_standby_unconfirmed_regions_use_the_lowest_open_share(law: LawData, city: str) -> None:
    """Issue 11 item 2: no confirmed share after the first cycle → the lowest
    share the sources leave open (70 %: Beijing art. 27, Shandong art. 31,
    Chongqing's reported 70 %), `unconfirmed`, its note giving the range."""
    rule = law.standby_rule(city, D(2025, 10, 1))
    assert rule is not None
    after = rule.after_ratio
    assert after is not None and after.value == Decimal("0.7")
    assert after.confidence is Confidence.UNCONFIRMED
    assert after.note is not None and "range 70 %–100 %" in after.note
    assert rule.first_cycle_ratio.value == 1  # the national rule still applies
    for alt in rule.after_alternatives:
        assert alt.confidence is Confidence.UNCONFIRMED


def test_standby_confirmed_share_is_not_replaced(law: LawData) -> None:
    beijing = law.standby_rule("beijing", D(2025, 10, 1))
    assert beijing is not None and beijing.after_ratio is not None
    assert beijing.after_ratio.value == Decimal("0.7")
    assert beijing.after_ratio.confidence is Confidence.LOCAL_RULE
    jinan = law.standby_rule("jinan", D(2025, 10, 1))  # Shandong art. 31
    assert jinan is not None and jinan.after_ratio is not None
    assert (jinan.after_ratio.value, jinan.after_ratio.confidence) == (
        Decimal("0.7"),
        Confidence.LOCAL_RULE,
    )


def test_standby_plausible_values_for_gaps(law: LawData) -> None:
    tianjin = law.standby_rule("tianjin", D(2025, 10, 1))
    assert tianjin is not None
    assert sorted(a.value for a in tianjin.after_alternatives) == [Decimal("0.8"), Decimal("1")]
    xian = law.standby_rule("xian", D(2025, 10, 1))
    assert xian is not None and [a.value for a in xian.after_alternatives] == [Decimal("0.75")]


def test_standby_shanghai_changes_with_the_2026_measure(law: LawData) -> None:
    before = law.standby_rule("shanghai", D(2026, 7, 31))
    assert before is not None and before.after_ratio is not None
    assert before.after_ratio.value == 1 and before.after_ratio.confidence is Confidence.UNCONFIRMED
    after = law.standby_rule("shanghai", D(2026, 8, 1))
    # the new measure's item was not read: the lowest share left open (issue 11)
    assert after is not None and after.after_ratio is not None
    assert after.after_ratio.value == Decimal("0.7")
    assert after.after_ratio.confidence is Confidence.UNCONFIRMED
    assert after.after_ratio.effective_from == D(2026, 8, 1)
    assert after.first_cycle_ratio.confidence is Confidence.STATUTE  # national floor


def test_jiangsu_employer_bears_worker_contributions(law: LawData) -> None:
    rule = law.standby_rule("nanjing", D(2025, 10, 1))
    assert rule is not None and rule.employer_bears_worker_si is not None
    assert rule.employer_bears_worker_si.value is True
    beijing = law.standby_rule("beijing", D(2025, 10, 1))
    assert beijing is not None and beijing.employer_bears_worker_si is None


# --- what counts toward the minimum wage --------------------------------------------


def test_min_wage_rules_beijing_leaves_out_own_contributions(law: LawData) -> None:
    rules = law.min_wage_rules("beijing", D(2025, 10, 1))
    assert rules is not None
    pay = rules.value.comparable_pay(
        Decimal("3000"),
        Deductions(
            si_employee=Decimal("300"), housing_fund_employee=Decimal("150"), iit=Decimal("10")
        ),
        Components(overtime=Decimal("200")),
    )
    assert pay == Decimal("2350")  # 3000 − 300 − 150 − 200; IIT counts
    # the same payment seen from the bank statement: net 2540 = 3000 − 300 − 150 − 10
    deductions = Deductions(
        si_employee=Decimal("300"), housing_fund_employee=Decimal("150"), iit=Decimal("10")
    )
    from_net = rules.value.comparable_from_net(
        Decimal("2540"), deductions, Components(overtime=Decimal("200"))
    )
    assert from_net == Decimal("2350")
    assert rules.value.comparable_from_net(Decimal("2540"), None, None) is None


def test_min_wage_rules_default_and_jiangsu(law: LawData) -> None:
    wuhan = law.min_wage_rules("wuhan", D(2025, 10, 1))
    assert wuhan is not None and wuhan.value.region == "national"
    assert wuhan.value.not_counted_deductions == frozenset()
    assert wuhan.value.not_counted_components == {"overtime", "allowance"}
    nanjing = law.min_wage_rules("nanjing", D(2025, 10, 1))
    assert nanjing is not None
    deductions = Deductions(si_employee=Decimal("250"), housing_fund_employee=Decimal("130"))
    assert nanjing.value.comparable_pay(Decimal("2600"), deductions, None) == Decimal("2600")
    assert nanjing.value.comparable_pay(
        Decimal("2600"), deductions, None, subtract_min_rate_only=True
    ) == Decimal("2470")
    # Beijing before its sourced text: the national default (the conservative reading)
    early = law.min_wage_rules("beijing", D(2023, 8, 31))
    assert early is not None and early.value.region == "national"


# --- grace, averages, divisor ---------------------------------------------------------


def test_wage_grace(law: LawData) -> None:
    grace = law.wage_grace_days("beijing", D(2025, 3, 1))
    assert grace is not None and grace.value == 7
    assert grace.confidence is Confidence.PRACTICE
    assert law.wage_grace_days("beijing", D(2020, 3, 1)) is not None  # interpretive guidance
    assert law.wage_grace_days("shanghai", D(2025, 3, 1)) is None


def test_average_wage_and_cap(law: LawData) -> None:
    assert law.average_wage("beijing", D(2024, 6, 18)).value == Decimal("14873.00")  # type: ignore[union-attr]
    found = law.average_wage("beijing", D(2024, 6, 19))
    cap = law.severance_cap("beijing", D(2024, 6, 19))
    assert found is not None and cap is not None
    assert found.value == Decimal("15701.08") and cap.value == Decimal("47103.25")
    info = law.average_wage_info("beijing", D(2026, 1, 1))
    assert info is not None and info.value.severance_basis_confirmed
    nanjing = law.average_wage_info("nanjing", D(2026, 8, 1))
    assert nanjing is not None and nanjing.value.proxy
    assert law.average_wage("shenzhen", D(2026, 6, 30)) is None
    assert law.average_wage("other", D(2026, 6, 30)) is None


def test_pay_divisor(law: LawData) -> None:
    assert law.pay_divisor().value == Decimal("21.75")
    assert law.pay_divisor(D(2024, 6, 1)).confidence is Confidence.STATUTE
    assert law.pay_divisor(D(2025, 1, 1)).confidence is Confidence.UNCONFIRMED  # S×3
    assert law.hours_per_month().value == Decimal("174")


# --- LCL art. 85 additional compensation (meta.toml) -----------------------------------


def test_bundled_additional_compensation(law: LawData) -> None:
    found = law.additional_compensation(D(2025, 10, 1))
    assert found is not None
    assert found.value == (Decimal("0.5"), Decimal("1.0"))
    assert found.confidence is Confidence.STATUTE
    assert found.source.document is not None
    assert found.source.document.title == "劳动合同法"
    assert found.source.ref is not None and "第八十五条" in found.source.ref
    # before the Labour Contract Law there is no figure
    assert law.additional_compensation(D(2007, 12, 31)) is None


def test_additional_compensation_low_above_high_is_refused(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "meta.toml", 'low = "0.5"', 'low = "1.5"')
    assert any("low" in p and "high" in p for p in problems_of(root))


def test_additional_compensation_missing_share_is_refused(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "meta.toml", 'high = "1.0"\n', "")
    assert any("high" in p for p in problems_of(root))


def test_additional_compensation_missing_source_is_refused(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path,
        "meta.toml",
        'document = { title = "劳动合同法" }\nref = "劳动合同法第八十五条',
        'ref = "劳动合同法第八十五条',
    )
    assert any(
        p.startswith("meta.toml: additional_compensation[0]")
        and "must name the document that sets it" in p
        for p in problems_of(root)
    )


def test_additional_compensation_table_is_required(tmp_path: Path) -> None:
    start = "# LCL art. 85: if the employer still does not pay"
    root = tmp_path / "law"
    broken_copy(tmp_path, "meta.toml", "x", "x")  # copies the data
    text = (root / "meta.toml").read_text(encoding="utf-8")
    (root / "meta.toml").write_text(text[: text.index(start)], encoding="utf-8")
    assert any("additional_compensation" in p for p in problems_of(root))


# --- statutes ---------------------------------------------------------------------------


def test_article_lookup(law: LawData) -> None:
    item = law.article("labour_contract_law", "38", 1, 2)
    assert item.item == 2 and "劳动报酬" in item.text_zh and item.text_en
    whole = law.article("labour_contract_law", "47", 1, 1)  # falls back to the article
    assert whole.paragraph is None and whole.article == "47"
    assert law.article("mediation_arbitration_law", "27").in_force_from == D(2008, 5, 1)
    with pytest.raises(KeyError):
        law.article("labour_contract_law", "999")
    with pytest.raises(KeyError):
        law.article("no_such_law", "1")


# law.md R01–R26 and §1–§6 (plus LCL 7, which the rules cite), as "law: articles".
CITED_TEXT = """
wage_payment_provisions: 6 7 12 16
labour_contract_law: 7 10 14 26 30 35 36 37 38 39 40 41 42 43 44 46 47 48 50 58 60 61 62 63
    65 66 67 68 69 70 71 72 82 85 87 92
lcl_regulation: 6 7 10 13 18 20 25 27 28 35
labour_law: 48
dispatch_provisions: 3 4 12 13 15 17 18 27
mediation_arbitration_law: 2 6 9 21 22 27 28 29 30 38 39 42 43 44 47 48 49 50 53
arbitration_rules: 8 13 16 17 18 19 27 29 30 44
spc_interpretation_1: 19 35 42 43 44 45 46
spc_interpretation_2: 1 2 3 6 7 8 9 10 11 16 18 19 20
si_law: 4 10 12 23 44 45 46 53 58 60 62 63 83 84 86
si_law_provisions: 13
evidence_provisions: 14 15 19 23 47 48 90 93 94 95 99
civil_procedure_law: 66
civil_procedure_interpretation: 106
beijing_wage_regulations: 26 27
beijing_high_court_answers_2024: Q1 Q4 Q6 Q9 Q41 Q54 Q55 Q56 Q57 Q59 Q60 Q61 Q66 Q71 Q72 Q73
    Q79 Q81
shanghai_wage_measures: 12
guangdong_wage_regulations: 35 39
shenzhen_wage_regulations: 28
jiangsu_wage_regulations: 31 32
zhejiang_wage_measures: 22
tianjin_wage_regulations: 27
labour_law_opinions: 58
covid_notice_2020: 2
typical_cases_2020: 1 4
spc_guiding_cases: 18 180
"""
CITED = [
    (law, articles.split())
    for law, articles in re.findall(r"^(\w+): ([^:]+?)(?=^\w+:|\Z)", CITED_TEXT, re.M | re.S)
]


def test_every_cited_article_is_in_the_table(law: LawData) -> None:
    assert len(CITED) == 26
    missing = [
        f"{statute} art. {art}"
        for statute, articles in CITED
        for art in articles
        if not law.has_article(statute, art)
    ]
    assert missing == []


def test_statute_table_is_bilingual_and_sourced(law: LawData) -> None:
    for item in law.articles():
        assert item.law_zh and item.law_en and item.text_zh and item.text_en, item
        assert item.source.document is not None and item.source.document.cited, item


def test_the_cache_returns_one_object() -> None:
    assert load_law_data() is load_law_data()


# --- properties -------------------------------------------------------------------------

CITY_KEYS = st.sampled_from(
    [*sorted(load_law_data().cities()), "no-such-city", ""]
)  # unknown keys are treated as `other`
DAYS = st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31))


@settings(max_examples=300)
@given(city=CITY_KEYS, day=DAYS)
def test_lookups_never_crash_and_never_invent(city: str, day: dt.date) -> None:
    law = load_law_data()
    history = {d.value for d in law.minimum_wage_history(city)}
    for found in (law.minimum_wage(city, day), *law.minimum_wage_candidates(city, day)):
        if found is not None:
            assert found.value in history
            assert found.source.document or found.source.reported_by or found.source.looked_in
            assert isinstance(found.confidence, Confidence)
    monthly = law.minimum_wage(city, day)
    if monthly is not None:
        assert monthly.effective_from <= day
    rules = law.min_wage_rules(city, day)
    assert rules is not None  # the national default applies everywhere
    standby = law.standby_rule(city, day)
    if day >= D(2008, 1, 1):
        assert standby is not None
        assert standby.dispatch_ratio.value == 1
        assert standby.presence_required_ratio.value == 1
        for dated in (standby.first_cycle_ratio, standby.after_ratio):
            assert dated is None or Decimal(0) < dated.value <= 1
    for value in (law.average_wage(city, day), law.severance_cap(city, day)):
        assert value is None or value.value > 0
    grace = law.wage_grace_days(city, day)
    assert grace is None or grace.value >= 0
