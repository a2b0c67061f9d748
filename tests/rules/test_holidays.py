"""Working days: the State Council notices (holidays.toml) against chinese-calendar."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import chinese_calendar
import pytest

from caseapp.paths import resource
from caseapp.rules import holidays
from caseapp.rules.law import LawData, LawDataError, load_law_data

D = dt.date
NOTICE_YEARS = (2024, 2025, 2026)

# Days on which chinese-calendar and the notices (holidays.toml) disagree.
# The TOML wins. None found for 2024–2026 with chinese-calendar 1.11.0; a
# new disagreement fails the test and must be checked against the notice
# and recorded here with the reason.
KNOWN_DISAGREEMENTS: dict[dt.date, str] = {}


def days_of(year: int) -> list[dt.date]:
    day = D(year, 1, 1)
    out = []
    while day.year == year:
        out.append(day)
        day += dt.timedelta(days=1)
    return out


def test_the_toml_covers_the_notice_years(law: LawData) -> None:
    assert law.holidays.known_years() == frozenset(NOTICE_YEARS)
    for year in NOTICE_YEARS:
        assert law.holidays.years[year].notice.startswith("国办发明电")


@pytest.mark.parametrize("year", NOTICE_YEARS)
def test_chinese_calendar_agrees_with_the_notices(law: LawData, year: int) -> None:
    table = law.holidays.years[year]
    disagreements = {
        day: f"notice: {table.is_working_day(day)}, library: {chinese_calendar.is_workday(day)}"
        for day in days_of(year)
        if table.is_working_day(day) != chinese_calendar.is_workday(day)
    }
    expected = {d: r for d, r in KNOWN_DISAGREEMENTS.items() if d.year == year}
    assert set(disagreements) == set(expected), disagreements


@pytest.mark.parametrize(("year", "count"), [(2024, 11), (2025, 13), (2026, 13)])
def test_statutory_days_match_the_measures(law: LawData, year: int, count: int) -> None:
    # 2024: the 2013 Measures (11 days); from 2025: 国务院令第795号 (13 days).
    table = law.holidays.years[year]
    assert sum(len(b.statutory) for b in table.breaks) == count


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2024, 2, 4), True),  # Sunday, make-up working day (Spring Festival)
        (D(2024, 2, 12), False),  # Monday inside the Spring Festival break
        (D(2024, 2, 19), True),  # first ordinary Monday after it
        (D(2025, 10, 8), False),  # Wednesday, last day of the 8-day break
        (D(2025, 10, 11), True),  # Saturday, make-up working day
        (D(2026, 1, 4), True),  # Sunday, make-up working day
        (D(2026, 2, 23), False),  # Monday, last day of the 9-day Spring Festival break
        (D(2026, 2, 28), True),  # Saturday, make-up working day
        (D(2026, 6, 20), False),  # ordinary Saturday inside the Dragon Boat break
        (D(2026, 6, 22), True),  # ordinary Monday
    ],
)
def test_working_days_from_the_notices(day: dt.date, working: bool) -> None:
    assert holidays.is_working_day(day) is working


def test_statutory_holidays() -> None:
    assert holidays.is_statutory_holiday(D(2026, 2, 16)) is True  # 除夕
    assert holidays.is_statutory_holiday(D(2026, 2, 15)) is False  # a day off, not a holiday
    assert holidays.is_statutory_holiday(D(2025, 5, 2)) is True  # new in 2025
    assert holidays.is_statutory_holiday(D(2024, 5, 2)) is False  # 2024: 5-1 only
    assert holidays.is_statutory_holiday(D(2023, 10, 1)) is None  # no notice in the data


def test_other_years_come_from_the_library_or_are_unknown() -> None:
    assert holidays.is_working_day(D(2023, 10, 2)) is False  # chinese-calendar
    assert holidays.is_working_day(D(2023, 10, 7)) is True  # a 2023 make-up Saturday
    assert holidays.is_working_day(D(2027, 3, 1)) is None  # neither source knows 2027
    assert holidays.is_working_day(D(2003, 3, 3)) is None


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "law"
    shutil.copytree(resource("law"), root)
    return root


def test_a_weekday_make_up_day_is_rejected(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "holidays.toml"
    text = path.read_text(encoding="utf-8").replace(
        "2026-01-04, 2026-02-14", "2026-01-05, 2026-02-14"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LawDataError) as info:
        load_law_data(root)
    assert any(
        p.startswith("holidays.toml: years[2]") and "2026-01-05 is not a Saturday or Sunday" in p
        for p in info.value.problems
    )


def test_a_statutory_day_outside_its_break_is_rejected(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "holidays.toml"
    text = path.read_text(encoding="utf-8").replace(
        "statutory = [2026-06-19]", "statutory = [2026-06-22]"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LawDataError) as info:
        load_law_data(root)
    assert any("statutory day 2026-06-22 outside the break" in p for p in info.value.problems)
