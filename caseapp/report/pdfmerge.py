"""Draw the pages of PDF exhibits into the slots reportlab left for them.

reportlab cannot place another PDF's page; pypdf can, after the document is
written. Each exhibit page was given its own labelled page with an empty slot
during layout, so the page count (and every page number printed in the
evidence list) is already final; this step only fills the slots, scaling each
original page to fit and keeping its aspect ratio.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import IO, Any

from caseapp.report.exhibits import Slot

PAD = 2.0


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
    for n, slot in enumerate(wanted):
        if slot.key in slots:
            _place(writer, readers, slot, slots[slot.key])
        if last_use[slot.path] == n:
            readers.pop(slot.path, None)
    writer.write(sink)


def _place(writer: Any, readers: dict[Path, Any], slot: Slot, where: tuple[float, ...]) -> None:
    from pypdf import PdfReader, Transformation

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
        return
    scale = min((width - 2 * PAD) / sw, (height - 2 * PAD) / sh)
    tx = x + (width - sw * scale) / 2 - float(box.left) * scale
    ty = y + (height - sh * scale) / 2 - float(box.bottom) * scale
    op = Transformation().scale(scale).translate(tx, ty)
    writer.pages[int(page_no) - 1].merge_transformed_page(src, op)
