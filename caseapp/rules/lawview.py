"""What the rules need from the law data, and the user's overrides on top of it.

The law data and its loader live in `caseapp.rules.law` (another module's
contract); the rules speak to it only through the `Law` protocol below, so that
the rules stay typed against exactly what they use.

Overrides (`case.info.overrides`): a user's own dated figure **in force on the
day** wins over the built-in law data for that day. It is cited with the
user's `source` and confidence `unconfirmed` (the app has not verified it), and
its `effective_from` is the override's `from`. An override never reaches back
before its own `from`; before it, the law data applies again. Overrides are
"last change point on or before the day", like every dated value; they are
never interpolated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from caseapp.domain.citation import Source
from caseapp.domain.findings import Basis, Parameter
from caseapp.domain.model import OverrideValue
from caseapp.domain.vocab import Confidence
from caseapp.rules.holidays import HolidayCalendar
from caseapp.rules.law_types import Article, Dated, MinWageRules, StandbyRule


class Law(Protocol):
    """The subset of `caseapp.rules.law.LawData` the rules use, typed with the
    law data's own value types (`caseapp.rules.law_types`)."""

    @property
    def version(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def compiled(self) -> dt.date | None: ...
    @property
    def holidays(self) -> HolidayCalendar: ...
    def cities(self) -> frozenset[str]: ...
    def city_name(self, city: str, lang: str) -> str: ...
    def region_of(self, city: str) -> str: ...
    def minimum_wage(self, city: str, on: dt.date) -> Dated[Decimal] | None: ...
    def minimum_wage_candidates(self, city: str, on: dt.date) -> tuple[Dated[Decimal], ...]: ...
    def min_wage_rules(self, city: str, on: dt.date) -> Dated[MinWageRules] | None: ...
    def standby_rule(self, city: str, on: dt.date) -> StandbyRule | None: ...
    def wage_grace_days(self, city: str, on: dt.date) -> Dated[int] | None: ...
    def average_wage(self, city: str, on: dt.date) -> Dated[Decimal] | None: ...
    def severance_cap(self, city: str, on: dt.date) -> Dated[Decimal] | None: ...
    def severance_cap_stand_in(self, city: str, on: dt.date) -> str | None: ...
    def severance_overtime(self, city: str, on: dt.date) -> Dated[bool] | None: ...
    def pay_divisor(self, on: dt.date | None = ...) -> Dated[Decimal]: ...
    def double_wage_limitation(self, city: str, on: dt.date) -> Dated[str] | None: ...
    def lapsed_contract_double_wages(self, city: str, on: dt.date) -> Dated[bool] | None: ...
    def additional_compensation(
        self, on: dt.date | None = ...
    ) -> Dated[tuple[Decimal, Decimal]] | None: ...
    def period(self, name: str, on: dt.date | None = ...) -> Dated[int] | None: ...
    def article(
        self, law: str, article: str, paragraph: int | None = ..., item: int | None = ...
    ) -> Article: ...
    def newest_figure_date(self, city: str) -> dt.date | None: ...
    def minimum_wage_hourly(self, city: str, on: dt.date) -> Dated[Decimal] | None: ...
    def part_time_daily_hours(self, on: dt.date) -> Dated[Decimal] | None: ...
    def part_time_weekly_hours(self, on: dt.date) -> Dated[Decimal] | None: ...
    def part_time_pay_cycle_days(self, on: dt.date) -> Dated[int] | None: ...
    def civil_limitation_years(self, on: dt.date) -> Dated[int] | None: ...


@dataclass(frozen=True, slots=True)
class Figure:
    """A legal figure as the rules use it: the value and where it comes from."""

    value: Decimal
    effective_from: dt.date | None
    source: Source
    confidence: Confidence
    overridden: bool = False
    basis: tuple[Basis, ...] = ()

    def parameter(self, name: str) -> Parameter:
        return Parameter(
            name=name,
            value=str(self.value),
            effective_from=self.effective_from,
            source=self.source,
            confidence=self.confidence,
        )


def from_dated(dated: Dated[Decimal] | Dated[int] | None) -> Figure | None:
    if dated is None:
        return None
    return Figure(
        value=Decimal(str(dated.value)),
        effective_from=dated.effective_from,
        source=dated.source,
        confidence=dated.confidence,
        basis=dated.basis,
    )


def override_on(values: Sequence[OverrideValue], on: dt.date) -> Figure | None:
    """The override in force on `on`: the last one whose `from` is on or before it."""
    best: OverrideValue | None = None
    for item in values:
        if item.from_ <= on and (best is None or item.from_ >= best.from_):
            best = item
    if best is None:
        return None
    # the user's own figure: its source is what the user wrote, a report the app has not verified
    return Figure(
        best.value,
        best.from_,
        Source(reported_by=(best.source,) if best.source.strip() else ()),
        Confidence.UNCONFIRMED,
        overridden=True,
    )


def weakest(confidences: Iterable[Confidence]) -> Confidence:
    """The weakest of several confidences (statute strongest, unconfirmed weakest)."""
    order = list(Confidence)
    worst = Confidence.STATUTE
    for item in confidences:
        if order.index(item) > order.index(worst):
            worst = item
    return worst
