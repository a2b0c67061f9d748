"""When a month's pay may be called short: after the agreed payday and the
grace days (rules/periods.py), both sides of the boundary."""

from __future__ import annotations

import datetime as dt

from caseapp.rules.periods import agreed_payday, pay_still_due


def test_pay_still_due_until_payday_and_grace_pass() -> None:
    """Worked example: payday 15, a month's lag, 7 days' grace (Beijing). The
    pay for November 2026 is agreed on 15 December; it is late from
    15 + 7 = 22 December on: still due on the 22nd, late on the 23rd."""
    nov = dt.date(2026, 11, 1)
    assert agreed_payday(nov, 15, 1) == dt.date(2026, 12, 15)
    assert pay_still_due(nov, dt.date(2026, 12, 22), 15, 1, 7)
    assert not pay_still_due(nov, dt.date(2026, 12, 23), 15, 1, 7)
    # no grace: due on the 15th itself, late on the 16th
    assert pay_still_due(nov, dt.date(2026, 12, 15), 15, 1)
    assert not pay_still_due(nov, dt.date(2026, 12, 16), 15, 1)
    # payday 31 in a short month: clamped to 28 February 2027 for January's pay
    assert agreed_payday(dt.date(2027, 1, 1), 31, 1) == dt.date(2027, 2, 28)
    # no lag: paid in the month itself
    assert agreed_payday(dt.date(2026, 12, 1), 25, 0) == dt.date(2026, 12, 25)
