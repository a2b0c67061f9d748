"""Pay periods: the agreed pay cycle the pay is owed for (工资支付暂行规定
art. 7: wages are paid on the agreed day, at least monthly), inferred from
the payments.

**The cycle.** Every period of the cycle starts on the same day of the month
(`first_day`) and ends the day before that day a month later: calendar months
(`first_day` 1), the 10th to the 9th, the 16th to the 15th. It is inferred
from the regular pay (`wage` and `standby` payments):

* the payments whose period is one whole period — from a day D to the day
  before D a month later — must all start on the same day D, between 2 and
  28; and
* every other regular payment must either lie inside one period of that
  cycle (the first weeks of employment, the last ones) or cover whole
  periods exactly (two periods paid together).

Then the cycle starts on day D. Otherwise — no payment, whole periods
starting on different days, or a payment that crosses a period boundary of
the cycle — the cycle is calendar months, as the rules always assumed.

**When a period's pay is due.** On `payday` of the month `pay_lag_months`
after the month the period starts in (`RuleContext.pay_due_date` of the
period's first day): with the default lag of 1 and payday 15, the pay for
10 March – 9 April is due on 15 April.

**When a month's pay may be called short** (`pay_still_due`): only once
the payday and the local grace days (`wage_grace.toml`) have passed. Until
then a month with less than the contract wage recorded is not underpaid —
its pay is not yet due. The app's counts of short months (the 工资 view's
summary) use this one test; the payday is taken as agreed (not moved to an
earlier working day), so a month is never called short before its pay is
surely late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.findings import CalcValue
from caseapp.domain.messages import Msg
from caseapp.domain.model import Payment
from caseapp.domain.vocab import PaymentKind
from caseapp.rules.workdays import ONE_DAY, add_months, month_end

# The regular pay whose periods show the cycle (pay.WAGE_KINDS; kept here so
# that this module does not depend on the rules' pay module).
REGULAR = frozenset({PaymentKind.WAGE, PaymentKind.STANDBY})
LATEST_FIRST_DAY = 28  # a period starting on the 29th–31st would not start on one day every month


@dataclass(frozen=True, slots=True, order=True)
class PayPeriod:
    """One pay period, both days inclusive."""

    start: dt.date
    end: dt.date

    @property
    def calendar(self) -> bool:
        return self.start.day == 1 and self.end == month_end(self.start)

    @property
    def key(self) -> str:
        """The row key of a breakdown: "2025-06" for a calendar month, else the
        ISO 8601 interval "2025-06-10/2025-07-09"."""
        if self.calendar:
            return self.start.isoformat()[:7]
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def label(self) -> CalcValue | None:
        """What people see for the row (None: the key, a month, is shown as it is)."""
        if self.calendar:
            return None
        return Msg(
            "calc.value.range", {"start": self.start.isoformat(), "end": self.end.isoformat()}
        )


@dataclass(frozen=True, slots=True)
class PayCycle:
    """The pay cycle: periods starting on `first_day` of every month."""

    first_day: int = 1
    shown_by: tuple[str, ...] = ()  # ids of the payments whose periods show it

    @property
    def calendar(self) -> bool:
        return self.first_day == 1

    @property
    def words(self) -> Msg:
        """The cycle for a calculation's inputs ("day 10 of each month to day 9 of the next")."""
        return Msg("calc.value.pay_cycle", {"day": self.first_day, "last": self.first_day - 1})

    def period_of(self, day: dt.date) -> PayPeriod:
        if self.first_day == 1:
            return PayPeriod(day.replace(day=1), month_end(day))
        start = day.replace(day=self.first_day)
        if day.day < self.first_day:
            start = add_months(start, -1)
        return PayPeriod(start, add_months(start, 1) - ONE_DAY)

    def periods(self, start: dt.date, end: dt.date) -> list[PayPeriod]:
        """Every period touching [start, end], in order."""
        out: list[PayPeriod] = []
        if end < start:
            return out
        period = self.period_of(start)
        while period.start <= end:
            out.append(period)
            nxt = add_months(period.start, 1)
            period = PayPeriod(nxt, add_months(nxt, 1) - ONE_DAY)
        return out

    def fits(self, payment: Payment) -> bool:
        """The payment lies inside one period, or covers whole periods exactly."""
        first = self.period_of(payment.period_start)
        last = self.period_of(payment.period_end)
        return first == last or (
            payment.period_start == first.start and payment.period_end == last.end
        )


CALENDAR = PayCycle()


def _whole_period(payment: Payment) -> bool:
    return payment.period_end == add_months(payment.period_start, 1) - ONE_DAY


def infer_cycle(payments: Iterable[Payment]) -> PayCycle:
    """The cycle the regular pay shows (see the module's docstring)."""
    regular = [p for p in payments if p.kind in REGULAR and p.period_end >= p.period_start]
    whole = [p for p in regular if _whole_period(p)]
    days = {p.period_start.day for p in whole}
    if len(days) != 1:
        return CALENDAR
    (day,) = days
    if day == 1 or day > LATEST_FIRST_DAY:
        return CALENDAR
    cycle = PayCycle(day, tuple(p.id for p in whole))
    if not all(cycle.fits(p) for p in regular):
        return CALENDAR
    return cycle


def agreed_payday(month: dt.date, payday: int, lag_months: int) -> dt.date:
    """The agreed day the pay for the period starting in ``month`` falls due:
    ``payday`` of the month ``lag_months`` later, clamped to its last day."""
    target = add_months(month.replace(day=1), lag_months)
    return target.replace(day=min(payday, month_end(target).day))


def pay_still_due(
    month: dt.date, today: dt.date, payday: int, lag_months: int, grace_days: int = 0
) -> bool:
    """True while the pay for ``month`` is not yet late on ``today``: today is
    on or before the agreed payday plus the grace days."""
    return today <= agreed_payday(month, payday, lag_months) + dt.timedelta(days=grace_days)
