"""The evidence list by purpose, the request to order the employer's records
and the brief's headline (issue 10 items 4, 6 and 8), on real PDFs read back
with pypdf: groups from the worker's `proves`, else from the linked records;
the 证明对象 column in words (no hash); 证据来源 with the item's own date,
never a file's import date; an item without a file listed by where it is,
with no page; the SHA-256 in an annex; the request to order the records in
the third person; the findings' totals on the brief's first pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.__main__ import main
from caseapp.domain.findings import Totals
from caseapp.domain.model import (
    Case,
    Contract,
    Day,
    Evidence,
    EvidenceFile,
    Incident,
    Payment,
    SIMonth,
    Task,
)
from caseapp.domain.vocab import (
    AgreementSubject,
    DayStatus,
    EvidenceKind,
    IncidentKind,
    LegalType,
    OriginalStatus,
    PaymentKind,
    Proves,
    SIStatus,
)
from caseapp.paths import resource
from caseapp.report import ReportResult
from caseapp.report.evidence_list import (
    GroupFrom,
    build_evidence_list,
    group_of,
    links_of,
    record_proves,
)
from caseapp.report.evidence_sections import evlist_widths
from caseapp.report.words import Words
from tests.report.conftest import page_texts, render
from tests.report.fixtures import on_time, sample_findings
from tests.report.test_layout import columns, runs

Sample = tuple[Case, Callable[[str], Path | None]]
HEX = re.compile(r"[0-9a-f]{16,}")
SECOND_PERSON = ("你", "您")
# what the app says to the worker, never to the tribunal
ADVICE = ("先咨询律师", "咨询律师", "法律援助（12348）", "12348", "建议你", "建议您", "下一步")
IMPORTED = dt.datetime(2025, 10, 13, 9, 30, tzinfo=dt.UTC)  # a date nothing else carries


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _between(text: str, start: str, end: str | None) -> str:
    begin = text.index(_squash(start))
    stop = text.index(_squash(end), begin) if end else len(text)
    return text[begin:stop]


# --- the grouping rule ------------------------------------------------------------


def _item(eid: str, *proves: Proves, kind: EvidenceKind = EvidenceKind.CHAT) -> Evidence:
    return Evidence(eid, f"证据 {eid}", kind, OriginalStatus.KEPT, proves=proves)


def test_the_workers_own_proves_always_wins() -> None:
    notice = Incident("I1", dt.date(2025, 4, 8), IncidentKind.TERMINATION_NOTICE, "解除通知")
    item = _item("E1", Proves.STANDBY, Proves.WAGE_LEVEL)
    # the first of the worker's codes in the list's order, whatever the records say
    assert group_of(item, (notice,)) == (Proves.WAGE_LEVEL, GroupFrom.PROVES)
    assert group_of(_item("E2", Proves.OTHER), (notice,)) == (Proves.OTHER, GroupFrom.PROVES)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (Payment("P", dt.date(2025, 7, 15), dt.date(2025, 6, 1), dt.date(2025, 6, 30),
                 PaymentKind.STANDBY), Proves.PAY_SHORTFALL),
        (Payment("P", dt.date(2025, 3, 15), dt.date(2025, 2, 1), dt.date(2025, 2, 28),
                 PaymentKind.WAGE), Proves.WAGE_LEVEL),
        (Payment("P", dt.date(2025, 9, 30), dt.date(2025, 9, 1), dt.date(2025, 9, 30),
                 PaymentKind.SEVERANCE), Proves.TERMINATION),
        (Incident("I", dt.date(2025, 4, 8), IncidentKind.STANDBY_NOTICE, "待岗"), Proves.STANDBY),
        (Incident("I", dt.date(2025, 9, 1), IncidentKind.TERMINATION_NOTICE, "解除"),
         Proves.TERMINATION),
        (Incident("I", dt.date(2025, 9, 1), IncidentKind.RESIGNATION_FORM_PRESENTED, "表"),
         Proves.PRESSURE),
        (Incident("I", dt.date(2025, 4, 7), IncidentKind.ACCESS_REVOKED, "工牌"),
         Proves.CONDITIONS_WITHDRAWN),
        (Incident("I", dt.date(2025, 5, 20), IncidentKind.PAY_CUT_NOTICE, "降薪"),
         Proves.PAY_SHORTFALL),
        (Incident("I", dt.date(2025, 9, 1), IncidentKind.AGREEMENT_SIGNED, "协议",
                  subject=AgreementSubject.SETTLEMENT), Proves.TERMINATION),
        (Day(dt.date(2025, 4, 9), DayStatus.STANDBY_ONSITE), Proves.STANDBY),
        (Day(dt.date(2025, 3, 3), DayStatus.WORKING), Proves.RELATIONSHIP),
        (Task("T", dt.date(2025, 3, 3), "回归测试"), Proves.RELATIONSHIP),
        (SIMonth(dt.date(2025, 3, 1), SIStatus.PAID), Proves.RELATIONSHIP),
        # nothing: the list does not put forward a day marked absent
        (Day(dt.date(2025, 4, 10), DayStatus.ABSENT), None),
        (Incident("I", dt.date(2025, 6, 1), IncidentKind.OTHER, "其他"), None),
    ],
)  # fmt: skip
def test_a_linked_record_proposes_a_group(record: object, expected: Proves | None) -> None:
    assert record_proves(record) == expected  # type: ignore[arg-type]


def test_without_proves_the_links_then_the_kind_decide() -> None:
    standby = Incident("I1", dt.date(2025, 4, 8), IncidentKind.STANDBY_NOTICE, "待岗")
    paid = Payment(
        "P", dt.date(2025, 7, 15), dt.date(2025, 6, 1), dt.date(2025, 6, 30), PaymentKind.STANDBY
    )
    absent = Day(dt.date(2025, 4, 10), DayStatus.ABSENT)
    chat = _item("E1")
    # several proposals: the first in the list's order (standby before unpaid wages)
    assert group_of(chat, (paid, standby)) == (Proves.STANDBY, GroupFrom.RECORDS)
    assert group_of(chat, (absent,)) == (Proves.OTHER, GroupFrom.NONE)
    contract = _item("E2", kind=EvidenceKind.CONTRACT)
    assert group_of(contract, (absent,)) == (Proves.RELATIONSHIP, GroupFrom.KIND)
    payslip = _item("E3", kind=EvidenceKind.PAYSLIP)
    assert group_of(payslip, (paid,)) == (Proves.PAY_SHORTFALL, GroupFrom.RECORDS)


def test_links_are_read_from_every_record_kind(sample: Sample) -> None:
    case, _ = sample
    links = links_of(case)
    assert [type(r).__name__ for r in links["E3"]] == ["Payment"] * 5  # May to September
    assert [r.id for r in links["E2"]] == ["I1"]  # type: ignore[union-attr]
    assert [r.date for r in links["E7"]] == [dt.date(2025, 4, 9)]  # type: ignore[union-attr]
    listed = build_evidence_list(case)
    e3 = next(i for i in listed.items() if i.evidence.id == "E3")
    assert e3.linked == links["E3"] and e3.group_from == GroupFrom.PROVES


# --- the list in the PDF -------------------------------------------------------------


def _case_with_unsorted_items(case: Case) -> Case:
    """The sample plus items the worker did not sort: a chat screenshot
    imported on 2025-10-13 with no date of its own, linked to June's pay; a
    paper notice with no file, linked to a termination notice; a lost item."""
    data = b"\x89PNG fake"
    screenshot = Evidence(
        "E20",
        "微信转账记录截图",
        EvidenceKind.CHAT,
        OriginalStatus.KEPT,
        LegalType.ELECTRONIC,
        (EvidenceFile("evidence/ab.png", "ab" * 32, len(data), "转账.png", imported_at=IMPORTED),),
        source="本人手机微信",
    )
    notice = Evidence(
        "E21",
        "解除劳动合同通知书（纸质）",
        EvidenceKind.NOTICE,
        OriginalStatus.KEPT,
        LegalType.DOCUMENTARY,
        created_on=dt.date(2025, 10, 10),
        obtained_on=dt.date(2025, 10, 11),
        source="人事当面交给本人",
    )
    lost = Evidence(
        "E22", "入职登记表", EvidenceKind.OTHER, OriginalStatus.LOST, proves=(Proves.RELATIONSHIP,)
    )
    ended = Incident(
        "I8",
        dt.date(2025, 10, 10),
        IncidentKind.TERMINATION_NOTICE,
        "人事书面通知以“不能胜任工作”为由解除劳动合同。",
        evidence=("E21",),
        provenance=on_time(dt.date(2025, 10, 10)),
    )
    payments = tuple(
        dataclasses.replace(p, evidence=(*p.evidence, "E20")) if p.id == "PAY6" else p
        for p in case.payments
    )
    return dataclasses.replace(
        case,
        evidence=(*case.evidence, screenshot, notice, lost),
        incidents=(*case.incidents, ended),
        payments=payments,
    )


@pytest.fixture(scope="module")
def unsorted(
    tmp_path_factory: pytest.TempPathFactory, sample: Sample
) -> tuple[Case, ReportResult, list[str]]:
    case, lookup = sample
    bigger = _case_with_unsorted_items(case)
    out = tmp_path_factory.mktemp("unsorted") / "r.pdf"
    result = render(bigger, sample_findings(bigger), out, lookup, part="filing")
    return bigger, result, page_texts(PdfReader(str(result.path)))


def _listing(pages: list[str], lang: str = "zh") -> tuple[str, str]:
    """The evidence list and its SHA-256 annex, each squashed."""
    w = Words(lang)  # type: ignore[arg-type]
    text = _squash("".join(pages))
    listing = _between(text, w("evlist.title"), w("evlist.hashes.title"))
    annex = _between(text, w("evlist.hashes.title"), w("exhibits.title"))
    return listing, annex


def _group(listing: str, name: str) -> str:
    """One group's table: from its heading to the next heading or the signature."""
    start = listing.index(_squash(f"证明：{name}"))
    ends = [listing.find("证明：", start + 3), listing.find("提交人（签名）", start)]
    return listing[start : min(e for e in ends if e > 0)]


def test_groups_follow_proves_then_links(
    unsorted: tuple[Case, ReportResult, list[str]],
) -> None:
    _, _, pages = unsorted
    listing, _ = _listing(pages)
    headings = re.findall(r"证明：(.+?)编号", listing)
    assert headings == [
        "劳动关系",
        "待岗事实",
        "欠付工资",
        "被要求离职的事实",
        "劳动条件被收回",
        "解除事实",
    ]
    assert "劳动合同" in _group(listing, "劳动关系") and "入职登记表" in _group(listing, "劳动关系")
    # no proves of its own: from the payment it is linked to, and from the termination notice
    assert "微信转账记录截图" in _group(listing, "欠付工资")
    assert "解除劳动合同通知书" in _group(listing, "解除事实")


def test_what_it_proves_in_words_never_a_hash(
    unsorted: tuple[Case, ReportResult, list[str]],
) -> None:
    case, result, pages = unsorted
    listing, annex = _listing(pages)
    # the linked records in words: an incident's date and summary, a payment's month and amounts
    assert "2025年10月10日人事书面通知以“不能胜任工作”为由解除劳动合同" in listing
    assert "2025年6月待岗工资/生活费：应发¥2,100.00、实发¥1,650.00、2025年7月15日发放" in listing
    assert "2025年4月7日项目经理王磊在微信上通知我从项目撤出" in listing
    assert "2025年4月9日：待岗，但要到公司坐着" in listing
    # the worker's own purpose first
    assert "证明劳动关系及月工资18000元" in listing
    # no hash anywhere in the list; every file's hash in the annex, on one line
    assert not HEX.search(listing), HEX.search(listing)
    for item in case.evidence:
        for f in item.files:
            assert f.sha256 in annex, f.original_name
    # and, column by column, nothing hex-like in 证明对象及内容
    reader = PdfReader(str(result.path))
    w = Words("zh")
    widths = evlist_widths("zh")
    left, right = columns(widths)[5]
    shown = "".join(
        text
        for page in reader.pages
        if w("evlist.object") in (page.extract_text() or "")
        for x, _y, text, _size in runs(page)
        if left - 0.5 <= x < right
    )
    assert "2025年" in shown and not HEX.search(_squash(shown))


def test_the_source_gives_the_items_own_date_never_the_import(
    unsorted: tuple[Case, ReportResult, list[str]],
) -> None:
    _, _, pages = unsorted
    listing, _ = _listing(pages)
    assert IMPORTED.date().isoformat() not in listing
    screenshot = listing[listing.index("微信转账记录截图") :]
    screenshot = screenshot[: screenshot.index("2025年6月")]  # up to its 证明对象
    assert "本人手机微信" in screenshot and "形成于" not in screenshot
    notice = listing[listing.index("解除劳动合同通知书") :]
    assert "人事当面交给本人取得于2025-10-11形成于2025-10-10" in notice


def test_an_item_without_a_file_says_where_it_is_and_has_no_page(
    unsorted: tuple[Case, ReportResult, list[str]],
) -> None:
    case, result, pages = unsorted
    listing, _ = _listing(pages)
    labels = {i.evidence.id: i.label for i in build_evidence_list(case).items()}
    for eid, where in (("E21", "原件在申请人处"), ("E22", "待补充")):
        row = listing[
            listing.index(
                f"{labels[eid]}{_squash(next(e.title for e in case.evidence if e.id == eid))}"
            ) :
        ]
        row = row[: row.index(where) + len(where)]
        assert not re.search(r"\d$", row[: -len(where)]), row  # no page before it
        assert labels[eid] not in result.exhibit_pages
    filing = _squash("".join(pages))
    assert f"证据{labels['E21']}名称" not in filing  # no exhibit page
    # the employer holds the original of the paper standby notice: asked for, not a page
    e6 = labels["E6"]
    assert e6 not in result.exhibit_pages
    assert _squash(f"{labels['E6']}书面待岗通知") in listing
    assert "申请责令被申请人提供" in listing


def test_a_hundred_items_with_long_titles_lay_out(sample: Sample, tmp_path: Path) -> None:
    case, lookup = sample
    many = tuple(
        Evidence(
            f"X{n}",
            f"第{n}份聊天截图：" + "很长的证据名称用来测试单元格换行" * 6,
            EvidenceKind.CHAT,
            OriginalStatus.COPY_ONLY,
            purpose="证明待岗期间每天按要求打卡待命" * 8,
            source="本人手机微信" * 4,
            created_on=dt.date(2025, 4, 8) + dt.timedelta(days=n % 90),
        )
        for n in range(120)
    )
    days = tuple(
        dataclasses.replace(d, evidence=tuple(f"X{n}" for n in range(0, 120, 3)))
        if d.date == dt.date(2025, 6, 3)
        else d
        for d in case.days
    )
    # one row taller than a page: split inside its cells, not a LayoutError
    huge = Evidence("X999", "鑫" * 800, EvidenceKind.CHAT, OriginalStatus.KEPT, purpose="淼" * 3000)
    bigger = dataclasses.replace(case, evidence=(*case.evidence, *many, huge), days=days)
    result = render(bigger, sample_findings(bigger), tmp_path / "many.pdf", lookup, part="filing")
    pages = page_texts(PdfReader(str(result.path)))
    listing, _ = _listing(pages)
    # no proves: from the day they are linked to (standby), or other facts
    assert listing.count("第119份聊天截图") == 1 and listing.count("复印件在申请人处") == 120
    assert sum("证据名称" in p for p in pages) >= 10  # the header repeats on every page
    assert listing.count("鑫") == 800 and listing.count("淼") == 3000  # all of it, over pages


# --- the request to order the employer's records ---------------------------------------


def test_the_request_names_each_record_and_why(
    unsorted: tuple[Case, ReportResult, list[str]], sample: Sample, tmp_path: Path
) -> None:
    _, _, pages = unsorted
    w = Words("zh")
    text = _squash("".join(pages))
    order = _between(text, w("held.title"), w("appendix.title"))
    assert "申请人请求仲裁庭责令掌握该证据的被申请人在指定期限内提供" in order
    # attendance: kept by the client, which runs attendance in this case
    assert "考勤记录：打卡、门禁和工作系统登录记录（2025-04-08至2025-09-30）" in order
    client = f"某大型互联网科技（杭州）有限公司（{w.label('party', 'client')}）"
    assert _squash(client) in order
    assert "保存两年以上备查（《工资支付暂行规定》第6条）" in order
    assert "书面待岗通知（纸质，盖章）" in order  # the original the employer keeps
    assert "劳动合同文本" not in order  # the worker holds a copy
    # a worker without a copy of the contract asks for it, with the articles
    case, lookup = sample
    info = case.info
    no_copy = dataclasses.replace(
        case,
        info=dataclasses.replace(
            info,
            contract=Contract(
                info.contract.kind, info.contract.start, written=True, copy_held=False
            ),
        ),
    )
    result = render(no_copy, sample_findings(no_copy), tmp_path / "c.pdf", lookup, part="filing")
    again = _squash("".join(page_texts(PdfReader(str(result.path)))))
    order = _between(again, w("held.title"), w("appendix.title"))
    assert "劳动合同文本（2023-03-01起）" in order
    assert "《劳动合同法》第16条第2款" in order and "《劳动合同法》第50条第3款" in order


def test_nothing_to_ask_for_says_so(sample: Sample, tmp_path: Path) -> None:
    case, lookup = sample
    kept = dataclasses.replace(
        case,
        evidence=tuple(
            dataclasses.replace(e, original_status=OriginalStatus.KEPT) for e in case.evidence
        ),
    )
    findings = sample_findings(kept)
    plain = dataclasses.replace(
        findings, findings=tuple(f for f in findings.findings if f.rule != "employer-held-evidence")
    )
    result = render(kept, plain, tmp_path / "n.pdf", lookup, part="filing")
    text = _squash("".join(page_texts(PdfReader(str(result.path)))))
    w = Words("zh")
    order = _between(text, w("held.title"), w("appendix.title"))
    assert _squash(w("produce.none")) in order and "考勤记录" not in order


# --- one voice: the filing part speaks to the tribunal ------------------------------------


def _voice_problems(text: str) -> list[str]:
    found = [word for word in SECOND_PERSON if word in text]
    return found + [phrase for phrase in ADVICE if phrase in text]


@pytest.fixture(scope="module")
def sample_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The bundled sample's report (both parts) at make.sh's date, in both languages."""
    directory = tmp_path_factory.mktemp("sample")
    out: dict[str, list[str]] = {}
    for lang in ("zh", "en"):
        pdf = directory / f"sample-{lang}.pdf"
        code = main(
            [
                "report",
                str(resource("samples", "sample.caseapp.zip")),
                "-o",
                str(pdf),
                "--as-of",
                "2026-12-07",
                "--generated-at",
                "2026-12-07T10:00:00+08:00",
                "--lang",
                lang,
                "--data-dir",
                str(directory / f"data-{lang}"),
            ]
        )
        assert code == 0
        out[lang] = page_texts(PdfReader(str(pdf)))
    return out


def _filing_text(pages: list[str], lang: str = "zh") -> str:
    w = Words(lang)  # type: ignore[arg-type]
    text = _squash("".join(pages))
    return text[text.index(_squash(w("filing.title"))) :]


def test_my_sections_of_the_filing_part_have_no_second_person_and_no_advice(
    sample_pdfs: dict[str, list[str]], unsorted: tuple[Case, ReportResult, list[str]]
) -> None:
    """The evidence list, its annex and the request to order the employer's
    records, in the bundled sample and in the test case (whose chats and
    recording quote 你 on their exhibit pages — evidence, left out here)."""
    w = Words("zh")
    for text in (_filing_text(sample_pdfs["zh"]), _squash("".join(unsorted[2]))):
        sections = [
            _between(text, w("evlist.title"), w("exhibits.title")),
            _between(text, w("held.title"), w("appendix.title")),
        ]
        for section in sections:
            assert not _voice_problems(section), (_voice_problems(section), section[:40])


def test_the_whole_filing_part_of_the_sample_has_no_second_person_and_no_advice(
    sample_pdfs: dict[str, list[str]],
) -> None:
    """Every page of the bundled sample's filing part: the sample's exhibits
    (a notice photo, a payslip, two chat screenshots) print no quoted text."""
    text = _filing_text(sample_pdfs["zh"])
    assert not _voice_problems(text), [
        text[max(0, m.start() - 30) : m.end() + 30]
        for m in re.finditer("|".join(map(re.escape, (*SECOND_PERSON, *ADVICE))), text)
    ]


# --- the headline on the brief's first pages --------------------------------------------


def test_the_brief_opens_with_the_totals_and_their_findings(
    built: dict[str, tuple[ReportResult, PdfReader]],
) -> None:
    for lang in ("zh", "en"):
        result, reader = built[lang]
        w = Words(lang)  # type: ignore[arg-type]
        pages = [_squash(p) for p in page_texts(reader)]
        cover = pages[0]
        # the one-page summary follows the cover (the English cover's integrity note
        # may run onto a second page)
        summary = next(p for p in pages[1:4] if _squash(w("headline.title")) in p)
        firm, arguable = w.money(Decimal("1310.00")), w.money(Decimal("78190.00"))
        # the findings are ranked: the floor (high) is no. 1, the full wage (medium) no. 2
        assert _squash(w("headline.cover_firm", amount=firm, items="1")) in cover
        assert _squash(w("headline.cover_arguable", amount=arguable, items="2")) in cover
        head = summary[: summary.index(_squash(w("summary.findings")))]
        assert _squash(w("headline.title")) in head
        assert _squash(w("headline.firm") + firm + w("headline.items", items="1")) in head
        assert _squash(w("headline.arguable") + arguable + w("headline.items", items="2")) in head
        # the contract-minus-received difference stays, below, labelled as not a claim
        assert head.index(_squash(w("headline.title"))) < head.index(_squash(w("headline.records")))
        assert _squash(w("headline.difference")) in head
        assert result.part_pages["brief"] > 2


def test_the_sample_brief_shows_the_rules_totals(sample_pdfs: dict[str, list[str]]) -> None:
    # the rules' totals for the sample at 2026-12-07 (caseapp check --json: totals).
    # Law data 2026.12.3: Hangzhou's 2490 (2024) rests on reports only, so the
    # first-cycle finding (1926.99) moved from firm to arguable:
    # 45501.59 − 1926.99 = 43574.60 firm; 38261.31 + 1926.99 = 40188.30 arguable.
    cover, summary = (_squash(p) for p in sample_pdfs["zh"][:2])
    assert "有明确依据¥43,574.60（风险提示第1项）" in cover
    assert "另可争取¥40,188.30（风险提示第2、8项）" in cover
    assert "¥43,574.60见第1项" in summary and "¥40,188.30见第2、8项" in summary


def test_no_totals_no_headline_and_zero_totals_say_so(sample: Sample, tmp_path: Path) -> None:
    case, lookup = sample
    w = Words("zh")
    findings = sample_findings(case)
    for totals, expected in ((None, None), (Totals(Decimal(0), Decimal(0)), "headline.none")):
        result = render(
            case,
            dataclasses.replace(findings, totals=totals),
            tmp_path / "t.pdf",
            lookup,
            part="brief",
        )
        cover, summary = (_squash(p) for p in page_texts(PdfReader(str(result.path)))[:2])
        if expected is None:
            assert _squash(w("headline.title")) not in summary
            assert _squash(w("headline.cover")) not in cover
            assert _squash(w("summary.difference")) in summary  # the summary as it was
        else:
            assert _squash(w(expected)) in summary and _squash(w(expected)) in cover
