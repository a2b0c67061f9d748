"""The law data: dated legal figures with their sources, and the statute table.

Loaded from ``resources/law/*.toml`` (see docs/law-data.md), validated as a
whole (`LawDataError` lists every problem with its place), and looked up by
city and date. Values are change points: the figure in force on a day is the
last one on or before it, never an interpolation. Where the references give
no figure, lookups return None and the rules report a data gap.

Three markers refine "the last change point on or before the day":

- an entry known only as "in force by D" (`in_force_by`) with
  `uncertain_from = U`: on days in [U, D) the previous figure is returned
  with confidence `unconfirmed` and a note naming the newer figure;
- `successor_recorded = false`: the references do not record the change that
  followed; the figure is returned for at most `unrecorded_change_months`
  (meta.toml) after its date, None after that;
- `applies_before = true` (interpretive guidance): the entry also answers for
  days before its date when nothing earlier is recorded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from caseapp.domain.findings import Basis
from caseapp.domain.vocab import Confidence
from caseapp.rules import law_parse as lp
from caseapp.rules.holidays import HolidayCalendar, parse_holidays
from caseapp.rules.law_schema import Problems, RawDated, check_keys, need_str, opt_date
from caseapp.rules.law_types import (
    Article,
    AverageWage,
    Dated,
    LawDataError,
    MinWageRules,
    StandbyRule,
)
from caseapp.rules.law_wages import DoubleWageParts, parse_double_wages
from caseapp.rules.workdays import add_months

__all__ = [
    "Article",
    "AverageWage",
    "Dated",
    "LawData",
    "LawDataError",
    "MinWageRules",
    "StandbyRule",
    "load_law_data",
]

T = TypeVar("T")
V = TypeVar("V")

FILES = (
    "average_wage.toml",
    "cities.toml",
    "double_wages.toml",
    "holidays.toml",
    "meta.toml",
    "min_wage_components.toml",
    "minimum_wage.toml",
    "periods.toml",
    "severance_base.toml",
    "standby.toml",
    "statutes.toml",
    "wage_grace.toml",
)


def pick(series: lp.Series[T], on: dt.date, unrecorded_months: int) -> Dated[T] | None:
    """The value in force on `on` (see the module docstring); None when unknown."""
    index = -1
    for i, entry in enumerate(series):
        if entry.raw.start <= on:
            index = i
        else:
            break
    if index < 0:
        first = series[0] if series else None
        if first is not None and first.raw.applies_before:
            return first.dated
        return None
    entry = series[index]
    if entry.dated is None:
        return None
    nxt = series[index + 1] if index + 1 < len(series) else None
    if not entry.raw.successor_recorded and on >= add_months(entry.raw.start, unrecorded_months):
        return None
    if nxt is not None and nxt.raw.uncertain_from is not None and on >= nxt.raw.uncertain_from:
        newer = "no figure" if nxt.dated is None else str(nxt.dated.value)
        note = (
            f"A newer figure ({newer}) is in force by {nxt.raw.start.isoformat()} from a date "
            "the references do not give; this one may no longer apply."
        )
        return replace(
            entry.dated,
            confidence=Confidence.UNCONFIRMED,
            note=f"{entry.dated.note} {note}" if entry.dated.note else note,
        )
    return entry.dated


def candidates(series: lp.Series[T], on: dt.date, unrecorded_months: int) -> tuple[Dated[T], ...]:
    """Every value that may be in force on `on`: two inside an uncertainty window."""
    current = pick(series, on, unrecorded_months)
    out: list[Dated[T]] = [] if current is None else [current]
    for entry in series:
        raw = entry.raw
        uncertain = raw.uncertain_from is not None and raw.uncertain_from <= on < raw.start
        if uncertain and entry.dated is not None:
            out.append(replace(entry.dated, confidence=Confidence.UNCONFIRMED))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Meta:
    version: str
    compiled: dt.date | None
    pay_divisor: lp.Series[Decimal]
    hours_per_month: lp.Series[Decimal]
    unrecorded_change_months: lp.Series[int]
    additional_compensation: lp.Series[tuple[Decimal, Decimal]] = ()
    # part-time work (LCL 68, 72) and the civil limitation period (Civil Code 188)
    part_time_daily_hours: lp.Series[Decimal] = ()
    part_time_weekly_hours: lp.Series[Decimal] = ()
    part_time_pay_cycle_days: lp.Series[int] = ()
    civil_limitation_years: lp.Series[int] = ()


def _parse_meta(data: Mapping[str, Any], problems: Problems) -> _Meta:
    place = "meta.toml"
    check_keys(
        data,
        (
            "version",
            "compiled",
            "pay_divisor",
            "hours_per_month",
            "unrecorded_change_months",
            "additional_compensation",
            "part_time_daily_hours",
            "part_time_weekly_hours",
            "part_time_pay_cycle_days",
            "civil_limitation_years",
        ),
        place,
        problems,
    )

    def months(raw: RawDated) -> int | None:
        value = raw.fields.get("value")
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            problems.add(raw.place, "'value' must be a positive integer")
            return None
        return value

    def series(name: str, convert: Callable[[RawDated], T | None]) -> lp.Series[T]:
        return lp.series_of(data.get(name), ("value",), f"{place}: {name}", problems, convert)

    decimal = lp.decimal_of("value", problems)
    return _Meta(
        version=need_str(data, "version", place, problems),
        compiled=opt_date(data, "compiled", place, problems),
        pay_divisor=series("pay_divisor", decimal),
        hours_per_month=series("hours_per_month", decimal),
        unrecorded_change_months=series("unrecorded_change_months", months),
        additional_compensation=lp.series_of(
            data.get("additional_compensation"),
            ("low", "high"),
            f"{place}: additional_compensation",
            problems,
            _share_range(problems),
        ),
        part_time_daily_hours=series("part_time_daily_hours", decimal),
        part_time_weekly_hours=series("part_time_weekly_hours", decimal),
        part_time_pay_cycle_days=series("part_time_pay_cycle_days", months),
        civil_limitation_years=series("civil_limitation_years", months),
    )


# periods.toml: the periods of the road after the job ends and after filing
# (days unless the name says years).
PERIODS = (
    "certificate_days",
    "mediation_days",
    "sue_days",
    "set_aside_days",
    "enforcement_years",
)


def _parse_periods(data: Mapping[str, Any], problems: Problems) -> dict[str, lp.Series[int]]:
    place = "periods.toml"
    check_keys(data, PERIODS, place, problems)

    def positive(raw: RawDated) -> int | None:
        value = raw.fields.get("value")
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            problems.add(raw.place, "'value' must be a positive integer")
            return None
        return value

    return {
        name: lp.series_of(data.get(name), ("value",), f"{place}: {name}", problems, positive)
        for name in PERIODS
    }


def _share_range(problems: Problems) -> Callable[[RawDated], tuple[Decimal, Decimal] | None]:
    """`low` and `high` shares of the amount due, 0 < low <= high."""

    def convert(raw: RawDated) -> tuple[Decimal, Decimal] | None:
        low = lp.decimal_of("low", problems)(raw)
        high = lp.decimal_of("high", problems)(raw)
        if low is None or high is None:
            return None
        if not Decimal(0) < low <= high:
            problems.add(raw.place, "'low' and 'high' must satisfy 0 < low <= high")
            return None
        return (low, high)

    return convert


class LawData:
    """The validated law data. Build it with `load_law_data`."""

    def __init__(self, files: Mapping[str, Mapping[str, Any]], sha256: str) -> None:
        problems = Problems()
        self.sha256 = sha256
        self._meta = _parse_meta(files["meta.toml"], problems)
        self.version = self._meta.version
        self.compiled = self._meta.compiled
        self._cities, self._regions = lp.parse_cities(files["cities.toml"], problems)
        self._min = lp.parse_minimum_wage(files["minimum_wage.toml"], self._cities, problems)
        self._components = lp.parse_min_wage_components(
            files["min_wage_components.toml"], self._regions, problems
        )
        self._standby = lp.parse_standby(files["standby.toml"], self._regions, problems)
        self._severance_overtime = lp.parse_severance_base(
            files["severance_base.toml"], self._regions, problems
        )
        self._grace, self._deferral = lp.parse_wage_grace(
            files["wage_grace.toml"], self._cities, self._regions, problems
        )
        self._average = lp.parse_city_series(
            files["average_wage.toml"],
            "average_wage.toml",
            self._cities,
            lp.AVERAGE_KEYS,
            lp.average_convert,
            problems,
            self._regions,
        )
        self._double_wages: dict[str, DoubleWageParts] = parse_double_wages(
            files["double_wages.toml"], self._regions, problems
        )
        self._periods = _parse_periods(files["periods.toml"], problems)
        self._articles = lp.parse_statutes(files["statutes.toml"], problems)
        self.holidays: HolidayCalendar = parse_holidays(files["holidays.toml"], problems)
        for city in self._cities:
            if city != lp.OTHER and not any(e.dated for e in self._monthly(city)):
                problems.add(f"minimum_wage.toml: {city}", "no monthly minimum wage")
        for raw in self._all_raw():
            for law, art, para, item in raw.basis:
                if self._find_article(law, art, para, item) is None:
                    problems.add(raw.place, f"basis {law} art. {art} is not in statutes.toml")
        if problems:
            raise LawDataError(problems.items)

    # --- places -------------------------------------------------------------
    def cities(self) -> frozenset[str]:
        """The place keys the data names: city keys, `other:<region>` and `other`
        (not the districts: see `districts`)."""
        return frozenset(k for k, c in self._cities.items() if c.city is None)

    def districts(self, city: str) -> tuple[str, ...]:
        """The division codes of the districts and counties of `city` whose
        minimum-wage tier the data gives apart from the city's, by code."""
        return tuple(sorted(k for k, c in self._cities.items() if c.city == city))

    def district_pinyin(self, code: str) -> str | None:
        """A district's name in pinyin (for search); None for anything else."""
        info = self._cities.get(code)
        return None if info is None else info.pinyin

    def city_of(self, place: str) -> str:
        """The city whose city-wide figures (average wage, wage grace days) a
        place takes: a district's city, else the place's own key."""
        info = self._info(place)
        return info.city or info.key

    def resolve(self, city: str) -> str:
        """The key whose rules apply to `city`: itself when the data names it (a
        city key, or a district's 6-digit code, `districts`); for any other
        6-digit administrative division code (GB/T 2260), its province's
        `other:<region>` (the lowest tier); anything else reads as `other`."""
        if city in self._cities:
            return city
        if len(city) == 6 and city.isdigit():
            for region in self._regions.values():
                key = f"{lp.OTHER_PREFIX}{region.key}"
                if region.code == city[:2] and key in self._cities:
                    return key
        return lp.OTHER

    def knows(self, city: str) -> bool:
        """Whether `city` is a key of the data or a code of a province it knows."""
        return self.resolve(city) != lp.OTHER or city == lp.OTHER

    def _info(self, city: str) -> lp.City:
        return self._cities[self.resolve(city)]

    def city_name(self, city: str, lang: str) -> str:
        info = self._info(city)
        name = info.zh if lang == "zh" else info.en
        if city not in self._cities and self.resolve(city) != lp.OTHER:
            return f"{name}（{city}）" if lang == "zh" else f"{name} ({city})"
        return name

    def region_of(self, city: str) -> str:
        return self._info(city).region

    def region_name(self, region: str, lang: str) -> str:
        info = self._regions[region]
        return info.zh if lang == "zh" else info.en

    def regions(self) -> tuple[str, ...]:
        """The provincial-level regions (every region but `national`), by key."""
        return tuple(sorted(k for k in self._regions if k != lp.NATIONAL))

    def region_parent(self, region: str) -> str | None:
        return self._regions[region].parent

    def city_tier(self, city: str) -> tuple[str, str | None]:
        info = self._info(city)
        if city not in self._cities and info.key != lp.OTHER:
            note = (
                f"{city} is an administrative division code the data does not know by name: "
                "its province's lowest tier is used (a conservative floor)."
            )
            return info.tier, f"{note} {info.tier_note}" if info.tier_note else note
        return info.tier, info.tier_note

    def _chain(self, city: str) -> Iterator[str]:
        region: str | None = self.region_of(city)
        while region is not None:
            yield region
            region = self._regions[region].parent

    def _months(self) -> int:
        dated = pick(self._meta.unrecorded_change_months, dt.date.max, 0)
        return 24 if dated is None else dated.value

    # --- minimum wage -------------------------------------------------------
    def _wages(self, city: str) -> lp.MinimumWage | None:
        return self._min.get(self._info(city).wage_series)

    def _monthly(self, city: str) -> lp.Series[Decimal]:
        entry = self._wages(city)
        return () if entry is None else entry.monthly

    def minimum_wage(self, city: str, on: dt.date) -> Dated[Decimal] | None:
        """The monthly minimum wage (tier 1 unless cities.toml says otherwise)."""
        return pick(self._monthly(city), on, self._months())

    def minimum_wage_candidates(self, city: str, on: dt.date) -> tuple[Dated[Decimal], ...]:
        """Every monthly figure that may be in force on `on` (two when the date is uncertain)."""
        return candidates(self._monthly(city), on, self._months())

    def minimum_wage_hourly(self, city: str, on: dt.date) -> Dated[Decimal] | None:
        """The part-time (非全日制) hourly minimum wage."""
        entry = self._wages(city)
        return None if entry is None else pick(entry.hourly, on, self._months())

    def minimum_wage_history(self, city: str) -> tuple[Dated[Decimal], ...]:
        return tuple(e.dated for e in self._monthly(city) if e.dated is not None)

    def newest_figure_date(self, city: str) -> dt.date | None:
        """The date of the newest monthly minimum wage for the city (for `parameter-stale`)."""
        history = self.minimum_wage_history(city)
        return history[-1].effective_from if history else None

    def min_wage_rules(self, city: str, on: dt.date) -> Dated[MinWageRules] | None:
        for region in self._chain(city):
            series = self._components.get(region)
            if series:
                found = pick(series, on, self._months())
                if found is not None:
                    return found
        return None

    # --- standby ------------------------------------------------------------
    def _standby_part(self, city: str, part: str, on: dt.date) -> Dated[Decimal] | None:
        """The first region in the chain with an entry in force decides.

        A gap decides too for `after` (no regional figure: a data gap), but
        not for the other parts, whose national floors apply whatever the
        region's own rule says.
        """
        for region in self._chain(city):
            parts = self._standby.get(region)
            series = None if parts is None else parts.ratios.get(part)
            if series and (series[0].raw.start <= on or series[0].raw.applies_before):
                found = pick(series, on, self._months())
                if found is not None or part == "after":
                    return found
        return None

    def _standby_alternatives(
        self, city: str, part: str, on: dt.date
    ) -> tuple[Dated[Decimal], ...]:
        for region in self._chain(city):
            parts = self._standby.get(region)
            series = None if parts is None else parts.ratios.get(part)
            if series and series[0].raw.start <= on:
                starts = [e.raw.start for e in series if e.raw.start <= on]
                return parts.alternatives.get((part, starts[-1]), ()) if parts else ()
        return ()

    def standby_rule(self, city: str, on: dt.date) -> StandbyRule | None:
        first = self._standby_part(city, "first_cycle", on)
        presence = self._standby_part(city, "presence_required", on)
        dispatch = self._standby_part(city, "dispatch", on)
        if first is None or presence is None or dispatch is None:
            return None
        max_days: Dated[int] | None = None
        si: Dated[bool] | None = None
        for region in self._chain(city):
            parts = self._standby.get(region)
            if parts is None:
                continue
            if max_days is None and parts.max_days:
                max_days = pick(parts.max_days, on, self._months())
            if si is None and parts.employer_bears_worker_si:
                si = pick(parts.employer_bears_worker_si, on, self._months())
        if max_days is not None and max_days.effective_from != first.effective_from:
            max_days = None  # the cap belongs to another reading of the first cycle
        after_alternatives = self._standby_alternatives(city, "after", on)
        after = self._standby_part(city, "after", on)
        if after is None:
            after = self._after_open(city, on, after_alternatives)
        return StandbyRule(
            region=self.region_of(city),
            first_cycle_ratio=first,
            after_ratio=after,
            presence_required_ratio=presence,
            dispatch_ratio=dispatch,
            first_cycle_max_days=max_days,
            first_cycle_alternatives=self._standby_alternatives(city, "first_cycle", on),
            after_alternatives=after_alternatives,
            employer_bears_worker_si=si,
        )

    def _after_gap(self, city: str, on: dt.date) -> RawDated | None:
        """The gap entry that decides the share after the first cycle on `on`."""
        for region in self._chain(city):
            parts = self._standby.get(region)
            series = None if parts is None else parts.ratios.get("after")
            if series and (series[0].raw.start <= on or series[0].raw.applies_before):
                starts = [e for e in series if e.raw.start <= on] or [series[0]]
                return starts[-1].raw
        return None

    def after_shares_in_force(self, on: dt.date) -> dict[str, Decimal]:
        """The shares after the first cycle that regions' own entries give on `on`."""
        out: dict[str, Decimal] = {}
        for region, parts in self._standby.items():
            series = parts.ratios.get("after")
            if region == lp.NATIONAL or not series:
                continue
            if not (series[0].raw.start <= on or series[0].raw.applies_before):
                continue
            found = pick(series, on, self._months())
            if found is not None:
                out[region] = found.value
        return out

    def _after_open(
        self, city: str, on: dt.date, alternatives: tuple[Dated[Decimal], ...]
    ) -> Dated[Decimal] | None:
        """No share after the first cycle is recorded for the region: the most
        conservative share the sources leave open, `unconfirmed`, saying so.

        The range is the region's own plausible values where the data lists
        them, else the shares other regions' rules give on that day (the
        living allowance is set province by province: 劳部发〔1995〕309号
        item 58)."""
        gap = self._after_gap(city, on)
        if gap is None:
            return None
        shares = self.after_shares_in_force(on)
        own = sorted({a.value for a in alternatives})
        values = sorted({*own, *shares.values()})
        if not values:
            return None
        named = ", ".join(
            f"{self._regions[r].zh} {_pct(shares[r])}"
            for r in sorted(shares, key=lambda r: (shares[r], r))
        )
        where = f"the shares other provinces' rules give: {named}"
        if own:
            where = f"{', '.join(_pct(v) for v in own)} mentioned for this region; {where}"
        low, high = values[0], values[-1]
        span = _pct(low) if low == high else f"{_pct(low)}–{_pct(high)}"
        note = (
            f"No confirmed share after the first pay cycle for this region: computed on the "
            f"lowest share the sources leave open, {_pct(low)} of the minimum wage "
            f"(range {span}; {where}). Unconfirmed: the region's own rule may set more."
        )
        if gap.note:
            note = f"{note} {gap.note}"
        return Dated(
            value=low,
            effective_from=gap.start,
            source=gap.source,
            confidence=Confidence.UNCONFIRMED,
            note=note,
            mark="lowest share left open",
            effective_from_known=gap.start_known,
            basis=tuple(Basis(law, art, para, item) for law, art, para, item in gap.basis),
        )

    # --- pay timing, averages, divisor --------------------------------------
    def _places(self, city: str) -> Iterator[str]:
        """The keys a city-or-region series is looked up under, nearest first:
        the city's own key (a district's city, `city_of`), then its regions
        (never `national`)."""
        key = self.city_of(city)
        yield key
        for region in self._chain(city):
            if region not in (key, lp.NATIONAL):
                yield region

    def _first_in_force(
        self, table: Mapping[str, lp.Series[T]], city: str, on: dt.date
    ) -> tuple[str, Dated[T]] | None:
        for key in self._places(city):
            series = table.get(key)
            found = pick(series, on, self._months()) if series else None
            if found is not None:
                return key, found
        return None

    def wage_grace_days(self, city: str, on: dt.date) -> Dated[int] | None:
        """Grace days after the payday set by the city's or its region's rule
        (the nearest in force decides); None: no grace (the agreed payday)."""
        found = self._first_in_force(self._grace, city, on)
        return None if found is None else found[1]

    def wage_deferral(self, city: str, on: dt.date) -> Dated[lp.Deferral] | None:
        """The longest deferral of wages a local rule allows only on conditions
        (operating difficulty and the union's or workers' agreement), as
        (length, "days" | "months"). Shown beside late-pay figures as the
        employer's possible answer; never used to excuse a delay."""
        found = self._first_in_force(self._deferral, city, on)
        return None if found is None else found[1]

    def average_wage_info(self, city: str, on: dt.date) -> Dated[AverageWage] | None:
        """The local average wage for the severance cap: the city's own figure
        in force. A place for which the data holds no figure of its own at all
        (a named city without one, `other:<region>`, a division code) gets its
        region's figure as a stand-in — always `unconfirmed`, its note saying
        so (its source stays the region's), `stand_in` naming the region (LCL
        art. 47 refers to the city's own average; see docs/law-data.md,
        "Average wage")."""
        own = self._average.get(self.city_of(city))
        if own:
            # A city with figures of its own never borrows its region's: before
            # its first figure (or after its last) it has none (a gap).
            return pick(own, on, self._months())
        found = self._first_in_force(self._average, city, on)
        if found is None:
            return None
        key, dated = found
        region = self._regions[key]
        lead = (
            f"Stand-in: no average wage for this city in the data; the figure for "
            f"{region.zh} ({region.en}) as a whole is shown (LCL art. 47 refers to the "
            "city's own average, which may be higher) — "
        )
        return replace(
            dated,
            value=replace(dated.value, stand_in=key),
            note=lead + (dated.note or ""),
            confidence=Confidence.UNCONFIRMED,
        )

    def severance_cap_stand_in(self, city: str, on: dt.date) -> str | None:
        """The region whose average stands in for the city's cap on `on`, if any."""
        info = self.average_wage_info(city, on)
        return None if info is None else info.value.stand_in

    def average_wage(self, city: str, on: dt.date) -> Dated[Decimal] | None:
        info = self.average_wage_info(city, on)
        return None if info is None else _map(info, info.value.monthly)

    def severance_cap(self, city: str, on: dt.date) -> Dated[Decimal] | None:
        """3 × the local average monthly wage (LCL art. 47), as the source states it."""
        info = self.average_wage_info(city, on)
        return None if info is None else _map(info, info.value.cap)

    def severance_overtime(self, city: str, on: dt.date) -> Dated[bool] | None:
        """Whether overtime pay counts in the LCL 47 severance base (the first
        region in the city's chain with an entry in force decides)."""
        for region in self._chain(city):
            series = self._severance_overtime.get(region)
            if series:
                found = pick(series, on, self._months())
                if found is not None:
                    return found
        return None

    def pay_divisor(self, on: dt.date | None = None) -> Dated[Decimal]:
        """Paid days a month (21.75): the figure in force on `on` (default: the
        newest). Before the first recorded figure the earliest one is returned,
        marked `unconfirmed` with a note saying so (no figure is invented); a
        gap after it (a gap entry, an unrecorded successor) raises."""
        found = pick(self._meta.pay_divisor, on or dt.date.max, self._months())
        series = self._meta.pay_divisor
        if found is None and on is not None and series and on < series[0].raw.start:
            first = series[0].dated
            if first is not None:
                note = (
                    f"No pay divisor is recorded in force on {on.isoformat()}; the earliest "
                    f"recorded figure (in force by {first.effective_from.isoformat()}) is shown."
                )
                return replace(first, confidence=Confidence.UNCONFIRMED, note=note)
        if found is None:
            raise LawDataError([f"meta.toml: no pay divisor in force on {on}"])
        return found

    # --- double wages (LCL art. 82) -----------------------------------------
    def double_wage_limitation(self, city: str, on: dt.date) -> Dated[str] | None:
        """How the one-year period runs for the extra wage in the city's region
        on `on` (`"counted_back"` or `"from_end"`); None when not known. The
        first region in the chain with an entry in force decides, a gap too."""
        for region in self._chain(city):
            parts = self._double_wages.get(region)
            series = None if parts is None else parts.limitation
            if series and series[0].raw.start <= on:
                return pick(series, on, self._months())
        return None

    def lapsed_contract_double_wages(self, city: str, on: dt.date) -> Dated[bool] | None:
        """Whether the extra wage is owed for work after a fixed-term contract
        ended without a new written one (with how firm the reading is)."""
        for region in self._chain(city):
            parts = self._double_wages.get(region)
            series = None if parts is None else parts.lapsed_contract
            if series and series[0].raw.start <= on:
                return pick(series, on, self._months())
        return None

    def additional_compensation(
        self, on: dt.date | None = None
    ) -> Dated[tuple[Decimal, Decimal]] | None:
        """LCL art. 85: the (low, high) shares of the amount due that the labour
        authority may order as additional compensation; None if not in the data."""
        return pick(self._meta.additional_compensation, on or dt.date.max, self._months())

    # --- part-time work (LCL 68, 72) and civil claims -------------------------
    def part_time_daily_hours(self, on: dt.date) -> Dated[Decimal] | None:
        """LCL 68: the average hours a day part-time work may not exceed."""
        return pick(self._meta.part_time_daily_hours, on, self._months())

    def part_time_weekly_hours(self, on: dt.date) -> Dated[Decimal] | None:
        """LCL 68: the hours a week part-time work may not exceed."""
        return pick(self._meta.part_time_weekly_hours, on, self._months())

    def part_time_pay_cycle_days(self, on: dt.date) -> Dated[int] | None:
        """LCL 72: the longest settlement cycle of part-time pay, in days."""
        return pick(self._meta.part_time_pay_cycle_days, on, self._months())

    def civil_limitation_years(self, on: dt.date) -> Dated[int] | None:
        """Civil Code 188: the general limitation period of a civil claim."""
        return pick(self._meta.civil_limitation_years, on, self._months())

    def period(self, name: str, on: dt.date | None = None) -> Dated[int] | None:
        """A period of periods.toml (`PERIODS`) in force on `on`; None if not in the data."""
        series = self._periods.get(name)
        return None if series is None else pick(series, on or dt.date.max, self._months())

    def hours_per_month(self, on: dt.date | None = None) -> Dated[Decimal]:
        found = pick(self._meta.hours_per_month, on or dt.date.max, self._months())
        if found is None:
            raise LawDataError([f"meta.toml: no hours per month in force on {on}"])
        return found

    # --- statutes -----------------------------------------------------------
    def _find_article(
        self, law: str, article: str, paragraph: int | None, item: int | None
    ) -> Article | None:
        for key in (
            (law, article, paragraph, item),
            (law, article, paragraph, None),
            (law, article, None, None),
        ):
            if key in self._articles:
                return self._articles[key]
        if paragraph is None and item is None:
            # An article cited as a whole whose table entries are per paragraph.
            for key, found in self._articles.items():
                if key[0] == law and key[1] == article:
                    return found
        return None

    def article(
        self, law: str, article: str, paragraph: int | None = None, item: int | None = None
    ) -> Article:
        """The article, or the nearest enclosing entry (paragraph, then article);
        an article cited as a whole may answer with its first paragraph entry.

        The returned `Article` keeps its own paragraph/item, so a caller can
        tell an article-level paraphrase from an item-level one.
        Raises KeyError when the law or article is not in the table.
        """
        found = self._find_article(law, str(article), paragraph, item)
        if found is None:
            raise KeyError(f"{law} art. {article} ¶{paragraph} item {item}")
        return found

    def has_article(
        self, law: str, article: str, paragraph: int | None = None, item: int | None = None
    ) -> bool:
        return self._find_article(law, str(article), paragraph, item) is not None

    def laws(self) -> frozenset[str]:
        return frozenset(key[0] for key in self._articles)

    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles.values())

    def all_entries(self) -> tuple[RawDated, ...]:
        """Every dated entry of the data (for tests and audits)."""
        return tuple(self._all_raw())

    def _all_raw(self) -> Iterable[RawDated]:
        for mw in self._min.values():
            yield from (e.raw for e in (*mw.monthly, *mw.hourly))
        for comp in self._components.values():
            yield from (e.raw for e in comp)
        for parts in self._standby.values():
            for ratio_series in parts.ratios.values():
                yield from (e.raw for e in ratio_series)
            yield from (e.raw for e in parts.employer_bears_worker_si)
            for alts in parts.alternatives.values():
                for alt in alts:
                    yield from _basis_only(alt)
        for grace in self._grace.values():
            yield from (e.raw for e in grace)
        for deferral in self._deferral.values():
            yield from (e.raw for e in deferral if "days" not in e.raw.fields)
        for overtime in self._severance_overtime.values():
            yield from (e.raw for e in overtime)
        for avg in self._average.values():
            yield from (e.raw for e in avg)
        for meta_series in (self._meta.pay_divisor, self._meta.hours_per_month):
            yield from (e.raw for e in meta_series)
        for part_time in (
            self._meta.part_time_daily_hours,
            self._meta.part_time_weekly_hours,
            self._meta.part_time_pay_cycle_days,
            self._meta.civil_limitation_years,
        ):
            yield from (e.raw for e in part_time)
        for period_series in self._periods.values():
            yield from (e.raw for e in period_series)
        for dw in self._double_wages.values():
            yield from (e.raw for e in dw.limitation)
            yield from (e.raw for e in dw.lapsed_contract)


def _pct(share: Decimal) -> str:
    return f"{share * 100:.0f} %"


def _basis_only(dated: Dated[Decimal]) -> Iterator[RawDated]:
    if dated.basis:
        yield RawDated(
            place="standby.toml (alternative)",
            start=dated.effective_from,
            start_known=True,
            uncertain_from=None,
            applies_before=False,
            successor_recorded=True,
            source=dated.source,
            confidence=dated.confidence,
            mark=None,
            note=None,
            basis=tuple((b.law, b.article, b.paragraph, b.item) for b in dated.basis),
            fields={},
        )


def _map(dated: Dated[V], value: T) -> Dated[T]:
    return Dated(
        value=value,
        effective_from=dated.effective_from,
        source=dated.source,
        confidence=dated.confidence,
        note=dated.note,
        mark=dated.mark,
        effective_from_known=dated.effective_from_known,
        basis=dated.basis,
    )


def read_files(root: Path) -> tuple[dict[str, dict[str, Any]], str]:
    """Parse every data file; the digest covers the files' bytes in sorted name order."""
    problems = Problems()
    digest = hashlib.sha256()
    files: dict[str, dict[str, Any]] = {}
    present = sorted(p.name for p in root.glob("*.toml"))
    for name in present:
        if name not in FILES:
            problems.add(name, "unknown data file")
    if not problems and all((root / name).is_file() for name in FILES):
        from caseapp import parsecache

        return parsecache.cached(
            "law", [root / name for name in FILES], lambda: _parse_files(root), _is_files
        )
    for name in FILES:
        path = root / name
        if not path.is_file():
            problems.add(name, "missing")
            files[name] = {}
            continue
        data = path.read_bytes()
        digest.update(name.encode() + b"\0" + data + b"\0")
        try:
            files[name] = tomllib.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.add(name, f"not valid TOML: {exc}")
            files[name] = {}
    if problems:
        raise LawDataError(problems.items)
    return files, digest.hexdigest()


def _parse_files(root: Path) -> dict[str, dict[str, Any]]:
    """Every data file parsed (all present); the same problems as `read_files`."""
    problems = Problems()
    files: dict[str, dict[str, Any]] = {}
    for name in FILES:
        try:
            files[name] = tomllib.loads((root / name).read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.add(name, f"not valid TOML: {exc}")
            files[name] = {}
    if problems:
        raise LawDataError(problems.items)
    return files


def _is_files(value: object) -> bool:
    """The shape of the parsed files (the values are validated by LawData)."""
    return (
        isinstance(value, dict)
        and set(value) == set(FILES)
        and all(isinstance(v, dict) for v in value.values())
    )


@cache
def _load_cached(root: Path) -> LawData:
    files, sha = read_files(root)
    return LawData(files, sha)


def load_law_data(root: Path | None = None) -> LawData:
    """Load and validate the law data (default: the bundled ``resources/law``); cached."""
    return _load_cached(_default_root() if root is None else Path(root).resolve())


@cache
def _default_root() -> Path:
    from caseapp.paths import resource

    return resource("law").resolve()
