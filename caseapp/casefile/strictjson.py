"""A strict JSON parser for case files (spec: General rules, Text).

Python's `json` keeps the last of duplicate keys, accepts NaN and Infinity,
raises RecursionError on deep nesting and accepts lone surrogates. This module
guards each: the bytes must be UTF-8 (one leading BOM is dropped), at most
64 MiB, nested at most 32 deep (checked on the text *before* `json` recurses),
with no duplicate key, no NaN/Infinity and no lone surrogate anywhere.

Non-integer numbers are not turned into floats: they come back as
`JsonNumber` holding the exact text, so money can be checked digit by digit
(no exponent, at most two decimals) by the schema check.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from caseapp.casefile.errors import Problem, problem

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
BOM = b"\xef\xbb\xbf"

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)  # unrolled: linear
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


@dataclass(frozen=True, slots=True)
class JsonNumber:
    """A number written with a fraction or an exponent, kept as its text."""

    text: str

    @property
    def has_exponent(self) -> bool:
        return "e" in self.text or "E" in self.text


@dataclass(frozen=True, slots=True)
class BadConstant:
    """NaN, Infinity or -Infinity (refused; reported with its place)."""

    name: str


class JsonObject(dict[str, object]):
    """A parsed object that remembers keys that appeared more than once."""

    __slots__ = ("duplicates",)

    def __init__(self, pairs: list[tuple[str, object]]) -> None:
        super().__init__()
        dups: list[str] = []
        for key, value in pairs:
            if key in self and key not in dups:
                dups.append(key)
            self[key] = value
        self.duplicates = dups


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """Deepest nesting of arrays/objects, ignoring brackets inside strings.
    The walk stops as soon as `limit` is passed, so a hostile file of
    millions of ``[`` costs next to nothing."""
    depth = deepest = 0
    for bracket in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        depth = depth + 1 if bracket in "[{" else depth - 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
    return deepest


# A journal line wraps a record's image three levels deeper than case.json
# holds it (entry -> changes -> change -> after) and case.json one level higher.
JOURNAL_MAX_DEPTH = MAX_DEPTH + 2


def nesting_depth_ok(line: bytes, limit: int = JOURNAL_MAX_DEPTH) -> bool:
    """True when a journal line nests at most ``limit`` deep (checked on the
    text, before ``json`` recurses: deeper lines raise RecursionError)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return True  # json.loads reports it as not JSON
    return nesting_depth(text, limit) <= limit


def _has_lone_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def place_of(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def _walk(value: object, place: str, problems: list[Problem]) -> None:
    if isinstance(value, str):
        if _has_lone_surrogate(value):
            problems.append(problem(place, "lone_surrogate"))
    elif isinstance(value, JsonObject):
        for key in value.duplicates:
            problems.append(problem(place_of(place, key), "duplicate_key", key=key))
        for key, item in value.items():
            if _has_lone_surrogate(key):
                problems.append(problem(place_of(place, "?"), "lone_surrogate"))
                continue
            _walk(item, place_of(place, key), problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, place_of(place, index), problems)
    elif isinstance(value, BadConstant):
        problems.append(problem(place, "not_a_number", value=value.name))


def parse_document(data: bytes) -> tuple[object | None, list[Problem]]:
    """Parse case.json bytes. Returns the value (None when unusable) and the
    problems found; a value with problems must not be used."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return None, [problem("", "too_large", limit="64 MiB")]
    if data.startswith(BOM):
        data = data[len(BOM) :]
    if not data.strip():
        return None, [problem("", "empty")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [problem("", "not_utf8", offset=exc.start)]
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        return None, [problem("", "too_deep", depth=depth, limit=MAX_DEPTH)]
    try:
        value = json.loads(
            text,
            object_pairs_hook=JsonObject,
            parse_float=JsonNumber,
            parse_constant=BadConstant,
        )
    except json.JSONDecodeError as exc:
        return None, [problem("", "syntax", line=exc.lineno, column=exc.colno)]
    except (ValueError, RecursionError):  # e.g. an integer of more than 4300 digits
        return None, [problem("", "syntax", line=0, column=0)]
    problems: list[Problem] = []
    _walk(value, "", problems)
    return value, problems
