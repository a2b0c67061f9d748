"""The date logic behind Today's shortcuts and the reconstruction offer
(no Qt: these run without a QApplication)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.casework import daylogic
from caseapp.domain.model import Case
from caseapp.domain.vocab import DayStatus, Origin

from .helpers import logged, sample_info, standby_days

TODAY = dt.date(2025, 10, 9)  # a Thursday, the day after China's National Day holiday


def _case(*days: tuple[dt.date, DayStatus]) -> Case:
    return logged(*days, start=dt.date(2024, 3, 1))


def test_catch_up_fills_rest_on_days_off_and_marks_backfill() -> None:
    case = _case((dt.date(2025, 9, 29), DayStatus.STANDBY_ONCALL))
    days = daylogic.catch_up(case, TODAY, lambda last: f"as {last.date}")
    dates = [d.date for d in days]
    assert dates == [dt.date(2025, 9, 30) + dt.timedelta(days=i) for i in range(9)]
    by_date = {d.date: d for d in days}
    assert by_date[dt.date(2025, 10, 1)].status == DayStatus.REST  # National Day
    assert by_date[dt.date(2025, 10, 8)].status == DayStatus.REST  # still the holiday
    assert by_date[dt.date(2025, 9, 30)].status == DayStatus.STANDBY_ONCALL
    assert all(d.provenance.origin == Origin.BACKFILL for d in days)
    assert all(d.provenance.backfill_basis == "as 2025-09-29" for d in days)


def test_catch_up_keeps_leave_on_days_off() -> None:
    case = _case((dt.date(2025, 10, 3), DayStatus.SICK))
    days = daylogic.catch_up(case, dt.date(2025, 10, 6), lambda last: "x")
    assert {d.status for d in days} == {DayStatus.SICK}


def test_nothing_to_catch_up_without_a_logged_day_or_when_up_to_date() -> None:
    assert daylogic.missing_days(_case(), TODAY) == []
    assert (
        daylogic.missing_days(_case((TODAY - dt.timedelta(days=1), DayStatus.STANDBY)), TODAY) == []
    )


def test_catch_up_reaches_back_at_most_the_limit() -> None:
    case = _case((TODAY - dt.timedelta(days=400), DayStatus.STANDBY))
    assert len(daylogic.missing_days(case, TODAY)) == daylogic.CATCH_UP_LIMIT_DAYS


def test_benched_all_week_fills_working_days_not_logged() -> None:
    thursday = dt.date(2025, 11, 20)
    case = _case(
        (dt.date(2025, 11, 18), DayStatus.SICK), (dt.date(2025, 11, 14), DayStatus.STANDBY_ONSITE)
    )
    days = daylogic.benched_all_week(case, thursday)
    assert [d.date.day for d in days] == [17, 19, 20]  # Tuesday stays sick
    assert {d.status for d in days} == {DayStatus.STANDBY}


def test_same_as_yesterday_uses_the_last_logged_day() -> None:
    case = _case((dt.date(2025, 11, 17), DayStatus.STANDBY_ONSITE))
    day = daylogic.same_as_yesterday(case, dt.date(2025, 11, 20))
    assert day is not None and day.status == DayStatus.STANDBY_ONSITE and day.date.day == 20
    assert daylogic.same_as_yesterday(_case(), TODAY) is None


def test_range_days_in_either_order() -> None:
    days = daylogic.range_days(dt.date(2025, 5, 3), dt.date(2025, 5, 1), DayStatus.STANDBY)
    assert [d.date.day for d in days] == [1, 2, 3]


def test_few_records_rule() -> None:
    now = dt.date(2025, 6, 2)
    case = Case(info=sample_info(now - dt.timedelta(days=300)))
    assert daylogic.offer_reconstruction(case, now)  # nothing logged
    recent = standby_days(now - dt.timedelta(days=5), now - dt.timedelta(days=1))
    assert daylogic.offer_reconstruction(dataclasses.replace(case, days=tuple(recent)), now)
    month = standby_days(now - dt.timedelta(days=40), now - dt.timedelta(days=1))
    assert not daylogic.offer_reconstruction(dataclasses.replace(case, days=tuple(month)), now)
    young = Case(info=sample_info(now - dt.timedelta(days=30)))  # began inside the window
    assert not daylogic.offer_reconstruction(dataclasses.replace(young, days=tuple(recent)), now)
    assert not daylogic.offer_reconstruction(
        Case(info=sample_info(now + dt.timedelta(days=3))), now
    )
