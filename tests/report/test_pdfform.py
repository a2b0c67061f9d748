"""PDF exhibits are drawn by reportlab as form XObjects read with pypdf
(`caseapp.report.pdfform`, issue 17): one exhibit file open at a time, each
opened once, no page content parsed, the finished report never read back or
cloned; the exhibit's text, fonts and images are on its page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from caseapp.report import pdfform
from tests.report.conftest import render
from tests.report.fixtures import sample_case, sample_findings


def test_one_exhibit_file_open_at_a_time_and_no_content_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case, lookup = sample_case(tmp_path)
    findings = sample_findings(case)
    monkeypatch.setattr(pdfform, "stats", {"opened": 0, "open": 0, "peak_open": 0, "forms": 0})
    parsed: list[int] = []
    real_parse = pypdf.generic.ContentStream._parse_content_stream

    def counting_parse(self: Any, stream: Any) -> Any:
        parsed.append(1)
        return real_parse(self, stream)

    def no_writer(*args: Any, **kw: Any) -> None:
        raise AssertionError("the report is not read back into a pypdf writer")

    monkeypatch.setattr(pypdf.generic.ContentStream, "_parse_content_stream", counting_parse)
    monkeypatch.setattr(pypdf, "PdfWriter", no_writer)
    out = tmp_path / "r.pdf"
    render(case, findings, out, lookup)
    pdf_files = {
        f.sha256 for e in case.evidence for f in e.files if f.original_name.endswith(".pdf")
    }
    assert len(pdf_files) >= 2
    stats = pdfform.stats
    assert stats["opened"] == len(pdf_files)  # each PDF exhibit opened once
    assert stats["peak_open"] == 1 and stats["open"] == 0  # one at a time, all closed
    assert stats["forms"] >= 5  # the contract's 3 pages and the payslip's 2
    assert parsed == []  # no page content parsed to place a page

    monkeypatch.undo()
    reader = PdfReader(str(out))
    texts = [p.extract_text() for p in reader.pages]
    contract = [n for n, t in enumerate(texts) if "劳动合同（第2页）" in t]
    assert len(contract) == 1
    names = list(reader.pages[contract[0]]["/Resources"]["/XObject"])
    assert any("caseappEx" in name for name in names)
    again = tmp_path / "again.pdf"
    render(case, findings, again, lookup)
    assert again.read_bytes() == out.read_bytes()  # same input, same bytes


def _foreign_pdf(path: Path) -> None:
    """Two pages in Helvetica with a photo; the second page turned 90°."""
    img = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(img, "PNG")
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    for n in (1, 2):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 770, f"Foreign exhibit page {n}")
        img.seek(0)
        from reportlab.lib.utils import ImageReader

        canvas.drawImage(ImageReader(img), 72, 600, 80, 60)
        canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    writer.pages[1].rotate(90)
    with path.open("wb") as f:
        writer.write(f)


def test_a_foreign_page_keeps_its_font_image_and_text(tmp_path: Path) -> None:
    exhibit = tmp_path / "foreign.pdf"
    _foreign_pdf(exhibit)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    source = pdfform.source(canvas)
    for index in (0, 1):
        name, (left, bottom, width, height) = source.page(exhibit, index)
        canvas.saveState()
        canvas.transform(0.5, 0, 0, 0.5, 100 - left / 2, 100 - bottom / 2)
        canvas.doForm(name)
        canvas.restoreState()
        canvas.showPage()
    source.close()
    assert (width, height) == pytest.approx((A4[1], A4[0]), abs=0.01)  # the turned page
    canvas.save()
    (tmp_path / "placed.pdf").write_bytes(buf.getvalue())
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    for n, page in enumerate(reader.pages, start=1):
        assert f"Foreign exhibit page {n}" in page.extract_text()
        (form,) = (x.get_object() for x in page["/Resources"]["/XObject"].values())
        assert form["/Subtype"] == "/Form"
        fonts = form["/Resources"]["/Font"]
        assert any(str(f.get_object()["/BaseFont"]) == "/Helvetica" for f in fonts.values())
        images = [x.get_object() for x in form["/Resources"]["/XObject"].values()]
        assert any(i["/Subtype"] == "/Image" and i["/Width"] == 40 for i in images)


def test_each_pdf_exhibit_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read and copied at preparation; placing its pages reads nothing again
    (until session 7 each file was read twice: checked, then copied). The
    bytes are those of copying when drawn (`ExhibitSource.page` without a copy)."""
    case, lookup = sample_case(tmp_path)
    findings = sample_findings(case)
    readers: list[str] = []
    real = pypdf.PdfReader.__init__

    def counting(self: Any, stream: Any, *args: Any, **kw: Any) -> None:
        readers.append(str(stream))
        real(self, stream, *args, **kw)

    monkeypatch.setattr(pypdf.PdfReader, "__init__", counting)
    out = tmp_path / "r.pdf"
    render(case, findings, out, lookup)
    pdf_files = {
        f.sha256 for e in case.evidence for f in e.files if f.original_name.endswith(".pdf")
    }
    assert len(readers) == len(pdf_files) >= 2

    # a page placed from a copy made now gives the same form as from preparation's
    exhibit = tmp_path / "foreign.pdf"
    _foreign_pdf(exhibit)
    with pdfform.opened(exhibit) as reader:
        prepared = pdfform.read_pdf(reader)
    outputs = []
    for pdf in (prepared, None):
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=A4, invariant=1)
        source = pdfform.source(canvas)
        for index in (0, 1):
            name, _box = source.page(exhibit, index, pdf)
            canvas.doForm(name)
            canvas.showPage()
        source.close()
        canvas.save()
        outputs.append(buf.getvalue())
    assert outputs[0] == outputs[1]
