"""A case for the exit-offer and art. 38 UI tests, dated from today (the
window's rules run as of today): Beijing, contract wage 12,000 from
four years less ten days ago, working every weekday for the last 400 days,
paid 12,000 for each of the twelve months before last and 6,000 for the
last of them. As of today the rules give:

* N = 4 × 12,000 = 48,000 (3 years and 11+ months of service: 4 years);
* a unilateral pay cut of 12,000 − 6,000 = 6,000 in that month (firm).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from caseapp.domain.model import Contract, Day, Incident, Payment
from caseapp.domain.vocab import (
    Arrangement,
    ContractKind,
    DayStatus,
    Form,
    IncidentKind,
    PaymentKind,
)
from tests.casework.helpers import sample_info
from tests.ui.conftest import open_new_case


def month_add(day: dt.date, k: int) -> dt.date:
    m = day.year * 12 + day.month - 1 + k
    return dt.date(m // 12, m % 12 + 1, 1)


def short_month(today: dt.date) -> dt.date:
    """The month paid 6,000: two months before this one."""
    return month_add(today, -2)


def offer_case(qtbot, parts, today: dt.date) -> str:  # type: ignore[no-untyped-def]
    start = dt.date(today.year - 4, today.month, min(today.day, 28)) + dt.timedelta(days=10)
    info = dataclasses.replace(
        sample_info(start),
        city="beijing",
        arrangement=Arrangement.OUTSOURCING,
        contract=Contract(
            kind=ContractKind.FIXED, start=start, end=dt.date(today.year + 2, 1, 31), written=True
        ),
    )
    case_id = open_new_case(qtbot, parts, info)
    days, day = [], today - dt.timedelta(days=400)
    while day < today:
        status = DayStatus.WORKING if day.weekday() < 5 else DayStatus.REST
        days.append(Day(date=day, status=status))
        day += dt.timedelta(days=1)
    done: list[bool] = []
    parts.session.set_days(days, done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    first = month_add(today, -13)
    for k in range(12):
        month = month_add(first, k)
        parts.session.save_record(
            Payment(
                id="",
                paid_on=month_add(month, 1).replace(day=15),
                period_start=month,
                period_end=month_add(month, 1) - dt.timedelta(days=1),
                kind=PaymentKind.WAGE,
                amount=Decimal("6000" if k == 11 else "12000"),
            )
        )
    qtbot.waitUntil(lambda: len(parts.session.case.payments) == 12, timeout=10_000)
    return case_id


def demand(today: dt.date) -> Incident:
    """A written demand three days ago naming the pay cut."""
    return Incident(
        id="",
        date=today - dt.timedelta(days=3),
        kind=IncidentKind.DEMAND_SENT,
        summary="书面要求补发工资差额",
        form=Form.WRITTEN_ELECTRONIC,
        asserts=("unilateral-pay-cut",),
    )
