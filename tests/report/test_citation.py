"""`public_source`: what a reader can look up from a law-data source string,
checked over every `source` value in resources/law/*.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.citation import public_source

LAW_DIR = Path(__file__).resolve().parents[2] / "resources" / "law"
INTERNAL = re.compile(
    r"law\.md|addendum|norbital|LawRefBook|Buxiulei|polarsta|as reported|\bvia\b"
    r"|public repositor|not identified|\bcommit\b|[\w-]+/[\w./-]+\.(?:md|csv)\b",
    re.IGNORECASE,
)
URL = re.compile(r"https?://[^\s;,()]+")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号")
TITLE = re.compile(r"《[^》]+》")
REPO_URL = re.compile(r"github\.com|/blob/|raw\.githubusercontent", re.IGNORECASE)


def _sources(node: Any, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "source" and isinstance(value, str):
                out.add(value)
            else:
                _sources(value, out)
    elif isinstance(node, list):
        for item in node:
            _sources(item, out)
    return out


def all_sources() -> list[str]:
    found: set[str] = set()
    for path in sorted(LAW_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            _sources(tomllib.load(fh), found)
    return sorted(found)


SOURCES = all_sources()


def test_there_are_sources_to_check() -> None:
    assert len(SOURCES) > 100


@pytest.mark.parametrize("source", SOURCES)
def test_every_law_data_source(source: str) -> None:
    shown = public_source(source)
    assert shown.strip(), source
    assert not INTERNAL.search(shown), (source, shown)
    for url in URL.findall(source):
        if not REPO_URL.search(url):
            assert url.rstrip(".") in shown, (url, shown)
    for number in DOC_NUMBER.findall(source):
        assert number in shown, (number, shown)
    for title in TITLE.findall(source):
        assert title in shown, (title, shown)


@pytest.mark.parametrize("source", SOURCES)
def test_every_law_data_source_for_a_chinese_reader(source: str) -> None:
    english = public_source(source)
    shown = public_source(source, lang="zh")
    assert shown.strip(), source
    assert not INTERNAL.search(shown), (source, shown)
    # no English prose left: only URLs, file names and "pdf"/"html" carry Latin letters
    words = re.sub(r"(?:https?://|www\.)\S+|\S*\.gov\.cn\S*|\w+\.(?:pdf|html?)", "", shown)
    assert not re.search(r"[A-Za-z]{3,}", words), (source, shown)
    for url in URL.findall(english):
        assert url.rstrip(".") in shown, (url, shown)
    for number in DOC_NUMBER.findall(source):
        assert number in shown, (number, shown)
    for title in TITLE.findall(source):
        assert title in shown, (title, shown)


def test_articles_read_in_chinese() -> None:
    shown = public_source(
        "浙江省企业工资支付管理办法 (省政府令第353号) art. 22; effective date "
        "http://laodongfa.com/a.html (law.md §1.2)",
        lang="zh",
    )
    assert shown == "浙江省企业工资支付管理办法 省政府令第353号 第22条; http://laodongfa.com/a.html"


def test_internal_notes_go_and_official_parts_stay() -> None:
    source = (
        "人社部发〔2025〕2号《人力资源社会保障部关于职工全年月平均工作时间和工资折算问题的通知》 "
        "(https://www.mohrss.gov.cn/a.html; https://www.gov.cn/b.htm), as reported in "
        "norbital-ai/templates docs/inventory/china.csv row CN-N02.day-conversion-21-75 and other "
        "public repositories (addendum §5.3)"
    )
    assert public_source(source) == (
        "人社部发〔2025〕2号《人力资源社会保障部关于职工全年月平均工作时间和工资折算问题的通知》 "
        "(https://www.mohrss.gov.cn/a.html; https://www.gov.cn/b.htm)"
    )


def test_a_mirror_path_becomes_the_law_title() -> None:
    source = "LawRefBook/Laws 社会法/社会保险法(2018-12-29).md; amended 2018-12-29 (law.md §6)"
    assert public_source(source) == "《社会保险法》（2018-12-29）; amended 2018-12-29"


def test_a_quoted_official_address_is_unwrapped() -> None:
    source = (
        "京人社劳发〔2025〕7号, via Buxiulei/lawer data/beijing-zuidi-gongzi.md "
        "(cites rsj.beijing.gov.cn/xxgk/t.html); https://www.talent-spot.com/k.html (law.md §2.1)"
    )
    assert public_source(source) == (
        "京人社劳发〔2025〕7号, rsj.beijing.gov.cn/xxgk/t.html; https://www.talent-spot.com/k.html"
    )


def test_nothing_public_left_gives_the_placeholder() -> None:
    assert public_source("law.md §2.1 (memory; no source)") == "—"
    assert public_source("Buxiulei/lawer sop/x.md (law.md §3)", none="未记载") == "未记载"


def test_a_plain_source_is_unchanged() -> None:
    plain = "国办发明电〔2025〕7号, https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"
    assert public_source(plain) == plain


def test_the_pdf_shows_public_sources_only(tmp_path: Path) -> None:
    """The real rules' parameters on the sample case: the brief and the filing
    pack name official documents, never our notes."""
    from pypdf import PdfReader

    from tests.report.conftest import page_texts, render
    from tests.report.fixtures import rules_findings, sample_case

    case, lookup = sample_case(tmp_path)
    findings = rules_findings(case)
    sources = [
        p.source
        for f in findings.findings
        if f.calculation is not None
        for p in f.calculation.parameters
    ]
    assert any(re.search(r"law\.md|addendum|LawRefBook|Buxiulei", s) for s in sources)
    notes = re.compile(r"law\.md|addendum|norbital|LawRefBook|Buxiulei|polarsta|as reported")
    for lang in ("zh", "en"):
        out = tmp_path / f"{lang}.pdf"
        render(case, findings, out, lookup, lang=lang)
        text = re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(out)))))
        assert not notes.search(text), notes.search(text)
        assert "浙江省企业工资支付管理办法" in text
        if lang == "zh":
            assert "effectivedate" not in text and "art.22" not in text
