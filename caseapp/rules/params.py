"""The legal figures a case needs, per day, with overrides applied.

Every lookup returns a `Figure` (value, effective_from, source, confidence) or
None when the law data has no figure: the rules then report a `data-gap`
instead of guessing. See `lawview` for how overrides win.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from caseapp.domain.model import Case, Overrides
from caseapp.rules.lawview import Figure, Law, from_dated, override_on

NO_OVERRIDES = Overrides()


class CaseParams:
    """Dated legal figures for one case's city, memoised per day."""

    def __init__(self, case: Case, law: Law) -> None:
        self.law = law
        self.city = case.info.city
        self.overrides = case.info.overrides or NO_OVERRIDES
        self._memo: dict[tuple[str, dt.date], Any] = {}

    def _cached(self, name: str, on: dt.date, compute: Callable[[], Any]) -> Any:
        key = (name, on)
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    # --- minimum wage -----------------------------------------------------
    def minimum_wage(self, on: dt.date) -> Figure | None:
        def compute() -> Figure | None:
            return override_on(self.overrides.minimum_wage, on) or from_dated(
                self.law.minimum_wage(self.city, on)
            )

        result: Figure | None = self._cached("min", on, compute)
        return result

    def minimum_wage_newer(self, on: dt.date) -> Figure | None:
        """A newer minimum wage that may already be in force on `on` (the law
        data knows it only as "in force by" a later date), when it is higher
        than `minimum_wage(on)`; None otherwise, and always None while a
        user's override is in force."""

        def compute() -> Figure | None:
            if override_on(self.overrides.minimum_wage, on) is not None:
                return None
            getter = getattr(self.law, "minimum_wage_candidates", None)
            current = self.minimum_wage(on)
            if getter is None or current is None:
                return None
            best: Figure | None = None
            for dated in getter(self.city, on):
                fig = from_dated(dated)
                if (
                    fig is not None
                    and fig.value > current.value
                    and (best is None or fig.value > best.value)
                ):
                    best = fig
            return best

        result: Figure | None = self._cached("min_newer", on, compute)
        return result

    def min_wage_rules(self, on: dt.date) -> Any:
        """The region's rules on what counts toward the minimum wage (or None)."""
        return self._cached("minrules", on, lambda: self.law.min_wage_rules(self.city, on))

    # --- standby ------------------------------------------------------------
    def _standby(self, on: dt.date) -> Any:
        return self._cached("standby", on, lambda: self.law.standby_rule(self.city, on))

    def _ratio(self, field: str, on: dt.date) -> Figure | None:
        rule = self._standby(on)
        if rule is None:
            return None
        return from_dated(getattr(rule, field, None))

    def first_cycle_ratio(self, on: dt.date) -> Figure | None:
        return self._ratio("first_cycle_ratio", on)

    def first_cycle_max_days(self, on: dt.date) -> Figure | None:
        """The region's cap on the first cycle's length in days (None: one month)."""
        return self._ratio("first_cycle_max_days", on)

    def after_ratio(self, on: dt.date) -> Figure | None:
        """The share of the minimum wage after the first cycle (override wins)."""
        return override_on(self.overrides.standby_ratio, on) or self._ratio("after_ratio", on)

    def presence_ratio(self, on: dt.date) -> Figure | None:
        return self._ratio("presence_required_ratio", on)

    def dispatch_ratio(self, on: dt.date) -> Figure | None:
        return self._ratio("dispatch_ratio", on)

    def employer_bears_worker_si(self, on: dt.date) -> Any:
        """The region's rule that an employer paying the standby allowance also
        pays the worker's own contributions (Jiangsu art. 32): the `Dated`
        entry when it says so, else None."""
        rule = self._standby(on)
        dated = getattr(rule, "employer_bears_worker_si", None) if rule is not None else None
        return dated if dated is not None and dated.value is True else None

    def standby_region(self, on: dt.date) -> str | None:
        rule = self._standby(on)
        return None if rule is None else str(getattr(rule, "region", "") or "") or None

    # --- pay timing, averages, divisor -----------------------------------
    def grace_days(self, on: dt.date) -> Figure | None:
        result: Figure | None = self._cached(
            "grace", on, lambda: from_dated(self.law.wage_grace_days(self.city, on))
        )
        return result

    def average_wage(self, on: dt.date) -> Figure | None:
        return override_on(self.overrides.average_wage, on) or from_dated(
            self.law.average_wage(self.city, on)
        )

    def severance_cap(self, on: dt.date) -> Figure | None:
        """The LCL 47 cap: 3 × the average wage override in force, else the
        law data's own statement of the cap (as the source rounds it), else
        3 × its average."""
        override = override_on(self.overrides.average_wage, on)
        if override is not None:
            return Figure(
                3 * override.value,
                override.effective_from,
                override.source,
                override.confidence,
                overridden=True,
            )
        getter = getattr(self.law, "severance_cap", None)
        if getter is not None:
            return from_dated(getter(self.city, on))
        average = self.average_wage(on)
        if average is None:
            return None
        return Figure(3 * average.value, average.effective_from, average.source, average.confidence)

    def pay_divisor(self) -> Figure:
        figure = from_dated(self.law.pay_divisor())
        if figure is None:  # pragma: no cover - the loader validates the divisor
            raise ValueError("law data has no pay divisor")
        return figure

    def newest_figure_date(self) -> dt.date | None:
        value = self.law.newest_figure_date(self.city)
        return value if isinstance(value, dt.date) else None


def ratio_times(ratio: Figure | None, base: Figure | None) -> Decimal | None:
    if ratio is None or base is None:
        return None
    return ratio.value * base.value
