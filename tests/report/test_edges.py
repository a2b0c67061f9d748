"""Edges: an almost empty case, unreadable, transparent and encrypted exhibit
files, and the log lines for exhibits that are not printed."""

from __future__ import annotations

import dataclasses
import io
import logging
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from caseapp.domain.findings import FindingsReport
from caseapp.report.exhibits import _prepare_image
from tests.report.conftest import page_texts, photo_evidence, render
from tests.report.fixtures import AS_OF, sample_case, sample_findings


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page_texts(PdfReader(str(path)))))


def test_empty_case_renders_both_parts(tmp_path: Path) -> None:
    case, _ = sample_case(None)
    bare = dataclasses.replace(
        case,
        days=(),
        payments=(),
        incidents=(),
        evidence=(),
        tasks=(),
        social_insurance=(),
        people=(),
    )
    findings = FindingsReport(AS_OF, bare.info.uid, "0.1.0", "test", "0" * 64, ())
    result = render(bare, findings, tmp_path / "bare.pdf", lambda _s: None)
    text = _text(result.path)
    assert "按现有记录没有发现需要提示的情况" in text
    assert "没有按现有记录计算出金额的请求" in text
    assert "没有登记证据" in text
    assert result.exhibits == 0 and result.part_pages["filing"] >= 3


def test_unreadable_transparent_and_encrypted_files(tmp_path: Path) -> None:
    rgba = Image.new("RGBA", (300, 200), (255, 0, 0, 0))
    buf = io.BytesIO()
    rgba.save(buf, "PNG")
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    enc = io.BytesIO()
    writer.write(enc)
    items = [
        photo_evidence(tmp_path, "broken.png", b"\x89PNG\r\n\x1a\n not really", "X1", title="测试"),
        photo_evidence(tmp_path, "clear.png", buf.getvalue(), "X2", title="测试"),
        photo_evidence(tmp_path, "locked.pdf", enc.getvalue(), "X3", title="测试"),
    ]
    paths = {item.files[0].sha256: path for item, path in items}
    case, _ = sample_case(None)
    case = dataclasses.replace(case, evidence=tuple(item for item, _ in items))
    result = render(case, sample_findings(case), tmp_path / "edge.pdf", paths.get, part="filing")
    problems = dict(result.exhibit_problems)
    assert problems == {"1-1": "exhibit.unreadable", "1-3": "exhibit.encrypted"}
    text = _text(result.path)
    assert "文件无法读取" in text and "PDF文件设有密码" in text
    # a transparent PNG is flattened onto white, not black
    prepared = _prepare_image(paths[items[1][0].files[0].sha256], "k")
    assert prepared.problem is None and prepared.jpeg is not None
    with Image.open(prepared.jpeg.jpeg_fh()) as img:
        assert img.format == "JPEG"
        assert img.convert("RGB").getpixel((10, 10)) > (240, 240, 240)


def test_exhibits_not_printed_are_logged_by_label_and_record(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken, _ = photo_evidence(tmp_path, "李青的照片.png", b"\x89PNG\r\n\x1a\n no", "X1")
    gone, _ = photo_evidence(tmp_path, "王建国.png", b"\x89PNG\r\n\x1a\n gone", "X2")
    case, _ = sample_case(None)
    case = dataclasses.replace(case, evidence=(broken, gone))
    sha = broken.files[0].sha256
    with caplog.at_level(logging.WARNING, logger="caseapp.report"):
        render(
            case,
            sample_findings(case),
            tmp_path / "edge.pdf",
            lambda s: tmp_path / sha if s == sha else None,
            part="filing",
        )
    assert sorted(r.getMessage() for r in caplog.records) == [
        "exhibit 1-1 (evidence:X1) not printed: exhibit.unreadable (UnidentifiedImageError)",
        "exhibit 1-2 (evidence:X2) not printed: exhibit.missing",
    ]
    assert "李青" not in caplog.text and "王建国" not in caplog.text


def test_plain_png_is_embedded_as_it_is(tmp_path: Path) -> None:
    """An RGB PNG goes in undecoded (FlateDecode with the PNG predictor) and
    decodes back to the same pixels; Filter is a single name so that readers
    which require DecodeParms to match Filter (poppler) apply the predictor."""
    img = Image.new("RGB", (64, 40), (10, 200, 30))
    for x in range(64):
        img.putpixel((x, x % 40), (x * 3, 0, 255 - x))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    item, path = photo_evidence(tmp_path, "plain.png", buf.getvalue(), "P1", title="测试")
    case, _ = sample_case(None)
    case = dataclasses.replace(case, evidence=(item,))
    lookup = {item.files[0].sha256: path}.get
    result = render(case, sample_findings(case), tmp_path / "png.pdf", lookup, part="filing")
    reader = PdfReader(str(result.path))
    found = []
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for obj in xobjects.values():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append(obj)
    assert len(found) == 1
    image = found[0]
    assert image["/Filter"] == "/FlateDecode"
    assert image["/DecodeParms"]["/Predictor"] == 15
    pixels = image.get_data()
    assert pixels == img.tobytes()


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF written by hand (its page tree is sound; what it holds need not be)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def _page_with(resources: bytes, more: list[bytes]) -> bytes:
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
            b" /Resources " + resources + b" >>",
            b"<< /Length 11 >>\nstream\n0 0 m 9 9 l\nendstream",
            *more,
        ]
    )


def test_a_hostile_pdf_exhibit_is_unreadable_not_a_stopped_report(tmp_path: Path) -> None:
    """Its pages list and measure fine, but drawing a page copies every object
    its resources reach: a chain of 3,000 references (each a level deeper)
    and resources nested 5,000 dictionaries deep are refused at preparation
    (pdfform.read_pdf), shown as unreadable, and the report is written;
    a sound hand-written page next to them is still drawn."""
    chain = [b"<< /Next %d 0 R >>" % (6 + i) for i in range(2999)] + [b"<< >>"]
    nested = b"".join(b"<< /K%d " % i for i in range(5000)) + b"1" + b" >>" * 5000
    items = [
        photo_evidence(tmp_path, "chain.pdf", _page_with(b"5 0 R", chain), "X1", title="甲"),
        photo_evidence(tmp_path, "nested.pdf", _page_with(b"5 0 R", [nested]), "X2", title="乙"),
        photo_evidence(tmp_path, "sound.pdf", _page_with(b"<< >>", []), "X3", title="丙"),
    ]
    paths = {item.files[0].sha256: path for item, path in items}
    case, _ = sample_case(None)
    case = dataclasses.replace(case, evidence=tuple(item for item, _ in items))
    result = render(case, sample_findings(case), tmp_path / "edge.pdf", paths.get, part="filing")
    assert dict(result.exhibit_problems) == {
        "1-1": "exhibit.unreadable",
        "1-2": "exhibit.unreadable",
    }
    reader = PdfReader(str(result.path))
    assert len(reader.pages) == result.pages
    assert "文件无法读取" in _text(result.path)
