"""Layout under stress: wrapping inside cells, long tables, a 30-page PDF
exhibit, CJK line starts, missing glyphs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from caseapp.domain.model import Case, Day
from caseapp.domain.vocab import DayStatus
from caseapp.report import fonts
from caseapp.report.brief import CHRONO_MARKS_W, CHRONO_NO_W
from caseapp.report.evidence_sections import evlist_widths
from caseapp.report.layout import FRAME_W, MARGIN_LEFT
from tests.report.conftest import page_texts, render
from tests.report.fixtures import LONG_NOTE, on_time, sample_case, sample_findings

Run = tuple[float, float, str, float]  # x, y, text, size


def runs(page: object) -> list[Run]:
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((x, y, text, size * tm[0] * cm[0] if tm[0] and cm[0] else size))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return out


def columns(widths: list[float]) -> list[tuple[float, float]]:
    edges = [MARGIN_LEFT]
    for w in widths:
        edges.append(edges[-1] + w)
    return list(itertools.pairwise(edges))


def assert_inside_columns(pages: list[object], widths: list[float], sizes: set[float]) -> int:
    cols = columns(widths)
    checked = 0
    for page in pages:
        for x, _y, text, size in runs(page):
            if round(size, 1) not in sizes:
                continue
            col = next(((a, b) for a, b in cols if a - 0.5 <= x < b), None)
            if col is None:
                continue
            right = x + stringWidth(text.rstrip(), fonts.FONT, size)
            assert right <= col[1] + 0.5, (text, x, right, col)
            checked += 1
    return checked


@pytest.fixture(scope="module")
def sample_pdf(
    built: dict[str, tuple[object, PdfReader]],
) -> PdfReader:
    return built["zh"][1]


def test_long_note_long_name_and_hash_wrap_inside_cells(sample_pdf: PdfReader) -> None:
    texts = [re.sub(r"\s+", "", t) for t in page_texts(sample_pdf)]
    chrono = [sample_pdf.pages[i] for i, t in enumerate(texts) if "标记/证据" in t]
    evlist = [sample_pdf.pages[i] for i, t in enumerate(texts) if "证据名称" in t]
    assert chrono and evlist
    # the 500-character note is there in full
    whole = "".join(texts)
    assert re.sub(r"\s+", "", LONG_NOTE) in whole
    n = assert_inside_columns(
        chrono,
        [CHRONO_NO_W, 66, FRAME_W - CHRONO_NO_W - 66 - CHRONO_MARKS_W, CHRONO_MARKS_W],
        {9.0},
    )
    assert n > 50
    widths = evlist_widths("zh")
    m = assert_inside_columns(evlist, widths, {9.0, 7.5})
    assert m > 30
    # a 64-hex SHA-256 is split over lines but complete
    case, _ = sample_case(None)
    for item in case.evidence:
        for f in item.files:
            assert f.sha256 in whole


def _many_days(case: Case, n: int) -> Case:
    start = dt.date(2023, 1, 2)
    days = tuple(
        Day(
            start + dt.timedelta(days=k),
            DayStatus.STANDBY,
            note=f"第{k + 1}天：今天仍然没有安排任何工作，按要求在家待命。",
            provenance=on_time(start + dt.timedelta(days=k)),
        )
        for k in range(n)
    )
    return dataclasses.replace(case, days=days, evidence=(), incidents=(), payments=())


def test_long_table_splits_with_header_repeated(tmp_path: Path) -> None:
    case, lookup = sample_case(None)
    case = _many_days(case, 420)  # more than one 300-row chunk
    result = render(case, sample_findings(case), tmp_path / "long.pdf", lookup, part="brief")
    texts = [re.sub(r"\s+", "", t) for t in page_texts(PdfReader(str(result.path)))]
    first = next(i for i, t in enumerate(texts) if "时间线" in t and "标记/证据" in t)
    chrono_pages = texts[first:]
    assert len(chrono_pages) >= 10
    for t in chrono_pages:
        assert "#日期记录标记/证据" in t
    assert "第420天" in texts[-1]


def test_thirty_page_exhibit_keeps_page_numbers(tmp_path: Path) -> None:
    directory = tmp_path / "ev"
    directory.mkdir()
    case, lookup = sample_case(directory, contract_pages=30)
    result = render(case, sample_findings(case), tmp_path / "big.pdf", lookup)
    reader = PdfReader(str(result.path))
    texts = [re.sub(r"\s+", "", t) for t in page_texts(reader)]
    filing = texts[result.part_pages["brief"] :]
    assert result.exhibit_pages["1-1"].endswith(str(int(result.exhibit_pages["1-1"][0]) + 29))
    for label, pages in result.exhibit_pages.items():
        found = [
            i + 1
            for i, t in enumerate(filing)
            if re.search(rf"证据{re.escape(label)}(?![-\d])", t)
            and "SHA-256" in t
            and "证据名称" not in t
        ]
        first, _, last = pages.partition("–")
        expect = list(range(int(first), int(last or first) + 1))
        assert found == expect, (label, found, pages)
    listing = next(t for t in filing if "二、证据目录" in t)
    assert result.exhibit_pages["1-1"] in listing
    # the original pages really are drawn into the slots
    assert "劳动合同（第30页）" in filing[int(result.exhibit_pages["1-1"].split("–")[1]) - 1]
    assert f"第{len(filing)}页/共{len(filing)}页" in filing[-1]


NO_LINE_START = "，。、；：！？）》」』】"


def test_no_line_starts_with_closing_punctuation(sample_pdf: PdfReader) -> None:
    for text in page_texts(sample_pdf):
        for line in text.splitlines():
            stripped = line.strip()
            assert not stripped or stripped[0] not in NO_LINE_START, line


def test_missing_glyph_falls_back_to_code_point(tmp_path: Path) -> None:
    case, lookup = sample_case(None)
    assert fonts.missing_glyphs("𠀀中") == {"𠀀"}
    day = dataclasses.replace(case.days[0], note="生僻字𠀀测试")
    case = dataclasses.replace(case, days=(day, *case.days[1:]), evidence=())
    result = render(case, sample_findings(case), tmp_path / "glyph.pdf", lookup, part="brief")
    text = "".join(page_texts(PdfReader(str(result.path))))
    assert "U+20000" in text
    assert "生僻字" in re.sub(r"\s+", "", text)


def test_progress_and_atomic_write(
    sample: tuple[Case, Callable[[str], Path | None]], tmp_path: Path
) -> None:
    case, lookup = sample
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    calls: list[tuple[int, int]] = []
    render(case, sample_findings(case), out, lookup, progress=lambda d, t: calls.append((d, t)))
    assert out.read_bytes().startswith(b"%PDF")
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) >= len(case.evidence)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]

    def broken(_sha: str) -> Path | None:
        raise RuntimeError("disk gone")

    before = out.read_bytes()
    with pytest.raises(RuntimeError):
        render(case, sample_findings(case), out, broken)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_changed_or_missing_file_is_not_printed(tmp_path: Path) -> None:
    directory = tmp_path / "ev"
    directory.mkdir()
    case, lookup = sample_case(directory)
    contract = case.evidence[0].files[0].sha256
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(b"%PDF-1.4 not the contract")
    chat = case.evidence[1].files[0].sha256

    def lookup2(sha: str) -> Path | None:
        if sha == contract:
            return tampered
        if sha == chat:
            return None
        return lookup(sha)

    result = render(case, sample_findings(case), tmp_path / "t.pdf", lookup2, part="filing")
    problems = dict(result.exhibit_problems)
    assert problems["1-1"] == "exhibit.mismatch"
    assert problems["2-1-1"] == "exhibit.missing"
    text = re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(result.path)))))
    assert "与记录的SHA-256不一致" in text


def test_english_evidence_list_wraps_inside_cells(
    built: dict[str, tuple[object, PdfReader]],
) -> None:
    reader = built["en"][1]
    texts = page_texts(reader)
    evlist = [reader.pages[i] for i, t in enumerate(texts) if "What it proves" in t]
    assert evlist
    assert assert_inside_columns(evlist, evlist_widths("en"), {9.0, 7.5}) > 30
