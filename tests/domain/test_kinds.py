"""The one table of record kinds, and every place that walks the kinds uses it.

Adding a field or a kind is the procedure in docs/architecture.md ("Adding a
field or a record kind"); these tests name the step that was missed.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Mapping
from decimal import Decimal

import pytest

from caseapp.casefile import decode, encode, validate
from caseapp.casefile.canonical import canonical_bytes
from caseapp.domain import model
from caseapp.domain.changes import Changes, apply_changes
from caseapp.domain.kinds import KIND, RECORD_KINDS, RecordKind, kind_of, ref_of, split_ref
from caseapp.domain.model import Case, Day, Person, Task
from caseapp.domain.vocab import Arrangement, ContractKind, DayStatus, Party
from caseapp.storage import lean
from caseapp.storage.models import RECORD_TABLES


def test_every_record_class_has_one_kind_in_document_order() -> None:
    classes = typing.get_args(model.Record)
    assert [k.cls for k in RECORD_KINDS] == list(classes)
    case_lists = [f.name for f in dataclasses.fields(Case) if f.name not in ("info", "extra")]
    assert [k.list_field for k in RECORD_KINDS] == case_lists
    assert len(KIND) == len(RECORD_KINDS)
    for kind in RECORD_KINDS:
        assert kind.key_field in {f.name for f in dataclasses.fields(kind.cls)}
        for field in kind.person_fields:
            assert field in {f.name for f in dataclasses.fields(kind.cls)}
        names = {f.name for f in dataclasses.fields(kind.cls)}
        assert kind.holds_evidence == ("evidence" in names and kind.cls is not model.Evidence)
        assert (kind.key_field == "id") == bool(kind.id_prefix)


def test_every_layer_knows_every_kind() -> None:
    names = [k.name for k in RECORD_KINDS]
    assert list(encode._ENCODE) == names  # the writer of each kind
    assert list(decode._FROM) == names  # the reader of each kind
    assert list(validate.LISTS) == [k.list_field for k in RECORD_KINDS]  # its fields' checks
    assert list(RECORD_TABLES) == names  # its table
    for kind in RECORD_KINDS:
        table = RECORD_TABLES[kind.name]
        assert table.__tablename__ == lean.table_of(kind)
        assert lean.key_column(kind) in table.__table__.columns
        assert lean.order_column(kind) in table.__table__.columns


def _full(tp: object) -> object:
    """A value of type ``tp`` that is not its field's default: every optional
    field set, every list non-empty, nested objects filled the same way."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return _full(next(a for a in args if a is not type(None)))
    if origin is tuple:
        return (_full(args[0]),)
    if origin in (Mapping, dict, collections.abc.Mapping):
        if args[0] is str and args[1] is object:
            return {"x-note": "kept"}  # the x- keys of `extra`
        return {_full(args[0]): _full(args[1])}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return list(tp)[-1]
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        return tp(**{f.name: _full(hints[f.name]) for f in dataclasses.fields(tp)})
    sample: dict[object, object] = {
        str: "08:30",  # also a valid clock time for `start`, `end`, `time`
        int: 3,
        bool: True,
        Decimal: Decimal("12.50"),
        dt.date: dt.date(2025, 3, 17),
        dt.datetime: dt.datetime(2025, 3, 17, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    }
    return sample[tp]


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda k: k.name)
def test_the_codec_carries_every_field_of_every_kind(kind: RecordKind) -> None:
    """A record with every field set survives encode -> decode unchanged, and
    each field has its key in the JSON: a field added to the model but not to
    the codec fails here, by name."""
    record = _full(kind.cls)
    assert isinstance(record, kind.cls)
    if kind.key_field == "month":  # a month is its first day
        record = dataclasses.replace(record, month=dt.date(2025, 3, 1))  # type: ignore[call-arg]
    written = json.loads(canonical_bytes(encode.record_to_json(record)))
    for f in dataclasses.fields(kind.cls):
        keys = {"provenance": "recorded_at", "extra": "x-note"}
        key = keys.get(f.name, f.name.rstrip("_"))  # `from_` is "from" in the document
        assert key in written, f"{kind.name}.{f.name} is not written by the codec"
    assert decode.record_from_json(kind.name, written) == record


def _keys_written(value: object, written: object, where: str) -> list[str]:
    """The fields of the dataclass `value` (and of the dataclasses inside it)
    whose key is missing from `written`, its JSON."""
    if not (dataclasses.is_dataclass(value) and isinstance(written, dict)):
        if isinstance(value, tuple) and isinstance(written, list) and value and written:
            return _keys_written(value[0], written[0], f"{where}[0]")
        if isinstance(value, Mapping) and isinstance(written, dict):  # keyed objects
            return [
                m
                for k, v in value.items()
                for m in _keys_written(v, written.get(k), f"{where}[{k}]")
            ]
        return []
    missing: list[str] = []
    for f in dataclasses.fields(value):
        key = {"extra": "x-note"}.get(f.name, f.name.rstrip("_"))
        if key not in written:
            missing.append(f"{where}.{f.name}")
        elif f.name != "extra":
            missing += _keys_written(getattr(value, f.name), written[key], f"{where}.{f.name}")
    return missing


def test_the_codec_carries_every_field_of_the_case_object() -> None:
    """The case object (worker, employer, client, arbitration, contract, …)
    with every field set survives encode -> decode unchanged and writes every
    field's key: a field added to the model but not to the codec fails here,
    by its path."""
    info = _full(model.CaseInfo)
    assert isinstance(info, model.CaseInfo)
    assert info.worker.gender is not None and info.employer.union is True
    assert info.arbitration is not None and info.arbitration.remedy is not None
    assert info.arbitration.statement  # the worker's say on 事实与理由, one choice
    written = json.loads(canonical_bytes(encode.info_to_json(info)))
    assert _keys_written(info, written, "case") == []
    assert decode.info_from_json(written) == info


def test_references_round_trip() -> None:
    day = Day(dt.date(2025, 3, 17), DayStatus.STANDBY)
    assert ref_of(day) == "day:2025-03-17"
    assert KIND["day"].parse_key("2025-03-17") == dt.date(2025, 3, 17)
    assert KIND["si"].parse_key("2025-03") == dt.date(2025, 3, 1)
    assert KIND["person"].parse_key("P1") == "P1"
    assert split_ref("si:2025-03") == ("si", "2025-03")
    for bad in ("nokind:1", "day:", "person", ":P1"):
        try:
            split_ref(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
    assert kind_of(Person("P1", "王", Party.EMPLOYER)).list_field == "people"


def test_apply_changes_replaces_adds_removes_and_keeps_canonical_order() -> None:
    info = model.CaseInfo(
        uid="u",
        worker=model.Worker("李明"),
        employer=model.Organisation("甲公司"),
        arrangement=Arrangement.DIRECT,
        city="shenzhen",
        contract=model.Contract(ContractKind.FIXED, dt.date(2024, 1, 1)),
        monthly_wage=Decimal("12000"),
        payday=10,
    )
    d1, d2, d3 = (Day(dt.date(2025, 3, n), DayStatus.STANDBY) for n in (3, 4, 5))
    t10, t2 = Task("T10", dt.date(2025, 3, 1), "a"), Task("T2", dt.date(2025, 3, 1), "b")
    case = Case(info, days=(d1, d3), tasks=(t10,))
    after = apply_changes(
        case,
        Changes(
            upserted=(d2, dataclasses.replace(d3, note="n"), t2),
            removed=("day:2025-03-03",),
        ),
    )
    assert after.days == (d2, dataclasses.replace(d3, note="n"))
    assert after.tasks == (t2, t10)  # natural order of ids on the same day
    assert after.info is info and after.people == ()
    assert apply_changes(case, Changes()) is case
    renamed = dataclasses.replace(info, title="新标题")
    assert apply_changes(case, Changes(info=renamed)).info == renamed
