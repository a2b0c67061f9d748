"""A small builder of domain Cases for the rules tests.

Defaults: a Beijing outsourcing worker, contract wage 10,000 from 2024-01-01,
written fixed-term contract, paid on the 15th for the previous month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

import chinese_calendar

from caseapp.domain.model import (
    Case,
    CaseInfo,
    Contract,
    Day,
    Deductions,
    Dispatch,
    EmploymentEnded,
    Incident,
    Organisation,
    Overrides,
    OverrideValue,
    Payment,
    SIMonth,
    Task,
    WageChange,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    ContractKind,
    DayStatus,
    IncidentKind,
    PaymentKind,
    SIStatus,
    SIType,
    SITypeStatus,
    WageBasis,
)

D = Decimal
ONE = dt.timedelta(days=1)


def date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def info(**kw: object) -> CaseInfo:
    base = CaseInfo(
        uid="00000000-0000-4000-8000-000000000001",
        worker=Worker(name="张三"),
        employer=Organisation(name="某外包公司"),
        client=Organisation(name="某科技公司"),
        arrangement=Arrangement.OUTSOURCING,
        city="beijing",
        contract=Contract(
            kind=ContractKind.FIXED,
            start=date("2024-01-01"),
            end=date("2027-12-31"),
            written=True,
        ),
        monthly_wage=D("10000"),
        payday=15,
    )
    if "arrangement" in kw:
        kw["arrangement"] = Arrangement(str(kw["arrangement"]))
    contract = kw.get("contract")
    if isinstance(contract, Contract):
        kw["contract"] = replace(contract, kind=ContractKind(str(contract.kind)))
    return replace(base, **kw)  # type: ignore[arg-type]


def case(
    days: Iterable[Day] = (),
    payments: Iterable[Payment] = (),
    incidents: Iterable[Incident] = (),
    social_insurance: Iterable[SIMonth] = (),
    tasks: Iterable[Task] = (),
    **kw: object,
) -> Case:
    return Case(
        info=info(**kw),
        days=tuple(sorted(days, key=lambda d: d.date)),
        payments=tuple(payments),
        incidents=tuple(incidents),
        social_insurance=tuple(social_insurance),
        tasks=tuple(tasks),
    )


def is_working(day: dt.date) -> bool:
    return bool(chinese_calendar.is_workday(day))


def span(start: str, end: str, status: DayStatus) -> list[Day]:
    """`status` on every working day of [start, end], `rest` on the others."""
    out = []
    day, last = date(start), date(end)
    while day <= last:
        out.append(Day(date=day, status=status if is_working(day) else DayStatus.REST))
        day += ONE
    return out


_ids = iter(range(1, 10_000))


def payment(
    start: str,
    end: str,
    amount: str | None,
    paid_on: str | None = None,
    kind: PaymentKind | str = PaymentKind.WAGE,
    net: str | None = None,
    deductions: Deductions | None = None,
    pid: str | None = None,
) -> Payment:
    period_end = date(end)
    if paid_on is None:  # the 15th of the next month
        nxt = (period_end.replace(day=28) + dt.timedelta(days=4)).replace(day=15)
        paid = nxt
    else:
        paid = date(paid_on)
    return Payment(
        id=pid or f"P{next(_ids)}",
        paid_on=paid,
        period_start=date(start),
        period_end=period_end,
        kind=PaymentKind(str(kind)),
        amount=None if amount is None else D(amount),
        net=None if net is None else D(net),
        deductions=deductions,
    )


def month_payments(first: str, last: str, amount: str, **kw: object) -> list[Payment]:
    """One payment per calendar month from the month of `first` to that of `last`."""
    out = []
    cur = date(first).replace(day=1)
    stop = date(last)
    while cur <= stop:
        nxt = (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        out.append(payment(cur.isoformat(), (nxt - ONE).isoformat(), amount, **kw))  # type: ignore[arg-type]
        cur = nxt
    return out


def incident(iid: str, when: str, kind: IncidentKind, **kw: object) -> Incident:
    return Incident(id=iid, date=date(when), kind=kind, summary=str(kind), **kw)  # type: ignore[arg-type]


def ended(when: str, ground: str) -> EmploymentEnded:
    from caseapp.domain.vocab import EndGround

    return EmploymentEnded(date=date(when), ground=EndGround(ground))


def overrides(
    minimum_wage: Iterable[tuple[str, str]] = (), ratio: Iterable[tuple[str, str]] = ()
) -> Overrides:
    return Overrides(
        minimum_wage=tuple(OverrideValue(date(f), D(v), "test override") for f, v in minimum_wage),
        standby_ratio=tuple(OverrideValue(date(f), D(v), "test override") for f, v in ratio),
    )


def wage_change(when: str, amount: str) -> WageChange:
    return WageChange(from_=date(when), monthly_gross=D(amount), basis=WageBasis.WRITTEN)


def dispatch(agreement_end: str | None = None) -> Dispatch:
    return Dispatch(agreement_end=None if agreement_end is None else date(agreement_end))


def si(month: str, status: str, withheld: str | None = None, **types: str) -> SIMonth:
    """A social-insurance month (`month` as YYYY-MM)."""
    return SIMonth(
        month=date(f"{month}-01"),
        status=SIStatus(status),
        types={SIType(k): SITypeStatus(v) for k, v in types.items()},
        employee_share_withheld=None if withheld is None else D(withheld),
    )
