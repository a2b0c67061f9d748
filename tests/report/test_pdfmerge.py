"""PDF exhibits are placed as form XObjects, one exhibit file open at a time
(issue 17): the merge never holds more than one exhibit's reader, opens each
file once, parses no page content, and the exhibit's text is on its page."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pypdf
import pytest
from pypdf import PdfReader

from caseapp.report import pdfmerge
from tests.report.conftest import render
from tests.report.fixtures import sample_case, sample_findings


class _Counting(pypdf.PdfReader):  # type: ignore[misc]
    active = False  # counting only during the merge (layout reads page counts too)
    open_now = 0
    peak = 0
    opened: ClassVar[list[str]] = []

    def __init__(self, stream: Any, *args: Any, **kw: Any) -> None:
        super().__init__(stream, *args, **kw)
        self._exhibit = type(self).active and isinstance(stream, str | Path)
        if self._exhibit:
            cls = type(self)
            cls.opened.append(str(stream))
            cls.open_now += 1
            cls.peak = max(cls.peak, cls.open_now)

    def close(self) -> None:
        if self._exhibit:
            type(self).open_now -= 1
            self._exhibit = False
        super().close()


def test_one_exhibit_reader_open_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case, lookup = sample_case(tmp_path)
    findings = sample_findings(case)
    monkeypatch.setattr(_Counting, "opened", [])
    monkeypatch.setattr(pypdf, "PdfReader", _Counting)
    parsed: list[int] = []
    real_parse = pypdf.generic.ContentStream._parse_content_stream

    def counting_parse(self: Any, stream: Any) -> Any:
        parsed.append(1)
        return real_parse(self, stream)

    monkeypatch.setattr(pypdf.generic.ContentStream, "_parse_content_stream", counting_parse)
    real_merge = pdfmerge.merge

    def counted_merge(*args: Any) -> None:
        _Counting.active = True
        try:
            real_merge(*args)
        finally:
            _Counting.active = False

    monkeypatch.setattr(pdfmerge, "merge", counted_merge)
    monkeypatch.setattr("caseapp.report.build.merge", counted_merge)
    out = tmp_path / "r.pdf"
    render(case, findings, out, lookup)
    pdf_files = {
        f.sha256 for e in case.evidence for f in e.files if f.original_name.endswith(".pdf")
    }
    assert len(pdf_files) >= 2
    # each PDF exhibit opened once, closed after its last page, never two at a time
    assert len(_Counting.opened) == len(set(_Counting.opened)) == len(pdf_files)
    assert _Counting.peak == 1 and _Counting.open_now == 0
    assert pdfmerge.last_merge["peak_open_readers"] == 1
    assert pdfmerge.last_merge["placed"] >= 5  # the contract's 3 pages and the payslip's 2
    assert parsed == []  # no page content parsed to place a page

    # the exhibit's text is on its page, drawn by the form
    monkeypatch.undo()
    texts = [p.extract_text() for p in PdfReader(str(out)).pages]
    contract = [n for n, t in enumerate(texts) if "劳动合同（第2页）" in t]
    assert len(contract) == 1
    page = PdfReader(str(out)).pages[contract[0]]
    names = list(page["/Resources"]["/XObject"])
    assert any(name.startswith("/CaseappEx") for name in names)
