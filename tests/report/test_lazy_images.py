"""Exhibit images read when the PDF is saved, not when drawn
(caseapp.report.images): `draw_jpeg` writes what reportlab's `drawImage`
writes, byte for byte, for colour, grey and CMYK JPEGs from a file or from
memory; the XObjects hold no image bytes between drawing and saving; and a
file that changes after the report checked it is not embedded: the report
fails and writes nothing."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from caseapp.report import fonts, pdfform
from caseapp.report.images import ExhibitChanged, JpegSource, draw_jpeg, draw_png
from tests.report.conftest import photo_evidence, render
from tests.report.fixtures import sample_case, sample_findings


def _jpeg(mode: str, colour: object) -> bytes:
    img = Image.new(mode, (48, 32), colour)  # type: ignore[arg-type]
    for x in range(48):
        img.putpixel((x, x % 32), (0, 0, 0, 0)[: len(mode)] if mode != "L" else 0)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _png() -> bytes:
    img = Image.new("RGB", (40, 30), (10, 200, 30))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _pdf(draw: object, sources: list[JpegSource]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    with fonts.render_settings():
        for n, source in enumerate(sources):
            canvas.translate(50, 100 + n)
            draw(canvas, source)  # type: ignore[operator]
            canvas.showPage()
        canvas.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("mode", "colour"), [("RGB", (200, 30, 30)), ("L", 128), ("CMYK", (0, 80, 80, 10))]
)
def test_draw_jpeg_writes_what_drawimage_writes(tmp_path: Path, mode: str, colour: object) -> None:
    data = _jpeg(mode, colour)
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    key = _sha(data)
    sources = [JpegSource(key, path, None), JpegSource("memory", None, data)]
    # the same source twice is one XObject, drawn twice
    sources.append(sources[0])

    def reportlab(canvas: Canvas, source: JpegSource) -> None:
        canvas.drawImage(source, 0, 0, 120, 80)

    def ours(canvas: Canvas, source: JpegSource) -> None:
        draw_jpeg(canvas, source, 120, 80)

    expected = _pdf(reportlab, sources)
    assert _pdf(ours, sources) == expected
    assert expected.count(b"/Subtype /Image") == 2


def test_images_hold_no_bytes_until_the_save_and_are_checked_then(tmp_path: Path) -> None:
    jpeg, png = _jpeg("RGB", (1, 2, 3)), _png()
    jpeg_path, png_path = tmp_path / "a.jpg", tmp_path / "b.png"
    jpeg_path.write_bytes(jpeg)
    png_path.write_bytes(png)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    with fonts.render_settings():
        draw_jpeg(canvas, JpegSource(_sha(jpeg), jpeg_path, None), 100, 80)
        assert draw_png(canvas, _sha(png), png_path, 100, 80)
        canvas.showPage()
        images = [
            obj
            for obj in canvas._doc.idToObject.values()
            if type(obj).__name__ in ("_JpegXObject", "_PngXObject")
        ]
        assert len(images) == 2
        for obj in images:  # reportlab's own keeps the bytes in streamContent
            assert not hasattr(obj, "streamContent")
            assert not any(isinstance(v, bytes) and len(v) > 100 for v in vars(obj).values()), type(
                obj
            ).__name__
        jpeg_path.write_bytes(_jpeg("RGB", (9, 9, 9)))  # changed after it was drawn
        with pytest.raises(ExhibitChanged, match=r"a\.jpg"):
            canvas.save()


def test_a_file_changed_after_it_was_checked_fails_the_report(tmp_path: Path) -> None:
    """The photo is verified when the report is prepared and changed before the
    file is written: the report stops and no PDF appears (before, the changed
    bytes were embedded unverified: they were read when the page was drawn)."""
    files = tmp_path / "files"
    files.mkdir()
    jpeg_item, jpeg_path = photo_evidence(files, "chat.jpg", _jpeg("RGB", (5, 90, 5)), "J1")
    png_item, png_path = photo_evidence(files, "list.png", _png(), "P1")
    case, _ = sample_case(None)
    for item, path in ((jpeg_item, jpeg_path), (png_item, png_path)):
        one = dataclasses.replace(case, evidence=(item,))
        lookup = {item.files[0].sha256: path}.get
        out = tmp_path / f"{path.name}.pdf"
        original = path.read_bytes()

        def change_after_check(
            done: int, total: int, path: Path = path, original: bytes = original
        ) -> None:
            if done == 2:  # the one file prepared (hashed); layout not started
                path.write_bytes(original[:-2] + b"\x00\x00")

        with pytest.raises(ExhibitChanged):
            render(
                one, sample_findings(one), out, lookup, part="filing", progress=change_after_check
            )
        assert not out.exists()
        assert not list(tmp_path.glob("*.tmp*"))
        # the file as it was: the report is written
        path.write_bytes(original)
        render(one, sample_findings(one), out, lookup, part="filing")
        assert out.stat().st_size > 0


def test_re_encoded_photos_wait_in_the_spill_directory(tmp_path: Path) -> None:
    """A photo too large to embed as it is gets re-encoded; with `spill` its
    JPEG waits in that directory for the save rather than in memory, and the
    PDF is the same, byte for byte; a spilled copy changed before the save
    stops the report."""
    big = Image.effect_noise((2400, 1800), 40).convert("RGB")
    buf = io.BytesIO()
    big.save(buf, "JPEG", quality=70)
    files = tmp_path / "files"
    files.mkdir()
    item, path = photo_evidence(files, "IMG_0001.jpg", buf.getvalue(), "J1")
    case, _ = sample_case(None)
    one = dataclasses.replace(case, evidence=(item,))
    lookup = {item.files[0].sha256: path}.get
    findings = sample_findings(one)
    in_memory = render(one, findings, tmp_path / "memory.pdf", lookup, part="filing")
    spill = tmp_path / "spill"
    spill.mkdir()
    spilled = render(
        one, findings, tmp_path / "spilled.pdf", lookup, part="filing", spill=lambda: spill
    )
    assert spilled.path.read_bytes() == in_memory.path.read_bytes()
    (copy,) = spill.iterdir()
    assert copy.name == f"{item.files[0].sha256}.jpg"
    with Image.open(copy) as img:
        assert img.format == "JPEG" and max(img.size) == 2000  # re-encoded, scaled down
    assert copy.read_bytes() in spilled.path.read_bytes()  # embedded as written aside

    again = tmp_path / "spill2"
    again.mkdir()

    def change_copy(done: int, total: int) -> None:
        if done == 2:  # prepared and written aside; layout not started
            for f in again.iterdir():
                f.write_bytes(f.read_bytes()[:-2] + b"\x00\x00")

    out = tmp_path / "changed.pdf"
    with pytest.raises(ExhibitChanged):
        render(one, findings, out, lookup, part="filing", spill=lambda: again, progress=change_copy)
    assert not out.exists()


def _scanned_pdf(pages: int) -> bytes:
    """A PDF of scanned pages: each page one incompressible image."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for n in range(pages):
        scan = Image.effect_noise((300, 400), 50 + n).convert("RGB")
        from reportlab.lib.utils import ImageReader

        canvas.drawImage(ImageReader(scan), 50, 50, 300, 400)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_pdf_exhibit_pages_wait_in_the_spool(tmp_path: Path) -> None:
    """With `spill`, the long parts of a PDF exhibit's pages (its scans) wait
    for the save in one spool file, removed afterwards; the PDF is the same,
    byte for byte."""
    files = tmp_path / "files"
    files.mkdir()
    item, path = photo_evidence(files, "合同扫描件.pdf", _scanned_pdf(3), "C1")
    case, _ = sample_case(None)
    one = dataclasses.replace(case, evidence=(item,))
    lookup = {item.files[0].sha256: path}.get
    findings = sample_findings(one)
    before = pdfform.stats["spooled"]
    in_memory = render(one, findings, tmp_path / "memory.pdf", lookup, part="filing")
    assert pdfform.stats["spooled"] == before  # no spill: nothing spooled
    spill = tmp_path / "spill"
    spill.mkdir()
    spilled = render(
        one, findings, tmp_path / "spilled.pdf", lookup, part="filing", spill=lambda: spill
    )
    assert spilled.path.read_bytes() == in_memory.path.read_bytes()
    assert pdfform.stats["spooled"] - before > 3 * 300 * 400  # the three scans went through it
    assert list(spill.iterdir()) == []  # and it is removed after the save


def test_a_spooled_part_changed_before_the_save_is_refused(tmp_path: Path) -> None:
    spool = pdfform.Spool(tmp_path)
    kept = [spool.put(bytes([n]) * 5000) for n in range(3)]
    assert kept[1].format(None) == bytes([1]) * 5000
    with spool.path.open("r+b") as fh:
        fh.seek(5000 + 10)
        fh.write(b"\xff")
    assert kept[0].format(None) == bytes([0]) * 5000
    with pytest.raises(ExhibitChanged):
        kept[1].format(None)
    spool.close()
    assert not spool.path.exists()


def test_the_spill_directory_is_asked_for_only_when_something_waits(tmp_path: Path) -> None:
    """A report whose photos go in as they are (and with no PDF exhibit) never
    asks for the directory, so `caseapp report` creates nothing under the data
    directory for it; a scanned PDF asks once, for its spool."""
    files = tmp_path / "files"
    files.mkdir()
    small, small_path = photo_evidence(files, "chat.jpg", _jpeg("RGB", (5, 90, 5)), "J1")
    plain, plain_path = photo_evidence(files, "list.png", _png(), "P1")
    scan, scan_path = photo_evidence(files, "合同扫描件.pdf", _scanned_pdf(2), "C1")
    case, _ = sample_case(None)
    where = tmp_path / "spill"
    where.mkdir()
    asked: list[int] = []

    def spill() -> Path:
        asked.append(1)
        return where

    lookup = {
        small.files[0].sha256: small_path,
        plain.files[0].sha256: plain_path,
        scan.files[0].sha256: scan_path,
    }.get
    photos = dataclasses.replace(case, evidence=(small, plain))
    render(photos, sample_findings(photos), tmp_path / "a.pdf", lookup, part="filing", spill=spill)
    assert asked == []
    scans = dataclasses.replace(case, evidence=(small, plain, scan))
    render(scans, sample_findings(scans), tmp_path / "b.pdf", lookup, part="filing", spill=spill)
    assert asked == [1]
    assert list(where.iterdir()) == []
