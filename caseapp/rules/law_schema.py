"""Strict readers for the law data's TOML files (used by `caseapp.rules.law`).

Every problem is collected with its place (``file: key.path``) instead of
raising at the first one, so a broken data file reports everything at once.
Unknown keys are errors: the schema is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from caseapp.domain.citation import Document, Source, is_official_url
from caseapp.domain.vocab import Confidence

CONFIDENCES = frozenset(c.value for c in Confidence)

#: Keys every dated entry may carry, whatever its file.
DATED_KEYS = frozenset(
    {
        "effective_from",
        "in_force_by",
        "uncertain_from",
        "applies_before",
        "successor_recorded",
        "document",
        "reported_by",
        "ref",
        "looked_in",
        "confidence",
        "mark",
        "note",
        "basis",
    }
)


#: Confidences whose entry must name the document that sets the figure.
NEEDS_DOCUMENT = frozenset({Confidence.STATUTE, Confidence.LOCAL_RULE})

#: The keys of where an entry comes from (docs/law-data.md, "Where a figure comes from").
SOURCE_KEYS = ("document", "reported_by", "ref", "looked_in")
DOCUMENT_KEYS = ("authority", "title", "number", "date", "url")


class Problems:
    """An accumulator of ``place: message`` strings."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, place: str, message: str) -> None:
        self.items.append(f"{place}: {message}")

    def __bool__(self) -> bool:
        return bool(self.items)


@dataclass(frozen=True, slots=True)
class RawDated:
    """One dated entry as read from a file, before it becomes a `Dated`."""

    place: str
    start: dt.date  # effective_from, or in_force_by when the exact date is unknown
    start_known: bool
    uncertain_from: dt.date | None
    applies_before: bool
    successor_recorded: bool
    source: Source
    confidence: Confidence
    mark: str | None
    note: str | None
    basis: tuple[tuple[str, str, int | None, int | None], ...]
    fields: Mapping[str, Any]  # the entry's own value keys


def check_keys(
    table: Mapping[str, Any], allowed: Iterable[str], place: str, problems: Problems
) -> None:
    allowed_set = set(allowed)
    for key in table:
        if key not in allowed_set:
            problems.add(place, f"unknown key {key!r}")


def need_str(table: Mapping[str, Any], key: str, place: str, problems: Problems) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.add(place, f"{key!r} must be a non-empty string")
        return ""
    return value


def opt_str(table: Mapping[str, Any], key: str, place: str, problems: Problems) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.add(place, f"{key!r} must be a non-empty string")
        return None
    return value


def opt_date(table: Mapping[str, Any], key: str, place: str, problems: Problems) -> dt.date | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        problems.add(place, f"{key!r} must be a date (YYYY-MM-DD)")
        return None
    return value


def opt_bool(
    table: Mapping[str, Any], key: str, default: bool, place: str, problems: Problems
) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        problems.add(place, f"{key!r} must be true or false")
        return default
    return value


def need_bool(table: Mapping[str, Any], key: str, place: str, problems: Problems) -> bool | None:
    """A required `true` / `false` (a string or a number is an error)."""
    value = table.get(key)
    if not isinstance(value, bool):
        problems.add(place, f"{key!r} must be true or false")
        return None
    return value


def opt_int(table: Mapping[str, Any], key: str, place: str, problems: Problems) -> int | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.add(place, f"{key!r} must be a non-negative integer")
        return None
    return value


def opt_decimal(
    table: Mapping[str, Any], key: str, place: str, problems: Problems
) -> Decimal | None:
    """A decimal written as a string ("2540", "0.8"): never a float."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        problems.add(place, f'{key!r} must be a decimal written as a string, e.g. "2540"')
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        problems.add(place, f"{key!r} is not a decimal: {value!r}")
        return None
    if not number.is_finite() or number < 0:
        problems.add(place, f"{key!r} must be a finite non-negative decimal")
        return None
    return number


def read_basis(
    value: object, place: str, problems: Problems
) -> tuple[tuple[str, str, int | None, int | None], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.add(place, "'basis' must be a list of {law, article, paragraph?, item?}")
        return ()
    out: list[tuple[str, str, int | None, int | None]] = []
    for i, ref in enumerate(value):
        where = f"{place}.basis[{i}]"
        if not isinstance(ref, dict):
            problems.add(where, "must be a table")
            continue
        check_keys(ref, ("law", "article", "paragraph", "item"), where, problems)
        law = need_str(ref, "law", where, problems)
        article = need_str(ref, "article", where, problems)
        out.append(
            (
                law,
                article,
                opt_int(ref, "paragraph", where, problems),
                opt_int(ref, "item", where, problems),
            )
        )
    return tuple(out)


def read_source(
    table: Mapping[str, Any],
    place: str,
    problems: Problems,
    confidence: Confidence | None,
    is_figure: bool = True,
) -> Source:
    """`document`, `reported_by`, `ref` and `looked_in` of an entry, checked:
    a `statute` / `local_rule` entry names its document by title or number;
    `document.url` is an official site; an `unconfirmed` figure has something
    a reader can follow (a report, where its document was looked for, or a
    partial document) — with nothing, it is a gap, not a figure."""
    if "source" in table:
        problems.add(
            place,
            "'source' is the old free-text form: split it into document / reported_by / "
            "ref / looked_in (scripts/law_structure_sources.py, docs/law-data.md)",
        )
    document: Document | None = None
    raw_doc = table.get("document")
    if raw_doc is not None:
        where = f"{place}.document"
        if not isinstance(raw_doc, dict):
            problems.add(where, "must be a table { authority, title, number, date, url }")
        else:
            check_keys(raw_doc, DOCUMENT_KEYS, where, problems)
            url = opt_str(raw_doc, "url", where, problems)
            if url is not None and not is_official_url(url):
                problems.add(
                    where,
                    f"url {url!r} is not an official site (gov.cn, chinacourt.org): "
                    "a secondary page goes to reported_by",
                )
            document = Document(
                authority=opt_str(raw_doc, "authority", where, problems),
                title=opt_str(raw_doc, "title", where, problems),
                number=opt_str(raw_doc, "number", where, problems),
                date=opt_date(raw_doc, "date", where, problems),
                url=url,
            )
            if document == Document():
                problems.add(where, "names nothing: give at least one field or leave it out")
    reported: list[str] = []
    raw_rep = table.get("reported_by")
    if raw_rep is not None:
        if not isinstance(raw_rep, list) or not raw_rep:
            problems.add(place, "'reported_by' must be a non-empty list of strings")
        else:
            for i, item in enumerate(raw_rep):
                if not isinstance(item, str) or not item.strip():
                    problems.add(f"{place}.reported_by[{i}]", "must be a non-empty string")
                else:
                    reported.append(item)
    source = Source(
        document=document,
        reported_by=tuple(reported),
        ref=opt_str(table, "ref", place, problems),
        looked_in=opt_str(table, "looked_in", place, problems),
    )
    if confidence in NEEDS_DOCUMENT and (document is None or not document.cited):
        problems.add(
            place,
            f"a {confidence.value!r} entry must name the document that sets it: "
            "document = { title = …, number = … } (a report alone makes the figure "
            "'unconfirmed')",
        )
    if (
        confidence is Confidence.UNCONFIRMED
        and is_figure
        and not (source.reported_by or source.looked_in or document is not None)
    ):
        problems.add(
            place,
            "an 'unconfirmed' figure needs reported_by, looked_in or a partial document: "
            "a figure with none of them is a gap (leave out its value, with a note)",
        )
    return source


def read_dated(
    entry: object,
    value_keys: Iterable[str],
    place: str,
    problems: Problems,
) -> RawDated | None:
    """The common part of a dated entry; `value_keys` are the file's own keys."""
    if not isinstance(entry, dict):
        problems.add(place, "must be a table")
        return None
    own = set(value_keys)
    check_keys(entry, DATED_KEYS | own, place, problems)
    effective = opt_date(entry, "effective_from", place, problems)
    by = opt_date(entry, "in_force_by", place, problems)
    if (effective is None) == (by is None):
        problems.add(place, "exactly one of 'effective_from' and 'in_force_by' is required")
        return None
    start = effective if effective is not None else by
    assert start is not None
    uncertain = opt_date(entry, "uncertain_from", place, problems)
    applies_before = opt_bool(entry, "applies_before", False, place, problems)
    if effective is not None and (uncertain is not None or applies_before):
        problems.add(place, "'uncertain_from' and 'applies_before' go with 'in_force_by' only")
    if uncertain is not None and uncertain >= start:
        problems.add(place, "'uncertain_from' must be before 'in_force_by'")
    raw_conf = entry.get("confidence")
    if raw_conf not in CONFIDENCES:
        problems.add(place, f"'confidence' must be one of {sorted(CONFIDENCES)}, not {raw_conf!r}")
        confidence = Confidence.UNCONFIRMED
    else:
        confidence = Confidence(raw_conf)
    source = read_source(entry, place, problems, confidence, any(k in entry for k in own))
    return RawDated(
        place=place,
        start=start,
        start_known=effective is not None,
        uncertain_from=uncertain,
        applies_before=applies_before,
        successor_recorded=opt_bool(entry, "successor_recorded", True, place, problems),
        source=source,
        confidence=confidence,
        mark=opt_str(entry, "mark", place, problems),
        note=opt_str(entry, "note", place, problems),
        basis=read_basis(entry.get("basis"), place, problems),
        fields={k: entry[k] for k in own if k in entry},
    )


def read_series(
    value: object, value_keys: Iterable[str], place: str, problems: Problems
) -> list[RawDated]:
    """A list of dated entries, checked to be in ascending order without duplicates."""
    if not isinstance(value, list) or not value:
        problems.add(place, "must be a non-empty list of dated entries ([[...]])")
        return []
    keys = tuple(value_keys)
    out: list[RawDated] = []
    for i, entry in enumerate(value):
        raw = read_dated(entry, keys, f"{place}[{i}]", problems)
        if raw is not None:
            out.append(raw)
    for prev, cur in pairwise(out):
        if cur.start == prev.start:
            problems.add(cur.place, f"duplicate date {cur.start.isoformat()}")
        elif cur.start < prev.start:
            problems.add(
                cur.place,
                f"out of order: {cur.start.isoformat()} after {prev.start.isoformat()}",
            )
    for raw in out[:1]:
        if raw.uncertain_from is not None:
            problems.add(raw.place, "'uncertain_from' needs an earlier entry to be uncertain about")
    return out
