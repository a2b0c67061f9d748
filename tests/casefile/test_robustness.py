"""Whatever the bytes, reading either succeeds or raises CaseFileError: never
another exception (which the CLI would report as a crash), never half a case."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import cases

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.errors import CaseFileError
from caseapp.casefile.reader import read_case_file
from caseapp.casefile.strictjson import JsonNumber
from caseapp.domain.model import Case

TODAY = dt.date(2026, 1, 1)

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**12), 10**12),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=12),
        st.sampled_from(["2025-06-01", "2025-13-01", "1500.00", "-1", "P1", "E1", "standby", "x"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _read(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.caseapp.json"
        path.write_bytes(data)
        try:
            loaded = read_case_file(path, TODAY)
        except CaseFileError as exc:
            assert exc.problems
            for p in exc.problems:
                p.render("zh")
                p.render("en")
            return
        # accepted: it must write back and read again to the same document
        again = canonical_bytes(case_to_document(loaded.case))
        path.write_bytes(again)
        assert canonical_bytes(case_to_document(read_case_file(path, TODAY).case)) == again


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(case=cases(max_records=3), data=st.data())
def test_replacing_any_value_never_crashes(case: Case, data: st.DataObject) -> None:
    doc = json.loads(canonical_bytes(case_to_document(case)))
    paths = _paths(doc)
    path = data.draw(st.sampled_from(paths[1:]))
    target: Any = doc
    for step in path[:-1]:
        target = target[step]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "delete" and isinstance(target, dict):
        del target[path[-1]]
    elif action == "add" and isinstance(target, dict):
        target[data.draw(st.text(max_size=10))] = data.draw(json_values)
    else:
        target[path[-1]] = data.draw(json_values)
    _read(json.dumps(doc, ensure_ascii=False).encode())


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(case=cases(max_records=2), data=st.data())
def test_mangled_bytes_never_crash(case: Case, data: st.DataObject) -> None:
    raw = bytearray(canonical_bytes(case_to_document(case)))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        how = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        if how == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif how == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=4))
        else:
            del raw[at]
    _read(bytes(raw))


def test_json_number_marker_is_not_leaked() -> None:
    assert JsonNumber("1.5").text == "1.5"


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(data=st.data())
def test_mangled_zip_never_crashes(data: st.DataObject) -> None:
    raw = bytearray(_sample_zip_bytes())
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] ^= data.draw(st.integers(1, 255))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.caseapp.zip"
        path.write_bytes(bytes(raw))
        try:
            read_case_file(path, TODAY)
        except CaseFileError as exc:
            assert exc.problems


_CACHE: dict[str, bytes] = {}


def _sample_zip_bytes() -> bytes:
    if "zip" not in _CACHE:
        from .helpers import sample_zip

        with tempfile.TemporaryDirectory() as tmp:
            out, _, _ = sample_zip(Path(tmp))
            _CACHE["zip"] = out.read_bytes()
    return _CACHE["zip"]
