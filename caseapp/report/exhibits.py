"""Exhibit pages of the filing pack, numbered to match the evidence list.

* Images are printed to fit the page (large photos are scaled down to
  2000 px on the long side first, to bound memory and file size).
* PDF exhibits: reportlab lays out one labelled page per exhibit page with a
  slot, in which it draws the original page as a form XObject read with pypdf
  (`caseapp.report.pdfform`). The page count of every PDF exhibit is read
  before layout, so page numbers in the evidence list stay right.
* HEIC/HEIF photos (what an iPhone takes) are decoded with pillow-heif and
  printed like any other photo; its opener is registered with Pillow only
  when a report has a HEIC exhibit, so importing the report costs nothing
  more. A HEIC file that cannot be decoded gets the placeholder page.
* Audio and video (AMR included): a page with name, hash and the transcript.
* Anything else the PDF cannot show: a placeholder page with name and hash.
  So is a file that is missing or whose SHA-256 does not match the record (it
  is then not printed, and the page says why).
* `--mask`: image and PDF exhibits are not reproduced (names, phone and ID
  numbers inside a photo or a scan cannot be masked); their page keeps the
  label, the masked title and file name, the SHA-256 and says why.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage
from reportlab.platypus import Flowable, PageBreak

from caseapp.report import pdfform
from caseapp.report.blocks import gap, para
from caseapp.report.context import Ctx
from caseapp.report.evidence_list import Exhibit, FileKind, is_heif
from caseapp.report.images import (
    PNG_SIGNATURE,
    JpegSource,
    draw_jpeg,
    draw_png,
    png_info,
)
from caseapp.report.layout import FRAME_H, FRAME_W, GREY, Anchor, PageInfo
from caseapp.report.stack import LinesBox, NoticeBox, Stack, line_style

logger = logging.getLogger(__name__)

MAX_SIDE = 2000  # px on the long side (about 240 dpi across A4)
JPEG_AS_IS_BYTES = 1_500_000  # a JPEG within MAX_SIDE and this size is embedded as it is
JPEG_QUALITY = 82
PNG_AS_IS_BYTES = 4_000_000
HEADER_ALLOWANCE = 120.0


@dataclass
class Prepared:
    """An exhibit file, read once per report."""

    problem: str | None  # catalogue key of why it cannot be printed
    path: Path | None = None
    size: tuple[int, int] = (0, 0)
    jpeg: JpegSource | None = None  # the image as it will be embedded
    png: bool = False  # embedded as it is (a plain PNG), from `path`
    cause: str | None = None  # the exception's type behind `problem`, for the log
    pdf: pdfform.PdfCopy | None = None  # a PDF's pages, copied (`pdfform.read_pdf`)
    masked: bool = False  # left out of a masked report (its content cannot be masked)


@dataclass(frozen=True)
class Slot:
    key: str
    path: Path
    index: int  # page index in the exhibit PDF


_HEIF_LOCK = threading.Lock()
_heif_ready: list[bool] = []  # [] until tried, then [True] or [False]


def heif_opener() -> bool:
    """Register pillow-heif's HEIC/HEIF opener with Pillow, once, on first
    need; False if pillow-heif is not installed or fails to load."""
    with _HEIF_LOCK:
        if not _heif_ready:
            try:
                from pillow_heif import register_heif_opener

                register_heif_opener()
                _heif_ready.append(True)
            except Exception as exc:  # no decoder: HEIC exhibits get the placeholder page
                logger.warning("pillow-heif not available: %s", type(exc).__name__)
                _heif_ready.append(False)
        return _heif_ready[0]


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def prepare(
    c: Ctx, ex: Exhibit, cache: dict[str, Prepared], keeper: pdfform.Keeper | None = None
) -> Prepared:
    key = ex.file.sha256
    if key not in cache:
        if _changed(c, ex):
            cache[key] = Prepared("exhibit.mismatch")
            return cache[key]
        path = None if _no_file(ex) else c.evidence_path(key)
        cache[key] = prepare_file(ex, path, masked=c.mask_enabled, keeper=keeper)
    return cache[key]


def _changed(c: Ctx, ex: Exhibit) -> bool:
    """The case file's export left this file out because it had changed."""
    return not _no_file(ex) and c.left_out.get(ex.file.sha256) == "changed"


def prepare_all(
    c: Ctx,
    exhibits: list[Exhibit],
    cache: dict[str, Prepared],
    step: Callable[[], None],
    keeper: pdfform.Keeper | None = None,
) -> None:
    """Read every exhibit file once: paths are asked for in this thread (the
    lookup may use a database connection); hashing, decoding and re-encoding
    run in a few threads (hashlib and Pillow release the GIL) when there are
    more than `THREADED_BYTES` to read, else in this thread: small files'
    work is mostly Python that holds the GIL (reading PDFs and PNG chunks),
    which threads only slow down. A re-encoded photo is written to the
    keeper's directory (a private scratch directory), when it has one, and
    read from there when the report is saved, instead of held in memory; a
    PDF's pages are copied now, their long parts kept by `keeper` (its spool)."""
    todo: dict[str, tuple[Exhibit, Path | None]] = {}
    for ex in exhibits:
        key = ex.file.sha256
        if key in cache or key in todo:
            continue
        if _changed(c, ex):
            cache[key] = Prepared("exhibit.mismatch")
            step()
            continue
        todo[key] = (ex, None if _no_file(ex) else c.evidence_path(key))

    def one(item: tuple[Exhibit, Path | None]) -> Prepared:
        return prepare_file(*item, masked=c.mask_enabled, keeper=keeper)

    to_read = sum(ex.file.size for ex, path in todo.values() if path is not None)
    workers = max(1, min(4, os.cpu_count() or 1)) if to_read > THREADED_BYTES else 1
    _counts["threaded" if workers > 1 else "serial"] += 1
    if workers == 1:
        for key, item in todo.items():
            cache[key] = one(item)
            step()
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for key, prepared in zip(todo, pool.map(one, todo.values()), strict=True):
            cache[key] = prepared
            step()


# Below this many bytes of exhibit files, one thread reads them all (a 3-year case's
# 600 files, 7 MB: 0.20-0.26 s of CPU in one thread, 0.28-0.39 s in four).
THREADED_BYTES = 64 << 20
_counts = {"serial": 0, "threaded": 0}  # for the tests


def prepare_counts() -> dict[str, int]:
    """How many reports read their exhibit files in one thread or in several."""
    return dict(_counts)


def _no_file(ex: Exhibit) -> bool:
    return ex.kind in (FileKind.AUDIO, FileKind.VIDEO, FileKind.UNSUPPORTED)


def prepare_file(
    ex: Exhibit,
    path: Path | None,
    *,
    masked: bool = False,
    keeper: pdfform.Keeper | None = None,
) -> Prepared:
    """The exhibit read for printing; a file that cannot be printed has its
    `problem` (the page says why) and is logged by label and record."""
    prepared = _prepare_file(ex, path, masked, keeper)
    if keeper is not None and prepared.jpeg is not None and prepared.jpeg.data is not None:
        directory = keeper.directory()
        if directory is not None:
            prepared.jpeg = prepared.jpeg.spill(directory)
    if prepared.problem is not None:
        logger.warning(
            "exhibit %s (evidence:%s) not printed: %s%s",
            ex.label,
            ex.evidence.id,
            prepared.problem,
            f" ({prepared.cause})" if prepared.cause else "",
        )
    return prepared


def _prepare_file(
    ex: Exhibit, path: Path | None, masked: bool, keeper: pdfform.Keeper | None = None
) -> Prepared:
    if _no_file(ex):
        return Prepared(None)
    if path is None or not path.is_file():
        return Prepared("exhibit.missing")
    if sha256_file(path) != ex.file.sha256.lower():
        return Prepared("exhibit.mismatch")
    if masked:
        return Prepared(None, path, masked=True)
    if ex.kind == FileKind.IMAGE:
        if is_heif(ex.file):
            if not heif_opener():
                return Prepared("exhibit.heic_failed")
            prepared = _prepare_image(path, ex.file.sha256)
            if prepared.problem is not None:
                return Prepared("exhibit.heic_failed", cause=prepared.cause)
            return prepared
        return _prepare_image(path, ex.file.sha256)
    try:
        with pdfform.opened(path) as reader:
            if reader.is_encrypted:
                return Prepared("exhibit.encrypted")
            # every page copied now (its box and turn, and what placing it
            # needs, checked), its long parts waiting for the save in the
            # keeper's spool
            pdf = pdfform.read_pdf(reader, keeper.keep if keeper is not None else None)
    except Exception as exc:  # a damaged PDF must not stop the report
        return Prepared("exhibit.unreadable", cause=type(exc).__name__)
    return Prepared(None, path, pdf=pdf)


def _prepare_image(path: Path, key: str) -> Prepared:
    """A JPEG or a plain PNG of printable size is embedded as it is (see
    `caseapp.report.images`); anything else is decoded once, scaled to at most
    MAX_SIDE px and re-encoded as JPEG (only the encoded bytes are kept)."""
    try:
        if path.stat().st_size <= PNG_AS_IS_BYTES:
            with path.open("rb") as fh:
                head = fh.read(len(PNG_SIGNATURE))
            if head == PNG_SIGNATURE:
                info = png_info(path.read_bytes())
                if info is not None and max(info.width, info.height) <= MAX_SIDE:
                    return Prepared(None, path, size=(info.width, info.height), png=True)
        with PILImage.open(path) as img:
            size = img.size
            if (
                img.format == "JPEG"
                and max(size) <= MAX_SIDE
                and img.mode in ("RGB", "L")
                and path.stat().st_size <= JPEG_AS_IS_BYTES
            ):
                return Prepared(None, path, size=size, jpeg=JpegSource(key, path, None))
            img.draft("RGB", (MAX_SIDE, MAX_SIDE))
            pic = img.convert("RGBA") if img.mode in ("P", "LA", "PA") else img
            if pic.mode == "RGBA":
                white = PILImage.new("RGB", pic.size, "white")
                white.paste(pic, mask=pic.getchannel("A"))
                pic = white
            elif pic.mode not in ("RGB", "L"):
                pic = pic.convert("RGB")
            pic.thumbnail((MAX_SIDE, MAX_SIDE), reducing_gap=2.0)
            buf = io.BytesIO()
            pic.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=False)
            data = buf.getvalue()
            return Prepared(None, path, size=pic.size, jpeg=JpegSource(key, None, data))
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as exc:
        return Prepared("exhibit.unreadable", cause=type(exc).__name__)


class Picture(Flowable):  # type: ignore[misc]
    """An image exhibit: a plain PNG as it is, anything else as JPEG."""

    def __init__(self, prepared: Prepared, key: str, width: float, height: float) -> None:
        super().__init__()
        self.prepared, self.key, self.width, self.height = prepared, key, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        p = self.prepared
        if (
            p.png
            and p.path is not None
            and draw_png(self.canv, self.key, p.path, self.width, self.height)
        ):
            return
        if p.jpeg is None:
            p.jpeg = _reencode(p.path, self.key)
        draw_jpeg(self.canv, p.jpeg, self.width, self.height)


def _reencode(path: Path | None, key: str) -> JpegSource:
    assert path is not None
    with PILImage.open(path) as img:
        pic = img.convert("RGB")
    buf = io.BytesIO()
    pic.save(buf, "JPEG", quality=JPEG_QUALITY)
    return JpegSource(key, None, buf.getvalue())


PAD = 2.0  # between a PDF exhibit's page and its frame


class PdfSlot(Flowable):  # type: ignore[misc]
    """A framed box holding page `slot.index` of a PDF exhibit, scaled to fit
    and centred (`pdfform`); the exhibit's file is closed after its `last`
    page. Its position is recorded in `slots`."""

    def __init__(
        self,
        info: PageInfo,
        slot: Slot,
        height: float,
        slots: dict[str, tuple[float, ...]],
        *,
        last: bool,
        pdf: pdfform.PdfCopy | None = None,
    ) -> None:
        super().__init__()
        self.info, self.slot, self.width, self.height = info, slot, FRAME_W, height
        self.slots, self.last, self.pdf = slots, last, pdf

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x, y = canv.absolutePosition(0, 0)
        self.slots[self.slot.key] = (canv.getPageNumber(), x, y, self.width, self.height)
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.3)
        canv.rect(0, 0, self.width, self.height)
        source = pdfform.source(canv)
        try:
            name, (left, bottom, sw, sh) = source.page(self.slot.path, self.slot.index, self.pdf)
        except Exception as exc:  # copied at preparation (read_pdf): not expected here
            logger.warning("an exhibit page could not be drawn (%s)", type(exc).__name__)
            return
        finally:
            if self.last:
                source.close()
        if sw <= 0 or sh <= 0:
            return
        scale = min((self.width - 2 * PAD) / sw, (self.height - 2 * PAD) / sh)
        tx = (self.width - sw * scale) / 2 - left * scale
        ty = (self.height - sh * scale) / 2 - bottom * scale
        canv.saveState()
        canv.transform(scale, 0, 0, scale, tx, ty)
        canv.doForm(name)
        canv.restoreState()


def _header(c: Ctx, ex: Exhibit, page_note: str | None = None) -> list[Flowable]:
    """The exhibit's label, then its title, file name and SHA-256 in a box
    (plain lines: this runs once per exhibit page, so it is kept cheap)."""
    w, st = c.w, c.st
    label = w("exhibit.label", label=ex.label)
    if ex.count > 1:
        label += " " + w("exhibit.file_of", n=ex.index, total=ex.count)
    if page_note:
        label += " · " + page_note
    name = c.t(ex.file.original_name or ex.file.path)
    line = line_style(st.exhibit_head)
    lines = [
        para(f"{w('exhibit.title')}{w.colon}{c.t(ex.evidence.title)}", line),
        para(f"{w('exhibit.file')}{w.colon}{name}", line),
        para(f"SHA-256{w.colon}{ex.file.sha256}", line),
    ]
    return [para(label, st.h2), LinesBox(lines, st.exhibit_head), gap(8)]


def exhibit_pages(
    c: Ctx,
    ex: Exhibit,
    cache: dict[str, Prepared],
    slots: dict[str, tuple[float, ...]],
    wanted: list[Slot],
    *,
    lead: list[Flowable] | None = None,
    lead_h: float = 0.0,
) -> list[Flowable]:
    """The exhibit's pages, each starting a page. `lead` (the section title
    before the first exhibit) goes at the top of its first page, which then
    leaves `lead_h` less room for the picture or the PDF page."""
    assert c.info is not None
    w, st = c.w, c.st
    prepared = prepare(c, ex, cache)
    out: list[Flowable] = [PageBreak(), *(lead or []), Anchor(c.info, f"ex:{ex.label}")]
    # each page's fixed content is one Stack (measured once, see `stack`)
    if prepared.masked:
        notice = NoticeBox(para(w("exhibit.masked"), st.body), FRAME_W)
        size = para(w("exhibit.size", size=f"{ex.file.size:,}"), st.small)
        out.append(Stack([*_header(c, ex), notice, size]))
    elif prepared.problem is None and prepared.pdf is not None and prepared.path is not None:
        total = len(prepared.pdf.pages)
        for n in range(total):
            note = w("exhibit.page_of", n=n + 1, total=total)
            key = f"{ex.label}:{n}"
            room = FRAME_H - HEADER_ALLOWANCE - (lead_h if n == 0 else 0.0)
            slot = Slot(key, prepared.path, n)
            pdf_slot = PdfSlot(c.info, slot, room, slots, last=n == total - 1, pdf=prepared.pdf)
            out.append(Stack([*_header(c, ex, note), pdf_slot]))
            wanted.append(slot)
            if n < total - 1:
                out.append(PageBreak())
    elif prepared.problem is None and (prepared.jpeg is not None or prepared.png):
        iw, ih = prepared.size
        scale = min(FRAME_W / iw, (FRAME_H - HEADER_ALLOWANCE - lead_h) / ih)
        picture = Picture(prepared, ex.file.sha256, iw * scale, ih * scale)
        out.append(Stack([*_header(c, ex), picture]))
    elif ex.kind in (FileKind.AUDIO, FileKind.VIDEO) and prepared.problem is None:
        kind = w("exhibit.audio") if ex.kind == FileKind.AUDIO else w("exhibit.video")
        out.append(Stack([*_header(c, ex), para(w("exhibit.media_note", kind=kind), st.body)]))
        out.append(para(w("exhibit.transcript"), st.h3))
        transcript = c.t(ex.evidence.transcript) if ex.evidence.transcript else None
        out.append(para(transcript or w("exhibit.no_transcript"), st.user))
        out.append(para(w("exhibit.size", size=f"{ex.file.size:,}"), st.small))
    else:
        key = prepared.problem or "exhibit.unsupported"
        notice = NoticeBox(para(w(key), st.body), FRAME_W)
        size = para(w("exhibit.size", size=f"{ex.file.size:,}"), st.small)
        out.append(Stack([*_header(c, ex), notice, size]))
    out.append(Anchor(c.info, f"exend:{ex.label}"))
    return out
