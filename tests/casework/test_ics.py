"""The phone calendar: the daily event at the chosen time, one all-day event
with two alarms per running deadline, stable UIDs."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from caseapp.casework.ics import claim_title, make_calendar
from caseapp.domain.findings import Deadline
from caseapp.domain.messages import msg
from caseapp.domain.vocab import Confidence

STAMP = dt.datetime(2025, 5, 1, 8, 0, tzinfo=dt.UTC)
RUNNING = Deadline(
    "standby-below-floor",
    dt.date(2025, 3, 1),
    dt.date(2026, 3, 1),
    msg("rules.deadline.not_running", claim="standby-below-floor", known_on="2025-03-01"),
)
WAITING = Deadline("late-wages", dt.date(2025, 3, 1), None, RUNNING.computation)


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_daily_event_and_running_deadlines() -> None:
    data = make_calendar(
        "uid-1", "en", dt.time(21, 15), (RUNNING, WAITING), dt.date(2025, 5, 1), STAMP
    )
    events = _events(data)
    assert len(events) == 2  # the deadline not yet running is left out
    daily = next(e for e in events if e.get("rrule"))
    assert daily.decoded("dtstart") == dt.datetime(2025, 5, 1, 21, 15)
    assert str(daily.get("summary")) == "Log today"
    due = next(e for e in events if not e.get("rrule"))
    assert due.decoded("dtstart") == dt.date(2026, 3, 1)
    assert due.decoded("dtend") == dt.date(2026, 3, 2)
    triggers = sorted(a.decoded("trigger") for a in due.walk("VALARM"))
    assert triggers == [-dt.timedelta(days=30), -dt.timedelta(days=7)]
    assert claim_title("standby-below-floor", "en") in str(due.get("summary"))


def test_without_the_daily_event_and_stable_uids() -> None:
    one = make_calendar("uid-1", "zh", None, (RUNNING,), dt.date(2025, 5, 1), STAMP)
    two = make_calendar("uid-1", "zh", None, (RUNNING,), dt.date(2025, 6, 1), STAMP)
    assert [str(e.get("uid")) for e in _events(one)] == [str(e.get("uid")) for e in _events(two)]
    other = make_calendar("uid-2", "zh", None, (RUNNING,), dt.date(2025, 5, 1), STAMP)
    assert _events(one)[0].get("uid") != _events(other)[0].get("uid")
    assert len(_events(one)) == 1


def test_claim_title_falls_back_to_the_rule_id() -> None:
    assert claim_title("no-such-claim", "zh") == "no-such-claim"


def test_road_dates_are_events_with_short_alarms() -> None:
    """The road's dates (rules/road.py): award received 2026-09-16 + 15 days =
    2026-10-01 (National Day, moved to 2026-10-08 and said so); a date before
    the calendar's first day is left out."""
    from caseapp.rules.road import RoadDate

    sue = RoadDate(
        kind="sue_by",
        step="court",
        day=dt.date(2026, 10, 1),
        computation=msg(
            "road.date.sue_by.computation", start="2026-09-16", days=15, day="2026-10-01"
        ),
        confidence=Confidence.STATUTE,
        moved_to=dt.date(2026, 10, 8),
    )
    old = RoadDate(
        kind="mediation_ends",
        step="mediation",
        day=dt.date(2026, 5, 27),
        computation=msg(
            "road.date.mediation_ends.computation", start="2026-05-12", days=15, day="2026-05-27"
        ),
        confidence=Confidence.STATUTE,
    )
    data = make_calendar("uid-1", "zh", None, (), dt.date(2026, 9, 17), STAMP, road=(sue, old))
    (event,) = _events(data)
    assert event.decoded("dtstart") == dt.date(2026, 10, 1)
    assert event.decoded("dtend") == dt.date(2026, 10, 2)
    triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
    assert triggers == [-dt.timedelta(days=7), -dt.timedelta(days=2)]
    text = str(event.get("description"))
    assert "2026-09-16" in text and "2026-10-08" in text and "12348" in text
    assert "向法院起诉" in str(event.get("summary"))
