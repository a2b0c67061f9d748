"""Pay as recorded: gross, net and what is comparable with the minimum wage.

A payment may be recorded as gross (`amount`), as what reached the bank
(`net`), with `deductions` and `components`. The rules never turn a net-only
record into a gross figure by guessing taxes and contributions:

* `gross`: `amount`; else `net` + recorded deductions when deductions are
  recorded; else the sum of recorded components; else unknown (None).
* `at_least`: a lower bound of the gross: the gross if known, else `net`.
* `for_minimum_wage`: the pay comparable with the minimum wage. Overtime
  (the overtime component) never counts. Where the region excludes the
  worker's own social insurance and housing fund (Beijing, Shanghai: law.md
  §2.2), those deductions are taken off the gross. When the gross is unknown,
  `net` is a lower bound of the comparable pay in every region, so a net that
  reaches the minimum wage settles the question and a net below it leaves it
  open (a `data-gap`, never a finding).
"""

from __future__ import annotations

from decimal import Decimal

from caseapp.domain.model import Payment
from caseapp.domain.vocab import PaymentKind
from caseapp.rules.law_types import MinWageRules

# Kinds that are pay for the period they cover (not severance or notice pay).
PAY_KINDS = frozenset(
    {
        PaymentKind.WAGE,
        PaymentKind.STANDBY,
        PaymentKind.ALLOWANCE,
        PaymentKind.BONUS,
        PaymentKind.OTHER,
    }
)
# Kinds that are the regular wage, for timeliness.
WAGE_KINDS = frozenset({PaymentKind.WAGE, PaymentKind.STANDBY})


def gross(payment: Payment) -> Decimal | None:
    if payment.amount is not None:
        return payment.amount
    ded = payment.deductions
    if payment.net is not None and ded is not None and _any_deduction(payment):
        return payment.net + ded.total
    comp = payment.components
    if comp is not None:
        parts = [comp.base, comp.performance, comp.allowance, comp.overtime]
        if any(p is not None for p in parts):
            return sum((p for p in parts if p is not None), Decimal(0))
    return None


def _any_deduction(payment: Payment) -> bool:
    ded = payment.deductions
    if ded is None:
        return False
    return any(
        v is not None for v in (ded.si_employee, ded.housing_fund_employee, ded.iit, ded.other)
    )


def at_least(payment: Payment) -> Decimal | None:
    value = gross(payment)
    return value if value is not None else payment.net


def is_net_only(payment: Payment) -> bool:
    return gross(payment) is None and payment.net is not None


def without_overtime(payment: Payment) -> Decimal | None:
    """Gross without the overtime component (None if the gross is unknown)."""
    value = gross(payment)
    if value is None:
        return None
    comp = payment.components
    if comp is not None and comp.overtime:
        value -= comp.overtime
    return max(value, Decimal(0))


def for_minimum_wage(payment: Payment, rules: MinWageRules | None) -> Decimal | None:
    """Comparable pay under the region's `MinWageRules` (None: gross unknown).
    Without rules for the region, only overtime is left out."""
    value = gross(payment)
    if value is None:
        return None
    if rules is None:
        return without_overtime(payment)
    comparable = rules.comparable_pay(value, payment.deductions, payment.components)
    return max(comparable, Decimal(0))


def without_own_contributions(payment: Payment) -> Decimal | None:
    """Gross less the worker's own social insurance and housing fund recorded
    as deducted: the allowance actually left to the worker where the employer
    must bear those contributions itself (Jiangsu art. 32)."""
    value = gross(payment)
    if value is None:
        return None
    ded = payment.deductions
    if ded is not None:
        value -= (ded.si_employee or Decimal(0)) + (ded.housing_fund_employee or Decimal(0))
    return max(value, Decimal(0))
