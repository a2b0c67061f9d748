"""The reconstruction plan: months since the last work, the pay grid, and
the records built from the answers, every one marked backfill."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from caseapp.casework import reconstruct as rc
from caseapp.domain.model import Case, Payment
from caseapp.domain.vocab import DayStatus, EvidenceKind, IncidentKind, Origin, PaymentKind

from .helpers import sample_info

D = Decimal


def _case(**info: object) -> Case:
    return Case(info=dataclasses.replace(sample_info(), **info))  # type: ignore[arg-type]


def test_months() -> None:
    assert rc.next_month(dt.date(2025, 1, 31)) == dt.date(2025, 2, 1)
    assert rc.next_month(dt.date(2025, 12, 5)) == dt.date(2026, 1, 1)
    assert rc.months_since(dt.date(2025, 10, 20), dt.date(2026, 1, 3)) == [
        dt.date(2025, 10, 1),
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
    ]


def test_pay_date_follows_the_payday_and_the_lag() -> None:
    case = _case(payday=31)
    assert rc.pay_date(case, dt.date(2025, 2, 1)) == dt.date(2025, 3, 31)  # a month's lag
    same_month = _case(payday=31, pay_lag_months=0)
    assert rc.pay_date(same_month, dt.date(2025, 2, 1)) == dt.date(2025, 2, 28)


def test_grid_months_due_by_today_with_what_is_recorded() -> None:
    paid = Payment(
        id="P1",
        paid_on=dt.date(2025, 8, 15),
        period_start=dt.date(2025, 7, 1),
        period_end=dt.date(2025, 7, 31),
        kind=PaymentKind.WAGE,
        net=D("2100"),
    )
    severance = dataclasses.replace(paid, id="P2", kind=PaymentKind.SEVERANCE, net=D("9"))
    case = dataclasses.replace(_case(), payments=(paid, severance))
    grid = rc.grid_months(case, dt.date(2025, 6, 20), dt.date(2025, 9, 14))
    # June's pay fell due on 15 July, July's on 15 August; August's not yet.
    assert grid == [(dt.date(2025, 6, 1), None), (dt.date(2025, 7, 1), D("2100"))]


def test_records_from_the_answers() -> None:
    answers = rc.Answers(
        last_work=dt.date(2025, 9, 26),
        today=dt.date(2025, 11, 3),
        ranges=[
            rc.StatusRange(dt.date(2025, 9, 29), dt.date(2025, 10, 10), DayStatus.STANDBY),
            rc.StatusRange(dt.date(2025, 10, 9), dt.date(2025, 10, 9), DayStatus.SICK),
        ],
        months=[
            rc.MonthAmount(dt.date(2025, 9, 1), D("3000")),
            rc.MonthAmount(dt.date(2025, 10, 1), D(0)),
        ],
        said=[
            rc.SaidEntry(
                dt.date(2025, 9, 28), IncidentKind.STANDBY_NOTICE, " 王经理 ", " 先回家等通知 "
            )
        ],
        have=[(EvidenceKind.CHAT, "微信记录")],
    )
    days = {d.date: d for d in rc.build_days(answers, "from memory")}
    assert len(days) == 12
    assert days[dt.date(2025, 9, 29)].status == DayStatus.STANDBY
    assert days[dt.date(2025, 10, 1)].status == DayStatus.REST  # National Day
    assert days[dt.date(2025, 10, 9)].status == DayStatus.SICK  # the later range wins
    assert {d.provenance.origin for d in days.values()} == {Origin.BACKFILL}
    assert {d.provenance.backfill_basis for d in days.values()} == {"from memory"}

    (payment,) = rc.build_payments(_case(), answers, "bank app")  # nothing paid: no record
    assert payment.net == D("3000") and payment.amount is None
    assert (payment.period_start, payment.period_end) == (dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert payment.paid_on == dt.date(2025, 10, 15)
    gross = rc.build_payments(_case(), dataclasses.replace(answers, net=False), "x")[0]
    assert gross.amount == D("3000") and gross.net is None

    ((who, incident),) = rc.build_incidents(answers, "memory")
    assert who == "王经理" and incident.summary == "先回家等通知" == incident.quote
    assert incident.known_on == incident.date and incident.provenance.origin == Origin.BACKFILL

    (evidence,) = rc.build_evidence(answers, "list")
    assert evidence.title == "微信记录"
    assert evidence.obtained_on is None  # the day the wizard ran is not the day she got it
    assert evidence.provenance.backfill_basis == "list"


def test_standby_month_from_the_workers_stretches() -> None:
    """A month is a standby month when most of its workdays were standby in the
    worker's own answers; the days up to the last real work count as work."""
    answers = rc.Answers(
        last_work=dt.date(2025, 1, 24),
        today=dt.date(2025, 5, 20),
        ranges=[rc.StatusRange(dt.date(2025, 1, 25), dt.date(2025, 3, 31), DayStatus.STANDBY)],
    )
    # January: workdays 1–24 worked (16 of them, less the New Year holiday), 27–31 standby
    assert not rc.standby_month(answers, dt.date(2025, 1, 1))
    assert rc.standby_month(answers, dt.date(2025, 2, 1))
    assert rc.standby_month(answers, dt.date(2025, 3, 1))
    assert not rc.standby_month(answers, dt.date(2025, 4, 1))  # no answer for April: not standby


def test_payments_carry_the_chosen_kind_and_payer() -> None:
    from caseapp.domain.vocab import Party

    answers = rc.Answers(
        last_work=dt.date(2025, 9, 26),
        today=dt.date(2025, 11, 20),
        months=[
            rc.MonthAmount(dt.date(2025, 9, 1), D("3000"), PaymentKind.WAGE, Party.EMPLOYER),
            rc.MonthAmount(dt.date(2025, 10, 1), D("2100"), PaymentKind.STANDBY, None),
        ],
    )
    p1, p2 = rc.build_payments(_case(), answers, "bank app")
    assert (p1.kind, p1.payer_party) == (PaymentKind.WAGE, Party.EMPLOYER)
    assert (p2.kind, p2.payer_party) == (PaymentKind.STANDBY, None)
