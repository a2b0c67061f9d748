"""Issue 12 item 9 after main's new printed fields: a masked report (brief
and filing pack, read back with pypdf) prints no third party's name, no ID
number, phone, person's credit code, account or address of a person —
wherever main now prints text: the people's credit code and address, the
application's parties, the worker's own words in 事实与理由 (an edited
paragraph), an exit offer in the chronology, the road section. The
organisations stay named (docs/report.md, `--mask`): their credit codes and
addresses are the companies', not a person's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.model import Case, Incident, Person
from caseapp.domain.vocab import IncidentKind, Party, StatementAction
from caseapp.report.mask import INVISIBLE
from tests.report.conftest import page_texts, render
from tests.report.fixtures import rules_findings, sample_case
from tests.report.test_application import entered
from tests.report.test_statement import choice, drafted, say

Lookup = Callable[[str], Path | None]

CREDIT = "92330106MA2CDEFG3H"  # a sole trader's credit code: a person's
HOME = "杭州市拱墅区莫干山路 88 号 3 单元 502 室"
WORDS = (
    "周大海和 Mary Chen 当天通知我不用再去；周大海的电话 137-1234-5678，"
    "信用代码 92330106MA2CDEFG3H，住杭州市拱墅区莫干山路88号3单元502室；"
    "钱有财也知道。我的身份证 330106 19900101 1234，手机 138 0000 0000，"
    "住杭州市西湖区某某小区 3 幢 101 室。"
)


def _visible(text: str) -> str:
    return re.sub(f"[{INVISIBLE}\\s]", "", unicodedata.normalize("NFKC", text))


def leaky(case: Case, lookup: Lookup) -> Case:
    case = entered(case, dispatch=False)
    info = case.info
    employer = dataclasses.replace(info.employer, legal_representative="钱有财")
    case = dataclasses.replace(case, info=dataclasses.replace(info, employer=employer))
    people = (
        Person("P7", "周大海", Party.OTHER, role="个体户", credit_code=CREDIT, address=HOME),
        Person("P8", "Mary Chen", Party.CLIENT, role="HR", accounts=("marychen_hr",)),
    )
    offer = Incident(
        "IX9",
        dt.date(2025, 8, 27),
        IncidentKind.MUTUAL_TERMINATION_OFFER,
        "周大海发来协商解除方案，电话13712345678",
        actor_party=Party.EMPLOYER,
        offer_amount=Decimal("8000.00"),
        last_day=dt.date(2025, 9, 5),
    )
    case = dataclasses.replace(
        case, people=case.people + people, incidents=(*case.incidents, offer)
    )
    paragraphs = drafted(case, lookup)
    return say(case, {"case:hired": choice(StatementAction.EDIT, paragraphs["case:hired"], WORDS)})


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    directory = tmp_path_factory.mktemp("mask-filing")
    base, lookup = sample_case(directory)
    case = leaky(base, lookup)
    out: list[str] = []
    for mask in (False, True):
        pdf = render(
            case, rules_findings(case), directory / f"m{mask}.pdf", lookup, mask=mask, part="both"
        )
        out.append(_visible("\n".join(page_texts(PdfReader(str(pdf.path))))).lower())
    return out[0], out[1]


NAMES = ("周大海", "大海", "marychen", "mary", "chen", "钱有财", "有财", "marychen_hr")
NUMBERS = ("13712345678", "330106199001011234", "13800000000")
PLACES = (_visible(HOME), "杭州市西湖区某某小区3幢101室", "杭州市拱墅区某某路88号")


def test_the_unmasked_report_prints_them(texts: tuple[str, str]) -> None:
    plain, _ = texts
    for secret in ("周大海", "marychen", "钱有财", CREDIT.lower(), _visible(HOME)):
        assert secret in plain, secret
    digits = re.sub(r"[^0-9]", "", plain)
    for number in NUMBERS:
        assert number in digits, number


@pytest.mark.parametrize("secret", [*NAMES, CREDIT.lower(), *PLACES])
def test_the_masked_report_prints_none_of_them(texts: tuple[str, str], secret: str) -> None:
    _, masked = texts
    assert secret not in masked


@pytest.mark.parametrize("number", [*NUMBERS, "92330106"])
def test_no_number_survives_however_split(texts: tuple[str, str], number: str) -> None:
    _, masked = texts
    assert number not in re.sub(r"[^0-9]", "", masked)


def test_what_stays(texts: tuple[str, str]) -> None:
    _, masked = texts
    assert "李青" in masked  # the worker's own name
    assert "杭州某外包服务有限公司" in masked or "外包" in masked  # organisations stay named
    assert "人员" in masked and "事实与理由" in masked
