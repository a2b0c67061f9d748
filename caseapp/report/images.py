"""Embedding exhibit images without decoding them where the PDF allows it.

* JPEG: reportlab copies JPEG data into the PDF as it is when handed an object
  with `jpeg_fh()`. `JpegSource` is that object, with a stable `str()`:
  reportlab names an image XObject by a digest of that string (an ImageReader
  would be decoded to raw pixels just to compute the name).
* PNG: a non-interlaced 8-bit greyscale or RGB PNG's IDAT data is already a
  zlib stream with PNG row filters, which a PDF reader decodes with
  `/FlateDecode` and `/DecodeParms <</Predictor 15 …>>` (PDF 1.7, 7.4.4.4).
  reportlab cannot write DecodeParms for an image, so `draw_png` registers its
  own image XObject, the way `Canvas.drawImage` does. Other PNGs (alpha,
  palette, 16-bit, interlaced) are re-encoded as JPEG by the caller.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class JpegSource:
    def __init__(self, key: str, path: Path | None, data: bytes | None) -> None:
        self.key, self.path, self.data = key, path, data

    def __str__(self) -> str:
        return f"caseapp-exhibit-{self.key}"

    def jpeg_fh(self) -> io.BytesIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return io.BytesIO(self.path.read_bytes())


@dataclass(frozen=True)
class PngInfo:
    width: int
    height: int
    colors: int  # 1 grey, 3 RGB


def png_info(data: bytes) -> PngInfo | None:
    """The PNG's size if it can be embedded as it is, else None."""
    parsed = _parse(data)
    return None if parsed is None else parsed[0]


def _parse(data: bytes) -> tuple[PngInfo, bytes] | None:
    if not data.startswith(PNG_SIGNATURE):
        return None
    pos = len(PNG_SIGNATURE)
    info: PngInfo | None = None
    idat: list[bytes] = []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length:
            return None
        if kind == b"IHDR":
            width, height, depth, ctype, _comp, _filt, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (0, 2) or interlace != 0 or not width or not height:
                return None
            info = PngInfo(width, height, 1 if ctype == 0 else 3)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"tRNS":
            return None  # transparency: flatten by re-encoding instead
        elif kind == b"IEND":
            break
        pos += 12 + length
    if info is None or not idat:
        return None
    return info, b"".join(idat)


class _PngXObject(pdfdoc.PDFImageXObject):  # type: ignore[misc]
    def __init__(self, name: str, info: PngInfo, stream: bytes) -> None:
        self.name = name
        self.width, self.height = info.width, info.height
        self.bitsPerComponent = 8
        self.colorSpace = "DeviceRGB" if info.colors == 3 else "DeviceGray"
        self._filters = ("FlateDecode",)
        self.streamContent = stream
        self.mask = None
        self.colors = info.colors

    def format(self, document: Any) -> bytes:
        stream = pdfdoc.PDFStream(content=self.streamContent)
        d = stream.dictionary
        d["Type"] = pdfdoc.PDFName("XObject")
        d["Subtype"] = pdfdoc.PDFName("Image")
        d["Width"] = self.width
        d["Height"] = self.height
        d["BitsPerComponent"] = 8
        d["ColorSpace"] = pdfdoc.PDFName(self.colorSpace)
        d["Filter"] = pdfdoc.PDFName("FlateDecode")  # one name: DecodeParms is then one dict
        d["DecodeParms"] = pdfdoc.PDFDictionary(
            {"Predictor": 15, "Colors": self.colors, "BitsPerComponent": 8, "Columns": self.width}
        )
        d["Length"] = len(self.streamContent)
        return stream.format(document)  # type: ignore[no-any-return]


def draw_png(canvas: Any, key: str, path: Path, width: float, height: float) -> bool:
    """Draw the PNG at (0, 0) scaled to width × height; False if it cannot be
    embedded as it is (the caller then falls back)."""
    parsed = _parse(path.read_bytes())
    if parsed is None:
        return False
    info, stream = parsed
    try:
        zlib.decompressobj().decompress(stream[:64])  # a zlib stream at all?
    except zlib.error:
        return False
    name = f"caseapp-png-{key}"
    reg = canvas._doc.getXObjectName(name)
    if not canvas._doc.idToObject.get(reg):
        obj = _PngXObject(name, info, stream)
        canvas._setXObjects(obj)
        canvas._doc.Reference(obj, reg)
        canvas._doc.addForm(name, obj)
    canvas.saveState()
    canvas.scale(width, height)
    canvas._code.append(f"/{reg} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)
    return True
