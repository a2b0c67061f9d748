"""Draw the pages of PDF exhibits into the slots reportlab left for them.

reportlab cannot place another PDF's page; pypdf can, after the document is
written. Each exhibit page was given its own labelled page with an empty slot
during layout, so the page count (and every page number printed in the
evidence list) is already final; this step only fills the slots, scaling each
original page to fit and keeping its aspect ratio.

Each exhibit page is placed as a form XObject (PDF 32000-1, 8.10): its
content streams, copied as they are, become one form holding the page's own
resources, and the report's page gets one more content stream that draws the
form, scaled and moved into the slot. Neither page's content is parsed or
rewritten (pypdf's `merge_transformed_page` parsed both: 60 % of the merge).
The exhibit files are opened one at a time, in the order of the filing pack,
and each is closed after its last page: the merge never holds more than one
exhibit file's reader (`last_merge` says how many were open at most).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from caseapp.report.exhibits import Slot

PAD = 2.0
# what the last merge did: exhibit pages placed, readers open at most at one time
last_merge: dict[str, int] = {"placed": 0, "peak_open_readers": 0}


def merge(
    data: bytes, wanted: list[Slot], slots: dict[str, tuple[float, ...]], sink: IO[bytes]
) -> None:
    """Fill the slots of the laid-out report `data` and write the result into
    `sink` (the output file, written as it is serialised: no copy of the
    finished document in memory beside the writer's objects). Each exhibit's
    reader is dropped from the open ones after its last page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    last_use = {slot.path: n for n, slot in enumerate(wanted)}
    readers: dict[Path, PdfReader] = {}
    placed = peak = 0
    for n, slot in enumerate(wanted):
        if slot.key in slots:
            if _place(writer, readers, slot, slots[slot.key], f"/CaseappEx{n}"):
                placed += 1
            peak = max(peak, len(readers))
        if last_use[slot.path] == n:
            reader = readers.pop(slot.path, None)
            if reader is not None:
                reader.close()
    last_merge.update(placed=placed, peak_open_readers=peak)
    writer.write(sink)


def _place(
    writer: Any, readers: dict[Path, Any], slot: Slot, where: tuple[float, ...], name: str
) -> bool:
    from pypdf import PdfReader

    page_no, x, y, width, height = where
    reader = readers.get(slot.path)
    if reader is None:
        reader = readers[slot.path] = PdfReader(str(slot.path))
    src = reader.pages[slot.index]
    if src.rotation:
        src.transfer_rotation_to_content()
    box = src.mediabox
    sw, sh = float(box.width), float(box.height)
    if sw <= 0 or sh <= 0:
        return False
    scale = min((width - 2 * PAD) / sw, (height - 2 * PAD) / sh)
    tx = x + (width - sw * scale) / 2 - float(box.left) * scale
    ty = y + (height - sh * scale) / 2 - float(box.bottom) * scale
    form = writer._add_object(_form(writer, src))
    page = writer.pages[int(page_no) - 1]
    _draw_form(writer, page, name, form, (scale, 0.0, 0.0, scale, tx, ty))
    return True


def _form(writer: Any, src: Any) -> Any:
    """Page `src` of an exhibit as a form XObject owned by `writer`."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    contents = src.get("/Contents")
    parts = contents.get_object() if contents is not None else None
    if parts is None:
        data = b""
    elif isinstance(parts, ArrayObject):
        data = b"\n".join(p.get_object().get_data() for p in parts)
    else:
        data = parts.get_data()
    stream = DecodedStreamObject()
    stream.set_data(data)
    form = stream.flate_encode(level=6)
    box = src.mediabox
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        FloatObject(float(v)) for v in (box.left, box.bottom, box.right, box.top)
    )
    resources = src.get("/Resources")
    form[NameObject("/Resources")] = (
        resources.get_object().clone(writer) if resources is not None else DictionaryObject()
    )
    return form


_OPEN: dict[int, Any] = {}  # per writer: the shared stream "q" saving the page's state


def _draw_form(writer: Any, page: Any, name: str, form: Any, matrix: tuple[float, ...]) -> None:
    """Add to `page`'s resources the form as `name` and draw it last, over the
    page's own content, in a graphics state of its own."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    resources = page.get("/Resources")
    resources = DictionaryObject(resources.get_object() if resources is not None else {})
    xobjects = resources.get("/XObject")
    xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
    xobjects[NameObject(name)] = form
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources

    opening = _OPEN.get(id(writer))
    if opening is None or opening[0] is not writer:
        q = DecodedStreamObject()
        q.set_data(b"q\n")
        opening = _OPEN[id(writer)] = (writer, writer._add_object(q))
        if len(_OPEN) > 8:
            _OPEN.clear()
            _OPEN[id(writer)] = opening
    cm = " ".join(f"{v:.4f}" for v in matrix)
    draw = DecodedStreamObject()
    draw.set_data(f"\nQ q {cm} cm {name} Do Q\n".encode("ascii"))
    contents = page.get("/Contents")
    existing = contents.get_object() if contents is not None else None
    if existing is None:
        parts: list[Any] = []
    elif isinstance(existing, ArrayObject):
        parts = list(existing)
    else:
        parts = [contents]
    page[NameObject("/Contents")] = ArrayObject([opening[1], *parts, writer._add_object(draw)])
