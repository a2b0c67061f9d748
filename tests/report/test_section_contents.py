"""What each section of the sample's PDF holds, one check per part that no
other test pins down by itself (cover fields, summary parts, references into the
chronology and the evidence list, filing-pack parties and claims, evidence
list pages, audio and AMR pages, records to order, integrity appendix,
declaration, English punctuation, exhibits left out of a masked report).
Real PDFs, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import caseapp
from caseapp.domain.kinds import split_ref
from caseapp.domain.model import Case, Evidence, EvidenceFile
from caseapp.domain.vocab import EvidenceKind, LegalType, OriginalStatus, Proves
from caseapp.report import ReportResult
from caseapp.report.charts import calendar_rows
from caseapp.report.words import Words
from tests.report.conftest import JOURNAL_HEAD, page_texts, render
from tests.report.fixtures import sample_findings

Built = dict[str, tuple[ReportResult, PdfReader]]
Sample = tuple[Case, Callable[[str], Path | None]]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _brief(built: Built, lang: str = "zh") -> list[str]:
    result, reader = built[lang]
    return page_texts(reader)[: result.part_pages["brief"]]


def _filing(built: Built, lang: str = "zh") -> list[str]:
    result, reader = built[lang]
    return page_texts(reader)[result.part_pages["brief"] :]


def _section(pages: list[str], start: str, end: str | None) -> str:
    text = _squash("".join(pages))
    begin = text.index(_squash(start))
    stop = text.index(_squash(end), begin) if end else len(text)
    return text[begin:stop]


def test_cover_has_every_field(built: Built, sample: Sample) -> None:
    case, _ = sample
    result, _ = built["zh"]
    cover = _squash(_brief(built)[0])
    info = case.info
    for value in (info.worker.name, info.employer.name, info.client.name if info.client else ""):
        assert _squash(value) in cover, value
    assert "外包（业务外包/人力外包）" in cover  # arrangement
    assert "劳动合同履行地杭州·余杭区" in cover  # city and district
    assert "记录覆盖期间2025-01-01至" in cover
    # generation time with its offset and zone name
    assert "生成时间（本机时钟）2025-10-1520:30:00UTC+08:00(Asia/Shanghai)" in cover
    assert f"caseapp{caseapp.__version__}·法规数据test" in cover
    assert f"文档指纹（SHA-256）{result.fingerprint}" in cover
    assert "这不是法律意见" in cover
    # the honest statement: the computer's own clock, change after export, no trusted timestamp
    assert "所有时间都来自本机时钟" in cover
    assert "若被改动过一个字节" in cover
    assert "本机哈希不是可信时间戳" in cover


def test_summary_is_one_page_with_all_its_parts(built: Built) -> None:
    pages = _brief(built)
    summary = _squash(pages[1])
    assert summary.startswith("一页摘要")
    for part in (
        "每日状态",
        "待岗在家87",  # days by status
        "按合同工资应得",
        "实际收到（按记录）",  # pay due against pay received
        "风险提示（按严重程度排序）",
        "¥1,310.00至¥2,980.00",  # an amount as a range
        "有争议",  # confidence
        "最近的期限",
        "下一步",
    ):
        assert part in summary, part
    # ranked: the first finding before the second
    assert summary.index("待岗期间工资低于当地规定的标准") < summary.index(
        "待岗期间可主张按合同工资支付"
    )
    # nothing spilled over: the next page is the calendar
    assert _squash(pages[2]).startswith("每日状态日历")


def test_calendar_marks_every_incident_day(sample: Sample) -> None:
    case, _ = sample
    rows = calendar_rows(case, Words("zh"), dt.date(2025, 1, 1), dt.date(2025, 10, 15))
    incident_days = {i.date for i in case.incidents}
    assert sum(len(row.marks) for row in rows) == len(incident_days) == 7
    # a shorter range marks only the incidents inside it
    april = calendar_rows(case, Words("zh"), dt.date(2025, 4, 1), dt.date(2025, 4, 30))
    assert sum(len(row.marks) for row in april) == 2
    # and each mark is drawn: a closed three-point path, filled and stroked ("B", "B*")
    canvas = Canvas(io.BytesIO())
    for row in april:
        row.drawOn(canvas, 0, 0)
    code = canvas._code
    paths = [n for n, op in enumerate(code) if op.endswith(" l h") and op.count(" l ") == 2]
    assert len(paths) == 2
    assert all(code[n + 1] in ("B", "B*") for n in paths)


def test_pay_chart_shows_contract_wage_and_legal_floor(built: Built) -> None:
    page = _squash(_brief(built)[2])
    assert "每月收到的工资" in page
    for legend in ("实际收到", "合同工资", "依法至少应得", "当地最低工资"):
        assert legend in page, legend


def _chronology_rows(pages: list[str]) -> dict[int, tuple[str, str]]:
    """Entry number -> (first day, last day) as printed in the chronology."""
    text = "\n".join(pages)
    text = text[text.index("时间线") :]
    rows: dict[int, tuple[str, str]] = {}
    pattern = r"(?m)^(\d+)\n(\d{4}-\d{2}-\d{2}) ?(?:\n至\n(\d{4}-\d{2}-\d{2}))?"
    for m in re.finditer(pattern, text):
        rows.setdefault(int(m.group(1)), (m.group(2), m.group(3) or m.group(2)))
    return rows


def _record_date(case: Case, ref: str) -> str:
    kind, key = split_ref(ref)
    if kind == "day":
        return key
    if kind == "incident":
        return next(i.date for i in case.incidents if i.id == key).isoformat()
    if kind == "payment":
        return next(p.paid_on for p in case.payments if p.id == key).isoformat()
    raise AssertionError(ref)


def test_findings_cite_the_right_chronology_entries_and_exhibits(
    built: Built, sample: Sample
) -> None:
    case, _ = sample
    pages = _brief(built)
    rows = _chronology_rows(pages)
    assert len(rows) >= 10
    detail = _section(pages, "风险提示详解", "时间线按日期排列的全部记录")
    evidence_list = _section(_filing(built), "二、证据目录", "三、证据材料")
    by_place = {
        detail.index(_squash(Words("zh").msg(f.title))): f for f in sample_findings(case).findings
    }
    findings = [by_place[k] for k in sorted(by_place)]
    titles = [_squash(Words("zh").msg(f.title)) for f in findings]
    for n, f in enumerate(findings):
        start = detail.index(titles[n])
        end = detail.index(titles[n + 1], start) if n + 1 < len(findings) else len(detail)
        block = detail[start:end].removesuffix(f"{n + 2}.")  # the next finding's number
        assert "把握程度" in block, f.rule
        w = Words("zh")
        parts = [
            (f.summary, [w.msg(f.summary)] if f.summary else []),
            (f.basis, ["法律依据"]),
            (f.calculation, ["计算"]),
            (f.alternatives, ["其他理解"]),
            (f.strengthen, ["如何补强", *(w.msg(m) for m in f.strengthen)]),
            (f.counter_arguments, ["对方可能的抗辩", *(w.msg(m) for m in f.counter_arguments)]),
            (f.next_steps, ["下一步", *(w.msg(m) for m in f.next_steps)]),
        ]
        for present, words in parts:
            for word in words if present else []:
                assert _squash(word) in block, (f.rule, word)
        cited = block[block.index("所依据的记录") :]
        numbers = [int(x) for x in re.findall(r"条目(\d+)", cited)]
        dated = [r for r in f.refs if split_ref(r)[0] in ("day", "incident", "payment")]
        assert len(numbers) == len(dated), f.rule
        for ref, number in zip(dated, numbers, strict=True):
            first, last = rows[number]
            assert first <= _record_date(case, ref) <= last, (ref, number, rows[number])
        for label in re.findall(r"证据(\d+-\d+)", cited):
            assert label in evidence_list, label
    # the one finding with a calculation shows its inputs and parameter sources
    assert "计算" in detail and "浙政发〔2021〕17号" in detail


def test_filing_parties(built: Built) -> None:
    """The parties are the application's: every detail entered, a blank to
    fill by hand for one not entered (never "—")."""
    app = _section(_filing(built), "劳动人事争议仲裁申请书", "仲裁请求")
    assert "公民身份号码330106199001011234" in app and "联系电话13800000000" in app
    assert "统一社会信用代码91330106MA2XXXXX1K住所杭州市西湖区文三路000号8楼" in app
    assert "性别＿＿" in app and "—" not in app  # not entered: a blank line
    closing = _section(_filing(built), "此致", "一、计算方法")
    assert "劳动合同履行地：杭州·余杭区" in closing


def test_claims_are_pleaded_requests_with_their_calculation(built: Built) -> None:
    """仲裁请求 as a tribunal grants them — respondent, period, amount, article —
    the stronger reading only (the standby floor's 1,310.00 is covered by the
    full wage over the same months and argued in the brief), never 择一 or a
    finding's title; 一、计算方法 shows each pleaded request's calculation
    under its number."""
    filing = _filing(built)
    claims = _section(filing, "仲裁请求", "事实与理由")
    assert (
        "1.裁决被申请人向申请人支付2025年4月8日至2025年9月30日待岗期间工资差额79,500.00元" in claims
    )
    assert "1,310.00" not in claims and "择一" not in claims
    assert "可以主张" not in claims  # no finding title
    # a finding without an amount is not a claim
    assert "被要求以个人原因离职" not in claims
    method = _section(filing, "一、计算方法", "二、证据目录")
    assert "仲裁请求第1项" in method and "仲裁请求第2项" not in method
    assert method.count("公式：") == 1 and method.count("结果：") == 1
    assert "合同月工资18000.00" in method


def test_evidence_list_columns_groups_hashes_and_pages(built: Built, sample: Sample) -> None:
    case, _ = sample
    result, _ = built["zh"]
    filing = _filing(built)
    listing = _section(filing, "二、证据目录", "三、证据材料")
    for column in ("编号", "证据名称", "证据种类", "证据来源", "原件状态", "证明对象", "页码"):
        assert listing.count(column) >= 2, column  # repeated in every group's table
    assert listing.index("证明：劳动关系") < listing.index("证明：待岗事实")
    for ev in case.evidence:
        for f in ev.files:
            assert f.sha256 in listing, f.original_name
    for label, pages in result.exhibit_pages.items():
        assert _squash(pages) in listing, label
        first = int(pages.split("–")[0])
        head = _squash(filing[first - 1])
        assert f"证据{label}" in head[:200], (label, first)
        assert f"第{first}页/共{result.part_pages['filing']}页" in head


def test_audio_page_has_name_hash_and_transcript(built: Built, sample: Sample) -> None:
    case, _ = sample
    recording = next(e for e in case.evidence if e.id == "E4").files[0]
    # the exhibit's own page (the file name is also in the evidence list's SHA-256 annex)
    page = next(_squash(p) for p in _filing(built) if "文件：与人事谈话-20250815.m4a" in _squash(p))
    assert recording.sha256 in page
    assert "文字整理稿" in page and "李青：我不同意主动离职，我要求公司安排工作。" in page


def test_amr_recording_gets_the_audio_page(sample: Sample, tmp_path: Path) -> None:
    case, lookup = sample
    data = b"#!AMR\n" + bytes(range(256)) * 4
    sha = hashlib.sha256(data).hexdigest()
    amr = EvidenceFile(f"evidence/{sha}.amr", sha, len(data), original_name="微信语音.amr")
    voice = Evidence(
        "E9",
        "微信语音：通知待岗",
        EvidenceKind.RECORDING,
        OriginalStatus.KEPT,
        LegalType.AUDIOVISUAL,
        (amr,),
        source="本人手机微信",
        proves=(Proves.STANDBY,),
        transcript="王磊：你明天先别来了。",
    )
    bigger = dataclasses.replace(case, evidence=(*case.evidence, voice))
    result = render(bigger, sample_findings(bigger), tmp_path / "amr.pdf", lookup)
    pages = [_squash(p) for p in page_texts(PdfReader(str(result.path)))]
    page = next(p for p in pages if "微信语音.amr" in p and "名称：" in p)
    assert sha in page and "王磊：你明天先别来了。" in page
    assert "此格式无法在本文件中显示" not in page
    labels = {label for label, _ in result.exhibit_problems}
    assert labels == {"4-2"}  # the fixture's broken HEIC photo only, not the AMR file


def test_records_to_order_integrity_and_declaration(built: Built) -> None:
    filing = _filing(built)
    order = _section(filing, "四、申请责令被申请人提供的证据", "五、完整性附录")
    # the records the rules name, each with why the employer keeps it (the regulation's words)
    assert "考勤记录" in order and "工资支付记录" in order and "保存两年以上备查" in order
    integrity = _section(filing, "五、完整性附录", "六、声明")
    count, head = JOURNAL_HEAD
    assert f"变更日志条目数{count}" in integrity and head in integrity
    for command in ("sha256sum", "certutil-hashfile", "SHA256", "shasum-a256"):
        assert command in integrity, command
    assert "本机哈希不是可信时间戳" in integrity
    declaration = _section(filing, "六、声明", None)
    assert "时间线是本人对所经历事实的陈述" in declaration
    assert "真实副本" in declaration and "只涉及事实，不涉及法律评价" in declaration
    assert "签名：" in declaration


def test_english_layout_uses_english_punctuation(built: Built) -> None:
    text = "".join(page_texts(built["en"][1]))
    assert "Signature: ____" in text and "Signature：" not in text
    # a chronology entry's kind and who/how, in English brackets
    assert "【" not in text
    assert re.search(r"\[[A-Z][^\]]+\] ", text)
    assert "Task assigned: 回归测试：支付模块 3.2 版 (王磊)" in text


def _pdf_with(text: str) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    canvas.drawString(72, 770, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_masked_report_does_not_reproduce_exhibits(sample: Sample, tmp_path: Path) -> None:
    """A scan or a screenshot can hold a name, a phone or an ID number that no
    text rule can mask: the masked report lists the exhibit but does not print it."""
    case, lookup = sample
    data = _pdf_with("Contact wanglei_pm 13912345678")
    sha = hashlib.sha256(data).hexdigest()
    (tmp_path / f"{sha}.pdf").write_bytes(data)
    scan = EvidenceFile(f"evidence/{sha}.pdf", sha, len(data), original_name="scan.pdf")
    extra = Evidence(
        "E9",
        "通讯录截图",
        EvidenceKind.OTHER,
        OriginalStatus.KEPT,
        LegalType.ELECTRONIC,
        (scan,),
        proves=(Proves.OTHER,),
    )
    bigger = dataclasses.replace(case, evidence=(*case.evidence, extra))

    def find(key: str) -> Path | None:
        return tmp_path / f"{sha}.pdf" if key == sha else lookup(key)

    findings = sample_findings(bigger)
    plain = render(bigger, findings, tmp_path / "plain.pdf", find)
    masked = render(bigger, findings, tmp_path / "masked.pdf", find, mask=True)
    plain_text = _squash("".join(page_texts(PdfReader(str(plain.path)))))
    assert "wanglei_pm13912345678" in plain_text  # the exhibit is printed unmasked
    reader = PdfReader(str(masked.path))
    masked_text = _squash("".join(page_texts(reader)))
    assert "wanglei_pm" not in masked_text and "13912345678" not in masked_text
    assert "隐去版不印出这份证据的内容" in masked_text
    assert not masked.exhibit_problems
    # every exhibit keeps one page with its hash; no picture is embedded anywhere
    for ev in bigger.evidence:
        for f in ev.files:
            assert f.sha256 in masked_text
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            assert ref.get_object().get("/Subtype") != "/Image"
    assert all("–" not in pages for pages in masked.exhibit_pages.values())


def test_late_and_edited_marks_say_when(built: Built) -> None:
    """A lawyer weighs a late record by how late it was: the mark gives the day
    it was written (and the day of a later edit), from the computer's clock."""
    chronology = _section(_brief(built), "时间线按日期排列的全部记录", None)
    # 2025-06-16 was written on 06-25 and 2025-07-01 edited on 07-03, both inside one run
    assert "迟记（1）后改（1）记于2025-06-25改于2025-07-03" in chronology
    # the backfilled February days were all written on 04-20
    assert "迟记（5）补记（5），依据：钉钉打卡记录截图最晚一条记于2025-04-20" in chronology
    # an incident edited the next day: edited, not late
    assert "后改（1）改于2025-08-16证据：证据4-1" in chronology
    en = _squash("".join(_brief(built, "en")))
    assert "late(1)editedlater(1)written2025-06-25edited2025-07-03" in en


def test_late_means_more_than_three_days_in_the_case_time_zone() -> None:
    from zoneinfo import ZoneInfo

    from caseapp.domain.model import Provenance
    from caseapp.domain.vocab import Origin
    from caseapp.report.chronology import marks_of

    zone = ZoneInfo("Asia/Shanghai")
    day = dt.date(2025, 6, 2)
    utc = dt.UTC

    def written(instant: dt.datetime) -> int:
        return marks_of(Provenance(recorded_at=instant, origin=Origin.APP), day, zone).late

    assert written(dt.datetime(2025, 6, 5, 15, 59, tzinfo=utc)) == 0  # 06-05 23:59 in Shanghai
    assert written(dt.datetime(2025, 6, 5, 16, 0, tzinfo=utc)) == 1  # 06-06 00:00 in Shanghai
    marks = marks_of(
        Provenance(
            recorded_at=dt.datetime(2025, 6, 2, 12, tzinfo=utc),
            updated_at=dt.datetime(2025, 6, 9, 20, tzinfo=utc),
            origin=Origin.BACKFILL,
            backfill_basis="打卡截图",
        ),
        day,
        zone,
    )
    assert (marks.late, marks.backfilled, marks.bases, marks.edited) == (0, 1, ("打卡截图",), 1)
    assert marks.written_last is None and marks.edited_last == dt.date(2025, 6, 10)


def test_an_edit_in_the_same_sitting_is_not_marked() -> None:
    """后改 only for a change in a later sitting: more than ten minutes after the
    record was first saved (docs/report.md, "Chronology marks"). Exactly ten
    minutes is the same sitting; one second more is an edit."""
    from zoneinfo import ZoneInfo

    from caseapp.domain.model import Provenance
    from caseapp.domain.vocab import Origin
    from caseapp.report.chronology import SAME_SITTING, marks_of

    zone = ZoneInfo("Asia/Shanghai")
    first = dt.datetime(2025, 6, 2, 12, 0, 0, tzinfo=dt.UTC)

    def edited(after: dt.timedelta) -> int:
        prov = Provenance(recorded_at=first, updated_at=first + after, origin=Origin.APP)
        return marks_of(prov, dt.date(2025, 6, 2), zone).edited

    assert dt.timedelta(minutes=10) == SAME_SITTING
    assert edited(dt.timedelta(seconds=5)) == 0  # a note typed just after the status
    assert edited(dt.timedelta(minutes=10)) == 0  # the boundary: still the same sitting
    assert edited(dt.timedelta(minutes=10, seconds=1)) == 1  # a later sitting
    assert edited(dt.timedelta(days=1)) == 1
