"""--mask and the parties' details (issue 10): the worker's ID number, phone,
birth date, address (住所) and address for papers (通讯地址), and a company's
legal representative, are in no masked PDF — wherever the report shows them,
also inside what the worker typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from caseapp.domain.model import Case
from caseapp.domain.vocab import Gender
from caseapp.report.mask import Masker, mask_address, mask_birth_date
from tests.report.conftest import page_texts, render
from tests.report.fixtures import sample_findings

ADDRESS = "浙江省杭州市拱墅区某某街道3幢2单元501室"
SERVICE = "浙江省杭州市滨江区某某路88号"
BORN = dt.date(1990, 1, 1)
REP = "欧阳某某"


def _with_details(case: Case) -> Case:
    info = case.info
    info = dataclasses.replace(
        info,
        worker=dataclasses.replace(
            info.worker,
            gender=Gender.FEMALE,
            birth_date=BORN,
            address=ADDRESS,
            service_address=SERVICE,
        ),
        employer=dataclasses.replace(
            info.employer,
            legal_representative=REP,
            representative_title="法定代表人",
            service_address="杭州市西湖区文三路 000 号前台",
            phone="0571-88880000",
            union=False,
        ),
    )
    said = (
        f"法定代表人{REP}说了算。我住{ADDRESS}，信寄到{SERVICE}，生日1990年1月1日（1990-01-01）。"
    )
    days = tuple(
        dataclasses.replace(d, note=said) if d.date == dt.date(2025, 6, 3) else d for d in case.days
    )
    assert any(d.note == said for d in days)
    return dataclasses.replace(case, info=info, days=days)


def test_the_masker_masks_the_new_details(
    sample: tuple[Case, Callable[[str], Path | None]],
) -> None:
    case = _with_details(sample[0])
    assert mask_address(ADDRESS) == "浙江省杭州市****"
    assert mask_birth_date(BORN) == "1990-**-**"
    m = Masker(case, True, "人员")
    assert m.address(ADDRESS) == "浙江省杭州市****"
    assert m.birth_date(BORN) == "1990-**-**"
    assert m.representative(REP) not in (REP, None) and REP not in (m.representative(REP) or "")
    text = m.text(f"{REP}：{ADDRESS}，{SERVICE}，1990年1月1日，1990-01-01，1990年01月01日")
    for secret in (REP, "拱墅区某某街道", "滨江区某某路88号", "1990年1月1日", "1990-01-01",
                   "1990年01月01日"):  # fmt: skip
        assert secret not in text, (secret, text)
    off = Masker(case, False, "人员")
    assert off.address(ADDRESS) == ADDRESS and off.birth_date(BORN) == "1990-01-01"
    assert off.text(ADDRESS) == ADDRESS


def test_a_masked_pdf_contains_none_of_the_details(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    base, lookup = sample
    case = _with_details(base)
    secrets = (
        "330106199001011234",  # the ID number
        "13800000000",  # the phone
        "拱墅区某某街道3幢2单元501室",  # the address, past its city
        "滨江区某某路88号",  # the address for papers, past its city
        "1990年1月1日",
        "1990-01-01",
        REP,
    )
    plain_pdf = render(case, sample_findings(case), tmp_path / "u.pdf", lookup, mask=False)
    plain = re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(plain_pdf.path)))))
    for secret in secrets:  # the unmasked report does show each of them
        assert secret in plain, secret
    masked_pdf = render(case, sample_findings(case), tmp_path / "m.pdf", lookup, mask=True)
    masked = re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(masked_pdf.path)))))
    for secret in secrets:
        assert secret not in masked, secret
    assert "浙江省杭州市****" in masked
