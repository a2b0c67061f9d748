"""The case's own calendar: "today" is the local date in the case's time zone
(spec: Dates and times), not the computer's."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def local_today(time_zone: str) -> dt.date:
    """Today's local date in an IANA time zone (the case's)."""
    return dt.datetime.now(ZoneInfo(time_zone)).date()
