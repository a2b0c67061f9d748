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

from caseapp.report.exhibits import Slot

PAD = 2.0


def merge(data: bytes, wanted: list[Slot], slots: dict[str, tuple[float, ...]]) -> bytes:
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    readers: dict[Path, PdfReader] = {}
    for slot in wanted:
        if slot.key not in slots:
            continue
        page_no, x, y, width, height = slots[slot.key]
        reader = readers.get(slot.path)
        if reader is None:
            reader = readers[slot.path] = PdfReader(str(slot.path))
        src = reader.pages[slot.index]
        if src.rotation:
            src.transfer_rotation_to_content()
        box = src.mediabox
        sw, sh = float(box.width), float(box.height)
        if sw <= 0 or sh <= 0:
            continue
        scale = min((width - 2 * PAD) / sw, (height - 2 * PAD) / sh)
        tx = x + (width - sw * scale) / 2 - float(box.left) * scale
        ty = y + (height - sh * scale) / 2 - float(box.bottom) * scale
        op = Transformation().scale(scale).translate(tx, ty)
        writer.pages[int(page_no) - 1].merge_transformed_page(src, op)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
