"""The legal figures a case needs, per day, with overrides applied.

Every lookup returns a `Figure` (value, effective_from, source, confidence) or
None when the law data has no figure: the rules then report a `data-gap`
instead of guessing. See `lawview` for how overrides win.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from caseapp.domain.findings import Parameter
from caseapp.domain.model import Case, Overrides
from caseapp.rules.law_types import Dated, MinWageRules, StandbyRule
from caseapp.rules.lawview import Figure, Law, from_dated, override_on

NO_OVERRIDES = Overrides()

V = TypeVar("V")


def _memoised(memo: dict[dt.date, V], on: dt.date, compute: Callable[[], V]) -> V:
    if on not in memo:
        memo[on] = compute()
    return memo[on]


class CaseParams:
    """Dated legal figures for one case's city, memoised per day."""

    def __init__(self, case: Case, law: Law, as_of: dt.date | None = None) -> None:
        self.law = law
        self.city = case.info.city
        # The day a figure is looked up for when the caller names none (the
        # analysis date): a 2021 analysis cites the rules in force in 2021.
        self.as_of = as_of
        self.overrides = case.info.overrides or NO_OVERRIDES
        # Per-day memos of what the rules ask most often.
        self._minimum: dict[dt.date, Figure | None] = {}
        self._minimum_newer: dict[dt.date, Figure | None] = {}
        self._min_rules: dict[dt.date, Dated[MinWageRules] | None] = {}
        self._standby_rules: dict[dt.date, StandbyRule | None] = {}
        self._grace: dict[dt.date, Figure | None] = {}

    # --- minimum wage -----------------------------------------------------
    def minimum_wage(self, on: dt.date) -> Figure | None:
        def compute() -> Figure | None:
            return override_on(self.overrides.minimum_wage, on) or from_dated(
                self.law.minimum_wage(self.city, on)
            )

        return _memoised(self._minimum, on, compute)

    def minimum_wage_newer(self, on: dt.date) -> Figure | None:
        """A newer minimum wage that may already be in force on `on` (the law
        data knows it only as "in force by" a later date), when it is higher
        than `minimum_wage(on)`; None otherwise, and always None while a
        user's override is in force."""

        def compute() -> Figure | None:
            if override_on(self.overrides.minimum_wage, on) is not None:
                return None
            current = self.minimum_wage(on)
            if current is None:
                return None
            best: Figure | None = None
            for dated in self.law.minimum_wage_candidates(self.city, on):
                fig = from_dated(dated)
                if (
                    fig is not None
                    and fig.value > current.value
                    and (best is None or fig.value > best.value)
                ):
                    best = fig
            return best

        return _memoised(self._minimum_newer, on, compute)

    def min_wage_rules(self, on: dt.date) -> Dated[MinWageRules] | None:
        """The region's rules on what counts toward the minimum wage (or None)."""
        return _memoised(self._min_rules, on, lambda: self.law.min_wage_rules(self.city, on))

    # --- standby ------------------------------------------------------------
    def _standby(self, on: dt.date) -> StandbyRule | None:
        return _memoised(self._standby_rules, on, lambda: self.law.standby_rule(self.city, on))

    def first_cycle_ratio(self, on: dt.date) -> Figure | None:
        rule = self._standby(on)
        return None if rule is None else from_dated(rule.first_cycle_ratio)

    def first_cycle_max_days(self, on: dt.date) -> Figure | None:
        """The region's cap on the first cycle's length in days (None: one month)."""
        rule = self._standby(on)
        return None if rule is None else from_dated(rule.first_cycle_max_days)

    def after_ratio(self, on: dt.date) -> Figure | None:
        """The share of the minimum wage after the first cycle (override wins)."""
        override = override_on(self.overrides.standby_ratio, on)
        if override is not None:
            return override
        rule = self._standby(on)
        return None if rule is None else from_dated(rule.after_ratio)

    def presence_ratio(self, on: dt.date) -> Figure | None:
        rule = self._standby(on)
        return None if rule is None else from_dated(rule.presence_required_ratio)

    def dispatch_ratio(self, on: dt.date) -> Figure | None:
        rule = self._standby(on)
        return None if rule is None else from_dated(rule.dispatch_ratio)

    def employer_bears_worker_si(self, on: dt.date) -> Dated[bool] | None:
        """The region's rule that an employer paying the standby allowance also
        pays the worker's own contributions (Jiangsu art. 32): the `Dated`
        entry when it says so, else None."""
        rule = self._standby(on)
        dated = None if rule is None else rule.employer_bears_worker_si
        return dated if dated is not None and dated.value is True else None

    def standby_region(self, on: dt.date) -> str | None:
        rule = self._standby(on)
        return None if rule is None else rule.region or None

    # --- pay timing, averages, divisor -----------------------------------
    def grace_days(self, on: dt.date) -> Figure | None:
        return _memoised(
            self._grace, on, lambda: from_dated(self.law.wage_grace_days(self.city, on))
        )

    def average_wage(self, on: dt.date) -> Figure | None:
        return override_on(self.overrides.average_wage, on) or from_dated(
            self.law.average_wage(self.city, on)
        )

    def severance_cap(self, on: dt.date) -> Figure | None:
        """The LCL 47 cap: 3 × the average wage override in force, else the
        law data's own statement of the cap (as the source rounds it; None
        where the law data has no average wage for the city)."""
        override = override_on(self.overrides.average_wage, on)
        if override is not None:
            return Figure(
                3 * override.value,
                override.effective_from,
                override.source,
                override.confidence,
                overridden=True,
            )
        return from_dated(self.law.severance_cap(self.city, on))

    def severance_cap_stand_in(self, on: dt.date) -> str | None:
        """The region whose average stands in for the city's own in the cap
        (None: the city's own figure, an override, or no cap)."""
        if override_on(self.overrides.average_wage, on) is not None:
            return None
        return self.law.severance_cap_stand_in(self.city, on)

    def severance_overtime(self, on: dt.date) -> Dated[bool] | None:
        """Whether overtime pay counts in the severance base in the case's region."""
        return self.law.severance_overtime(self.city, on)

    def pay_divisor(self, on: dt.date | None = None) -> Figure:
        """The pay divisor (21.75 paid days a month) in force on `on`, else on
        the analysis date, with the document in force then (劳社部发〔2008〕3号
        until 2024, 人社部发〔2025〕2号 from 2025)."""
        day = on or self.as_of
        figure = from_dated(self.law.pay_divisor(day))
        if figure is None:  # pragma: no cover - the loader validates the divisor
            raise ValueError("law data has no pay divisor")
        return figure

    def divisor_parameters(self, start: dt.date, end: dt.date) -> tuple[Parameter, ...]:
        """The pay divisor as cited by a calculation over [start, end]: the
        figure in force at its start, and at its end when another document
        applies by then (a stretch across 2025 cites both notices)."""
        first = self.pay_divisor(start).parameter("pay_divisor")
        last = self.pay_divisor(end).parameter("pay_divisor")
        return (first,) if last == first else (first, last)

    # --- double wages (LCL art. 82) ----------------------------------------
    def double_wage_limitation(self, on: dt.date) -> Dated[str] | None:
        """The region's reading of the one-year period for the extra wage."""
        return self.law.double_wage_limitation(self.city, on)

    def lapsed_contract_double_wages(self, on: dt.date) -> Dated[bool] | None:
        return self.law.lapsed_contract_double_wages(self.city, on)

    def newest_figure_date(self) -> dt.date | None:
        return self.law.newest_figure_date(self.city)


def ratio_times(ratio: Figure | None, base: Figure | None) -> Decimal | None:
    if ratio is None or base is None:
        return None
    return ratio.value * base.value
