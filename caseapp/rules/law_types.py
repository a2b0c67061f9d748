"""The law data's value types (re-exported by `caseapp.rules.law`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from caseapp.domain.citation import Source
from caseapp.domain.findings import Basis
from caseapp.domain.model import Components, Deductions
from caseapp.domain.vocab import Confidence

T = TypeVar("T")

DEDUCTION_KEYS = frozenset({"si_employee", "housing_fund_employee", "iit", "other"})
COMPONENT_KEYS = frozenset({"base", "performance", "allowance", "overtime"})


class LawDataError(ValueError):
    """The law data is broken; `problems` lists every problem with its place."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("law data is invalid:\n  " + "\n  ".join(problems))


@dataclass(frozen=True, slots=True)
class Dated(Generic[T]):
    """A legal figure with where it comes from.

    `effective_from` is the date the figure applies from. When the references
    give no exact date (`effective_from_known` False) it is the date by which
    the figure is demonstrably in force ("in force by"), never a guess.
    `mark` is the reference's own mark (e.g. "C", "S×3", "M", "Tier C, high").
    """

    value: T
    effective_from: dt.date
    source: Source
    confidence: Confidence
    note: str | None = None
    mark: str | None = None
    effective_from_known: bool = True
    basis: tuple[Basis, ...] = ()


@dataclass(frozen=True, slots=True)
class StandbyRule:
    """What a region's rules require during a stoppage (standby, 待岗).

    Ratios: `first_cycle_ratio` is a share of the worker's own (contract)
    wage; the others are shares of the local minimum wage. Where the
    references have no confirmed share after the first cycle for the region,
    `after_ratio` is the lowest share the sources leave open, `unconfirmed`,
    its note giving the range (issue 11); `after_alternatives` lists the
    plausible values they mention for the region (COVID-period notices,
    single summaries), each `unconfirmed`. It is None only when no region
    records a share at all.
    """

    region: str
    first_cycle_ratio: Dated[Decimal]
    after_ratio: Dated[Decimal] | None
    presence_required_ratio: Dated[Decimal]
    dispatch_ratio: Dated[Decimal]
    first_cycle_max_days: Dated[int] | None = None
    first_cycle_alternatives: tuple[Dated[Decimal], ...] = ()
    after_alternatives: tuple[Dated[Decimal], ...] = ()
    employer_bears_worker_si: Dated[bool] | None = None


@dataclass(frozen=True, slots=True)
class MinWageRules:
    """What counts toward the minimum wage in a region.

    Comparable pay = gross − `not_counted_deductions` (the worker's own
    contributions the region leaves out, e.g. Beijing's social insurance and
    housing fund) − `not_counted_components` (overtime, special allowances).
    `min_rate_only_deductions` are left out only up to the minimum
    contribution rate (Jiangsu's housing fund); the rate is not in the data,
    so `comparable_pay` leaves them in unless asked (the conservative reading).
    """

    region: str
    not_counted_deductions: frozenset[str]
    min_rate_only_deductions: frozenset[str]
    not_counted_components: frozenset[str]

    def comparable_pay(
        self,
        gross: Decimal,
        deductions: Deductions | None,
        components: Components | None,
        *,
        subtract_min_rate_only: bool = False,
    ) -> Decimal:
        total = gross
        leave_out = set(self.not_counted_deductions)
        if subtract_min_rate_only:
            leave_out |= self.min_rate_only_deductions
        if deductions is not None:
            for key in sorted(leave_out):
                amount = getattr(deductions, key, None)
                if amount:
                    total -= amount
        return self._less_components(total, components)

    def comparable_from_net(
        self,
        net: Decimal,
        deductions: Deductions | None,
        components: Components | None,
    ) -> Decimal | None:
        """Comparable pay rebuilt from the net amount; None when the deductions are unknown.

        net + the deductions that count (all but `not_counted_deductions`) −
        the components that do not count. `min_rate_only_deductions` are
        added back (they are left in, the conservative reading).
        """
        if deductions is None:
            return None
        total = net
        for key in sorted(DEDUCTION_KEYS - self.not_counted_deductions):
            amount = getattr(deductions, key, None)
            if amount:
                total += amount
        return self._less_components(total, components)

    def _less_components(self, total: Decimal, components: Components | None) -> Decimal:
        """`total` less the components that do not count, one by one."""
        if components is not None:
            for key in sorted(self.not_counted_components):
                amount = getattr(components, key, None)
                if amount:
                    total -= amount
        return total


@dataclass(frozen=True, slots=True)
class AverageWage:
    """A local average monthly wage and the art. 47 cap (3×) derived from it."""

    monthly: Decimal
    cap: Decimal
    series_zh: str | None
    data_year: int | None
    annual: Decimal | None
    severance_basis_confirmed: bool  # True only where the city's severance series is sourced
    proxy: bool  # a housing-fund ceiling used as a proxy for the severance figure
    # The region whose figure stands in for a city without one of its own (None:
    # the city's own figure). LCL 47 refers to the city's figure: a stand-in is
    # always `unconfirmed` (see `LawData.average_wage_info`).
    stand_in: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    law: str
    law_zh: str
    law_en: str
    article: str
    paragraph: int | None
    item: int | None
    text_zh: str
    text_en: str
    in_force_from: dt.date | None
    source: Source
    confidence: Confidence = Confidence.STATUTE
    note: str | None = None
