"""Bad input: every malformed file is refused as a whole, every problem named
with its place (spec: Bad input). One row per malformed file."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import struct
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.errors import CaseFileError
from caseapp.casefile.reader import read_case_file

from .helpers import TODAY, read_member, rezip, sample_case, sample_zip

Doc = dict[str, Any]


def base_doc() -> Doc:
    doc = json.loads(canonical_bytes(case_to_document(sample_case())))
    doc["incidents"] = [
        {"id": "I1", "date": "2025-06-01", "kind": "standby_notice", "summary": "通知待岗"}
    ]
    return doc


def edit(fn: Callable[[Doc], None]) -> Callable[[], bytes]:
    def build() -> bytes:
        doc = base_doc()
        fn(doc)
        return json.dumps(doc, ensure_ascii=False).encode()

    return build


def raw(fn: Callable[[str], str]) -> Callable[[], bytes]:
    def build() -> bytes:
        return fn(json.dumps(base_doc(), ensure_ascii=False, sort_keys=True)).encode()

    return build


def setp(path: str, value: object) -> Callable[[Doc], None]:
    """Set a value by a place like ``payments[0].amount``."""

    def fn(doc: Doc) -> None:
        target: Any = doc
        parts = path.replace("]", "").replace("[", ".").split(".")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return fn


DELETE = object()


def both(*fns: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def fn(doc: Doc) -> None:
        for f in fns:
            f(doc)

    return fn


def deep(doc: Doc) -> None:
    value: object = "bottom"
    for _ in range(40):
        value = [value]
    doc["x-deep"] = value


def dup_day(doc: Doc) -> None:
    doc["days"].append(copy.deepcopy(doc["days"][0]))


def dup_evidence(doc: Doc) -> None:
    doc["evidence"].append(copy.deepcopy(doc["evidence"][0]))


def dup_month(doc: Doc) -> None:
    doc["social_insurance"] = [
        {"month": "2025-06", "status": "paid"},
        {"month": "2025-06", "status": "unpaid"},
    ]


# (id, builder, expected {(place, message key without "casefile.")})
JSON_CASES: list[tuple[str, Callable[[], bytes], set[tuple[str, str]]]] = [
    ("wrong-type-date", edit(setp("days[0].date", 20250602)), {("days[0].date", "wrong_type")}),
    ("wrong-type-list", edit(setp("days", {"a": 1})), {("days", "wrong_type")}),
    ("wrong-type-name", edit(setp("case.worker.name", 7)), {("case.worker.name", "wrong_type")}),
    (
        "unknown-key-record",
        edit(setp("payments[0].amount_gross", "1.00")),
        {("payments[0].amount_gross", "unknown_key")},
    ),
    ("unknown-key-case", edit(setp("case.salary", "1.00")), {("case.salary", "unknown_key")}),
    ("unknown-key-top", edit(setp("notes", [])), {("notes", "unknown_key")}),
    (
        "extra-key-of-other-incident-kind",
        edit(setp("incidents[0].reason", "personal")),
        {("incidents[0].reason", "unknown_key")},
    ),
    ("impossible-date", edit(setp("days[0].date", "2025-02-30")), {("days[0].date", "bad_date")}),
    ("not-a-date", edit(setp("days[0].date", "02/06/2025")), {("days[0].date", "bad_date")}),
    (
        "event-far-in-future",
        edit(setp("days[0].date", "2031-01-01")),
        {("days[0].date", "date_range")},
    ),
    (
        "event-before-1990",
        edit(setp("payments[0].paid_on", "1989-12-31")),
        {("payments[0].paid_on", "date_range")},
    ),
    (
        "contract-end-after-2100",
        edit(setp("case.contract.end", "2101-01-01")),
        {("case.contract.end", "date_range")},
    ),
    ("duplicate-month", edit(dup_month), {("social_insurance[1].month", "duplicate_month")}),
    (
        "month-13",
        edit(setp("social_insurance", [{"month": "2025-13", "status": "paid"}])),
        {("social_insurance[0].month", "bad_month")},
    ),
    (
        "negative-amount",
        edit(setp("payments[0].amount", "-100.00")),
        {("payments[0].amount", "negative")},
    ),
    (
        "three-decimals",
        edit(setp("payments[0].amount", "2490.001")),
        {("payments[0].amount", "too_many_decimals")},
    ),
    (
        "three-decimals-number",
        raw(lambda t: t.replace('"amount": "2490.00"', '"amount": 2490.125')),
        {("payments[0].amount", "too_many_decimals")},
    ),
    (
        "exponent",
        raw(lambda t: t.replace('"amount": "2490.00"', '"amount": 2.49e3')),
        {("payments[0].amount", "exponent")},
    ),
    (
        "comma-decimal",
        edit(setp("payments[0].amount", "12,00")),
        {("payments[0].amount", "bad_money")},
    ),
    (
        "too-large-amount",
        edit(setp("case.monthly_wage", "123456789.00")),
        {("case.monthly_wage", "too_large_amount")},
    ),
    (
        "boolean-for-money",
        edit(setp("payments[0].amount", True)),
        {("payments[0].amount", "wrong_type")},
    ),
    ("boolean-for-int", edit(setp("case.payday", True)), {("case.payday", "wrong_type")}),
    (
        "fraction-for-int",
        raw(lambda t: t.replace('"payday": 15', '"payday": 15.5')),
        {("case.payday", "wrong_type")},
    ),
    (
        "nan",
        raw(lambda t: t.replace('"amount": "2490.00"', '"amount": NaN')),
        {("payments[0].amount", "not_a_number")},
    ),
    (
        "infinity",
        raw(lambda t: t.replace('"payday": 15', '"payday": -Infinity')),
        {("case.payday", "not_a_number")},
    ),
    (
        "duplicate-keys",
        raw(lambda t: t.replace('"payday": 15', '"payday": 15, "payday": 20')),
        {("case.payday", "duplicate_key")},
    ),
    (
        "lone-surrogate",
        raw(lambda t: t.replace('"summary": "通知待岗"', '"summary": "a\\ud800b"')),
        {("incidents[0].summary", "lone_surrogate")},
    ),
    ("deep-nesting", edit(deep), {("", "too_deep")}),
    ("duplicate-days", edit(dup_day), {("days[2].date", "duplicate_day")}),
    (
        "unknown-enum",
        edit(setp("days[0].status", "benched")),
        {("days[0].status", "unknown_code")},
    ),
    (
        "reference-nowhere",
        edit(setp("days[0].evidence", ["E9"])),
        {("days[0].evidence[0]", "dangling_ref")},
    ),
    (
        "unknown-incident-kind",
        edit(both(setp("incidents[0].kind", "sacked"), setp("incidents[0].scope", "project"))),
        {("incidents[0].kind", "unknown_code")},
    ),
    (
        "person-nowhere",
        edit(setp("incidents[0].actor", "P9")),
        {("incidents[0].actor", "dangling_ref")},
    ),
    ("duplicate-ids", edit(dup_evidence), {("evidence[2].id", "duplicate_id")}),
    ("bad-id", edit(setp("people[0].id", "P 1")), {("people[0].id", "bad_id")}),
    ("empty-file", lambda: b"", {("", "empty")}),
    ("only-whitespace", lambda: b" \n\t", {("", "empty")}),
    (
        "non-utf8",
        lambda: '{"format": "caseapp.case", "x": "é"}'.encode("latin-1"),
        {("", "not_utf8")},
    ),
    ("truncated-json", lambda: edit(lambda d: None)()[:-40], {("", "syntax")}),
    ("top-level-list", lambda: b"[]", {("", "not_a_document")}),
    (
        "missing-required",
        edit(setp("case.worker.name", DELETE)),
        {("case.worker.name", "missing_key")},
    ),
    ("missing-case", edit(setp("case", DELETE)), {("case", "missing_key")}),
    (
        "leave-kind-not-leave",
        edit(setp("days[0].leave_kind", "annual")),
        {("days[0].leave_kind", "leave_kind_not_leave")},
    ),
    (
        "no-amount-no-net",
        edit(setp("payments[0].amount", DELETE)),
        {("payments[0]", "amount_or_net")},
    ),
    (
        "period-reversed",
        edit(setp("payments[0].period_end", "2025-05-01")),
        {("payments[0].period_end", "period_order")},
    ),
    ("payday-32", edit(setp("case.payday", 32)), {("case.payday", "out_of_range")}),
    (
        "pay-lag-3",
        edit(setp("case.pay_lag_months", 3)),
        {("case.pay_lag_months", "out_of_range")},
    ),
    (
        "ratio-over-1",
        edit(
            setp(
                "case.overrides",
                {"standby_ratio": [{"from": "2025-01-01", "value": "1.5", "source": "x"}]},
            )
        ),
        {("case.overrides.standby_ratio[0].value", "out_of_range")},
    ),
    ("bad-time", edit(setp("days[0].start", "25:00")), {("days[0].start", "bad_time")}),
    (
        "bad-time-zone",
        edit(setp("case.time_zone", "Mars/Olympus")),
        {("case.time_zone", "bad_time_zone")},
    ),
    (
        "time-zone-localtime",
        edit(setp("case.time_zone", "localtime")),
        {("case.time_zone", "bad_time_zone")},
    ),
    (
        "instant-without-offset",
        edit(setp("days[0].recorded_at", "2025-06-02T09:00:00")),
        {("days[0].recorded_at", "bad_instant")},
    ),
    ("bad-uid", edit(setp("case.uid", "not-a-uuid")), {("case.uid", "bad_uid")}),
    ("version-2", edit(setp("version", 2)), {("version", "unsupported_version")}),
    ("wrong-format", edit(setp("format", "other")), {("format", "bad_format")}),
    (
        "evidence-path-mismatch",
        edit(
            setp(
                "evidence[0].files",
                [{"path": "evidence/" + "a" * 64 + ".jpg", "sha256": "b" * 64, "size": 3}],
            )
        ),
        {("evidence[0].files[0].path", "bad_evidence_path")},
    ),
    (
        "one-file-two-sizes",
        edit(
            both(
                setp(
                    "evidence[0].files",
                    [{"path": "evidence/" + "a" * 64, "sha256": "a" * 64, "size": 3}],
                ),
                setp(
                    "evidence[1].files",
                    [{"path": "evidence/" + "a" * 64 + ".png", "sha256": "a" * 64, "size": 4}],
                ),
            )
        ),
        {("evidence[1].files[0].size", "size_conflict")},
    ),
    (
        "x-number-beyond-a-double",
        raw(lambda t: t.replace('"payday": 15', '"payday": 15, "x-n": ' + "9" * 400 + ".5")),
        {("case.x-n", "bad_decimal")},
    ),
    (
        "null-for-required",
        edit(setp("days[0].status", None)),
        {("days[0].status", "wrong_type")},
    ),
    (
        "three-problems-at-once",
        edit(
            both(
                setp("payments[0].amount", "-1.00"),
                setp("case.colour", "red"),
                dup_day,
            )
        ),
        {
            ("payments[0].amount", "negative"),
            ("case.colour", "unknown_key"),
            ("days[2].date", "duplicate_day"),
        },
    ),
]


def _refused(path: Path) -> set[tuple[str, str]]:
    with pytest.raises(CaseFileError) as info:
        read_case_file(path, TODAY)
    problems = info.value.problems
    for p in problems:  # every problem renders in both languages
        assert p.render("zh") and p.render("en")
    return {(p.place, p.message.key.removeprefix("casefile.")) for p in problems}


@pytest.mark.parametrize(("name", "build", "expected"), JSON_CASES, ids=[c[0] for c in JSON_CASES])
def test_malformed_json_is_refused(
    tmp_path: Path, name: str, build: Callable[[], bytes], expected: set[tuple[str, str]]
) -> None:
    path = tmp_path / "bad.caseapp.json"
    path.write_bytes(build())
    assert _refused(path) == expected


def test_the_base_document_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "ok.caseapp.json"
    path.write_bytes(edit(lambda d: None)())
    read_case_file(path, TODAY)


def test_a_leading_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.caseapp.json"
    path.write_bytes(b"\xef\xbb\xbf" + edit(lambda d: None)())
    loaded = read_case_file(path, TODAY)
    assert loaded.case.info.worker.name == "李青"


def test_a_file_over_64_mib_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.caseapp.json"
    with path.open("wb") as fh:
        fh.truncate(64 * 1024 * 1024 + 1)  # sparse: the size alone refuses it
    assert _refused(path) == {("", "too_large")}


def test_unknown_city_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "city.caseapp.json"
    path.write_bytes(edit(setp("case.city", "atlantis"))())
    loaded = read_case_file(path, TODAY, known_cities=frozenset({"hangzhou"}))
    assert [(w.place, w.message.key) for w in loaded.warnings] == [
        ("case.city", "casefile.unknown_city")
    ]


def test_a_division_code_or_other_province_is_not_a_warning(tmp_path: Path) -> None:
    # the spec: a 6-digit administrative division code or other:<province> is a place
    known = frozenset({"hangzhou", "other:anhui"})
    for city in ("340100", "other:anhui"):
        path = tmp_path / f"{city.replace(':', '-')}.caseapp.json"
        path.write_bytes(edit(setp("case.city", city))())
        loaded = read_case_file(path, TODAY, known_cities=known)
        assert list(loaded.warnings) == [], city
    # near miss: five digits is not a code
    path = tmp_path / "five.caseapp.json"
    path.write_bytes(edit(setp("case.city", "34010"))())
    loaded = read_case_file(path, TODAY, known_cities=known)
    assert [w.message.key for w in loaded.warnings] == ["casefile.unknown_city"]


def test_absent_ids_and_uid_are_assigned_deterministically(tmp_path: Path) -> None:
    def strip(doc: Doc) -> None:
        del doc["case"]["uid"]
        doc["tasks"] = [
            {"assigned_on": "2025-05-01", "title": "a"},
            {"id": "T1", "assigned_on": "2025-05-02", "title": "b"},
        ]

    path = tmp_path / "ids.caseapp.json"
    path.write_bytes(edit(strip)())
    first = read_case_file(path, TODAY)
    second = read_case_file(path, TODAY)
    assert first.case.info.uid == second.case.info.uid
    assert sorted(t.id for t in first.case.tasks) == ["T1", "T1-2"]


# --- zip containers ------------------------------------------------------------


def _patch_headers(data: bytes, name: str, local_off: int, central_off: int, value: bytes) -> bytes:
    """Overwrite a field of one entry's local and central headers."""
    buf = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        header = zf.getinfo(name).header_offset
    buf[header + local_off : header + local_off + len(value)] = value
    pos = buf.find(b"PK\x01\x02")
    while pos != -1:
        (name_len,) = struct.unpack("<H", buf[pos + 28 : pos + 30])
        if bytes(buf[pos + 46 : pos + 46 + name_len]) == encoded:
            buf[pos + central_off : pos + central_off + len(value)] = value
        pos = buf.find(b"PK\x01\x02", pos + 4)
    return bytes(buf)


def _with_entries(src: Path, dst: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    rezip(src, dst)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on duplicate names
        with zipfile.ZipFile(dst, "a") as zf:
            for info, data in entries:
                zf.writestr(info, data)
    return dst


ZERO_SHA = hashlib.sha256(b"\0" * (50 * 1024 * 1024)).hexdigest()


def _link() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("evidence/" + "c" * 64)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


def _bzip2(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_BZIP2
    return info


def zip_case(tmp: Path, name: str) -> tuple[Path, set[tuple[str, str]]]:
    good, case, _ = sample_zip(tmp, "good.caseapp.zip")
    bad = tmp / "bad.caseapp.zip"
    ev = sorted(f.path for e in case.evidence for f in e.files)
    if name == "dotdot":
        return _with_entries(good, bad, [("../evil.txt", b"x")]), {
            ("../evil.txt", "zip.unsafe_name")
        }
    if name == "dotdot-inside":
        return _with_entries(good, bad, [("evidence/../../x", b"x")]), {
            ("evidence/../../x", "zip.unsafe_name")
        }
    if name == "absolute":
        return _with_entries(good, bad, [("/etc/passwd", b"x")]), {
            ("/etc/passwd", "zip.unsafe_name")
        }
    if name == "backslash":
        return _with_entries(good, bad, [("evidence\\x.txt", b"x")]), {
            ("evidence\\x.txt", "zip.unsafe_name")
        }
    if name == "symlink":
        return _with_entries(good, bad, [(_link(), b"/etc/passwd")]), {
            (_link().filename, "zip.link")
        }
    if name == "same-name-twice":
        return _with_entries(good, bad, [("case.json", b"{}")]), {
            ("case.json", "zip.duplicate_name")
        }
    if name == "same-name-other-case":
        return _with_entries(good, bad, [("CASE.JSON", b"{}")]), {
            ("CASE.JSON", "zip.duplicate_name")
        }
    if name == "same-name-other-normalisation":
        nfc, nfd = unicodedata.normalize("NFC", "é.txt"), unicodedata.normalize("NFD", "é.txt")
        return _with_entries(good, bad, [(nfc, b"a"), (nfd, b"b")]), {
            (nfc, "zip.unexpected_entry"),
            (nfd, "zip.duplicate_name"),
        }
    if name == "unexpected-entry":
        return _with_entries(good, bad, [("notes.txt", b"hello")]), {
            ("notes.txt", "zip.unexpected_entry")
        }
    if name == "directory-entry":
        return _with_entries(good, bad, [("evidence/", b"")]), {
            ("evidence/", "zip.unexpected_entry")
        }
    if name == "hash-mismatch":
        data = bytearray(read_member(good, ev[0]))
        data[0] ^= 0xFF
        return rezip(good, bad, {ev[0]: bytes(data)}), {
            (ev[0], "zip.hash_name_mismatch"),
            (ev[0], "zip.sums_mismatch"),
        }
    if name == "sums-edited":
        sums = read_member(good, "SHA256SUMS").replace(b"  case.json", b"  case.jsn")
        return rezip(good, bad, {"SHA256SUMS": sums}), {
            ("case.json", "zip.not_in_sums"),
            ("SHA256SUMS:2", "zip.sums_lists_absent"),
        }
    if name == "missing-evidence":
        return rezip(good, bad, {ev[1]: None}), {
            ("evidence[1].files[0]", "zip.evidence_missing"),
            ("SHA256SUMS:4", "zip.sums_lists_absent"),
        }
    if name == "unlisted-evidence":
        data = b"an extra file"
        extra = "evidence/" + hashlib.sha256(data).hexdigest()
        return _with_entries(good, bad, [(extra, data)]), {
            (extra, "zip.unlisted_evidence"),
            (extra, "zip.not_in_sums"),
        }
    if name == "missing-journal":
        lines = [
            line for line in read_member(good, "SHA256SUMS").splitlines() if b"journal" not in line
        ]
        return rezip(good, bad, {"journal.jsonl": None, "SHA256SUMS": b"\n".join(lines) + b"\n"}), {
            ("journal.jsonl", "zip.missing_member")
        }
    if name == "bomb-lying-header":
        rezip(good, bad)
        with zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("evidence/" + ZERO_SHA, b"\0" * (50 * 1024 * 1024))
        data = _patch_headers(
            bad.read_bytes(), "evidence/" + ZERO_SHA, 22, 24, struct.pack("<I", 1000)
        )
        bad.write_bytes(data)
        return bad, {
            ("evidence/" + ZERO_SHA, "zip.corrupt"),
            ("evidence/" + ZERO_SHA, "zip.not_in_sums"),
        }
    if name == "bomb-honest-header":
        rezip(good, bad)
        with zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("evidence/" + ZERO_SHA, b"\0" * (50 * 1024 * 1024))
        return bad, {
            ("evidence/" + ZERO_SHA, "zip.ratio"),
            ("evidence/" + ZERO_SHA, "zip.not_in_sums"),
        }
    if name == "case-json-too-large":
        big = b" " * (64 * 1024 * 1024 + 1)
        return rezip(good, bad, {"case.json": big}), {("case.json", "zip.too_large")}
    if name == "truncated":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
        return bad, {("", "zip.not_zip")}
    if name == "empty":
        bad.write_bytes(b"")
        return bad, {("", "zip.not_zip")}
    if name == "encrypted":
        data = _patch_headers(good.read_bytes(), "HOW-TO-VERIFY.txt", 6, 8, b"\x01")
        bad.write_bytes(data)
        return bad, {("HOW-TO-VERIFY.txt", "zip.encrypted")}
    if name == "strong-encryption":
        data = _patch_headers(good.read_bytes(), "HOW-TO-VERIFY.txt", 6, 8, b"\x40")
        bad.write_bytes(data)
        return bad, {("HOW-TO-VERIFY.txt", "zip.encrypted")}
    if name == "patched-data":
        data = _patch_headers(good.read_bytes(), "HOW-TO-VERIFY.txt", 6, 8, b"\x20")
        bad.write_bytes(data)
        return bad, {("HOW-TO-VERIFY.txt", "zip.compression")}
    if name == "bzip2":
        return _with_entries(good, bad, [(_bzip2("notes.txt"), b"x" * 100)]), {
            ("notes.txt", "zip.compression")
        }
    if name == "bad-document-inside":
        doc = read_member(good, "case.json").replace(b'"payday":15', b'"payday":99')
        sums = read_member(good, "SHA256SUMS").decode()
        old = hashlib.sha256(read_member(good, "case.json")).hexdigest()
        sums = sums.replace(old, hashlib.sha256(doc).hexdigest())
        return rezip(good, bad, {"case.json": doc, "SHA256SUMS": sums.encode()}), {
            ("case.payday", "out_of_range"),
            ("case.json", "zip.not_as_exported"),
        }
    raise AssertionError(name)


ZIP_CASES = [
    "dotdot",
    "dotdot-inside",
    "absolute",
    "backslash",
    "symlink",
    "same-name-twice",
    "same-name-other-case",
    "same-name-other-normalisation",
    "unexpected-entry",
    "directory-entry",
    "hash-mismatch",
    "sums-edited",
    "missing-evidence",
    "unlisted-evidence",
    "missing-journal",
    "bomb-lying-header",
    "bomb-honest-header",
    "case-json-too-large",
    "truncated",
    "empty",
    "encrypted",
    "strong-encryption",
    "patched-data",
    "bzip2",
    "bad-document-inside",
]


@pytest.mark.parametrize("name", ZIP_CASES)
def test_malformed_zip_is_refused(tmp_path: Path, name: str) -> None:
    path, expected = zip_case(tmp_path, name)
    assert _refused(path) == expected


def test_the_table_is_large_enough() -> None:
    assert len(JSON_CASES) + len(ZIP_CASES) >= 40
