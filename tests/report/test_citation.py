"""A legal figure's source as printed, from the law data's fields (issue 11
item 3): every entry of resources/law, in both languages, shows the document
that sets it (number, title, official page) and never our own notes; the
sample's brief and filing pack read back with pypdf do the same, and
`caseapp check` prints the same words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from caseapp.__main__ import main
from caseapp.domain.citation import (
    Document,
    Source,
    format_document,
    is_official_url,
    printed_urls,
)
from caseapp.domain.vocab import Confidence
from caseapp.rules.law import load_law_data
from caseapp.rules.source_text import DOCUMENTED, printed_source

#: Our own notes: the references a figure was compiled from, never printed.
NOTES = re.compile(r"law\.md|law-regions|addendum|LawRefBook|\bref\b", re.IGNORECASE)


def _sources() -> list[tuple[str, Source, Confidence]]:
    law = load_law_data()
    out = [(raw.place, raw.source, raw.confidence) for raw in law.all_entries()]
    out += [(f"{a.law} {a.article}", a.source, a.confidence) for a in law.articles()]
    return out


SOURCES = _sources()


def test_there_are_sources_to_check() -> None:
    assert len(SOURCES) > 400


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_law_data_source_prints_its_document(lang: str) -> None:
    for place, source, confidence in SOURCES:
        shown = printed_source(source, confidence, lang)  # type: ignore[arg-type]
        assert shown.strip(), place
        assert not NOTES.search(shown), (place, shown)
        doc = source.document
        if doc is not None:
            for part in (doc.number, doc.title, doc.url):
                if part:
                    assert part in shown, (place, part, shown)
        if confidence in DOCUMENTED:
            for report in source.reported_by:
                assert report not in shown, (place, report, shown)


def test_for_a_chinese_reader_only_names_and_addresses_are_latin() -> None:
    """zh: no English prose — what is left after the URLs and the names of the
    reports (JETRO, Xinhua, a repository) reads in Chinese."""
    for place, source, confidence in SOURCES:
        shown = printed_source(source, confidence, "zh")
        for report in sorted(source.reported_by, key=len, reverse=True):
            shown = shown.replace(report, "")
        if source.document is not None and source.document.url:
            shown = shown.replace(source.document.url, "")
        assert not re.search(r"[A-Za-z]{3,}", shown), (place, shown)


def test_the_document_format() -> None:
    doc = Document(
        authority="北京市人力资源和社会保障局",
        title="关于调整北京市2025年最低工资标准的通知",
        number="京人社劳发〔2025〕7号",
        date=dt.date(2025, 7, 25),
        url="https://rsj.beijing.gov.cn/xxgk/t.html",
    )
    assert format_document(doc, "zh") == (
        "北京市人力资源和社会保障局《关于调整北京市2025年最低工资标准的通知》"
        "（京人社劳发〔2025〕7号，2025-07-25） https://rsj.beijing.gov.cn/xxgk/t.html"
    )
    assert format_document(doc, "en") == (
        "北京市人力资源和社会保障局, 《关于调整北京市2025年最低工资标准的通知》 "
        "(京人社劳发〔2025〕7号, 2025-07-25) https://rsj.beijing.gov.cn/xxgk/t.html"
    )
    # a title that begins with its authority does not repeat it
    own = Document(
        authority="上海市人力资源和社会保障局",
        title="上海市人力资源和社会保障局关于调整本市最低工资标准的通知",
    )
    assert (
        format_document(own, "zh") == "《上海市人力资源和社会保障局关于调整本市最低工资标准的通知》"
    )
    assert format_document(Document(number="粤府函〔2025〕23号"), "zh") == "粤府函〔2025〕23号"
    assert format_document(None, "zh") == ""


def _pdf_urls_are_official_or_reports(text: str, lang: str) -> None:
    for url in printed_urls(text):
        if is_official_url(url):
            continue
        # a report: only beside an unconfirmed figure, after 文号未核实
        before = text[: text.index(url)]
        assert "文号未核实" in before[-400:], (lang, url)


def test_the_pdf_prints_documents_and_marks_reports(tmp_path: Path) -> None:
    """The real rules' parameters on the sample case: the brief and the filing
    pack name official documents, never our notes; a URL is official or a
    report beside an unconfirmed figure."""
    from pypdf import PdfReader

    from tests.report.conftest import page_texts, render
    from tests.report.fixtures import rules_findings, sample_case

    case, lookup = sample_case(tmp_path)
    findings = rules_findings(case)
    refs = [
        p.source.ref
        for f in findings.findings
        if f.calculation is not None
        for p in f.calculation.parameters
    ]
    assert any(r and re.search(r"law\.md|addendum|LawRefBook|Buxiulei", r) for r in refs)
    for lang in ("zh", "en"):
        out = tmp_path / f"{lang}.pdf"
        render(case, findings, out, lookup, lang=lang)
        text = "".join(page_texts(PdfReader(str(out))))
        flat = re.sub(r"\s+", "", text)
        assert not NOTES.search(flat), NOTES.search(flat)
        assert "浙江省企业工资支付管理办法" in flat
        _pdf_urls_are_official_or_reports(flat, lang)
        if lang == "zh":
            assert "effectivedate" not in flat and "art.22" not in flat


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_check_prints_the_same_sources(
    case_file: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert main(["--lang", lang, "check", str(case_file), "--as-of", "2025-10-15"]) in (0, 1)
    out = capsys.readouterr().out
    assert "浙江省企业工资支付管理办法" in out
    assert not NOTES.search(out), NOTES.search(out)
    flat = re.sub(r"\s+", "", out)
    _pdf_urls_are_official_or_reports(flat, lang)
