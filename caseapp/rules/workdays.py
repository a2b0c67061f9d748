"""Working days by the State Council holiday calendar.

`caseapp.rules.holidays.is_working_day(d)` answers True/False for years the
calendar knows (make-up Saturdays and Sundays are working days; holiday
weekdays are not) and None for a year it does not know. For such a year this
module falls back to Monday–Friday and records the year as a gap, so the
rules can say so (a `data-gap` finding) instead of guessing silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

ONE_DAY = dt.timedelta(days=1)


def _calendar() -> Callable[[dt.date], bool | None] | None:
    try:
        from caseapp.rules.holidays import is_working_day
    except ImportError:  # pragma: no cover - the calendar module ships with the rules
        return None
    return is_working_day


# The calendar's answers, shared between runs: (law data sha256, day) -> answer.
_SHARED: dict[tuple[str, dt.date], bool | None] = {}


class WorkCalendar:
    """A memoised working-day oracle that remembers the years it had to guess.

    `oracle` is the law data's holiday calendar (`LawData.holidays.
    is_working_day`); its answers are memoised across runs under `key` (the
    law data's hash), since they never change for one version of the data.
    """

    def __init__(
        self, oracle: Callable[[dt.date], bool | None] | None = None, key: str = ""
    ) -> None:
        self._oracle = oracle if oracle is not None else _calendar()
        self._key = key
        self._cache: dict[dt.date, bool] = {}
        self.guessed_years: set[int] = set()

    def _ask(self, day: dt.date) -> bool | None:
        shared_key = (self._key, day)
        if self._key and shared_key in _SHARED:
            return _SHARED[shared_key]
        answer: bool | None = None
        if self._oracle is not None:
            try:
                answer = self._oracle(day)
            except (KeyError, ValueError, NotImplementedError):
                answer = None
        if self._key:
            _SHARED[shared_key] = answer
        return answer

    def is_working(self, day: dt.date) -> bool:
        hit = self._cache.get(day)
        if hit is not None:
            return hit
        answer = self._ask(day)
        if answer is None:
            self.guessed_years.add(day.year)
            answer = day.weekday() < 5
        self._cache[day] = answer
        return answer

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days in [start, end], both inclusive (0 if end < start)."""
        n = 0
        day = start
        while day <= end:
            if self.is_working(day):
                n += 1
            day += ONE_DAY
        return n

    def last_working_on_or_before(self, day: dt.date) -> dt.date:
        """The nearest working day on or before `day` (wage payday on a rest day)."""
        for _ in range(40):
            if self.is_working(day):
                return day
            day -= ONE_DAY
        return day


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, month_days(year, month + 1)))


def month_days(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=month_days(day.year, day.month))


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """First days of every calendar month touching [start, end]."""
    out: list[dt.date] = []
    cur = month_start(start)
    while cur <= end:
        out.append(cur)
        cur = add_months(cur, 1)
    return out
