"""When Today offers the daily reminder and the phone calendar: once the
worker has been logging for a week (issue 13: they were buried under
模板与求助 → 提醒). A week after the first day she logged herself — in the app
or on the phone, not reconstructed, imported or filled in at once — by when
it was recorded, not by the day it is about. Qt-free (tests without a
QApplication); Today hides the offer while the reminder is on or once she
said no (ui/reminder_offer.py)."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.model import Case
from caseapp.domain.vocab import Origin

OFFER_AFTER = dt.timedelta(days=7)
LOGGED_BY_HAND = (Origin.APP, Origin.PHONE)


def first_logged_at(case: Case) -> dt.datetime | None:
    """When the worker first logged a day herself (None: not yet)."""
    times = [
        d.provenance.recorded_at
        for d in case.days
        if d.provenance.origin in LOGGED_BY_HAND
        and d.provenance.recorded_at is not None
        and d.provenance.backfill_basis is None
    ]
    return min(times) if times else None


def offer_reminder(case: Case, now: dt.datetime) -> bool:
    """A week or more since the first day logged by hand (``now`` aware)."""
    first = first_logged_at(case)
    if first is None:
        return False
    if first.tzinfo is None:
        first = first.replace(tzinfo=dt.UTC)
    return now - first >= OFFER_AFTER
