"""The report's file written as reportlab formats it (caseapp.report.pdfstream):
the same bytes as reportlab's own save, written in pieces rather than joined in
memory first; the library's collector restored afterwards, even after a failed
save; and the sample report's cross-reference table pointing at its objects."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from caseapp.report import pdfstream
from caseapp.report.fonts import FONT, register
from tests.report.conftest import render
from tests.report.fixtures import rules_findings, sample_case


class Pieces(io.BytesIO):
    """A file that counts its writes and remembers the largest."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.largest = 0

    def write(self, data: object) -> int:
        assert isinstance(data, bytes | bytearray)
        self.writes += 1
        self.largest = max(self.largest, len(data))
        return super().write(data)


def _draw(canvas: Canvas, pages: int) -> None:
    register()
    picture = Image.new("RGB", (64, 48), (200, 30, 30))
    for n in range(pages):
        canvas.setFont(FONT, 10.5)
        for line in range(30):
            canvas.drawString(56, 790 - line * 18, f"第{n + 1}页第{line + 1}行：待岗期间的生活费。")
        canvas.drawImage(ImageReader(picture), 56, 100, 64, 48)
        canvas.showPage()


def _reportlab_bytes(pages: int) -> bytes:
    plain = io.BytesIO()
    canvas = Canvas(plain, pagesize=A4, invariant=1, pageCompression=1)
    _draw(canvas, pages)
    canvas.save()
    return plain.getvalue()


def test_streamed_save_writes_reportlabs_bytes_in_pieces() -> None:
    expected = _reportlab_bytes(40)
    sink = Pieces()
    canvas = Canvas(sink, pagesize=A4, invariant=1, pageCompression=1)
    _draw(canvas, 40)
    with pdfstream.streamed(sink):
        canvas.save()
    assert sink.getvalue() == expected
    # one write an object (40 pages, their contents, fonts, the image) and the xref:
    # never the whole file at once
    assert sink.writes > 80
    assert sink.largest < len(expected) // 2  # the largest piece: the font subset
    assert pdfdoc.PDFFile is not None and pdfdoc.PDFFile.__name__ == "PDFFile"


def test_the_collector_is_restored_after_a_failed_save() -> None:
    original = pdfdoc.PDFFile

    class Broken(io.BytesIO):
        def write(self, data: object) -> int:
            raise OSError("disk full")

    canvas = Canvas(Broken(), pagesize=A4, invariant=1)
    _draw(canvas, 2)
    with pytest.raises(OSError, match="disk full"), pdfstream.streamed(canvas._filename):
        canvas.save()
    assert pdfdoc.PDFFile is original
    # and the next plain save is reportlab's own again
    assert _reportlab_bytes(2) == _reportlab_bytes(2)


def test_the_sample_reports_offsets_point_at_its_objects(tmp_path: Path) -> None:
    """build_report writes through the streamed save: every cross-reference
    entry points at the start of its object, and startxref at the table."""
    (tmp_path / "evidence").mkdir()
    case, lookup = sample_case(tmp_path / "evidence")
    out = tmp_path / "sample.pdf"
    render(case, rules_findings(case), out, lookup)
    data = out.read_bytes()
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    assert data[start : start + 4] == b"xref"
    header = re.match(rb"xref\s+0 (\d+)\s+", data[start:])
    assert header is not None
    count = int(header.group(1))
    table = data[start + header.end() :].split(b"\n")[:count]
    assert table[0].startswith(b"0000000000 65535 f")
    for number, entry in enumerate(table[1:], start=1):
        offset = int(entry[:10])
        assert data[offset:].startswith(f"{number} 0 obj".encode()), number
    assert pdfdoc.PDFFile.__name__ == "PDFFile"
