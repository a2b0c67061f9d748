"""Reads ``double_wages.toml``: the regional readings on double wages (LCL art. 82).

Per region (the chain city → region → ``national`` is walked by
`caseapp.rules.law.LawData`), two dated series:

* ``limitation``: ``reading`` = ``"counted_back"`` (the one-year period is
  counted back from the day the worker claims, day by day or month by month)
  or ``"from_end"`` (one year from the end of the violation). A gap (no
  ``reading``) says the reading is not known from that date.
* ``lapsed_contract``: ``applies`` = whether the extra wage is owed when a
  fixed-term contract ended and the work went on without a new one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from caseapp.rules.law_parse import NATIONAL, Region, Series, _tables, series_of
from caseapp.rules.law_schema import Problems, RawDated, check_keys, opt_bool

FILE = "double_wages.toml"
COUNTED_BACK = "counted_back"
FROM_END = "from_end"
READINGS = frozenset({COUNTED_BACK, FROM_END})
PARTS = ("limitation", "lapsed_contract")


@dataclass(frozen=True, slots=True)
class DoubleWageParts:
    limitation: Series[str]
    lapsed_contract: Series[bool]


def parse_double_wages(
    data: Mapping[str, Any], regions: Mapping[str, Region], problems: Problems
) -> dict[str, DoubleWageParts]:
    out: dict[str, DoubleWageParts] = {}
    for region, table in _tables(data, FILE, problems):
        place = f"{FILE}: {region}"
        if region not in regions:
            problems.add(place, f"unknown region {region!r}")
        check_keys(table, PARTS, place, problems)

        def reading(raw: RawDated) -> str | None:
            value = raw.fields.get("reading")
            if value not in READINGS:
                problems.add(raw.place, f"'reading' must be one of {sorted(READINGS)}")
                return None
            return str(value)

        def applies(raw: RawDated) -> bool | None:
            if "applies" not in raw.fields:
                problems.add(raw.place, "missing 'applies'")
                return None
            return opt_bool(raw.fields, "applies", False, raw.place, problems)

        limitation: Series[str] = ()
        lapsed: Series[bool] = ()
        if "limitation" in table:
            limitation = series_of(
                table["limitation"],
                ("reading",),
                f"{place}.limitation",
                problems,
                reading,
                gap_allowed=True,
            )
        if "lapsed_contract" in table:
            lapsed = series_of(
                table["lapsed_contract"],
                ("applies",),
                f"{place}.lapsed_contract",
                problems,
                applies,
            )
        out[region] = DoubleWageParts(limitation, lapsed)
    national = out.get(NATIONAL)
    for part in PARTS:
        if national is None or not getattr(national, part):
            problems.add(f"{FILE}: {NATIONAL}", f"{part!r} is required (the default)")
    return out
