"""Hand-built domain objects for the services and storage tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.model import (
    CaseInfo,
    Contract,
    Day,
    Deductions,
    Evidence,
    Incident,
    Organisation,
    Payment,
    Person,
    SIMonth,
    Task,
    Worker,
)
from caseapp.domain.vocab import (
    Arrangement,
    ContractKind,
    DayStatus,
    EvidenceKind,
    IncidentKind,
    OriginalStatus,
    Party,
    PaymentKind,
    Scope,
    SIStatus,
)

START = dt.date(2024, 3, 1)


def make_info(uid: str = "", title: str = "待岗记录") -> CaseInfo:
    return CaseInfo(
        uid=uid,
        title=title,
        worker=Worker(name="李明", phone="13800000000"),
        employer=Organisation(name="杭州某外包服务有限公司", extra={"x-note": "外包方"}),
        client=Organisation(name="某科技有限公司"),
        arrangement=Arrangement.OUTSOURCING,
        city="hangzhou",
        contract=Contract(kind=ContractKind.FIXED, start=START, end=dt.date(2027, 2, 28)),
        monthly_wage=Decimal("15000.00"),
        payday=10,
    )


def day(offset: int, status: DayStatus = DayStatus.STANDBY, note: str | None = None) -> Day:
    return Day(date=START + dt.timedelta(days=offset), status=status, note=note)


def person(pid: str = "P1") -> Person:
    return Person(id=pid, name="王经理", party=Party.CLIENT, role="项目经理")


def task(tid: str = "T1") -> Task:
    return Task(id=tid, assigned_on=START, title="接口迁移", assigned_by="P1")


def payment(pid: str = "PAY1", amount: str = "2490.00") -> Payment:
    return Payment(
        id=pid,
        paid_on=dt.date(2024, 5, 10),
        period_start=dt.date(2024, 4, 1),
        period_end=dt.date(2024, 4, 30),
        kind=PaymentKind.STANDBY,
        amount=Decimal(amount),
        net=Decimal("2100.55"),
        deductions=Deductions(si_employee=Decimal("389.45")),
    )


def si_month(month: dt.date = dt.date(2024, 4, 1)) -> SIMonth:
    return SIMonth(month=month, status=SIStatus.PARTIAL, base=Decimal("4462.00"))


def incident(iid: str = "I1") -> Incident:
    return Incident(
        id=iid,
        date=dt.date(2024, 4, 2),
        kind=IncidentKind.STANDBY_NOTICE,
        summary="项目经理通知回池待岗",
        quote="你先回家等通知",
        actor="P1",
        scope=Scope.INDIVIDUAL,
    )


def evidence(eid: str = "E1") -> Evidence:
    return Evidence(
        id=eid,
        title="微信聊天截图",
        kind=EvidenceKind.CHAT,
        original_status=OriginalStatus.KEPT,
    )
