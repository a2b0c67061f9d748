"""meta.toml `additional_compensation` (LCL 85), added by the second rules
engineer: the bundled figures and the loader's checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from caseapp.domain.vocab import Confidence
from caseapp.rules.law import LawData
from rules.test_law_data import broken_copy, problems_of


def test_bundled_additional_compensation(law: LawData) -> None:
    found = law.additional_compensation(dt.date(2025, 10, 1))
    assert found is not None
    assert found.value == (D("0.5"), D("1.0"))
    assert found.confidence is Confidence.STATUTE
    assert "第八十五条" in found.source
    # before the Labour Contract Law there is no figure
    assert law.additional_compensation(dt.date(2007, 12, 31)) is None


def test_low_above_high_is_refused(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "meta.toml", 'low = "0.5"', 'low = "1.5"')
    assert any("low" in p and "high" in p for p in problems_of(root))


def test_missing_share_is_refused(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "meta.toml", 'high = "1.0"\n', "")
    assert any("high" in p for p in problems_of(root))


def test_missing_source_is_refused(tmp_path: Path) -> None:
    root = broken_copy(
        tmp_path, "meta.toml", 'source = "劳动合同法第八十五条', 'note_x = "劳动合同法第八十五条'
    )
    assert problems_of(root)


def test_the_table_is_required(tmp_path: Path) -> None:
    start = "# LCL art. 85: if the employer still does not pay"
    root = tmp_path / "law"
    broken_copy(tmp_path, "meta.toml", "x", "x")  # copies the data
    text = (root / "meta.toml").read_text(encoding="utf-8")
    (root / "meta.toml").write_text(text[: text.index(start)], encoding="utf-8")
    assert any("additional_compensation" in p for p in problems_of(root))
