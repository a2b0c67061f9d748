"""Exhibit pages of the filing pack, numbered to match the evidence list.

* Images are printed to fit the page (large photos are scaled down to
  2000 px on the long side first, to bound memory and file size).
* PDF exhibits: reportlab lays out one labelled page per exhibit page with an
  empty slot; after the build, `caseapp.report.pdfmerge` draws each original
  page into its slot with pypdf. The page count of every PDF exhibit is read
  before layout, so page numbers in the evidence list stay right.
* Audio and video: a page with name, hash and the transcript.
* HEIC, AMR-less formats and anything else the PDF cannot show: a placeholder
  page with name and hash. So is a file that is missing or whose SHA-256 does
  not match the record (it is then not printed, and the page says why).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from caseapp.report.blocks import boxed, fields, gap, para
from caseapp.report.context import Ctx
from caseapp.report.evidence_list import Exhibit, FileKind
from caseapp.report.layout import FRAME_H, FRAME_W, GREY, Anchor, PageInfo

MAX_SIDE = 2000
HEADER_ALLOWANCE = 120.0


@dataclass
class Prepared:
    """An exhibit file read once per report (kept across layout passes)."""

    problem: str | None  # catalogue key of why it cannot be printed
    path: Path | None = None
    image: ImageReader | None = None
    size: tuple[int, int] = (0, 0)
    pdf_pages: list[tuple[float, float]] | None = None  # (width, height) per page


@dataclass(frozen=True)
class Slot:
    key: str
    path: Path
    index: int  # page index in the exhibit PDF


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def prepare(c: Ctx, ex: Exhibit, cache: dict[str, Prepared]) -> Prepared:
    key = ex.file.sha256
    if key in cache:
        return cache[key]
    prepared = _prepare(c, ex)
    cache[key] = prepared
    return prepared


def _prepare(c: Ctx, ex: Exhibit) -> Prepared:
    if ex.kind in (FileKind.AUDIO, FileKind.VIDEO, FileKind.UNSUPPORTED):
        return Prepared(None)
    path = c.evidence_path(ex.file.sha256)
    if path is None or not path.is_file():
        return Prepared("exhibit.missing")
    if sha256_file(path) != ex.file.sha256.lower():
        return Prepared("exhibit.mismatch")
    if ex.kind == FileKind.IMAGE:
        try:
            with PILImage.open(path) as img:
                img.load()
                pic = img.convert("RGB") if img.mode not in ("RGB", "L") else img.copy()
        except (OSError, ValueError, PILImage.DecompressionBombError):
            return Prepared("exhibit.unreadable")
        pic.thumbnail((MAX_SIDE, MAX_SIDE))
        return Prepared(None, path, ImageReader(pic), pic.size)
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        if reader.is_encrypted:
            return Prepared("exhibit.encrypted")
        sizes = []
        for page in reader.pages:
            box = page.mediabox
            width, height = float(box.width), float(box.height)
            if page.rotation % 180:
                width, height = height, width
            sizes.append((width, height))
    except Exception:  # a damaged PDF must not stop the report
        return Prepared("exhibit.unreadable")
    return Prepared(None, path, pdf_pages=sizes)


class Picture(Flowable):  # type: ignore[misc]
    def __init__(self, image: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.image, self.width, self.height = image, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.width, self.height)


class PdfSlot(Flowable):  # type: ignore[misc]
    """An empty framed box; its position is recorded for the merge step."""

    def __init__(
        self, info: PageInfo, key: str, height: float, slots: dict[str, tuple[float, ...]]
    ) -> None:
        super().__init__()
        self.info, self.key, self.width, self.height, self.slots = info, key, FRAME_W, height, slots

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber()
        self.slots[self.key] = (page, x, y, self.width, self.height)
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.3)
        self.canv.rect(0, 0, self.width, self.height)


def _header(c: Ctx, ex: Exhibit, page_note: str | None = None) -> Flowable:
    w, st = c.w, c.st
    label = w("exhibit.label", label=ex.label)
    if ex.count > 1:
        label += " " + w("exhibit.file_of", n=ex.index, total=ex.count)
    if page_note:
        label += " · " + page_note
    name = c.t(ex.file.original_name or ex.file.path)
    rows = [
        (w("exhibit.title"), c.t(ex.evidence.title)),
        (w("exhibit.file"), para(name, st.mono)),
        ("SHA-256", para(ex.file.sha256, st.mono)),
    ]
    return KeepTogether([para(label, st.h2), fields(st, rows, [70, FRAME_W - 70]), gap(6)])


def exhibit_pages(
    c: Ctx,
    ex: Exhibit,
    cache: dict[str, Prepared],
    slots: dict[str, tuple[float, ...]],
    wanted: list[Slot],
) -> list[Flowable]:
    assert c.info is not None
    w, st = c.w, c.st
    prepared = prepare(c, ex, cache)
    out: list[Flowable] = [PageBreak(), Anchor(c.info, f"ex:{ex.label}")]
    if prepared.problem is None and prepared.pdf_pages is not None and prepared.path is not None:
        total = len(prepared.pdf_pages)
        for n in range(total):
            note = w("exhibit.page_of", n=n + 1, total=total)
            key = f"{ex.label}:{n}"
            out += [_header(c, ex, note), PdfSlot(c.info, key, FRAME_H - HEADER_ALLOWANCE, slots)]
            wanted.append(Slot(key, prepared.path, n))
            if n < total - 1:
                out.append(PageBreak())
    elif prepared.problem is None and prepared.image is not None:
        iw, ih = prepared.size
        scale = min(FRAME_W / iw, (FRAME_H - HEADER_ALLOWANCE) / ih)
        out += [_header(c, ex), Picture(prepared.image, iw * scale, ih * scale)]
    else:
        out.append(_header(c, ex))
        if ex.kind in (FileKind.AUDIO, FileKind.VIDEO) and prepared.problem is None:
            kind = w("exhibit.audio") if ex.kind == FileKind.AUDIO else w("exhibit.video")
            out.append(para(w("exhibit.media_note", kind=kind), st.body))
            out.append(para(w("exhibit.transcript"), st.h3))
            transcript = c.t(ex.evidence.transcript) if ex.evidence.transcript else None
            out.append(para(transcript or w("exhibit.no_transcript"), st.user))
        else:
            key = prepared.problem or "exhibit.unsupported"
            out.append(boxed([para(w(key), st.body)], FRAME_W))
        out.append(para(w("exhibit.size", size=f"{ex.file.size:,}"), st.small))
    out.append(Anchor(c.info, f"exend:{ex.label}"))
    return out
