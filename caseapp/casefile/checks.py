"""Value checkers for the schema check: each reports its problems with the
value's place and returns the value in canonical form (or `INVALID`).

A checker is ``check(ctx, value, place) -> object``. JSON ``null`` on an
optional key means "absent" and never reaches a checker.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from caseapp.casefile.errors import Problem, problem
from caseapp.casefile.strictjson import JsonNumber, place_of
from caseapp.domain.kinds import ID_RE
from caseapp.domain.messages import msg
from caseapp.domain.text import is_blank

MIN_DATE: Final = dt.date(1990, 1, 1)
MAX_FAR_DATE: Final = dt.date(2100, 12, 31)
EVENT_HORIZON_DAYS: Final = 366
MAX_MONEY_DIGITS: Final = 8
MAX_FILE_SIZE: Final = 4 * 1024**3

_DATE_RE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_MONTH_RE = re.compile(r"\A([0-9]{4})-([0-9]{2})\Z")
_TIME_RE = re.compile(r"\A([01][0-9]|2[0-3]):[0-5][0-9]\Z")
_INSTANT_RE = re.compile(
    r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})\Z"
)
_MONEY_RE = re.compile(r"\A[0-9]{1,8}(\.[0-9]{1,2})?\Z")
_DECIMAL_RE = re.compile(r"\A[0-9]{1,8}(\.[0-9]{1,6})?\Z")
_HEX64_RE = re.compile(r"\A[0-9a-f]{64}\Z")
RULE_ID_RE = re.compile(r"\A[a-z0-9]+(-[a-z0-9]+)*\Z")


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()


@dataclass
class Ctx:
    today: dt.date
    known_cities: frozenset[str] | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def err(self, place: str, code: str, /, **params: object) -> _Invalid:
        self.problems.append(problem(place, code, **params))
        return INVALID

    @property
    def event_max(self) -> dt.date:
        return self.today + dt.timedelta(days=EVENT_HORIZON_DAYS)


Checker = Callable[[Ctx, object, str], object]


def type_name(kind: str) -> object:
    return msg(f"casefile.type.{kind}")


def wrong_type(ctx: Ctx, place: str, kind: str, value: object) -> _Invalid:
    return ctx.err(place, "wrong_type", expected=type_name(kind), value=short(value))


def short(value: object) -> str:
    """A value for a message: JSON-ish, cut to 40 characters."""
    if isinstance(value, JsonNumber):
        text = value.text
    elif value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict):
        text = "{…}"
    elif isinstance(value, list):
        text = "[…]"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


# --- scalars -------------------------------------------------------------


def text(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "string", value)
    return value


def name(ctx: Ctx, value: object, place: str) -> object:
    """A string that must not be blank (names, titles, summaries): nothing but
    white space and invisible characters (zero-width spaces, joiners, BOMs,
    soft hyphens, Hangul fillers) is blank."""
    if not isinstance(value, str):
        return wrong_type(ctx, place, "string", value)
    if is_blank(value):
        return ctx.err(place, "blank")
    return value


def boolean(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, bool):
        return wrong_type(ctx, place, "boolean", value)
    return value


def integer(lo: int, hi: int) -> Checker:
    def check(ctx: Ctx, value: object, place: str) -> object:
        if isinstance(value, bool) or not isinstance(value, int):
            return wrong_type(ctx, place, "integer", value)
        if not lo <= value <= hi:
            return ctx.err(place, "out_of_range", value=value, min=lo, max=hi)
        return value

    return check


def enum(kind: type[StrEnum]) -> Checker:
    codes = tuple(member.value for member in kind)

    def check(ctx: Ctx, value: object, place: str) -> object:
        if not isinstance(value, str):
            return wrong_type(ctx, place, "code", value)
        if value not in codes:
            return ctx.err(place, "unknown_code", value=short(value), allowed=", ".join(codes))
        return value

    return check


def parse_date(ctx: Ctx, value: object, place: str) -> dt.date | _Invalid:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "date", value)
    if not _DATE_RE.match(value):
        return ctx.err(place, "bad_date", value=short(value))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return ctx.err(place, "bad_date", value=short(value))


def _dated(far: bool) -> Checker:
    def check(ctx: Ctx, value: object, place: str) -> object:
        day = parse_date(ctx, value, place)
        if isinstance(day, _Invalid):
            return day
        hi = MAX_FAR_DATE if far else ctx.event_max
        if not MIN_DATE <= day <= hi:
            return ctx.err(
                place, "date_range", value=value, min=MIN_DATE.isoformat(), max=hi.isoformat()
            )
        return value

    return check


event_date = _dated(far=False)
far_date = _dated(far=True)

MIN_BIRTH_DATE: Final = dt.date(1900, 1, 1)


def birth_date(ctx: Ctx, value: object, place: str) -> object:
    """A person's birth date: a real date from 1900-01-01 to today."""
    day = parse_date(ctx, value, place)
    if isinstance(day, _Invalid):
        return day
    if not MIN_BIRTH_DATE <= day <= ctx.today:
        return ctx.err(
            place,
            "date_range",
            value=value,
            min=MIN_BIRTH_DATE.isoformat(),
            max=ctx.today.isoformat(),
        )
    return value


def month(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "month", value)
    match = _MONTH_RE.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return ctx.err(place, "bad_month", value=short(value))
    first = dt.date(int(match.group(1)), int(match.group(2)), 1)
    if not MIN_DATE <= first <= ctx.event_max:
        return ctx.err(
            place, "date_range", value=value, min="1990-01", max=ctx.event_max.isoformat()[:7]
        )
    return value


def any_instant(ctx: Ctx, value: object, place: str) -> object:
    """An RFC 3339 instant with an offset, any date (file times)."""
    if not isinstance(value, str):
        return wrong_type(ctx, place, "instant", value)
    if not _INSTANT_RE.match(value):
        return ctx.err(place, "bad_instant", value=short(value))
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return ctx.err(place, "bad_instant", value=short(value))
    return value


def instant(ctx: Ctx, value: object, place: str) -> object:
    """An RFC 3339 instant of an event: 1990-01-01 .. today + 366 days."""
    if not isinstance(value, str):
        return wrong_type(ctx, place, "instant", value)
    if not _INSTANT_RE.match(value):
        return ctx.err(place, "bad_instant", value=short(value))
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return ctx.err(place, "bad_instant", value=short(value))
    day = when.date()
    if not MIN_DATE <= day <= ctx.event_max:
        return ctx.err(
            place,
            "date_range",
            value=value,
            min=MIN_DATE.isoformat(),
            max=ctx.event_max.isoformat(),
        )
    return value


def clock_time(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "time", value)
    if not _TIME_RE.match(value):
        return ctx.err(place, "bad_time", value=short(value))
    return value


def _number_text(ctx: Ctx, value: object, place: str, kind: str) -> str | _Invalid:
    """The text of a string or JSON number, refusing booleans and exponents."""
    if isinstance(value, bool):
        return wrong_type(ctx, place, kind, value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, JsonNumber):
        if value.has_exponent:
            return ctx.err(place, "exponent", value=value.text)
        return value.text
    if isinstance(value, str):
        return value
    return wrong_type(ctx, place, kind, value)


def money(ctx: Ctx, value: object, place: str) -> object:
    """Money: ``[0-9]{1,8}(\\.[0-9]{1,2})?`` (ASCII digits, the whole string)
    as a string or a plain JSON number."""
    raw = _number_text(ctx, value, place, "money")
    if isinstance(raw, _Invalid):
        return raw
    if _MONEY_RE.match(raw):
        return raw
    if raw.startswith("-") and _MONEY_RE.match(raw[1:]):
        return ctx.err(place, "negative", value=raw)
    whole, dot, frac = raw.partition(".")
    if not raw.isascii():
        return ctx.err(place, "bad_money", value=short(raw))
    if whole.isdigit() and dot and frac.isdigit() and len(frac) > 2:
        return ctx.err(place, "too_many_decimals", value=raw)
    if whole.isdigit() and len(whole) > MAX_MONEY_DIGITS and (not dot or frac.isdigit()):
        return ctx.err(place, "too_large_amount", value=short(raw))
    return ctx.err(place, "bad_money", value=short(raw))


def decimal_in(lo: Decimal, hi: Decimal, kind: str = "decimal") -> Checker:
    """A plain decimal (string or JSON number, ≤ 6 decimals) within [lo, hi]."""

    def check(ctx: Ctx, value: object, place: str) -> object:
        raw = _number_text(ctx, value, place, kind)
        if isinstance(raw, _Invalid):
            return raw
        if not _DECIMAL_RE.match(raw):
            if raw.startswith("-"):
                return ctx.err(place, "negative", value=short(raw))
            return ctx.err(place, "bad_decimal", value=short(raw))
        try:
            number = Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the regex guards
            return ctx.err(place, "bad_decimal", value=short(raw))
        if not lo <= number <= hi:
            return ctx.err(place, "out_of_range", value=raw, min=str(lo), max=str(hi))
        return raw

    return check


ratio = decimal_in(Decimal(0), Decimal(1), "ratio")


def ident(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "id", value)
    if not ID_RE.match(value):
        return ctx.err(place, "bad_id", value=short(value))
    return value


def rule_id(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "string", value)
    if len(value) > 64 or not RULE_ID_RE.match(value):
        return ctx.err(place, "bad_rule_id", value=short(value))
    return value


def sha256_hex(ctx: Ctx, value: object, place: str) -> object:
    if not isinstance(value, str):
        return wrong_type(ctx, place, "string", value)
    if not _HEX64_RE.match(value):
        return ctx.err(place, "bad_sha256", value=short(value))
    return value


# --- containers ------------------------------------------------------------


def list_of(item: Checker, unique: bool = False) -> Checker:
    def check(ctx: Ctx, value: object, place: str) -> object:
        if not isinstance(value, list):
            return wrong_type(ctx, place, "list", value)
        out: list[object] = []
        bad = False
        for index, element in enumerate(value):
            where = place_of(place, index)
            if element is None:
                bad = True
                wrong_type(ctx, where, "value", element)
                continue
            checked = item(ctx, element, where)
            if checked is INVALID:
                bad = True
            elif unique and checked in out:
                bad = True
                ctx.err(where, "duplicate_value", value=short(checked))
            else:
                out.append(checked)
        return INVALID if bad else out

    return check


def map_of(key: re.Pattern[str], item: Checker) -> Checker:
    """An object whose keys match `key` (each value checked by `item`), kept in key order."""

    def check(ctx: Ctx, value: object, place: str) -> object:
        if not isinstance(value, dict):
            return wrong_type(ctx, place, "object", value)
        out: dict[str, object] = {}
        bad = False
        for k in sorted(value):
            where = place_of(place, k)
            if not key.match(k):
                bad = True
                ctx.err(where, "bad_key", key=short(k))
                continue
            if value[k] is None:
                bad = True
                wrong_type(ctx, where, "value", None)
                continue
            checked = item(ctx, value[k], where)
            if checked is INVALID:
                bad = True
            else:
                out[k] = checked
        return INVALID if bad else out

    return check


def extra_value(ctx: Ctx, value: object, place: str) -> object:
    """An `x-` value, kept as it is; numbers with a fraction become floats."""
    if isinstance(value, JsonNumber):
        if value.has_exponent:
            return ctx.err(place, "exponent", value=value.text)
        number = float(value.text)
        if not math.isfinite(number):  # hundreds of digits: no double holds it
            return ctx.err(place, "bad_decimal", value=short(value))
        return number
    if isinstance(value, dict):
        return {k: extra_value(ctx, v, place_of(place, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [extra_value(ctx, v, place_of(place, i)) for i, v in enumerate(value)]
    return value


Fields = Mapping[str, tuple[Checker, bool]]  # key -> (checker, required)


def check_object(ctx: Ctx, value: object, place: str, fields: Fields) -> dict[str, object] | None:
    """Check an object against its fields; unknown keys (other than `x-`) are
    errors. Returns the canonical object, or None if anything was wrong."""
    if not isinstance(value, dict):
        wrong_type(ctx, place, "object", value)
        return None
    before = len(ctx.problems)
    out: dict[str, object] = {}
    for key, (_, required) in fields.items():
        if required and value.get(key) is None:
            if key in value:
                wrong_type(ctx, place_of(place, key), "value", None)
            else:
                ctx.err(place_of(place, key), "missing_key", key=key)
    for key, item in value.items():
        where = place_of(place, key)
        if key.startswith("x-"):
            out[key] = extra_value(ctx, item, where)
        elif key not in fields:
            ctx.err(where, "unknown_key", key=short(key))
        elif item is not None:
            checked = fields[key][0](ctx, item, where)
            if checked is not INVALID:
                out[key] = checked
    return out if len(ctx.problems) == before else None


def obj(fields: Fields) -> Checker:
    def check(ctx: Ctx, value: object, place: str) -> object:
        result = check_object(ctx, value, place, fields)
        return INVALID if result is None else result

    return check
