"""Issue 12 item 9: `--mask` finds names in any case and in their parts, every
person in `people` whatever their party, names with invisible characters
inside, and phone and ID numbers however spaced, hyphenated or written in
full-width digits — in the Masker and in the masked PDF read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.model import Case, Person
from caseapp.domain.vocab import Party
from caseapp.report.mask import INVISIBLE, Masker, name_parts
from tests.report.conftest import page_texts, render
from tests.report.fixtures import sample_findings

ZW = "\u200b"  # zero-width space
NOTE_DAY = dt.date(2025, 6, 3)
LEAKY = (
    "王总说过，小王和王" + ZW + "磊都知道；赵 强也在。孙丽娜（丽娜）作证，孙女士也在。"
    "JOHN SMITH、john smith、Smith, John、J. Smith、J.S. 都说过。"
    "电话 139 1234 5678、139-1234-5678、１３９１２３４５６７８、+86 139 1234 5678；"
    "身份证 110101 19900307 4512、１１０１０１１９９００３０７４５１２。"
)


def _people(case: Case) -> Case:
    more = (
        Person("P4", "孙丽娜", Party.WORKER, role="同事"),  # a colleague: a worker too
        Person("P5", "John Smith", Party.OTHER, role="auditor"),
        Person("P6", "李青", Party.WORKER),  # the worker herself, listed among the people
    )
    days = tuple(dataclasses.replace(d, note=LEAKY) if d.date == NOTE_DAY else d for d in case.days)
    assert any(d.note == LEAKY for d in days)
    return dataclasses.replace(case, people=case.people + more, days=days)


@pytest.fixture
def masker(sample: tuple[Case, Callable[[str], Path | None]]) -> Masker:
    return Masker(_people(sample[0]), True, "人员")


def test_name_parts() -> None:
    assert name_parts("李青") == ("李", "青")
    assert name_parts("王建国") == ("王", "建国")
    assert name_parts("欧阳娜娜") == ("欧阳", "娜娜")
    assert name_parts("王" + ZW + "磊") == ("王", "磊")
    assert name_parts("John Smith") == ("", "")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("王磊", "人员A"),
        ("王" + ZW + "磊", "人员A"),  # a zero-width space inside
        ("王\u2060\ufeff磊", "人员A"),  # a word joiner and a BOM
        ("王 磊", "人员A"),
        ("王总说", "人员A总说"),  # surname and title: the only masked 王
        ("王\u200b经理", "人员A经理"),
        ("小王", "人员A"),
        ("老王", "人员A"),
        ("赵强", "人员C"),
        ("小强", "人员C"),  # a one-character given name, as it is called
        ("丽娜", "人员D"),  # a given name of two characters alone
        ("孙女士", "人员D女士"),
        ("JOHN SMITH", "人员E"),
        ("john smith", "人员E"),
        ("Smith, John", "人员E"),
        ("J. Smith", "人员E"),
        ("Mr smith", "Mr 人员E"),
        ("J.S.", "人员E"),
        ("JS said", "人员E said"),
        ("wanglei_PM", "****"),  # an account, in any case
    ],
)
def test_names_and_their_parts(masker: Masker, text: str, masked: str) -> None:
    assert masker.text(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("13912345678", "139****5678"),
        ("139 1234 5678", "139****5678"),
        ("139-1234-5678", "139****5678"),
        ("１３９１２３４５６７８", "139****5678"),
        ("１３９－１２３４－５６７８", "139****5678"),
        ("+86 139 1234 5678", "139****5678"),
        ("139" + ZW + "12345678", "139****5678"),
        ("110101199003074512", "11**************12"),
        ("110101 19900307 4512", "11**************12"),
        ("１１０１０１１９９００３０７４５１Ｘ", "11**************1X"),
        ("138 0000 0000", "138****0000"),  # the worker's own phone, spaced
    ],
)
def test_numbers_however_written(masker: Masker, text: str, masked: str) -> None:
    assert masker.text(f"电话{text}。") == f"电话{masked}。"


@pytest.mark.parametrize(
    "text",
    [
        "李青",  # the worker's own name stays
        "工资 14,000.00 元，2025-03-17 起待岗",
        "工号 1391234567",  # ten digits: not a mobile number
        "139123456789",  # twelve digits
        "金额 10 000 000 000.00",  # an amount with spaces is not a phone number
        "青年",  # a one-character given name alone is not masked
        "Smithfield Road",  # a word that only begins with the surname
    ],
)
def test_near_misses_stay(masker: Masker, text: str) -> None:
    assert masker.text(text) == text


def test_every_person_whatever_the_party(masker: Masker) -> None:
    assert masker.person("P4", "孙丽娜") == "人员D"  # a worker-party colleague
    assert masker.person("P5", "John Smith") == "人员E"
    assert masker.person("P6", "李青") == "李青"  # the worker herself


def test_two_people_sharing_a_surname_are_not_told_apart(
    sample: tuple[Case, Callable[[str], Path | None]],
) -> None:
    case = sample[0]
    case = dataclasses.replace(case, people=(*case.people, Person("P9", "王建国", Party.EMPLOYER)))
    m = Masker(case, True, "人员")
    assert m.text("王总") == "某总"  # 王磊 or 王建国: neither alias is given away
    assert m.text("王建国和建国") == "人员D和人员D"


def _visible(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(f"[{INVISIBLE}\\s]", "", text)


def test_masked_pdf_read_back(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    base, lookup = sample
    case = _people(base)
    secrets = (
        "王总",
        "小王",
        "王磊",
        "赵强",
        "孙丽娜",
        "丽娜",
        "孙女士",
        "johnsmith",
        "smith,john",
        "j.smith",
        "13912345678",
        "110101199003074512",
    )
    plain_pdf = render(case, sample_findings(case), tmp_path / "u.pdf", lookup, mask=False)
    plain = _visible("".join(page_texts(PdfReader(str(plain_pdf.path))))).lower()
    for secret in ("王总", "孙丽娜", "johnsmith", "j.smith"):
        assert secret in plain, secret  # the unmasked report shows them
    masked_pdf = render(case, sample_findings(case), tmp_path / "m.pdf", lookup, mask=True)
    masked = _visible("".join(page_texts(PdfReader(str(masked_pdf.path))))).lower()
    digits = re.sub(r"[^0-9]", "", masked)
    for secret in secrets:
        assert secret not in masked, secret
    assert "13912345678" not in digits and "110101199003074512" not in digits
    assert "139****5678" in masked and "11**************12" in masked
    assert "人员a总" in masked and "人员d" in masked and "人员e" in masked
    assert "李青" in masked  # the worker's own name stays
