"""The law data of the severance base (resources/law/severance_base.toml) and
the statute behind the years before 2008 (LCL 97 ¶3): lookups by region and
date, and the loader's checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caseapp.domain.vocab import Confidence
from caseapp.rules.law import LawData
from rules.test_law_data import broken_copy, problems_of

D = dt.date


def test_beijing_counts_overtime_in_the_base_as_practice(law: LawData) -> None:
    # Beijing 534 Q55(4); guidance "in force by" 2024-12-31 that also answers before.
    for day in (D(2019, 6, 30), D(2025, 6, 30)):
        found = law.severance_overtime("beijing", day)
        assert found is not None and found.value is True
        assert found.confidence == Confidence.PRACTICE
        assert found.source.document is not None
        assert found.source.document.number == "京高法发〔2024〕534号"
        assert found.source.ref is not None and "Q55" in found.source.ref


@pytest.mark.parametrize("city", ["hangzhou", "shanghai", "shenzhen", "other"])
def test_elsewhere_overtime_is_not_known_to_count(law: LawData, city: str) -> None:
    # No source outside Beijing: the national entry, `false` and unconfirmed.
    found = law.severance_overtime(city, D(2025, 6, 30))
    assert found is not None and found.value is False
    assert found.confidence == Confidence.UNCONFIRMED


def test_near_miss_before_the_labour_contract_law_there_is_no_entry(law: LawData) -> None:
    # The national entry starts with LCL 47 (2008-01-01): a day before, no figure.
    assert law.severance_overtime("hangzhou", D(2007, 12, 31)) is None
    assert law.severance_overtime("hangzhou", D(2008, 1, 1)) is not None


def test_the_labour_contract_laws_first_day_comes_from_the_statute_table(law: LawData) -> None:
    article = law.article("labour_contract_law", "97", 3)
    assert article.paragraph == 3 and article.in_force_from == D(2008, 1, 1)
    assert "当时有关规定" in article.text_zh


def test_counts_must_be_true_or_false(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "severance_base.toml", "counts = true", 'counts = "yes"')
    found = problems_of(root)
    assert any(
        p.startswith("severance_base.toml: beijing.overtime[0]") and "true or false" in p
        for p in found
    ), found


def test_the_national_default_is_required(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "severance_base.toml", "[[national.overtime]]", "[[beijing.x]]")
    found = problems_of(root)
    assert "severance_base.toml: 'national' is required (the default)" in found
    assert any("unknown key 'x'" in p for p in found)


def test_an_unknown_region_is_reported(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path, "severance_base.toml", "[[beijing.overtime]]", "[[atlantis.overtime]]"
    )
    assert "severance_base.toml: atlantis: unknown region 'atlantis'" in problems_of(root)
