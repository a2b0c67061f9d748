"""Hourly and piece work: the facts the part-time and platform rules share
(issue 15; law-addendum §4; docs/rules.md "Part-time, hourly and platform work").

Definitions (used by every rule of the family):

* **Part-time arrangement**: `arrangement` `part_time`, or `pay_basis`
  `hourly` (LCL 68: paid mainly by the hour).
* **No labour subject**: the worker answered that they are a full-time
  student (劳部发〔1995〕309号 item 12) or draw a basic pension (法释〔2020〕26号
  art. 32): no labour relationship can be confirmed, so the Labour Contract
  Law's part-time rules do not apply; the civil and guidance routes remain.
* **Labour relationship claimed**: the arrangement is a labour contract
  (`dispatch`, `outsourcing`, `direct`) or `part_time`, and no answer rules
  it out. Otherwise (`service_agreement`, `platform`, `unknown`, a student or
  a pensioner) a claim for pay is a civil claim before a court.
* **Hours**: `days[].hours`, the hours worked that day for this employer;
  a day without `hours` counts no hours (they are never inferred from
  `start` and `end`).
* **Paid periods**: the periods of the recorded payments (every kind but
  `severance` and `notice_pay`), overlapping periods merged into one (a
  payout for batches may cover days another payout covers); a
  period's pay is the sum of its payments' gross, or net where only the net
  is recorded (then a lower bound of the gross: the row says so).
* **The hourly floor of a day** is the law data's hourly minimum wage
  (`minimum_wage_hourly`) in force that day for a place: for LCL 72 the
  employer's location (`employer.city`, else the place of work
  `case.city`); for platform work (2024 MOHRSS guidelines) the place where
  the work is done (`case.city`). A period's floor is the sum over its days
  of hours × that day's hourly minimum; a period with a day whose figure the
  law data lacks is left out (never guessed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from caseapp.domain.findings import CalcRow, CalcTable, Parameter
from caseapp.domain.model import Case, CaseInfo, Payment
from caseapp.domain.vocab import Arrangement, Forum, PayBasis, PaymentKind
from caseapp.rules.context import money
from caseapp.rules.lawview import Figure, Law, from_dated
from caseapp.rules.source_text import source_line

NOT_PAY = frozenset({PaymentKind.SEVERANCE, PaymentKind.NOTICE_PAY})
LABOUR_ARRANGEMENTS = frozenset(
    {Arrangement.DISPATCH, Arrangement.OUTSOURCING, Arrangement.DIRECT, Arrangement.PART_TIME}
)
CENT = Decimal("0.005")


def is_part_time(info: CaseInfo) -> bool:
    return info.arrangement == Arrangement.PART_TIME or info.pay_basis == PayBasis.HOURLY


def no_labour_subject(info: CaseInfo) -> bool:
    return info.worker.student is True or info.worker.pensioner is True


def labour_claimed(info: CaseInfo) -> bool:
    return info.arrangement in LABOUR_ARRANGEMENTS and not no_labour_subject(info)


def confirmable(info: CaseInfo) -> bool:
    """The relationship is in doubt (`service_agreement`, `platform`,
    `unknown`) but not ruled out: the worker may first have a labour
    relationship confirmed in arbitration, and then claim the same money
    there as pay for work (the filing pack pleads it after the confirmation)."""
    return not labour_claimed(info) and not no_labour_subject(info)


def forum_of(info: CaseInfo) -> Forum:
    """Where a claim for pay goes: arbitration where a labour relationship is
    claimed, a court otherwise (a civil claim)."""
    return Forum.ARBITRATION if labour_claimed(info) else Forum.COURT


def place_of_employer(info: CaseInfo) -> str:
    """The employer's location (`employer.city`), else the place of work: the
    place whose hourly minimum LCL 72 applies."""
    return info.employer.city or info.city


def hours_by_day(case: Case) -> dict[dt.date, Decimal]:
    return {d.date: d.hours for d in case.days if d.hours is not None and d.hours > 0}


def paid_amount(p: Payment) -> Decimal | None:
    return p.amount if p.amount is not None else p.net


@dataclass
class PaidPeriod:
    """Merged payment periods, with the hours worked and the pay for them."""

    start: dt.date
    end: dt.date
    payments: list[Payment] = field(default_factory=list)

    @property
    def paid(self) -> Decimal:
        return sum((paid_amount(p) or Decimal(0) for p in self.payments), Decimal(0))

    @property
    def net_only(self) -> bool:
        return any(p.amount is None for p in self.payments)

    @property
    def key(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def refs(self) -> list[str]:
        return [f"payment:{p.id}" for p in self.payments]


def paid_periods(payments: Iterable[Payment]) -> list[PaidPeriod]:
    """The merged periods of the pay (see the module docstring)."""
    items = sorted(
        (p for p in payments if p.kind not in NOT_PAY),
        key=lambda p: (p.period_start, p.period_end, p.id),
    )
    out: list[PaidPeriod] = []
    for p in items:
        if out and p.period_start <= out[-1].end:
            out[-1].end = max(out[-1].end, p.period_end)
            out[-1].payments.append(p)
        else:
            out.append(PaidPeriod(p.period_start, p.period_end, [p]))
    return out


def covered(day: dt.date, periods: Iterable[PaidPeriod]) -> bool:
    return any(p.start <= day <= p.end for p in periods)


@dataclass(frozen=True, slots=True)
class HourRow:
    """A paid period measured against the hourly floor."""

    period: PaidPeriod
    hours: Decimal
    floor: Decimal

    @property
    def per_hour(self) -> Decimal:
        return self.period.paid / self.hours

    @property
    def shortfall(self) -> Decimal:
        return max(self.floor - self.period.paid, Decimal(0))


class HourlyFloor:
    """The hourly minimum for one place, per day, remembering the figures used."""

    def __init__(self, law: Law, place: str) -> None:
        self.law = law
        self.place = place
        self.figures: set[Figure] = set()
        self._memo: dict[dt.date, Figure | None] = {}

    def on(self, day: dt.date) -> Figure | None:
        if day not in self._memo:
            self._memo[day] = from_dated(self.law.minimum_wage_hourly(self.place, day))
        return self._memo[day]

    def value(self, day: dt.date) -> Decimal | None:
        fig = self.on(day)
        if fig is None:
            return None
        self.figures.add(fig)
        return fig.value

    def floor_of(
        self, hours: dict[dt.date, Decimal], start: dt.date, end: dt.date
    ) -> Decimal | None:
        total = Decimal(0)
        for day, h in hours.items():
            if start <= day <= end:
                minimum = self.value(day)
                if minimum is None:
                    return None
                total += h * minimum
        return total


def hour_rows(case: Case, floor: HourlyFloor) -> list[HourRow]:
    """Each paid period with hours whose pay is below the hourly floor."""
    hours = hours_by_day(case)
    rows: list[HourRow] = []
    for period in paid_periods(case.payments):
        worked = sum((h for d, h in hours.items() if period.start <= d <= period.end), Decimal(0))
        if worked <= 0:
            continue
        due = floor.floor_of(hours, period.start, period.end)
        if due is None:
            continue  # the law data has no hourly figure for a day: never guessed
        row = HourRow(period, worked, due)
        if row.shortfall >= CENT:
            rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class Shortfall:
    """The paid periods below the hourly floor, as a finding states them
    (the LCL 72 rule and the platform rule alike)."""

    rows: tuple[HourRow, ...]
    figures: tuple[Figure, ...]  # the hourly minimums used, oldest first

    @property
    def amount(self) -> Decimal:
        return sum((r.shortfall for r in self.rows), Decimal(0))

    @property
    def start(self) -> dt.date:
        return self.rows[0].period.start

    @property
    def end(self) -> dt.date:
        return self.rows[-1].period.end

    def params(self, **after_end: object) -> dict[str, object]:
        """The message parameters: the span, `after_end`, the hours, the pay
        per hour over them, the newest minimum and the amount."""
        hours = sum((r.hours for r in self.rows), Decimal(0))
        paid = sum((r.period.paid for r in self.rows), Decimal(0))
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            **after_end,
            "hours": str(hours),
            "per_hour": money(paid / hours),
            "minimum": money(self.figures[-1].value),
            "amount": money(self.amount),
        }

    def parameters(self) -> tuple[Parameter, ...]:
        return tuple(f.parameter("hourly_minimum_wage") for f in self.figures)

    def table(self) -> CalcTable:
        return CalcTable(
            "period",
            ("hours", "paid", "per_hour", "due", "shortfall"),
            tuple(
                CalcRow(
                    r.period.key,
                    (
                        str(r.hours),
                        money(r.period.paid),
                        money(r.per_hour),
                        money(r.floor),
                        money(r.shortfall),
                    ),
                )
                for r in self.rows
            ),
        )

    def refs(self) -> list[str]:
        return [ref for r in self.rows for ref in r.period.refs()]


def shortfall(case: Case, floor: HourlyFloor) -> Shortfall | None:
    """The periods of `case` paid below `floor` (`hour_rows`), or None."""
    rows = hour_rows(case, floor)
    if not rows:
        return None
    return Shortfall(tuple(rows), tuple(sorted(floor.figures, key=figure_order)))


def figure_order(fig: Figure) -> tuple[str, str, str]:
    return (
        fig.effective_from.isoformat() if fig.effective_from else "",
        str(fig.value),
        source_line(fig.source),
    )
