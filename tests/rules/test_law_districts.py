"""Districts below their city's tier (issue 11 item 4): a case's place may be
the 6-digit division code of a district or county the law data lists under a
city (cities.toml [districts]); it takes that district's minimum-wage tier,
its city's region and its city's city-wide figures."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal as D
from pathlib import Path

import pytest

from caseapp.domain.vocab import DayStatus
from caseapp.rules.law import LawData, LawDataError, load_law_data
from tests.rules.builders import case, month_payments, payment, span
from tests.rules.helpers import only, run

LAW_DIR = Path(__file__).resolve().parents[2] / "resources" / "law"


def _standby_case(city: str):  # type: ignore[no-untyped-def]
    # Standby from Mon 2025-09-01; September paid in full (the first cycle),
    # 500 a month in October and November.
    days = span("2025-09-01", "2025-11-30", DayStatus.STANDBY)
    pays = [
        *month_payments("2024-01-01", "2025-09-30", "8000"),
        payment("2025-10-01", "2025-10-31", "500", kind="standby"),
        payment("2025-11-01", "2025-11-30", "500", kind="standby"),
    ]
    return case(days=days, payments=pays, city=city, monthly_wage=D("8000"))


def test_a_district_takes_its_own_tier(law: LawData) -> None:
    # 鄠邑区 (610118) is Shaanxi's 二类: 2050 from 2023-05-01 (陕人社发〔2023〕16号);
    # Xi'an's urban districts (the key xian) are 一类: 2160.
    assert law.resolve("610118") == "610118"
    assert law.region_of("610118") == law.region_of("xian") == "shaanxi"
    assert law.minimum_wage("610118", dt.date(2025, 10, 1)).value == D("2050")  # type: ignore[union-attr]
    assert law.minimum_wage("xian", dt.date(2025, 10, 1)).value == D("2160")  # type: ignore[union-attr]
    assert law.minimum_wage_hourly("610118", dt.date(2025, 10, 1)).value == D("20")  # type: ignore[union-attr]
    # 2026: 2250 / 21.7 (二类区, 2026-01-01, REPORTED)
    assert law.minimum_wage("610118", dt.date(2026, 2, 1)).value == D("2250")  # type: ignore[union-attr]
    tier, note = law.city_tier("610118")
    assert tier == "2" and note is not None and "二类区" in note
    assert law.city_name("610118", "zh") == "西安市鄠邑区"
    # a district's city-wide figures are its city's
    assert law.city_of("610118") == "xian"
    on = dt.date(2025, 6, 1)
    assert law.average_wage_info("610118", on) == law.average_wage_info("xian", on)
    assert law.wage_grace_days("610118", on) == law.wage_grace_days("xian", on)


def test_a_district_standby_finding_uses_its_tier(law: LawData) -> None:
    # 鄠邑区: 2 × (0.7 × 2050 − 500) = 2 × (1435 − 500) = 1870.00
    (f,) = only(run(_standby_case("610118"), "2025-12-20", law), "standby-below-floor")
    assert f.amount == 2 * (D("0.7") * D("2050") - D("500")) == D("1870.00")
    # near miss: the city's urban tier gives 2 × (0.7 × 2160 − 500) = 2024.00
    (g,) = only(run(_standby_case("xian"), "2025-12-20", law), "standby-below-floor")
    assert g.amount == D("2024.00")


@pytest.mark.parametrize(
    ("code", "city", "value"),
    [
        ("330122", "hangzhou", "2260"),  # Zhejiang tier 2 (2024 figures)
        ("330282", "ningbo", "2260"),  # 慈溪: Zhejiang tier 2, as Ningbo's notice
        ("230113", "haerbin", "2010"),  # Heilongjiang 第二档 from 2025-12-01
        ("150121", "huhehaote", "2310"),  # Inner Mongolia 二类 from 2025-12-01
        ("360121", "nanchang", "2090"),  # Jiangxi 二类 from 2025-12-01
        ("500229", "chongqing", "2200"),  # Chongqing tier 2 (渝人社发〔2024〕22号)
        ("520121", "guiyang", "1980"),  # Guizhou 二类
        ("520123", "guiyang", "1890"),  # Guizhou 三类
        ("530113", "kunming", "2020"),  # Yunnan 二类 from 2025-10-01
        ("620123", "lanzhou", "1960"),  # Gansu 二类 (甘政办发〔2023〕83号)
    ],
)
def test_every_listed_district(law: LawData, code: str, city: str, value: str) -> None:
    on = dt.date(2025, 12, 15)
    assert code in law.districts(city)
    assert law.minimum_wage(code, on).value == D(value)  # type: ignore[union-attr]
    assert law.minimum_wage(code, on).value < law.minimum_wage(city, on).value  # type: ignore[union-attr]
    assert law.city_of(code) == city and code not in law.cities()


def test_codes_the_data_does_not_list_still_take_the_lowest_tier(law: LawData) -> None:
    # 330100 is Hangzhou's own code, not a listed district: Zhejiang's lowest tier.
    assert law.resolve("330100") == "other:zhejiang"
    assert law.districts("hefei") == ()


def _with_district(tmp_path: Path, text: str) -> Path:
    for source in LAW_DIR.glob("*.toml"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    with open(tmp_path / "cities.toml", "a", encoding="utf-8") as out:
        out.write(text)
    return tmp_path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (  # a code outside the city's province
            '\n[districts."110105"]\nzh = "x"\nen = "x"\npinyin = "x"\ncity = "hangzhou"\n'
            'tier = "2"\nwage_series = "zhejiang-2"\ntier_note = "x"\n',
            "not in zhejiang",
        ),
        (  # a city the data does not know
            '\n[districts."330199"]\nzh = "x"\nen = "x"\npinyin = "x"\ncity = "atlantis"\n'
            'tier = "2"\nwage_series = "zhejiang-2"\ntier_note = "x"\n',
            "unknown city",
        ),
        (  # not a 6-digit code
            '\n[districts.tonglu]\nzh = "x"\nen = "x"\npinyin = "x"\ncity = "hangzhou"\n'
            'tier = "2"\nwage_series = "zhejiang-2"\ntier_note = "x"\n',
            "6-digit",
        ),
        (  # no note saying where the tier comes from
            '\n[districts."330199"]\nzh = "x"\nen = "x"\npinyin = "x"\ncity = "hangzhou"\n'
            'tier = "2"\nwage_series = "zhejiang-2"\n',
            "tier_note",
        ),
    ],
)
def test_bad_district_entries_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(LawDataError) as err:
        load_law_data(_with_district(tmp_path, text))
    assert message in str(err.value)


def test_every_district_entry_names_where_its_tier_comes_from() -> None:
    data = tomllib.loads((LAW_DIR / "cities.toml").read_text(encoding="utf-8"))
    for code, entry in data["districts"].items():
        assert "REPORTED" in entry["tier_note"] or "CONFIRMED" in entry["tier_note"], code
