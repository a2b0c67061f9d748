"""Every code of every vocabulary has a zh and an en label."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest

from caseapp.domain import vocab
from caseapp.i18n import catalogue, label

ENUMS = [
    obj
    for obj in vars(vocab).values()
    if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
]


def vocabulary_name(enum: type[StrEnum]) -> str:
    """`DayStatus` -> `day_status`, `SITypeStatus` -> `si_type_status`."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", enum.__name__).lower()


def test_all_vocabularies_are_covered() -> None:
    # 33 + gender, arbitration_place, remedy, statement_action (issue 10), offer_clause (16),
    # pay_basis, task_status (issue 15)
    assert len(ENUMS) == 40
    assert vocabulary_name(vocab.SITypeStatus) == "si_type_status"
    assert vocabulary_name(vocab.SISource) == "si_source"


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_both_labels(enum: type[StrEnum]) -> None:
    name = vocabulary_name(enum)
    for member in enum:
        zh, en = label(name, member.value, "zh"), label(name, member.value, "en")
        assert zh and en and zh != en
        assert re.search(r"[\u4e00-\u9fff]", zh), (name, member.value, zh)


def test_no_label_for_a_code_that_does_not_exist() -> None:
    known = {f"vocab.{vocabulary_name(e)}.{m.value}" for e in ENUMS for m in e}
    labels = {k for k in catalogue() if k.startswith("vocab.")}
    assert labels == known


def test_design_labels_are_used() -> None:
    assert label("day_status", "standby", "zh") == "待岗在家"
    assert label("day_status", "standby", "en") == "Benched at home"
