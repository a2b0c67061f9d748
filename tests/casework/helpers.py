"""A small Qt-free case for the casework tests: a dispatched worker, contract
wage 12,000 from the given start, paid on the 15th."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.model import Case, CaseInfo, Contract, Day, Organisation, Provenance, Worker
from caseapp.domain.vocab import Arrangement, ContractKind, DayStatus, Origin


def sample_info(start: dt.date = dt.date(2024, 3, 1)) -> CaseInfo:
    return CaseInfo(
        uid="",
        worker=Worker(name="李青"),
        employer=Organisation(name="某某人力资源有限公司"),
        client=Organisation(name="某某科技有限公司"),
        arrangement=Arrangement.DISPATCH,
        city="other",
        contract=Contract(
            kind=ContractKind.FIXED, start=start, end=dt.date(2027, 2, 28), written=True
        ),
        monthly_wage=Decimal("12000"),
        payday=15,
    )


def logged(*days: tuple[dt.date, DayStatus], start: dt.date = dt.date(2024, 3, 1)) -> Case:
    """A case with these days logged in the app."""
    return Case(
        info=sample_info(start),
        days=tuple(
            Day(date=d, status=s, provenance=Provenance(origin=Origin.APP)) for d, s in days
        ),
    )


def standby_days(start: dt.date, end: dt.date) -> list[Day]:
    """Standby on every day of [start, end]."""
    out, day = [], start
    while day <= end:
        out.append(Day(date=day, status=DayStatus.STANDBY))
        day += dt.timedelta(days=1)
    return out
