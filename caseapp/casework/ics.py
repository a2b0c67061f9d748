"""The .ics calendar for the phone: a daily "记录今天" event at the chosen
time, an all-day event (with alarms a month and a week before) on the
last day of every arbitration deadline the findings give, and one (with
alarms a week and two days before) on every date of the road to the money
from the calendar's first day on (rules/road.py). No Qt here."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from icalendar import Alarm, Calendar, Event

from caseapp import i18n
from caseapp.domain.findings import Deadline
from caseapp.rules.road import RoadDate

ROAD_ALARM_DAYS = (7, 2)  # the road's periods are short (15 days): a week and two days


def _uid(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32] + "@caseapp"


def claim_title(claim: str, lang: i18n.Lang) -> str:
    try:
        return i18n.text(f"rules.{claim}.title", lang)
    except i18n.MissingMessage:
        return claim


def make_calendar(
    case_uid: str,
    lang: i18n.Lang,
    daily_at: dt.time | None,
    deadlines: Sequence[Deadline],
    start: dt.date,
    stamp: dt.datetime,
    road: Sequence[RoadDate] = (),
) -> bytes:
    """The calendar as bytes. ``daily_at`` None leaves the daily event out;
    deadlines not yet running (no last day) are left out, and so are road
    dates before ``start``."""
    cal = Calendar()
    cal.add("prodid", "-//caseapp//reminders//" + lang)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "caseapp")
    if daily_at is not None:
        event = Event()
        event.add("uid", _uid(case_uid, "daily"))
        event.add("dtstamp", stamp)
        event.add("summary", i18n.text("uihelp.ics.daily.summary", lang))
        event.add("description", i18n.text("uihelp.ics.daily.description", lang))
        event.add("dtstart", dt.datetime.combine(start, daily_at))
        event.add("duration", dt.timedelta(minutes=5))
        event.add("rrule", {"freq": "daily"})
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", i18n.text("uihelp.ics.daily.summary", lang))
        alarm.add("trigger", dt.timedelta(0))
        event.add_component(alarm)
        cal.add_component(event)
    for d in deadlines:
        if d.last_day is None:
            continue
        event = Event()
        event.add("uid", _uid(case_uid, "deadline", d.claim))
        event.add("dtstamp", stamp)
        title = claim_title(d.claim, lang)
        event.add("summary", i18n.text("uihelp.ics.deadline.summary", lang, claim=title))
        computation = i18n.render(d.computation, lang)
        text = i18n.text("uihelp.ics.deadline.description", lang, computation=computation)
        event.add("description", text)
        event.add("dtstart", d.last_day)
        event.add("dtend", d.last_day + dt.timedelta(days=1))
        for before in (30, 7):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", title)
            alarm.add("trigger", -dt.timedelta(days=before))
            event.add_component(alarm)
        cal.add_component(event)
    for r in road:
        if r.day < start:
            continue
        cal.add_component(_road_event(case_uid, lang, r, stamp))
    return bytes(cal.to_ical())


def _road_event(case_uid: str, lang: i18n.Lang, r: RoadDate, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", _uid(case_uid, "road", r.step, r.kind))
    event.add("dtstamp", stamp)
    label = i18n.text(f"road.date.{r.kind}.label", lang)
    event.add("summary", i18n.text("road.ics.summary", lang, label=label))
    text = i18n.render(r.computation, lang)
    if r.moved_to is not None:
        moved = i18n.text(
            "road.date.moved", lang, day=r.day.isoformat(), moved=r.moved_to.isoformat()
        )
        text = f"{text}\n{moved}"
    event.add("description", i18n.text("road.ics.description", lang, computation=text))
    event.add("dtstart", r.day)
    event.add("dtend", r.day + dt.timedelta(days=1))
    for before in ROAD_ALARM_DAYS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", label)
        alarm.add("trigger", -dt.timedelta(days=before))
        event.add_component(alarm)
    return event
