"""The sample case in both parts and both languages: every section's words
extracted by pypdf, fonts embedded, byte-identical rebuilds, page numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from caseapp.domain.model import Case
from caseapp.report import ReportResult
from tests.report.conftest import page_texts, render
from tests.report.fixtures import sample_findings

BASE14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}

ZH_SECTIONS = [
    "咨询用案情分析",
    "这不是法律意见",
    "完整性标记能证明什么",
    "一页摘要",
    "每日状态日历",
    "每月收到的工资",
    "风险提示详解",
    "时间线",
    "提交用材料",
    "劳动人事争议仲裁申请书",
    "仲裁请求",
    "事实与理由",
    "一、计算方法",
    "二、证据目录",
    "三、证据材料",
    "四、申请责令被申请人提供的证据",
    "五、完整性附录",
    "六、声明",
]
EN_SECTIONS = [
    "Consultation brief",
    "This is not legal advice",
    "Summary on one page",
    "Calendar of day statuses",
    "Findings in detail",
    "Chronology",
    "Filing pack",
    "Application for Labour",
    "1. How each amount is computed",
    "2. Evidence list",
    "3. Exhibits",
    "5. Integrity appendix",
    "6. Declaration",
]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_section_extracts_in_chinese(
    built: dict[str, tuple[ReportResult, PdfReader]],
) -> None:
    result, reader = built["zh"]
    text = _squash("".join(page_texts(reader)))
    for section in ZH_SECTIONS:
        assert _squash(section) in text, section
    # user text and vocabulary come through too
    assert "明天开始你先不用过来了" in text
    assert "待岗，但要到公司坐着" in text
    assert result.part_pages["brief"] >= 5 and result.part_pages["filing"] >= 10


def test_every_section_extracts_in_english(
    built: dict[str, tuple[ReportResult, PdfReader]],
) -> None:
    _, reader = built["en"]
    text = "".join(page_texts(reader))
    for section in EN_SECTIONS:
        assert section in text, section
    # the worker's own Chinese words stay as written
    assert "明天开始你先不用过来了" in _squash(text)
    assert "咨询用案情分析" not in _squash(text.replace("仅供咨询，请勿提交", ""))


def test_brief_mark_on_every_brief_page(built: dict[str, tuple[ReportResult, PdfReader]]) -> None:
    for lang in ("zh", "en"):
        result, reader = built[lang]
        texts = page_texts(reader)
        brief_pages = result.part_pages["brief"]
        for n, text in enumerate(texts):
            marked = "仅供咨询，请勿提交" in _squash(text)
            assert marked == (n < brief_pages), (lang, n)


def test_page_x_of_y_per_part(built: dict[str, tuple[ReportResult, PdfReader]]) -> None:
    result, reader = built["zh"]
    texts = [_squash(t) for t in page_texts(reader)]
    brief, filing = result.part_pages["brief"], result.part_pages["filing"]
    for n in range(brief):
        assert f"第{n + 1}页/共{brief}页" in texts[n]
    for n in range(filing):
        assert f"第{n + 1}页/共{filing}页" in texts[brief + n]
    en_result, en = built["en"]  # English text may take more pages than Chinese
    assert f"Page 1 of {en_result.part_pages['brief']}" in page_texts(en)[0]


def _fonts(reader: PdfReader) -> list[DictionaryObject]:
    fonts: list[DictionaryObject] = []
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        resources = resources.get_object()
        stack = [resources]
        while stack:
            res = stack.pop()
            for font in (res.get("/Font") or {}).values():
                fonts.append(font.get_object())
            for xobj in (res.get("/XObject") or {}).values():
                xobj = xobj.get_object()
                if "/Resources" in xobj:
                    stack.append(xobj["/Resources"].get_object())
    return fonts


def test_every_font_embedded_and_no_base14(
    built: dict[str, tuple[ReportResult, PdfReader]],
) -> None:
    for lang in ("zh", "en"):
        _, reader = built[lang]
        fonts = _fonts(reader)
        assert fonts
        for font in fonts:
            name = str(font["/BaseFont"]).lstrip("/")
            assert name.split("+")[-1] not in BASE14, name
            assert "WenQuanYi" in name, name
            descriptor = font["/FontDescriptor"]
            if isinstance(descriptor, IndirectObject):
                descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, name


def test_same_inputs_give_identical_bytes(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    findings = sample_findings(case)
    a = render(case, findings, tmp_path / "a.pdf", lookup)
    b = render(case, findings, tmp_path / "b.pdf", lookup)
    assert a.path.read_bytes() == b.path.read_bytes()
    c = render(case, findings, tmp_path / "c.pdf", lookup, lang="en")
    assert c.path.read_bytes() != a.path.read_bytes()


def test_fingerprint_on_every_page(built: dict[str, tuple[ReportResult, PdfReader]]) -> None:
    result, reader = built["zh"]
    assert len(result.fingerprint) == 64
    for text in page_texts(reader):
        assert result.fingerprint[:12] in text
    assert result.fingerprint in _squash("".join(page_texts(reader)))


def test_chronology_folds_runs_and_marks(built: dict[str, tuple[ReportResult, PdfReader]]) -> None:
    _, reader = built["zh"]
    text = _squash("".join(page_texts(reader)))
    # standby on workdays from 06-04 (06-03 has a note) to 09-30, weekends folded inside;
    # one day in it was written late and one edited: the run carries both marks
    assert "2025-06-04至2025-09-30待岗在家85天（其间休息日34天）迟记（1）后改（1）" in text
    assert "补记（5），依据：钉钉打卡记录截图" in text
    assert "迟记（1）" in text
    assert "后改（1）" in text
    assert "证据：证据2-1" in text


def test_filing_pack_keeps_weak_points_out(
    built: dict[str, tuple[ReportResult, PdfReader]],
) -> None:
    result, reader = built["zh"]
    filing = _squash("".join(page_texts(reader)[result.part_pages["brief"] :]))
    assert "对方可能的抗辩" not in filing
    assert "把握程度" not in filing
    assert "公司可能主张已与你协商一致降低待岗工资" not in filing
    brief = _squash("".join(page_texts(reader)[: result.part_pages["brief"]]))
    assert "公司可能主张已与你协商一致降低待岗工资" in brief


def test_single_parts(sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path) -> None:
    case, lookup = sample
    findings = sample_findings(case)
    brief = render(case, findings, tmp_path / "brief.pdf", lookup, part="brief")
    filing = render(case, findings, tmp_path / "filing.pdf", lookup, part="filing")
    assert set(brief.part_pages) == {"brief"}
    assert set(filing.part_pages) == {"filing"}
    first = _squash(PdfReader(str(filing.path)).pages[0].extract_text())
    # the filing part opens with the arbitration application (issue 10 item 1)
    assert "劳动人事争议仲裁申请书" in first and "仅供咨询" not in first


def test_real_rules_engine_findings_render(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    from caseapp.i18n import render as render_msg
    from tests.report.fixtures import rules_findings

    case, lookup = sample
    findings = rules_findings(case)
    assert findings.findings
    result = render(case, findings, tmp_path / "rules.pdf", lookup)
    text = _squash("".join(page_texts(PdfReader(str(result.path)))))
    for f in findings.findings:
        assert _squash(render_msg(f.title, "zh")) in text, f.rule
    assert "rules." not in text  # no message key left unrendered


def test_bundled_sample_zip_both_parts_both_languages(tmp_path: Path) -> None:
    """The shipped sample case file through the command line: evidence comes
    out of the zip, the journal head is printed, every section extracts."""
    from caseapp.__main__ import main
    from caseapp.paths import resource

    sample = resource("samples", "sample.caseapp.zip")
    for lang, sections in (("zh", ZH_SECTIONS), ("en", EN_SECTIONS)):
        out = tmp_path / f"sample-{lang}.pdf"
        code = main(
            [
                "--lang",
                lang,
                "report",
                str(sample),
                "-o",
                str(out),
                "--as-of",
                "2025-11-20",
                "--generated-at",
                "2025-11-20T09:00:00+08:00",
            ]
        )
        assert code == 0
        reader = PdfReader(str(out))
        text = _squash("".join(page_texts(reader)))
        for section in sections:
            assert _squash(section) in text, (lang, section)
        assert "131" in text  # journal entries in the integrity appendix
        assert len(reader.pages) > 20
