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
second time. Now no page content is parsed, the report is never read back,
and one exhibit file is open at a time (`ExhibitSource`): opened at its
first page, closed after its last. The copied objects stay in reportlab's
document until it is written, as the exhibits' photos do.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFObject

# keys that lead from a resource back into the exhibit's page tree or its
# structure: never followed (a form needs none of them)
_SKIP = {"/Parent", "/P", "/Annots", "/StructParent", "/StructParents", "/B", "/Metadata"}
stats: dict[str, int] = {"opened": 0, "open": 0, "peak_open": 0, "forms": 0, "spooled": 0}


#: How deep an exhibit page's resources may nest (dictionaries, arrays and
#: references, each one level) and how many objects they may hold: real pages
#: stay far below both; a page beyond them is refused as unreadable at
#: preparation (`check_page`) rather than stopping the report at drawing.
MAX_DEPTH = 100
MAX_OBJECTS = 200_000


def check_page(page: Any) -> None:
    """Read everything `ExhibitSource.page` will copy from `page` — its
    content streams decoded, every object its resources reach — without
    copying anything, iteratively. Raises (ValueError, or pypdf's own error)
    where the copy would fail: a damaged or hostile exhibit is then shown as
    unreadable instead of stopping the report midway."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    contents = page.get("/Contents")
    resolved = contents.get_object() if contents is not None else None
    parts = resolved if isinstance(resolved, list) else [resolved] if resolved is not None else []
    for part in parts:
        part.get_object().get_data()
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Any, int]] = [(page.get("/Resources"), 0)]
    count = 0
    while stack:
        value, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH or count > MAX_OBJECTS:
            raise ValueError("an exhibit page's resources nest too deep or hold too much")
        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key in seen:
                continue
            seen.add(key)
            target = value.get_object()
            if isinstance(target, StreamObject):
                _ = target._data  # as stored: copied without decoding
            stack.append((target, depth + 1))
        elif isinstance(value, DictionaryObject):
            stack.extend((item, depth + 1) for k, item in value.items() if k not in _SKIP)
        elif isinstance(value, ArrayObject):
            stack.extend((item, depth + 1) for item in value)


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
    parts of the PDF exhibits' pages from drawing until the save: memory then
    holds one exhibit's bytes at a time, not all of them (a scanned contract is
    megabytes of images). Each part is checked (CRC-32) when read back."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "pdf-pages.spool"
        self.file = self.path.open("w+b")
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


class ExhibitSource:
    """The exhibit file being drawn (one open at a time) and its objects
    already handed to the document (a font shared by an exhibit's pages is
    copied once)."""

    def __init__(self, document: Any, spill: Callable[[], Path | None] | None = None) -> None:
        self.document = document
        self.spill = spill
        self.spool: Spool | None = None
        self.path: Path | None = None
        self.reader: Any = None
        self.copied: dict[int, Any] = {}  # the exhibit's object number -> our reference
        self.forms = 0

    def page(self, path: Path, index: int) -> tuple[str, tuple[float, float, float, float]]:
        """Page `index` of `path` as a form of the document: its name (for
        `canvas.doForm`) and its box (left, bottom, width, height)."""
        if path != self.path:
            self.close()
            from pypdf import PdfReader

            self.reader, self.path = PdfReader(str(path)), path
            stats["opened"] += 1
            stats["open"] += 1
            stats["peak_open"] = max(stats["peak_open"], stats["open"])
        src = self.reader.pages[index]
        box = src.mediabox
        x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
        # a page shown turned (/Rotate, clockwise) is drawn turned: the form's
        # matrix turns its content, and the box given back is the turned one
        turn = int(src.get("/Rotate", 0) or 0) % 360
        matrix, shown = _TURNS.get(turn, _TURNS[0])
        left, bottom, width, height = shown(x0, y0, x1, y1)
        contents = src.get("/Contents")
        resolved = contents.get_object() if contents is not None else None
        if resolved is None:
            data = b""
        elif isinstance(resolved, list):
            data = b"\n".join(p.get_object().get_data() for p in resolved)
        else:
            data = resolved.get_data()
        packed = zlib.compress(data, 6)
        form = _Foreign()
        form.parts.append(
            b"<< /Type /XObject /Subtype /Form /BBox [%s %s %s %s] /Matrix [%s] /Resources "
            % (*(_num(v) for v in (x0, y0, x1, y1)), b" ".join(_num(v) for v in matrix))
        )
        resources = src.get("/Resources")
        if resources is not None:
            self._direct(resources.get_object(), form.parts)
        else:
            form.parts.append(b"<< >>")
        form.parts.append(b" /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed))
        form.parts += [self._keep(packed), b"\nendstream"]
        self.forms += 1
        stats["forms"] += 1
        name = f"caseappEx{self.forms}"
        self.document.addForm(name, form)
        return name, (left, bottom, width, height)

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
            stats["open"] -= 1
        self.reader, self.path = None, None
        self.copied = {}

    def _reference(self, ref: Any) -> Any:
        known = self.copied.get(ref.idnum)
        if known is not None:
            return known
        obj = _Foreign()
        known = self.copied[ref.idnum] = self.document.Reference(obj)
        target = ref.get_object()
        from pypdf.generic import StreamObject

        if isinstance(target, StreamObject):
            obj.parts.append(b"<<")
            for key, value in target.items():
                if key == "/Length":
                    continue
                obj.parts.append(b" " + _plain(key) + b" ")
                self._direct(value, obj.parts)
            raw = target._data  # as stored: still encoded with its /Filter
            obj.parts.append(b" /Length %d >>\nstream\n" % len(raw))
            obj.parts += [self._keep(raw), b"\nendstream"]
        else:
            self._direct(target, obj.parts)
        return known

    def _keep(self, data: bytes) -> Any:
        """A stream's bytes as a part: in the spool when long and there is one."""
        if self.spill is None or len(data) < SPOOL_MIN:
            return data
        if self.spool is None:
            directory = self.spill()
            if directory is None:
                self.spill = None
                return data
            self.spool = Spool(directory)
        return self.spool.put(data)

    def _direct(self, value: Any, out: list[Any]) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

        if isinstance(value, IndirectObject):
            out.append(self._reference(value))
        elif isinstance(value, DictionaryObject):
            out.append(b"<<")
            for key, item in value.items():
                if key in _SKIP:
                    continue
                out.append(b" " + _plain(key) + b" ")
                self._direct(item, out)
            out.append(b" >>")
        elif isinstance(value, ArrayObject):
            out.append(b"[")
            for item in value:
                out.append(b" ")
                self._direct(item, out)
            out.append(b" ]")
        else:
            out.append(_plain(value))


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
        found = ExhibitSource(doc, getattr(getattr(canvas, "info", None), "spill", None))
        doc._caseapp_exhibits = found
    return found


def close_spool(canvas: Any) -> None:
    """Remove the document's spool, once the document is saved (or failed)."""
    found: ExhibitSource | None = getattr(canvas._doc, "_caseapp_exhibits", None)
    if found is not None and found.spool is not None:
        found.spool.close()
        found.spool = None
