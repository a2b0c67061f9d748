"""Builds the law data's tables from the parsed TOML files (see `caseapp.rules.law`).

Each ``parse_*`` function reads one file's dictionary, records every problem
in `problems` with its place, and returns what it could read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from caseapp.domain.citation import Document, Source
from caseapp.domain.findings import Basis
from caseapp.domain.vocab import Confidence
from caseapp.rules.law_schema import (
    SOURCE_KEYS,
    Problems,
    RawDated,
    check_keys,
    need_bool,
    need_str,
    opt_bool,
    opt_date,
    opt_decimal,
    opt_int,
    opt_str,
    read_dated,
    read_series,
    read_source,
)
from caseapp.rules.law_types import (
    COMPONENT_KEYS,
    DEDUCTION_KEYS,
    Article,
    AverageWage,
    Dated,
    MinWageRules,
)

T = TypeVar("T")
V = TypeVar("V")

NATIONAL = "national"
OTHER = "other"
OTHER_PREFIX = "other:"  # `other:<region>`: elsewhere in that province


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """One dated entry: `dated` is None for a gap ("the figure is not known from here")."""

    raw: RawDated
    dated: Dated[T] | None


Series = tuple[Entry[T], ...]


def to_dated(raw: RawDated, value: T) -> Dated[T]:
    return Dated(
        value=value,
        effective_from=raw.start,
        source=raw.source,
        confidence=raw.confidence,
        note=raw.note,
        mark=raw.mark,
        effective_from_known=raw.start_known,
        basis=tuple(Basis(law, art, para, item) for law, art, para, item in raw.basis),
    )


def series_of(
    value: object,
    keys: tuple[str, ...],
    place: str,
    problems: Problems,
    convert: Callable[[RawDated], T | None],
    gap_allowed: bool = False,
) -> Series[T]:
    """Dated entries whose value `convert` reads from the entry's own keys.

    `keys[0]` is the value key. With `gap_allowed`, an entry without it is a
    gap: it must be `unconfirmed` and say why in a note.
    """
    out: list[Entry[T]] = []
    for raw in read_series(value, keys, place, problems):
        if keys[0] not in raw.fields:
            if not gap_allowed:
                problems.add(raw.place, f"missing value ({' / '.join(keys)})")
            elif raw.confidence is not Confidence.UNCONFIRMED or raw.note is None:
                problems.add(raw.place, "a gap (no value) must be 'unconfirmed' with a note")
            out.append(Entry(raw, None))
            continue
        converted = convert(raw)
        out.append(Entry(raw, None if converted is None else to_dated(raw, converted)))
    return tuple(out)


def decimal_of(key: str, problems: Problems) -> Callable[[RawDated], Decimal | None]:
    def convert(raw: RawDated) -> Decimal | None:
        value = opt_decimal(raw.fields, key, raw.place, problems)
        if value is None:
            problems.add(raw.place, f"missing {key!r}")
        return value

    return convert


# --- cities and regions -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class City:
    key: str
    zh: str
    en: str
    region: str
    tier: str
    tier_note: str | None
    wage_series: str  # the key of its figures in minimum_wage.toml (default: its own)
    city: str | None = None  # for a district: the city key it belongs to
    pinyin: str | None = None  # for a district: its name in pinyin (for search)


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    zh: str
    en: str
    parent: str | None
    code: str | None = None  # the GB/T 2260 province prefix (2 digits), for 6-digit city codes


def parse_cities(
    data: Mapping[str, Any], problems: Problems
) -> tuple[dict[str, City], dict[str, Region]]:
    check_keys(data, ("regions", "cities", "districts"), "cities.toml", problems)
    regions: dict[str, Region] = {}
    for key, table in _tables(data.get("regions"), "cities.toml: regions", problems):
        place = f"cities.toml: regions.{key}"
        check_keys(table, ("zh", "en", "parent", "code"), place, problems)
        code = opt_str(table, "code", place, problems)
        if code is not None and not (len(code) == 2 and code.isdigit()):
            problems.add(place, "'code' must be the 2-digit province prefix of GB/T 2260")
        regions[key] = Region(
            key,
            need_str(table, "zh", place, problems),
            need_str(table, "en", place, problems),
            opt_str(table, "parent", place, problems),
            code,
        )
    codes = [r.code for r in regions.values() if r.code is not None]
    if len(codes) != len(set(codes)):
        problems.add("cities.toml: regions", "a province code is used twice")
    if NATIONAL not in regions:
        problems.add("cities.toml: regions", f"region {NATIONAL!r} is required")
    for region in regions.values():
        place = f"cities.toml: regions.{region.key}"
        if region.key == NATIONAL:
            if region.parent is not None:
                problems.add(place, f"{NATIONAL!r} has no parent")
            continue
        seen = {region.key}
        parent = region.parent
        if parent is None:
            problems.add(place, "'parent' is required (the chain ends at 'national')")
        while parent is not None:
            if parent not in regions:
                problems.add(place, f"unknown region {parent!r}")
                break
            if parent in seen:
                problems.add(place, "parent chain loops")
                break
            seen.add(parent)
            parent = regions[parent].parent
    cities: dict[str, City] = {}
    for key, table in _tables(data.get("cities"), "cities.toml: cities", problems):
        place = f"cities.toml: cities.{key}"
        check_keys(
            table, ("zh", "en", "region", "tier", "tier_note", "wage_series"), place, problems
        )
        region_key = need_str(table, "region", place, problems)
        if region_key and region_key not in regions:
            problems.add(place, f"unknown region {region_key!r}")
        cities[key] = City(
            key,
            need_str(table, "zh", place, problems),
            need_str(table, "en", place, problems),
            region_key,
            need_str(table, "tier", place, problems),
            opt_str(table, "tier_note", place, problems),
            opt_str(table, "wage_series", place, problems) or key,
        )
        if key.startswith(OTHER_PREFIX) and key[len(OTHER_PREFIX) :] != region_key:
            problems.add(place, f"{key!r} must belong to region {key[len(OTHER_PREFIX) :]!r}")
    if OTHER not in cities:
        problems.add("cities.toml: cities", f"city {OTHER!r} is required")
    _parse_districts(data.get("districts", {}), cities, regions, problems)
    return cities, regions


def _parse_districts(
    data: object, cities: dict[str, City], regions: Mapping[str, Region], problems: Problems
) -> None:
    """Districts and counties whose minimum-wage tier is below their city's:
    keyed by their 6-digit administrative division code (GB/T 2260), under the
    city they belong to, whose region they share."""
    for key, table in _tables(data, "cities.toml: districts", problems):
        place = f"cities.toml: districts.{key}"
        keys = ("zh", "en", "pinyin", "city", "tier", "tier_note", "wage_series")
        check_keys(table, keys, place, problems)
        city_key = need_str(table, "city", place, problems)
        city = cities.get(city_key)
        if city is None or city.city is not None:
            problems.add(place, f"unknown city {city_key!r}")
            continue
        region = regions.get(city.region)
        if not (len(key) == 6 and key.isdigit()):
            problems.add(place, "a district's key is its 6-digit administrative division code")
        elif region is not None and region.code is not None and key[:2] != region.code:
            problems.add(place, f"code {key} is not in {region.key} (prefix {region.code})")
        if key in cities:
            problems.add(place, "the code is used twice")
        cities[key] = City(
            key,
            need_str(table, "zh", place, problems),
            need_str(table, "en", place, problems),
            city.region,
            need_str(table, "tier", place, problems),
            need_str(table, "tier_note", place, problems),
            need_str(table, "wage_series", place, problems),
            city=city_key,
            pinyin=need_str(table, "pinyin", place, problems),
        )


def _tables(value: object, place: str, problems: Problems) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(value, dict):
        problems.add(place, "must be a table of tables")
        return []
    out: list[tuple[str, dict[str, Any]]] = []
    for key, table in value.items():
        if not isinstance(table, dict):
            problems.add(f"{place}.{key}", "must be a table")
            continue
        out.append((key, table))
    return out


# --- minimum wage -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MinimumWage:
    monthly: Series[Decimal]
    hourly: Series[Decimal]


def parse_minimum_wage(
    data: Mapping[str, Any], cities: Mapping[str, City], problems: Problems
) -> dict[str, MinimumWage]:
    out: dict[str, MinimumWage] = {}
    series_keys = {c.wage_series for c in cities.values()}
    for city, table in _tables(data, "minimum_wage.toml", problems):
        place = f"minimum_wage.toml: {city}"
        if city not in series_keys:
            problems.add(place, f"no city in cities.toml uses the figures {city!r}")
        check_keys(table, ("monthly", "hourly"), place, problems)
        monthly = series_of(
            table.get("monthly"),
            ("value",),
            f"{place}.monthly",
            problems,
            decimal_of("value", problems),
            gap_allowed=True,
        )
        hourly = series_of(
            table.get("hourly"),
            ("value",),
            f"{place}.hourly",
            problems,
            decimal_of("value", problems),
            gap_allowed=True,
        )
        hourly_starts = {e.raw.start for e in hourly}
        for entry in monthly:
            if entry.raw.start not in hourly_starts:
                problems.add(
                    entry.raw.place,
                    f"no hourly entry (value or gap) for {entry.raw.start.isoformat()}: "
                    "a monthly change without an hourly one would carry a stale hourly figure",
                )
        out[city] = MinimumWage(monthly, hourly)
    return out


# --- what counts toward the minimum wage ----------------------------------------


def parse_min_wage_components(
    data: Mapping[str, Any], regions: Mapping[str, Region], problems: Problems
) -> dict[str, Series[MinWageRules]]:
    keys = ("not_counted_deductions", "min_rate_only_deductions", "not_counted_components")
    out: dict[str, Series[MinWageRules]] = {}
    for region, value in data.items():
        place = f"min_wage_components.toml: {region}"
        if region not in regions:
            problems.add(place, f"unknown region {region!r}")

        def convert(raw: RawDated, region: str = region) -> MinWageRules | None:
            sets: list[frozenset[str]] = []
            for key, allowed in zip(
                keys, (DEDUCTION_KEYS, DEDUCTION_KEYS, COMPONENT_KEYS), strict=True
            ):
                items = raw.fields.get(key, [])
                if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                    problems.add(raw.place, f"{key!r} must be a list of strings")
                    items = []
                for item in items:
                    if item not in allowed:
                        problems.add(raw.place, f"{key!r}: unknown code {item!r}")
                sets.append(frozenset(items) & allowed)
            return MinWageRules(region, sets[0], sets[1], sets[2])

        out[region] = series_of(value, keys, place, problems, convert)
    if NATIONAL not in out:
        problems.add("min_wage_components.toml", f"{NATIONAL!r} is required (the default)")
    return out


# --- standby --------------------------------------------------------------------

STANDBY_PARTS = (
    "first_cycle",
    "after",
    "presence_required",
    "dispatch",
    "employer_bears_worker_si",
)


@dataclass(frozen=True, slots=True)
class StandbyParts:
    ratios: Mapping[str, Series[Decimal]]  # first_cycle, after, presence_required, dispatch
    max_days: Series[int]  # from first_cycle entries with `max_days`
    alternatives: Mapping[tuple[str, dt.date], tuple[Dated[Decimal], ...]]
    employer_bears_worker_si: Series[bool]


def parse_standby(
    data: Mapping[str, Any], regions: Mapping[str, Region], problems: Problems
) -> dict[str, StandbyParts]:
    out: dict[str, StandbyParts] = {}
    for region, table in _tables(data, "standby.toml", problems):
        place = f"standby.toml: {region}"
        if region not in regions:
            problems.add(place, f"unknown region {region!r}")
        check_keys(table, STANDBY_PARTS, place, problems)
        ratios: dict[str, Series[Decimal]] = {}
        alternatives: dict[tuple[str, dt.date], tuple[Dated[Decimal], ...]] = {}
        max_days: list[Entry[int]] = []
        for part in STANDBY_PARTS[:4]:
            if part not in table:
                continue
            keys = ("ratio", "alternatives") + (("max_days",) if part == "first_cycle" else ())
            series = series_of(
                table[part],
                keys,
                f"{place}.{part}",
                problems,
                decimal_of("ratio", problems),
                gap_allowed=True,
            )
            ratios[part] = series
            for entry in series:
                alts = _alternatives(entry.raw, problems)
                if alts:
                    alternatives[(part, entry.raw.start)] = alts
                days = opt_int(entry.raw.fields, "max_days", entry.raw.place, problems)
                if days is not None:
                    max_days.append(Entry(entry.raw, to_dated(entry.raw, days)))
        si: Series[bool] = ()
        if "employer_bears_worker_si" in table:

            def as_bool(raw: RawDated) -> bool | None:
                return opt_bool(raw.fields, "value", False, raw.place, problems)

            si = series_of(
                table["employer_bears_worker_si"],
                ("value",),
                f"{place}.employer_bears_worker_si",
                problems,
                as_bool,
            )
        out[region] = StandbyParts(ratios, tuple(max_days), alternatives, si)
    national = out.get(NATIONAL)
    for part in ("first_cycle", "presence_required", "dispatch"):
        if national is None or part not in national.ratios:
            problems.add(f"standby.toml: {NATIONAL}", f"{part!r} is required")
    return out


def _alternatives(raw: RawDated, problems: Problems) -> tuple[Dated[Decimal], ...]:
    value = raw.fields.get("alternatives")
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.add(raw.place, "'alternatives' must be a list of tables")
        return ()
    out: list[Dated[Decimal]] = []
    for i, alt in enumerate(value):
        where = f"{raw.place}.alternatives[{i}]"
        if not isinstance(alt, dict):
            problems.add(where, "must be a table")
            continue
        # An alternative reading shares its entry's date.
        inner = dict(alt)
        inner["effective_from" if raw.start_known else "in_force_by"] = raw.start
        sub = read_dated(inner, ("ratio",), where, problems)
        if sub is None:
            continue
        ratio = opt_decimal(sub.fields, "ratio", where, problems)
        if ratio is None:
            problems.add(where, "missing 'ratio'")
            continue
        out.append(to_dated(sub, ratio))
    return tuple(out)


# --- what the severance base counts ---------------------------------------------------

SEVERANCE_BASE_PARTS = ("overtime",)


def parse_severance_base(
    data: Mapping[str, Any], regions: Mapping[str, Region], problems: Problems
) -> dict[str, Series[bool]]:
    """Per region, whether overtime pay counts in the severance base (`counts`)."""
    out: dict[str, Series[bool]] = {}
    for region, table in _tables(data, "severance_base.toml", problems):
        place = f"severance_base.toml: {region}"
        if region not in regions:
            problems.add(place, f"unknown region {region!r}")
        check_keys(table, SEVERANCE_BASE_PARTS, place, problems)

        def counts(raw: RawDated) -> bool | None:
            return need_bool(raw.fields, "counts", raw.place, problems)

        out[region] = series_of(
            table.get("overtime"), ("counts",), f"{place}.overtime", problems, counts
        )
    if NATIONAL not in out:
        problems.add("severance_base.toml", f"{NATIONAL!r} is required (the default)")
    return out


# --- wage grace, average wages, meta ----------------------------------------------


def parse_city_series(
    data: Mapping[str, Any],
    file: str,
    cities: Mapping[str, City],
    keys: tuple[str, ...],
    convert_for: Callable[[Problems], Callable[[RawDated], V | None]],
    problems: Problems,
    regions: Mapping[str, Region] | None = None,
) -> dict[str, Series[V]]:
    """Series keyed by city; with `regions`, a key may also name a
    provincial-level region (a figure for the whole region; a key that is
    both, such as a municipality, is the city)."""
    out: dict[str, Series[V]] = {}
    for city, value in data.items():
        place = f"{file}: {city}"
        if city not in cities and (regions is None or city not in regions):
            problems.add(place, f"unknown city {city!r}")
        out[city] = series_of(value, keys, place, problems, convert_for(problems))
    return out


#: wage_grace.toml: `days` — automatic grace after the payday (the rules count
#: pay as late only after it); `deferral_days` / `deferral_months` — the longest
#: deferral a local rule allows only on conditions (operating difficulty and
#: the union's or workers' agreement): shown, never used to excuse a delay.
GRACE_KEYS = ("days", "deferral_days", "deferral_months")

#: A conditional deferral: (length, "days" | "months").
Deferral = tuple[int, str]


def parse_wage_grace(
    data: Mapping[str, Any],
    cities: Mapping[str, City],
    regions: Mapping[str, Region],
    problems: Problems,
) -> tuple[dict[str, Series[int]], dict[str, Series[Deferral]]]:
    """wage_grace.toml, keyed by city or region: the grace days and the
    conditional deferrals, each as its own series (an entry may give both)."""
    grace: dict[str, Series[int]] = {}
    deferral: dict[str, Series[Deferral]] = {}
    for key, value in data.items():
        place = f"wage_grace.toml: {key}"
        if key not in cities and key not in regions:
            problems.add(place, f"unknown city {key!r}")
        days: list[Entry[int]] = []
        defer: list[Entry[Deferral]] = []
        for raw in read_series(value, GRACE_KEYS, place, problems):
            f, p = raw.fields, raw.place
            found = opt_int(f, "days", p, problems)
            d_days = opt_int(f, "deferral_days", p, problems)
            d_months = opt_int(f, "deferral_months", p, problems)
            if d_months == 0:
                problems.add(p, "'deferral_months' must be positive")
            if d_days is not None and d_months is not None:
                problems.add(p, "give 'deferral_days' or 'deferral_months', not both")
            if found is None and d_days is None and d_months is None:
                problems.add(p, "missing 'days' (or 'deferral_days' / 'deferral_months')")
            if found is not None:
                days.append(Entry(raw, to_dated(raw, found)))
            if d_days is not None:
                defer.append(Entry(raw, to_dated(raw, (d_days, "days"))))
            elif d_months is not None:
                defer.append(Entry(raw, to_dated(raw, (d_months, "months"))))
        if days:
            grace[key] = tuple(days)
        if defer:
            deferral[key] = tuple(defer)
    return grace, deferral


AVERAGE_KEYS = (
    "monthly",
    "cap",
    "annual",
    "series_zh",
    "data_year",
    "published",
    "severance_basis_confirmed",
    "proxy",
)


def average_convert(problems: Problems) -> Callable[[RawDated], AverageWage | None]:
    def convert(raw: RawDated) -> AverageWage | None:
        f, p = raw.fields, raw.place
        monthly = opt_decimal(f, "monthly", p, problems)
        cap = opt_decimal(f, "cap", p, problems)
        opt_date(f, "published", p, problems)
        if monthly is None or cap is None:
            problems.add(p, "'monthly' and 'cap' are required")
            return None
        return AverageWage(
            monthly=monthly,
            cap=cap,
            series_zh=opt_str(f, "series_zh", p, problems),
            data_year=opt_int(f, "data_year", p, problems),
            annual=opt_decimal(f, "annual", p, problems),
            severance_basis_confirmed=opt_bool(f, "severance_basis_confirmed", False, p, problems),
            proxy=opt_bool(f, "proxy", False, p, problems),
        )

    return convert


# --- statutes ---------------------------------------------------------------------


def _article_source(
    art: Mapping[str, Any], law_source: Source, place: str, problems: Problems
) -> Source:
    """An article's own source: the law's document (an article of it), with the
    article's own reports and notes where it has them."""
    if not any(k in art for k in SOURCE_KEYS) and "source" not in art:
        return law_source
    own = read_source(art, place, problems, None)
    document = law_source.document
    if own.document is not None:  # field by field: the article's own page, the law's title
        base = document or Document()
        document = Document(
            authority=own.document.authority or base.authority,
            title=own.document.title or base.title,
            number=own.document.number or base.number,
            date=own.document.date or base.date,
            url=own.document.url or base.url,
        )
    return Source(
        document=document,
        reported_by=own.reported_by,
        ref=own.ref,
        looked_in=own.looked_in,
    )


ArticleKey = tuple[str, str, int | None, int | None]


def parse_statutes(data: Mapping[str, Any], problems: Problems) -> dict[ArticleKey, Article]:
    out: dict[ArticleKey, Article] = {}
    law_keys = ("zh", "en", "in_force_from", *SOURCE_KEYS, "confidence", "note", "articles")
    art_keys = ("article", "paragraph", "item", "zh", "en", "in_force_from", *SOURCE_KEYS, "note")
    for law, table in _tables(data, "statutes.toml", problems):
        place = f"statutes.toml: {law}"
        check_keys(table, law_keys, place, problems)
        law_zh = need_str(table, "zh", place, problems)
        law_en = need_str(table, "en", place, problems)
        law_from = opt_date(table, "in_force_from", place, problems)
        raw_conf = table.get("confidence")
        if raw_conf not in {c.value for c in Confidence}:
            problems.add(place, f"'confidence' must be one of the five, not {raw_conf!r}")
            raw_conf = Confidence.UNCONFIRMED.value
        law_source = read_source(table, place, problems, Confidence(raw_conf))
        articles = table.get("articles")
        if not isinstance(articles, list) or not articles:
            problems.add(place, "'articles' must be a non-empty list ([[law.articles]])")
            continue
        for i, art in enumerate(articles):
            where = f"{place}.articles[{i}]"
            if not isinstance(art, dict):
                problems.add(where, "must be a table")
                continue
            check_keys(art, art_keys, where, problems)
            number = art.get("article")
            if isinstance(number, int) and not isinstance(number, bool):
                number = str(number)
            if not isinstance(number, str) or not number:
                problems.add(where, "'article' must be a string or an integer")
                continue
            key = (
                law,
                number,
                opt_int(art, "paragraph", where, problems),
                opt_int(art, "item", where, problems),
            )
            if key in out:
                problems.add(where, f"duplicate article {key[1:]}")
            out[key] = Article(
                law=law,
                law_zh=law_zh,
                law_en=law_en,
                article=number,
                paragraph=key[2],
                item=key[3],
                text_zh=need_str(art, "zh", where, problems),
                text_en=need_str(art, "en", where, problems),
                in_force_from=opt_date(art, "in_force_from", where, problems) or law_from,
                source=_article_source(art, law_source, where, problems),
                confidence=Confidence(raw_conf),
                note=opt_str(art, "note", where, problems),
            )
    return out
