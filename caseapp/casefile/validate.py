"""The schema and meaning check of a parsed case document.

`validate_document` reports every problem into the `Ctx` and returns the
document in canonical form (money as strings, defaults filled, ids assigned)
ready for `codec.document_to_case`, or None when anything was wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zoneinfo
from collections.abc import Iterator, Mapping
from functools import cache

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.checks import (
    INVALID,
    Ctx,
    Fields,
    check_object,
    extra_value,
    short,
    type_name,
)
from caseapp.casefile.codec import FORMAT, VERSION
from caseapp.casefile.errors import Problem, problem
from caseapp.casefile.schema import (
    CASE,
    DAY,
    EVIDENCE,
    PAYMENT,
    PERSON,
    SOCIAL_INSURANCE,
    TASK,
    incident_fields,
)
from caseapp.casefile.strictjson import place_of
from caseapp.domain.kinds import ID_RE, RECORD_KINDS
from caseapp.domain.model import DEFAULT_TIME_ZONE

# Namespace of uids assigned to documents that carry none: uuid5(NS, sha256).
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://caseapp/case-file/v1/uid")
_UUID_RE = re.compile(
    r"\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"
)
_EVIDENCE_PATH_RE = re.compile(r"\Aevidence/([0-9a-f]{64})(\.[A-Za-z0-9]{1,10})?\Z")

LISTS: dict[str, Fields | None] = {
    "people": PERSON,
    "days": DAY,
    "tasks": TASK,
    "payments": PAYMENT,
    "social_insurance": SOCIAL_INSURANCE,
    "incidents": None,  # fields depend on the kind
    "evidence": EVIDENCE,
}
DUPLICATE = {"id": "duplicate_id", "date": "duplicate_day", "month": "duplicate_month"}
# Prefix of ids assigned where absent: `<prefix><position from 1>`.
ID_PREFIX = {"people": "P", "tasks": "T", "payments": "P", "incidents": "I", "evidence": "E"}


def _items(raw: object) -> Iterator[tuple[int, Mapping[str, object]]]:
    if isinstance(raw, list):
        for index, item in enumerate(raw):
            if isinstance(item, dict):
                yield index, item


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _order(ctx: Ctx, obj: Mapping[str, object], place: str, first: str, last: str) -> None:
    a, b = _date(obj.get(first)), _date(obj.get(last))
    if a is not None and b is not None and a > b:
        ctx.err(place_of(place, last), "period_order", start=obj[first], end=obj[last])


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones()) - {"localtime", "Factory", "posixrules"}


def is_time_zone(name: str) -> bool:
    """An IANA zone name the time zone database knows (not `localtime`)."""
    if name not in _zone_names():
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _warn_overlapping_service(ctx: Ctx, raw: Mapping[str, object]) -> None:
    """A warning (never an error: files written before stay readable) for each
    `prior_service` entry whose days overlap an earlier entry or the current
    employment; the rules count such days once (`calc_severance.service`)."""
    periods: list[tuple[dt.date, dt.date]] = []
    contract = raw.get("contract")
    start = _date(raw.get("employment_start"))
    if start is None and isinstance(contract, dict):
        start = _date(contract.get("start"))
    ended = raw.get("employment_ended")
    end = _date(ended.get("date")) if isinstance(ended, dict) else None
    if start is not None:
        periods.append((start, end or dt.date.max))
    for index, item in _items(raw.get("prior_service")):
        a, b = _date(item.get("start")), _date(item.get("end"))
        if a is None or b is None or a > b:
            continue
        for c, d in periods:
            lo, hi = max(a, c), min(b, d)
            if lo <= hi:
                place = place_of(place_of("case", "prior_service"), index)
                ctx.warnings.append(
                    problem(
                        place, "prior_service_overlap", start=lo.isoformat(), end=hi.isoformat()
                    )
                )
                break
        periods.append((a, b))


def _warn_unknown_city(ctx: Ctx, city: object, place: str) -> None:
    """A city key the law data does not know is a warning, kept as written.
    A 6-digit administrative division code (GB/T 2260) is a valid place: the
    law data reads it as its province's `other:<region>`."""
    if (
        isinstance(city, str)
        and ctx.known_cities is not None
        and city != "other"
        and city not in ctx.known_cities
        and not (len(city) == 6 and city.isdigit())
    ):
        ctx.warnings.append(problem(place, "unknown_city", value=short(city)))


def _check_case(ctx: Ctx, raw: object, sha: str) -> dict[str, object] | None:
    case = check_object(ctx, raw, "case", CASE)
    if not isinstance(raw, dict):
        return None
    uid = raw.get("uid")
    if isinstance(uid, str) and not _UUID_RE.match(uid):
        ctx.err("case.uid", "bad_uid", value=short(uid))
    tz = raw.get("time_zone")
    if isinstance(tz, str) and not is_time_zone(tz):
        ctx.err("case.time_zone", "bad_time_zone", value=short(tz))
    _warn_unknown_city(ctx, raw.get("city"), "case.city")
    for party in ("employer", "client"):
        org = raw.get(party)
        if isinstance(org, dict):
            _warn_unknown_city(ctx, org.get("city"), f"case.{party}.city")
    contract = raw.get("contract")
    if isinstance(contract, dict):
        _order(ctx, contract, "case.contract", "start", "end")
    for key, first, last in (("prior_service", "start", "end"), ("protected", "from", "to")):
        for index, item in _items(raw.get(key)):
            _order(ctx, item, place_of(place_of("case", key), index), first, last)
    _warn_overlapping_service(ctx, raw)
    if raw.get("pay_basis") in (None, "monthly") and raw.get("monthly_wage") is None:
        ctx.err("case.monthly_wage", "missing_key", key="monthly_wage")
    if case is None:
        return None
    case.setdefault("uid", str(uuid.uuid5(UID_NAMESPACE, sha)))
    case.setdefault("time_zone", DEFAULT_TIME_ZONE)
    case.setdefault("arrangement", "unknown")
    case.setdefault("city", "other")
    case.setdefault("pay_lag_months", 1)
    return case


def _check_record(ctx: Ctx, key: str, raw: Mapping[str, object], place: str) -> object:
    fields = LISTS[key]
    if fields is None:
        kind = raw.get("kind")
        fields = incident_fields(kind if isinstance(kind, str) else None)
    record = check_object(ctx, raw, place, fields)
    if key == "payments":
        if raw.get("amount") is None and raw.get("net") is None:
            ctx.err(place, "amount_or_net")
        _order(ctx, raw, place, "period_start", "period_end")
    elif key == "days":
        if raw.get("leave_kind") is not None and raw.get("status") != "leave":
            ctx.err(place_of(place, "leave_kind"), "leave_kind_not_leave")
    elif key == "incidents":
        _order(ctx, raw, place, "period_start", "period_end")
    elif key == "evidence":
        for index, item in _items(raw.get("files")):
            path, sha = item.get("path"), item.get("sha256")
            match = _EVIDENCE_PATH_RE.match(path) if isinstance(path, str) else None
            if isinstance(path, str) and (match is None or match.group(1) != sha):
                where = place_of(place_of(place_of(place, "files"), index), "path")
                ctx.err(where, "bad_evidence_path", value=short(path))
    return INVALID if record is None else record


def _unique(ctx: Ctx, key: str, raw: object, field: str, problem_key: str) -> set[str]:
    """Report values of `field` seen twice in list `key`; return the valid ones."""
    seen: set[str] = set()
    for index, item in _items(raw):
        value = item.get(field)
        if not isinstance(value, str) or (field == "id" and not ID_RE.match(value)):
            continue
        if value in seen:
            ctx.err(place_of(place_of(key, index), field), problem_key, value=short(value))
        seen.add(value)
    return seen


def _assign_ids(records: list[dict[str, object]], prefix: str, taken: set[str]) -> None:
    """Give each record without an id `<prefix><n>` (n its 1-based position),
    or `<prefix><n>-2`, `-3`, … when that is taken."""
    used = set(taken)
    for index, record in enumerate(records):
        if "id" in record:
            continue
        candidate, suffix = f"{prefix}{index + 1}", 1
        while candidate in used:
            suffix += 1
            candidate = f"{prefix}{index + 1}-{suffix}"
        record["id"] = candidate
        used.add(candidate)


def _check_refs(ctx: Ctx, doc: Mapping[str, object], people: set[str], evidence: set[str]) -> None:
    for kind in RECORD_KINDS:
        if not kind.holds_evidence:
            continue
        key = kind.list_field
        for index, item in _items(doc.get(key)):
            place = place_of(key, index)
            refs = item.get("evidence")
            for n, ref in enumerate(refs if isinstance(refs, list) else []):
                if isinstance(ref, str) and ID_RE.match(ref) and ref not in evidence:
                    ctx.err(
                        place_of(place_of(place, "evidence"), n),
                        "dangling_ref",
                        ref=f"evidence:{ref}",
                    )
            for field in kind.person_fields:
                who = item.get(field)
                if isinstance(who, str) and ID_RE.match(who) and who not in people:
                    ctx.err(place_of(place, field), "dangling_ref", ref=f"person:{who}")


def _check_file_sizes(ctx: Ctx, doc: Mapping[str, object]) -> None:
    """One file (one SHA-256) has one size wherever it is listed."""
    sizes: dict[str, object] = {}
    for index, item in _items(doc.get("evidence")):
        for n, f in _items(item.get("files")):
            sha, size = f.get("sha256"), f.get("size")
            if not isinstance(sha, str) or isinstance(size, bool) or not isinstance(size, int):
                continue
            if sha in sizes and sizes[sha] != size:
                where = place_of(
                    place_of(place_of(place_of("evidence", index), "files"), n), "size"
                )
                ctx.err(where, "size_conflict", size=size, other=sizes[sha])
            sizes.setdefault(sha, size)


def validate_document(value: object, ctx: Ctx, document_sha256: str) -> dict[str, object] | None:
    """Check a parsed document completely; every problem goes into `ctx`."""
    if not isinstance(value, dict):
        ctx.err("", "not_a_document")
        return None
    before = len(ctx.problems)
    fmt, version = value.get("format"), value.get("version")
    if "format" not in value:
        ctx.err("format", "missing_key", key="format")
    elif fmt != FORMAT:
        ctx.err("format", "bad_format", value=short(fmt))
    if "version" not in value:
        ctx.err("version", "missing_key", key="version")
    elif isinstance(version, bool) or not isinstance(version, int):
        ctx.err("version", "wrong_type", expected=type_name("integer"), value=short(version))
    elif version != VERSION:
        ctx.err("version", "unsupported_version", value=version)
        return None  # another version's keys would only add noise
    out: dict[str, object] = {"format": FORMAT, "version": VERSION}
    for key, item in value.items():
        if key.startswith("x-"):
            out[key] = extra_value(ctx, item, key)
        elif key not in LISTS and key not in ("format", "version", "case"):
            ctx.err(key, "unknown_key", key=short(key))
    if "case" not in value:
        ctx.err("case", "missing_key", key="case")
    else:
        case = _check_case(ctx, value["case"], document_sha256)
        if case is not None:
            out["case"] = case
    for key in LISTS:
        raw = value.get(key)
        if raw is None:
            out[key] = []
            continue
        if not isinstance(raw, list):
            ctx.err(key, "wrong_type", expected=type_name("list"), value=short(raw))
            continue
        records: list[dict[str, object]] = []
        for index, item in enumerate(raw):
            place = place_of(key, index)
            if not isinstance(item, dict):
                ctx.err(place, "wrong_type", expected=type_name("object"), value=short(item))
                continue
            checked = _check_record(ctx, key, item, place)
            if isinstance(checked, dict):
                records.append(checked)
        out[key] = records
    ids: dict[str, set[str]] = {}
    for kind in RECORD_KINDS:  # ids, days and months unique within their list
        key = kind.list_field
        found = _unique(ctx, key, value.get(key), kind.key_field, DUPLICATE[kind.key_field])
        if kind.key_field == "id":
            ids[key] = found
    _check_refs(ctx, value, ids["people"], ids["evidence"])
    _check_file_sizes(ctx, value)
    if len(ctx.problems) != before:
        return None
    for key, prefix in ID_PREFIX.items():
        records_out = out[key]
        assert isinstance(records_out, list)
        _assign_ids(records_out, prefix, ids[key])
    return out


def check_case_image(image: Mapping[str, object], today: dt.date) -> list[Problem]:
    """The problems the reader would find in this ``case`` object (the services
    check what they store with it: what the app saves, it can read back)."""
    ctx = Ctx(today=today)
    _no_lone_surrogates(ctx, image, "case")
    _check_case(ctx, dict(image), "")
    return ctx.problems


def check_record_image(
    list_field: str, image: Mapping[str, object], today: dt.date, place: str
) -> list[Problem]:
    """The problems the reader would find in one record of ``list_field``
    (``payments``, ``days``, …) written as ``image``, placed at ``place``."""
    ctx = Ctx(today=today)
    _no_lone_surrogates(ctx, image, place)
    _check_record(ctx, list_field, image, place)
    return ctx.problems


def _no_lone_surrogates(ctx: Ctx, image: object, place: str) -> None:
    try:
        canonical_bytes(image)
    except UnicodeEncodeError:
        ctx.err(place, "lone_surrogate")
