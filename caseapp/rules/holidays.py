"""Working days under China's public-holiday calendar (the State Council notices).

`holidays.toml` in the law data records, for each year it covers, the days
off and the make-up working days (调休) as the year's State Council General
Office notice gives them, with the notice's number as the source. For those
years the TOML is the answer; for other years `chinese-calendar` is asked;
a year neither knows answers None (a data gap, never a guess).

A test cross-checks `chinese-calendar` against the TOML for every day of the
years the TOML covers; where they disagree, the TOML (from the notice) wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from caseapp.domain.citation import Source
from caseapp.domain.vocab import Confidence
from caseapp.rules.law_schema import (
    CONFIDENCES,
    SOURCE_KEYS,
    Problems,
    check_keys,
    need_str,
    opt_date,
    opt_str,
    read_source,
)


@dataclass(frozen=True, slots=True)
class HolidayBreak:
    name_zh: str
    name_en: str
    first: dt.date
    last: dt.date
    statutory: frozenset[dt.date]  # the holiday days under the Measures (derived)


@dataclass(frozen=True, slots=True)
class HolidayYear:
    year: int
    notice: str
    published: dt.date | None
    source: Source
    confidence: Confidence
    mark: str | None
    breaks: tuple[HolidayBreak, ...]
    make_up_working_days: frozenset[dt.date]
    days_off: frozenset[dt.date] = field(init=False)

    def __post_init__(self) -> None:
        out: set[dt.date] = set()
        for brk in self.breaks:
            day = brk.first
            while day <= brk.last:
                out.add(day)
                day += dt.timedelta(days=1)
        object.__setattr__(self, "days_off", frozenset(out))

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.make_up_working_days:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    years: Mapping[int, HolidayYear]

    def is_working_day(self, day: dt.date) -> bool | None:
        year = self.years.get(day.year)
        if year is not None:
            return year.is_working_day(day)
        return library_is_working_day(day)

    def is_statutory_holiday(self, day: dt.date) -> bool | None:
        """A holiday day under the Measures (paid at 300 % when worked); None if unknown."""
        year = self.years.get(day.year)
        if year is None:
            return None
        return any(day in brk.statutory for brk in year.breaks)

    def known_years(self) -> frozenset[int]:
        return frozenset(self.years)

    def confirmed(self, day: dt.date) -> bool:
        """Whether the day's year is recorded from its State Council notice
        (holidays.toml, cross-checked against `chinese-calendar`): only then
        may a deadline be moved past a rest day (民法典 art. 203)."""
        return day.year in self.years

    def next_working_day(self, day: dt.date) -> dt.date | None:
        """The first working day after `day`, while every day looked at lies
        in a confirmed year; None as soon as one does not."""
        current = day
        for _ in range(40):
            current += dt.timedelta(days=1)
            if not self.confirmed(current):
                return None
            if self.is_working_day(current):
                return current
        return None


@cache
def library_is_working_day(day: dt.date) -> bool | None:
    """`chinese-calendar`'s answer, or None for a year it does not know (memoised)."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def _dates(value: object, place: str, problems: Problems) -> list[dt.date]:
    if not isinstance(value, list):
        problems.add(place, "must be a list of dates")
        return []
    out: list[dt.date] = []
    for item in value:
        if isinstance(item, dt.datetime) or not isinstance(item, dt.date):
            problems.add(place, f"not a date: {item!r}")
            continue
        out.append(item)
    return out


def parse_holidays(data: Mapping[str, Any], problems: Problems) -> HolidayCalendar:
    check_keys(data, ("years",), "holidays.toml", problems)
    years: dict[int, HolidayYear] = {}
    items = data.get("years")
    if not isinstance(items, list):
        problems.add("holidays.toml", "'years' must be a list ([[years]])")
        return HolidayCalendar({})
    year_keys = (
        "year",
        "notice",
        "published",
        *SOURCE_KEYS,
        "confidence",
        "mark",
        "note",
        "breaks",
        "make_up_working_days",
    )
    for i, table in enumerate(items):
        place = f"holidays.toml: years[{i}]"
        if not isinstance(table, dict):
            problems.add(place, "must be a table")
            continue
        check_keys(table, year_keys, place, problems)
        year = table.get("year")
        if isinstance(year, bool) or not isinstance(year, int):
            problems.add(place, "'year' must be an integer")
            continue
        if year in years:
            problems.add(place, f"duplicate year {year}")
        raw_conf = table.get("confidence")
        if raw_conf not in CONFIDENCES:
            problems.add(place, f"'confidence' must be one of the five, not {raw_conf!r}")
            raw_conf = Confidence.UNCONFIRMED.value
        breaks: list[HolidayBreak] = []
        for j, brk in enumerate(table.get("breaks") or []):
            where = f"{place}.breaks[{j}]"
            if not isinstance(brk, dict):
                problems.add(where, "must be a table")
                continue
            check_keys(brk, ("name_zh", "name_en", "first", "last", "statutory"), where, problems)
            first = opt_date(brk, "first", where, problems)
            last = opt_date(brk, "last", where, problems)
            if first is None or last is None or last < first:
                problems.add(where, "'first' and 'last' must be dates, first <= last")
                continue
            statutory = _dates(brk.get("statutory", []), f"{where}.statutory", problems)
            for day in statutory:
                if not first <= day <= last:
                    problems.add(where, f"statutory day {day} outside the break")
            for day in (first, last):
                if day.year != year and not (first.year <= year <= last.year):
                    problems.add(where, f"break outside {year}")
            breaks.append(
                HolidayBreak(
                    need_str(brk, "name_zh", where, problems),
                    need_str(brk, "name_en", where, problems),
                    first,
                    last,
                    frozenset(statutory),
                )
            )
        if not breaks:
            problems.add(place, "'breaks' must list the year's holidays")
        make_up = _dates(
            table.get("make_up_working_days", []), f"{place}.make_up_working_days", problems
        )
        for day in make_up:
            if day.weekday() < 5:
                problems.add(place, f"make-up working day {day} is not a Saturday or Sunday")
            if any(b.first <= day <= b.last for b in breaks):
                problems.add(place, f"make-up working day {day} lies inside a break")
        for a, b in pairwise(breaks):
            if b.first <= a.last:
                problems.add(place, f"breaks out of order or overlapping: {a.name_en}, {b.name_en}")
        opt_str(table, "note", place, problems)
        years[year] = HolidayYear(
            year=year,
            notice=need_str(table, "notice", place, problems),
            published=opt_date(table, "published", place, problems),
            source=read_source(table, place, problems, Confidence(raw_conf)),
            confidence=Confidence(raw_conf),
            mark=opt_str(table, "mark", place, problems),
            breaks=tuple(breaks),
            make_up_working_days=frozenset(make_up),
        )
    return HolidayCalendar(years)


@cache
def _bundled() -> HolidayCalendar:
    from caseapp.rules.law import load_law_data

    return load_law_data().holidays


def is_working_day(day: dt.date) -> bool | None:
    """True/False for a year the notices (TOML) or `chinese-calendar` cover, else None."""
    return _bundled().is_working_day(day)


def is_statutory_holiday(day: dt.date) -> bool | None:
    """A holiday day under the Measures (bundled data); None outside the notice years."""
    return _bundled().is_statutory_holiday(day)
