"""What the reconstruction wizard creates, free of Qt: days from the ranges the
worker remembers, one payment per month from the pay grid, the incidents and
the evidence stubs — every one marked origin `backfill` with its basis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from caseapp.casework.daylogic import is_workday
from caseapp.domain.model import Case, Day, Evidence, Incident, Payment, Provenance
from caseapp.domain.vocab import (
    DayStatus,
    EvidenceKind,
    IncidentKind,
    Origin,
    OriginalStatus,
    Party,
    PaymentKind,
)

WORKING_LIKE = {
    DayStatus.WORKING,
    DayStatus.STANDBY,
    DayStatus.STANDBY_ONSITE,
    DayStatus.STANDBY_ONCALL,
}


@dataclass(frozen=True)
class StatusRange:
    start: dt.date
    end: dt.date
    status: DayStatus


@dataclass(frozen=True)
class MonthAmount:
    month: dt.date  # first of the month
    amount: Decimal  # 0: nothing was paid for it
    kind: PaymentKind = PaymentKind.WAGE  # as the worker chose it (standby pay for standby months)
    payer: Party | None = None  # who paid, as the worker chose it (None: not said)


@dataclass(frozen=True)
class SaidEntry:
    date: dt.date
    kind: IncidentKind
    who: str
    said: str


@dataclass
class Answers:
    last_work: dt.date
    today: dt.date
    ranges: list[StatusRange] = field(default_factory=list)
    months: list[MonthAmount] = field(default_factory=list)
    net: bool = True  # the grid holds net amounts (from the bank app)
    said: list[SaidEntry] = field(default_factory=list)
    have: list[tuple[EvidenceKind, str]] = field(default_factory=list)  # (kind, title)


@dataclass(frozen=True)
class Basis:
    """The backfill_basis texts, in the worker's language."""

    days: str
    pay: str
    said: str
    have: str


def first_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def months_since(last_work: dt.date, today: dt.date) -> list[dt.date]:
    """The months from the one after the last real work (or that month, if
    the work ended before its last day) up to the current month."""
    out: list[dt.date] = []
    m = first_of(last_work)
    while m <= first_of(today):
        out.append(m)
        m = next_month(m)
    return out


def pay_date(case: Case, month: dt.date) -> dt.date:
    """The payday on which the pay for ``month`` falls due."""
    paid_month = month
    for _ in range(case.info.pay_lag_months):
        paid_month = next_month(paid_month)
    last = next_month(paid_month) - dt.timedelta(days=1)
    return paid_month.replace(day=min(case.info.payday, last.day))


def grid_months(
    case: Case, last_work: dt.date, today: dt.date
) -> list[tuple[dt.date, Decimal | None]]:
    """The pay grid's months: those since the last real work whose pay has
    fallen due by ``today``, each with the amount already recorded for it
    (None when nothing is recorded yet: the wizard's cell starts empty; the
    contract wage is filled in only when the worker asks for it)."""
    recorded: dict[dt.date, Decimal] = {}
    for p in case.payments:
        value = p.amount if p.amount is not None else p.net
        if value is not None and PaymentKind(p.kind) != PaymentKind.SEVERANCE:
            m = first_of(p.period_start)
            recorded[m] = recorded.get(m, Decimal(0)) + value
    return [
        (m, recorded.get(m)) for m in months_since(last_work, today) if pay_date(case, m) <= today
    ]


def standby_month(answers: Answers, month: dt.date) -> bool:
    """True when the worker's stretches make most of ``month``'s working days
    standby days: the wizard then offers standby pay as the payment's kind
    (derived from her own answers, never from nothing)."""
    end = next_month(month) - dt.timedelta(days=1)
    chosen: dict[dt.date, DayStatus] = {}
    day = month
    while day <= min(answers.last_work, end):  # up to the last real work: work
        chosen[day] = DayStatus.WORKING
        day += dt.timedelta(days=1)
    for r in answers.ranges:
        day = max(r.start, month)
        while day <= min(r.end, end):
            chosen[day] = r.status
            day += dt.timedelta(days=1)
    workdays = [s for d, s in chosen.items() if is_workday(d)]
    standby = sum(1 for s in workdays if s in WORKING_LIKE - {DayStatus.WORKING})
    return bool(workdays) and standby * 2 > len(workdays)


def build_days(answers: Answers, basis: str) -> list[Day]:
    """A day per date in the ranges (later ranges win); working and standby
    statuses become rest on days off."""
    chosen: dict[dt.date, DayStatus] = {}
    for r in answers.ranges:
        day = r.start
        while day <= r.end:
            chosen[day] = r.status
            day += dt.timedelta(days=1)
    prov = Provenance(origin=Origin.BACKFILL, backfill_basis=basis)
    out = []
    for day in sorted(chosen):
        status = chosen[day]
        if status in WORKING_LIKE and not is_workday(day):
            status = DayStatus.REST
        out.append(Day(date=day, status=status, provenance=prov))
    return out


def build_payments(case: Case, answers: Answers, basis: str) -> list[Payment]:
    prov = Provenance(origin=Origin.BACKFILL, backfill_basis=basis)
    out = []
    for item in answers.months:
        if item.amount <= 0:
            continue
        end = next_month(item.month) - dt.timedelta(days=1)
        paid_on = pay_date(case, item.month)
        out.append(
            Payment(
                id="",
                paid_on=paid_on,
                period_start=item.month,
                period_end=end,
                kind=item.kind,
                amount=None if answers.net else item.amount,
                net=item.amount if answers.net else None,
                payer_party=item.payer,
                provenance=prov,
            )
        )
    return out


def build_incidents(answers: Answers, basis: str) -> list[tuple[str, Incident]]:
    """(who, incident) pairs; the caller links ``who`` to a person."""
    prov = Provenance(origin=Origin.BACKFILL, backfill_basis=basis)
    return [
        (
            s.who.strip(),
            Incident(
                id="",
                date=s.date,
                kind=s.kind,
                summary=s.said.strip(),
                quote=s.said.strip() or None,
                known_on=s.date,
                provenance=prov,
            ),
        )
        for s in answers.said
    ]


def build_evidence(answers: Answers, basis: str) -> list[Evidence]:
    prov = Provenance(origin=Origin.BACKFILL, backfill_basis=basis)
    return [
        Evidence(
            id="",
            title=title,
            kind=kind,
            original_status=OriginalStatus.KEPT,
            # no `obtained_on`: the day the wizard ran is not the day she got it
            provenance=prov,
        )
        for kind, title in answers.have
    ]
