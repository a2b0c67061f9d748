"""Pages of PDF exhibits drawn by reportlab itself, as form XObjects.

reportlab cannot read another PDF. pypdf can: each exhibit page is read with
pypdf and handed to reportlab's document as a form XObject (PDF 32000-1,
8.10) — the page's content streams, decoded and compressed again as one
stream, and every object its resources use (fonts, images, nested forms),
copied as they are, their references renumbered for the report. The page's
slot (`exhibits.PdfSlot`) then draws the form scaled to fit, while the
report is laid out; the report is written once, by reportlab.

Before, the finished report was read back into pypdf, cloned whole, each
exhibit page merged into its slot (pypdf parsed both pages' content to do
it) and the whole document written again: at 3 years 55 % of the `report`
command's CPU went to that, and the clone held the whole report in memory a
second time. Now no page content is parsed and the report is never read back.

Each exhibit PDF is read once, at preparation (`read_pdf`): every page
copied into parts independent of any document (`PdfCopy`: bytes, and `Ref`
for a reference to the exhibit's own objects), which is also the check that
the copy succeeds (a damaged or hostile file is shown as unreadable instead of
stopping the report). Until session 7 the file was read twice, checked at
preparation and copied again when drawn; at 10 years a tenth of `report`'s
CPU. Placing a page (`ExhibitSource.page`) numbers the objects in the report's
document and joins the parts, with the same bytes. The long parts (content,
images, fonts) wait for the save in the keeper's spool when there is a
scratch directory (`Keeper`), else in memory.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab.pdfbase.pdfdoc import PDFObject

# keys that lead from a resource back into the exhibit's page tree or its
# structure: never followed (a form needs none of them)
_SKIP = {"/Parent", "/P", "/Annots", "/StructParent", "/StructParents", "/B", "/Metadata"}
stats: dict[str, int] = {"opened": 0, "open": 0, "peak_open": 0, "forms": 0, "spooled": 0}


#: How deep an exhibit page's resources may nest (dictionaries, arrays and
#: references, each one level) and how many objects they may hold: real pages
#: stay far below both; a page beyond them is refused as unreadable at
#: preparation (`read_pdf`) rather than stopping the report at drawing.
MAX_DEPTH = 100
MAX_OBJECTS = 200_000


class _Foreign(PDFObject):  # type: ignore[misc]
    """An object of an exhibit, written as pypdf writes it, with each of its
    references a reference of the report's document (resolved when written)."""

    def __init__(self) -> None:
        self.parts: list[Any] = []

    def format(self, document: Any) -> bytes:
        return b"".join(p if isinstance(p, bytes) else p.format(document) for p in self.parts)


#: Parts of an exhibit page at least this long (its content, images, fonts)
#: wait for the save in the spool file rather than in memory.
SPOOL_MIN = 2048


class Spool:
    """One file in the report's private scratch directory holding the long
    parts of the PDF exhibits' copied pages from preparation until the save:
    memory then holds one exhibit's bytes at a time, not all of them (a scanned
    contract is megabytes of images). Each part is checked (CRC-32) when read
    back."""

    def __init__(self, directory: Path) -> None:
        handle, name = tempfile.mkstemp(prefix="pdf-pages-", suffix=".spool", dir=directory)
        self.path = Path(name)
        self.file: IO[bytes] = os.fdopen(handle, "w+b")
        self.parts = 0

    def put(self, data: bytes) -> _Spooled:
        self.file.seek(0, io.SEEK_END)
        at = self.file.tell()
        self.file.write(data)
        self.parts += 1
        stats["spooled"] += len(data)
        return _Spooled(self, at, len(data), zlib.crc32(data))

    def get(self, at: int, length: int, crc: int) -> bytes:
        self.file.seek(at)
        data = self.file.read(length)
        if len(data) != length or zlib.crc32(data) != crc:
            from caseapp.report.images import ExhibitChanged

            raise ExhibitChanged(self.path)
        return data

    def close(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


class _Spooled:
    """A part of a `_Foreign` object kept in the spool."""

    def __init__(self, spool: Spool, at: int, length: int, crc: int) -> None:
        self.spool, self.at, self.length, self.crc = spool, at, length, crc

    def format(self, document: Any) -> bytes:
        return self.spool.get(self.at, self.length, self.crc)


class Keeper:
    """Where a report's copies wait for the save: the long parts of PDF
    exhibits' copied pages in a `Spool` in the directory `spill()` gives, made
    when the first long part comes (several preparation threads may ask at
    once), and re-encoded photos as files in that directory (`directory`);
    memory without one."""

    def __init__(self, spill: Callable[[], Path | None] | None = None) -> None:
        self.spill = spill
        self.spool: Spool | None = None
        self._lock = threading.Lock()

    def directory(self) -> Path | None:
        """The scratch directory (`spill()`), or None when there is none."""
        return self.spill() if self.spill is not None else None

    def keep(self, data: bytes) -> Any:
        """A stream's bytes as a part: in the spool when long and there is one."""
        if self.spill is None or len(data) < SPOOL_MIN:
            return data
        with self._lock:
            if self.spool is None:
                directory = self.spill()
                if directory is None:
                    self.spill = None
                    return data
                self.spool = Spool(directory)
            return self.spool.put(data)

    def close(self) -> None:
        with self._lock:
            if self.spool is not None:
                self.spool.close()
                self.spool = None
            self.spill = None


class Ref:
    """A reference to the exhibit's object `idnum`, in a copied part list."""

    __slots__ = ("idnum",)

    def __init__(self, idnum: int) -> None:
        self.idnum = idnum


@dataclass(frozen=True)
class PageCopy:
    box: tuple[float, float, float, float]  # the page's MediaBox: x0, y0, x1, y1
    turn: int  # /Rotate, clockwise, 0/90/180/270
    resources: list[Any]  # the resources dictionary's parts (bytes, `Ref`, spooled)
    content: Any  # the page's content, decoded, joined and compressed again


@dataclass
class PdfCopy:
    """A PDF exhibit read for printing, independent of any report document:
    each page's parts and every object they reach (by the exhibit's object
    number), written as pypdf writes them. Reading it is the check that the
    copy will succeed (`MAX_DEPTH`, `MAX_OBJECTS`); placing a page then only
    numbers and joins parts (`ExhibitSource.page`)."""

    pages: list[PageCopy] = field(default_factory=list)
    objects: dict[int, list[Any]] = field(default_factory=dict)


class _Copier:
    def __init__(self, copy: PdfCopy, keep: Callable[[bytes], Any]) -> None:
        self.copy, self.keep, self.count = copy, keep, 0

    def page(self, src: Any) -> PageCopy:
        box = src.mediabox
        x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
        turn = int(src.get("/Rotate", 0) or 0) % 360
        contents = src.get("/Contents")
        resolved = contents.get_object() if contents is not None else None
        if resolved is None:
            data = b""
        elif isinstance(resolved, list):
            data = b"\n".join(p.get_object().get_data() for p in resolved)
        else:
            data = resolved.get_data()
        resources: list[Any] = []
        found = src.get("/Resources")
        if found is not None:
            self.direct(found.get_object(), resources, 0)
        else:
            resources.append(b"<< >>")
        content = self.keep(zlib.compress(data, 6))
        return PageCopy((x0, y0, x1, y1), turn, resources, content)

    def direct(self, value: Any, out: list[Any], depth: int) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_OBJECTS:
            raise ValueError("an exhibit page's resources nest too deep or hold too much")
        if isinstance(value, IndirectObject):
            out.append(Ref(value.idnum))
            self.reference(value, depth + 1)
        elif isinstance(value, DictionaryObject):
            out.append(b"<<")
            for key, item in value.items():
                if key in _SKIP:
                    continue
                out.append(b" " + _plain(key) + b" ")
                self.direct(item, out, depth + 1)
            out.append(b" >>")
        elif isinstance(value, ArrayObject):
            out.append(b"[")
            for item in value:
                out.append(b" ")
                self.direct(item, out, depth + 1)
            out.append(b" ]")
        else:
            out.append(_plain(value))

    def reference(self, ref: Any, depth: int) -> None:
        if ref.idnum in self.copy.objects:
            return
        parts: list[Any] = []
        self.copy.objects[ref.idnum] = parts
        target = ref.get_object()
        from pypdf.generic import StreamObject

        if isinstance(target, StreamObject):
            parts.append(b"<<")
            for key, value in target.items():
                if key == "/Length":
                    continue
                parts.append(b" " + _plain(key) + b" ")
                self.direct(value, parts, depth + 1)
            raw = target._data  # as stored: still encoded with its /Filter
            parts.append(b" /Length %d >>\nstream\n" % len(raw))
            parts += [self.keep(raw), b"\nendstream"]
        else:
            self.direct(target, parts, depth + 1)


def read_pdf(reader: Any, keep: Callable[[bytes], Any] | None = None) -> PdfCopy:
    """Every page of the PDF `reader` holds, copied (see `PdfCopy`); raises
    (ValueError, or pypdf's own error) where a page cannot be copied: the
    exhibit is then shown as unreadable instead of stopping the report midway."""
    copy = PdfCopy()
    copier = _Copier(copy, keep or (lambda data: data))
    for src in reader.pages:
        copy.pages.append(copier.page(src))
    return copy


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Any]:
    """The exhibit PDF at `path` open in pypdf (counted in `stats`), closed after."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    stats["opened"] += 1
    stats["open"] += 1
    stats["peak_open"] = max(stats["peak_open"], stats["open"])
    try:
        yield reader
    finally:
        reader.close()
        stats["open"] -= 1


class ExhibitSource:
    """Places copied exhibit pages in the report's document as forms; the
    objects of the exhibit being placed already handed to the document (a font
    shared by an exhibit's pages is copied once) are remembered until the
    exhibit changes."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.path: Path | None = None
        self.pdf: PdfCopy | None = None
        self.copied: dict[int, Any] = {}  # the exhibit's object number -> our reference
        self.forms = 0

    def page(
        self, path: Path, index: int, pdf: PdfCopy | None = None
    ) -> tuple[str, tuple[float, float, float, float]]:
        """Page `index` of the exhibit at `path` (as `pdf`, read at preparation;
        read now when not given) as a form of the document: its name (for
        `canvas.doForm`) and its box (left, bottom, width, height)."""
        if path != self.path:
            self.close()
            if pdf is None:
                with opened(path) as reader:
                    pdf = read_pdf(reader)
            self.path, self.pdf = path, pdf
        pdf = pdf or self.pdf
        assert pdf is not None
        copied = pdf.pages[index]
        x0, y0, x1, y1 = copied.box
        # a page shown turned (/Rotate, clockwise) is drawn turned: the form's
        # matrix turns its content, and the box given back is the turned one
        matrix, shown = _TURNS.get(copied.turn, _TURNS[0])
        left, bottom, width, height = shown(x0, y0, x1, y1)
        form = _Foreign()
        form.parts.append(
            b"<< /Type /XObject /Subtype /Form /BBox [%s %s %s %s] /Matrix [%s] /Resources "
            % (*(_num(v) for v in (x0, y0, x1, y1)), b" ".join(_num(v) for v in matrix))
        )
        self._place(copied.resources, form.parts, pdf)
        content = copied.content
        length = content.length if isinstance(content, _Spooled) else len(content)
        form.parts.append(b" /Filter /FlateDecode /Length %d >>\nstream\n" % length)
        form.parts += [content, b"\nendstream"]
        self.forms += 1
        stats["forms"] += 1
        name = f"caseappEx{self.forms}"
        self.document.addForm(name, form)
        return name, (left, bottom, width, height)

    def close(self) -> None:
        self.path, self.pdf = None, None
        self.copied = {}

    def _place(self, parts: list[Any], out: list[Any], pdf: PdfCopy) -> None:
        for part in parts:
            out.append(self._reference(part.idnum, pdf) if isinstance(part, Ref) else part)

    def _reference(self, idnum: int, pdf: PdfCopy) -> Any:
        known = self.copied.get(idnum)
        if known is not None:
            return known
        obj = _Foreign()
        known = self.copied[idnum] = self.document.Reference(obj)
        self._place(pdf.objects[idnum], obj.parts, pdf)
        return known


# /Rotate -> (the form's matrix, the turned box (left, bottom, width, height) of [x0 y0 x1 y1])
_TURNS: dict[int, tuple[tuple[float, ...], Any]] = {
    0: ((1, 0, 0, 1, 0, 0), lambda x0, y0, x1, y1: (x0, y0, x1 - x0, y1 - y0)),
    90: ((0, -1, 1, 0, 0, 0), lambda x0, y0, x1, y1: (y0, -x1, y1 - y0, x1 - x0)),
    180: ((-1, 0, 0, -1, 0, 0), lambda x0, y0, x1, y1: (-x1, -y1, x1 - x0, y1 - y0)),
    270: ((0, 1, -1, 0, 0, 0), lambda x0, y0, x1, y1: (-y1, x0, y1 - y0, x1 - x0)),
}


def _plain(value: Any) -> bytes:
    """A direct object without references (name, number, string, boolean, null)."""
    buf = io.BytesIO()
    value.write_to_stream(buf)
    return buf.getvalue()


def _num(v: float) -> bytes:
    return (f"{v:.4f}".rstrip("0").rstrip(".") or "0").encode("ascii")


def source(canvas: Any) -> ExhibitSource:
    """The canvas's document's exhibit source (one per layout)."""
    doc = canvas._doc
    found: ExhibitSource | None = getattr(doc, "_caseapp_exhibits", None)
    if found is None:
        found = ExhibitSource(doc)
        doc._caseapp_exhibits = found
    return found
