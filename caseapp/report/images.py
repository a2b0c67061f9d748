"""Embedding exhibit images without decoding them where the PDF allows it.

* JPEG: copied into the PDF as it is (`/DCTDecode`). `draw_jpeg` registers the
  image XObject the way `Canvas.drawImage` does for an object with `jpeg_fh()`
  (the same name, from the digest of `JpegSource`'s stable `str()`, and the same
  operators), but the XObject reads the bytes only when the document is saved:
  reportlab's own reads the whole file when the image is drawn and keeps it
  until the save, so every photo of the report was held at once (a re-encoded
  one twice: the prepared bytes and reportlab's copy).
* PNG: a non-interlaced 8-bit greyscale or RGB PNG's IDAT data is already a
  zlib stream with PNG row filters, which a PDF reader decodes with
  `/FlateDecode` and `/DecodeParms <</Predictor 15 …>>` (PDF 1.7, 7.4.4.4).
  reportlab cannot write DecodeParms for an image, so `draw_png` registers its
  own image XObject, the way `Canvas.drawImage` does. Other PNGs (alpha,
  palette, 16-bit, interlaced) are re-encoded as JPEG by the caller.
* Both kinds are read at the save from their file (the evidence file, or a re-encoded
  copy written aside: `JpegSource.spill`), whose SHA-256 is
  checked again then (`ExhibitChanged` if it no longer matches: the report is
  not written), so what is embedded is what preparation verified; at most one
  exhibit's bytes are in memory at a time (`pdfstream` writes each object as
  it is formatted).
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.utils import _digester
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfutils import readJPEGInfo

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

#: Where copies wait for the save (a private scratch directory), asked for only
#: when one is needed, so a report that needs none creates nothing; None: keep
#: them in memory.
Spill = Callable[[], Path | None]


class ExhibitChanged(ValueError):
    """An exhibit file's bytes no longer match the SHA-256 checked when the
    report was prepared (it changed while the report was being made)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"exhibit file changed during the report: {path.name}")
        self.path = path


class JpegSource:
    """A JPEG to embed, for the exhibit file whose SHA-256 is `key`: `data`
    (re-encoded, in memory) or the file at `path` — the evidence file itself,
    or a re-encoded copy written aside (`spill`) — whose SHA-256 is `digest`
    (`key` when None)."""

    def __init__(
        self, key: str, path: Path | None, data: bytes | None, digest: str | None = None
    ) -> None:
        self.key, self.path, self.data, self.digest = key, path, data, digest

    def __str__(self) -> str:
        return f"caseapp-exhibit-{self.key}"

    def read(self) -> bytes:
        """The bytes, the file's checked against its SHA-256 again."""
        if self.data is not None:
            return self.data
        assert self.path is not None
        return read_checked(self.path, self.digest or self.key)

    def spill(self, directory: Path) -> JpegSource:
        """The same JPEG written to a file in `directory` (a private scratch
        directory) and read from there at the save: re-encoded photos are then
        not all in memory until the report is written."""
        assert self.data is not None
        path = directory / f"{self.key}.jpg"
        path.write_bytes(self.data)
        return JpegSource(self.key, path, None, hashlib.sha256(self.data).hexdigest())

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.read())


def read_checked(path: Path, sha256: str) -> bytes:
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256.lower():
        raise ExhibitChanged(path)
    return data


class _JpegXObject(pdfdoc.PDFImageXObject):  # type: ignore[misc]
    """reportlab's JPEG image XObject, its bytes read when it is formatted."""

    def __init__(self, name: str, source: JpegSource, width: int, height: int, colors: int) -> None:
        self.name, self.source = name, source
        self.width, self.height = width, height
        self.bitsPerComponent = 8
        self.colorSpace = {1: "DeviceGray", 3: "DeviceRGB"}.get(colors, "DeviceCMYK")
        if self.colorSpace == "DeviceCMYK":
            self._dotrans = 1  # what reportlab sets: an Adobe CMYK JPEG is inverted
        self._filters = ("DCTDecode",)
        self.mask = None

    def format(self, document: Any) -> bytes:
        content = self.source.read()
        stream = _image_stream(self, content)  # the keys in reportlab's order
        d = stream.dictionary
        if self.colorSpace == "DeviceCMYK":
            d["Decode"] = pdfdoc.PDFArray([1, 0, 1, 0, 1, 0, 1, 0])
        d["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f) for f in self._filters])
        d["Length"] = len(content)
        return stream.format(document)  # type: ignore[no-any-return]


def _image_stream(image: Any, content: bytes) -> Any:
    """An image XObject's stream with the keys every image has, in the order
    reportlab's `PDFImageXObject.format` writes them; the caller adds its
    filter and what follows."""
    stream = pdfdoc.PDFStream(content=content)
    d = stream.dictionary
    d["Type"] = pdfdoc.PDFName("XObject")
    d["Subtype"] = pdfdoc.PDFName("Image")
    d["Width"] = image.width
    d["Height"] = image.height
    d["BitsPerComponent"] = image.bitsPerComponent
    d["ColorSpace"] = pdfdoc.PDFName(image.colorSpace)
    return stream


def _jpeg_info(source: JpegSource) -> tuple[int, int, int] | None:
    try:
        if source.data is not None:
            info = readJPEGInfo(io.BytesIO(source.data))
        else:
            assert source.path is not None
            with source.path.open("rb") as fh:
                info = readJPEGInfo(fh)
    except Exception:  # reportlab's reader raises struct.error, PDFError …
        return None
    return int(info[0]), int(info[1]), int(info[2])


def draw_jpeg(canvas: Any, source: JpegSource, width: float, height: float) -> None:
    """`canvas.drawImage(source, 0, 0, width, height)`, the same operators and
    the same XObject name, with the bytes read at the save (see the module)."""
    info = None if rl_config.useA85 else _jpeg_info(source)
    if info is None:  # reportlab's own way (it reads the file now)
        canvas.drawImage(source, 0, 0, width, height)
        return
    canvas._currentPageHasImages = 1
    name = _digester(f"{source}{None}")  # what drawImage names it (mask None)
    reg = canvas._doc.getXObjectName(name)
    if not canvas._doc.idToObject.get(reg):
        obj = _JpegXObject(name, source, *info)
        canvas._setXObjects(obj)
        canvas._doc.Reference(obj, reg)
        canvas._doc.addForm(name, obj)
    canvas.saveState()
    canvas.translate(0, 0)
    canvas.scale(width, height)
    canvas._code.append(f"/{reg} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)


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
    """The PNG's IDAT data as an image XObject, read from the file (its SHA-256
    `key` checked again) when the XObject is formatted."""

    def __init__(self, name: str, info: PngInfo, path: Path, key: str) -> None:
        self.name = name
        self.width, self.height = info.width, info.height
        self.bitsPerComponent = 8
        self.colorSpace = "DeviceRGB" if info.colors == 3 else "DeviceGray"
        self._filters = ("FlateDecode",)
        self.path, self.key = path, key
        self.mask = None
        self.colors = info.colors

    def format(self, document: Any) -> bytes:
        parsed = _parse(read_checked(self.path, self.key))
        if parsed is None or parsed[0] != PngInfo(self.width, self.height, self.colors):
            raise ExhibitChanged(self.path)
        content = parsed[1]
        stream = _image_stream(self, content)
        d = stream.dictionary
        d["Filter"] = pdfdoc.PDFName("FlateDecode")  # one name: DecodeParms is then one dict
        d["DecodeParms"] = pdfdoc.PDFDictionary(
            {"Predictor": 15, "Colors": self.colors, "BitsPerComponent": 8, "Columns": self.width}
        )
        d["Length"] = len(content)
        return stream.format(document)  # type: ignore[no-any-return]


def draw_png(canvas: Any, key: str, path: Path, width: float, height: float) -> bool:
    """Draw the PNG at (0, 0) scaled to width × height; False if it cannot be
    embedded as it is (the caller then falls back)."""
    name = f"caseapp-png-{key}"
    reg = canvas._doc.getXObjectName(name)
    if not canvas._doc.idToObject.get(reg):
        parsed = _parse(path.read_bytes())
        if parsed is None:
            return False
        info, stream = parsed
        try:
            zlib.decompressobj().decompress(stream[:64])  # a zlib stream at all?
        except zlib.error:
            return False
        del stream  # read again when the document is saved
        obj = _PngXObject(name, info, path, key)
        canvas._setXObjects(obj)
        canvas._doc.Reference(obj, reg)
        canvas._doc.addForm(name, obj)
    canvas.saveState()
    canvas.scale(width, height)
    canvas._code.append(f"/{reg} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)
    return True
