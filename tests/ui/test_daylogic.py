"""The date logic behind Today's shortcuts, and the passphrase hash."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.model import Case, Day, Provenance
from caseapp.domain.vocab import DayStatus, Origin
from caseapp.ui import daylogic
from caseapp.ui import settings as settings_mod

from .conftest import sample_info

TODAY = dt.date(2025, 10, 9)  # a Thursday, the day after China's National Day holiday


def _case(*days: tuple[dt.date, DayStatus]) -> Case:
    return Case(
        info=sample_info(start=dt.date(2024, 3, 1)),
        days=tuple(
            Day(date=d, status=s, provenance=Provenance(origin=Origin.APP)) for d, s in days
        ),
    )


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


def test_passphrase_hash_is_salted_and_checked() -> None:
    a = settings_mod.hash_passphrase("月亮 moon")
    b = settings_mod.hash_passphrase("月亮 moon")
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]
    assert settings_mod.check_passphrase(a, "月亮 moon")
    assert not settings_mod.check_passphrase(a, "月亮 moon ")
    assert not settings_mod.check_passphrase({"salt": "zz"}, "x")


def test_settings_survive_a_broken_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / settings_mod.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert settings_mod.load(tmp_path) == settings_mod.UiSettings()
    s = settings_mod.UiSettings(neutral_title=True, last_case="abcd1234")
    settings_mod.save(tmp_path, s)
    assert settings_mod.load(tmp_path) == s
