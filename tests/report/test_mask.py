"""--mask: ID number, phone and third parties' names masked everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from caseapp.domain.model import Case
from caseapp.report.mask import Masker, mask_id, mask_phone
from tests.report.conftest import page_texts, render
from tests.report.fixtures import sample_findings


def test_mask_helpers() -> None:
    assert mask_phone("13800000000") == "138****0000"
    assert mask_phone("138-0000-1234") == "138****1234"
    assert mask_id("330106199001011234") == "33**************34"


def test_masker_free_text(sample: tuple[Case, Callable[[str], Path | None]]) -> None:
    case, _ = sample
    m = Masker(case, True, "人员")
    assert m.person("P1", "王磊") == "人员A"
    assert m.person("P3", "赵强") == "人员C"
    text = m.text("王磊说找张敏，电话 13912345678，身份证 110101199003074512，微信 wanglei_pm")
    assert "王磊" not in text and "张敏" not in text
    assert "139****5678" in text
    assert "110101199003074512" not in text and "11**************12" in text
    assert "wanglei_pm" not in text
    off = Masker(case, False, "人员")
    assert off.text("王磊") == "王磊" and off.phone("13800000000") == "13800000000"


def test_masked_report(sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path) -> None:
    case, lookup = sample
    result = render(case, sample_findings(case), tmp_path / "m.pdf", lookup, mask=True)
    text = re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(result.path)))))
    for secret in ("13800000000", "330106199001011234", "王磊", "张敏", "赵强", "wanglei_pm"):
        assert secret not in text, secret
    assert "138****0000" in text
    assert "33**************34" in text
    assert "人员A" in text and "人员B" in text
    assert "李青" in text  # the worker's own name stays
    assert "杭州云启信息技术服务有限公司" in text  # organisations are not people
    unmasked = render(case, sample_findings(case), tmp_path / "u.pdf", lookup, mask=False)
    plain = re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(unmasked.path)))))
    assert "13800000000" in plain and "王磊" in plain
