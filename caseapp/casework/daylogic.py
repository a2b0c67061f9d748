"""The small date logic behind the Today view's shortcuts, free of Qt:
"same as yesterday", "still benched all week" and catch-up of days not yet
logged. Pure functions of the case and the date they are asked on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from caseapp.domain.model import Case, Day, Provenance
from caseapp.domain.vocab import DayStatus, Origin

STANDBY_KINDS = frozenset({DayStatus.STANDBY, DayStatus.STANDBY_ONSITE, DayStatus.STANDBY_ONCALL})
# A catch-up offer never reaches further back than this (the reconstruction
# wizard is the place for months).
CATCH_UP_LIMIT_DAYS = 62
# Fewer days logged than this, in a case that began before the catch-up
# window, and Today offers the reconstruction wizard.
FEW_DAYS = 20


def is_workday(day: dt.date) -> bool:
    """China's working-day calendar (make-up days included) where the
    chinese-calendar package knows the year; Monday to Friday otherwise."""
    try:
        import chinese_calendar

        return bool(chinese_calendar.is_workday(day))
    except (ImportError, NotImplementedError):
        return day.weekday() < 5


def days_by_date(case: Case) -> dict[dt.date, Day]:
    return {d.date: d for d in case.days}


def last_logged_before(case: Case, day: dt.date) -> Day | None:
    earlier = [d for d in case.days if d.date < day]
    return max(earlier, key=lambda d: d.date) if earlier else None


def same_as_yesterday(case: Case, today: dt.date) -> Day | None:
    """Today with the status of the last logged day before it (None if none)."""
    last = last_logged_before(case, today)
    if last is None:
        return None
    return Day(
        date=today,
        status=last.status,
        leave_kind=last.leave_kind,
        provenance=Provenance(origin=Origin.APP),
    )


def benched_all_week(case: Case, today: dt.date) -> list[Day]:
    """The working days of this week up to today not yet logged, plus today,
    as standby (the kind of standby last logged, plain standby otherwise)."""
    last = last_logged_before(case, today + dt.timedelta(days=1))
    status = last.status if last and last.status in STANDBY_KINDS else DayStatus.STANDBY
    logged = days_by_date(case)
    monday = today - dt.timedelta(days=today.weekday())
    out: list[Day] = []
    day = monday
    while day <= today:
        if (
            day == today or (day not in logged and is_workday(day))
        ) and day >= case.info.contract.start:
            out.append(Day(date=day, status=status, provenance=Provenance(origin=Origin.APP)))
        day += dt.timedelta(days=1)
    return out


def missing_days(case: Case, today: dt.date) -> list[dt.date]:
    """Days between the last logged day and today (both exclusive) with no entry."""
    last = last_logged_before(case, today)
    if last is None:
        return []
    start = max(last.date + dt.timedelta(days=1), today - dt.timedelta(days=CATCH_UP_LIMIT_DAYS))
    logged = days_by_date(case)
    out = []
    day = start
    while day < today:
        if day not in logged:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def case_start(case: Case) -> dt.date:
    return case.info.employment_start or case.info.contract.start


def offer_reconstruction(case: Case, today: dt.date) -> bool:
    """True when the months behind need the wizard rather than the one-step
    catch-up: nothing logged yet in a case that began over a week ago; days
    unlogged beyond what catch-up covers; or few days logged in a case that
    began before the catch-up window."""
    start = case_start(case)
    if start >= today:
        return False
    last = last_logged_before(case, today)
    if last is None:
        return (today - start).days > 7
    window_start = today - dt.timedelta(days=CATCH_UP_LIMIT_DAYS)
    if last.date < window_start and start < window_start:
        return True  # unlogged days beyond the catch-up offer
    logged = sum(1 for d in case.days if d.date < today)
    return logged < FEW_DAYS and start < window_start


# A day up to this many days ahead is logged without a question (leave agreed
# for tomorrow, a time-zone edge); one further ahead asks first.
FUTURE_DAYS_WITHOUT_ASKING = 3


def far_ahead(dates: Iterable[dt.date], today: dt.date) -> list[dt.date]:
    """The dates more than `FUTURE_DAYS_WITHOUT_ASKING` days after ``today``."""
    limit = today + dt.timedelta(days=FUTURE_DAYS_WITHOUT_ASKING)
    return sorted(d for d in dates if d > limit)


def catch_up(case: Case, today: dt.date, basis: Callable[[Day], str]) -> list[Day]:
    """The missing days as the last logged day's status (rest on days off when
    that status was a working or standby one), marked backfill with a basis."""
    last = last_logged_before(case, today)
    if last is None:
        return []
    text = basis(last)
    out = []
    for day in missing_days(case, today):
        status = last.status
        if status in STANDBY_KINDS | {DayStatus.WORKING} and not is_workday(day):
            status = DayStatus.REST
        out.append(
            Day(
                date=day,
                status=status,
                leave_kind=last.leave_kind if status == last.status else None,
                provenance=Provenance(origin=Origin.BACKFILL, backfill_basis=text),
            )
        )
    return out


def range_days(
    start: dt.date, end: dt.date, status: DayStatus, origin: Origin = Origin.APP
) -> list[Day]:
    lo, hi = min(start, end), max(start, end)
    return [
        Day(date=lo + dt.timedelta(days=i), status=status, provenance=Provenance(origin=origin))
        for i in range((hi - lo).days + 1)
    ]
