"""The font's metrics read once and cached, keyed by the SHA-256 of the font.

reportlab reads a TrueType font's character map and metrics every time a
font is registered: for the bundled CJK font (49,531 glyphs, 34,600
characters) that is 60-70 ms of every `report` command, a tenth of a small
report's whole time. `CachedFace` is reportlab's `TTFontFace` whose
`extractInfo` takes what it would compute from the parse cache (`parsecache`)
when the cache was made from the same font bytes, subfont and reportlab
version, and otherwise computes it as reportlab does and stores it.

The cache is data only, never code: JSON with the large integer and float
tables as base64 of packed arrays (`array`), checked for shape and length
before use. A cache that is missing, of another font, damaged or forged in
its shape is ignored (the font is read as before); a forged cache of the
right shape can change widths in the PDF, nothing else — the same trust as
the catalogue's and the law data's caches, which sit beside it.
"""

from __future__ import annotations

import base64
import hashlib
from array import array
from collections.abc import Callable
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import (
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
    TTFontFile,
)

from caseapp import parsecache

CACHE_NAME = "font-metrics"
#: Bumped when what is cached, or how, changes.
LAYOUT = 2

_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_SCALARS = (
    "ascent",
    "descent",
    "unitsPerEm",
    "capHeight",
    "stemV",
    "italicAngle",
    "underlinePosition",
    "underlineThickness",
    "flags",
    "numGlyphs",
    "_full_font",
    "defaultWidth",
    "_pos",
)


def _scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's `_pdfScale`: font units to 1/1000 of the em."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _pack(code: str, values: list[Any]) -> str:
    return base64.b64encode(array(code, values).tobytes()).decode("ascii")


def _unpack(code: str, text: object, length: int) -> list[Any]:
    if not isinstance(text, str):
        raise ValueError("not packed")
    values = array(code)
    values.frombytes(base64.b64decode(text.encode("ascii"), validate=True))
    if len(values) != length:
        raise ValueError("wrong length")
    return values.tolist()


def _leading_ints(advances: list[int | float]) -> int:
    """How many advances come first as ints: reportlab reads the font's
    `numberOfHMetrics` widths as ints and repeats the last one, scaled (a
    float), for the glyphs after them. Any other pattern is not cached."""
    count = 0
    while count < len(advances) and type(advances[count]) is int:
        count += 1
    if not all(type(advance) is float for advance in advances[count:]):
        raise ValueError("advances neither int nor float")
    return count


def _encode(face: TTFontFile) -> dict[str, object]:
    """What `extractInfo` set on `face`, as JSON-able data; ValueError when
    something in it is not of the types the cache restores."""
    glyph_to_char = face.glyphToChar
    advances = [advance for advance, _ in face.hmetrics]
    leading = _leading_ints(advances)
    return {
        "names": {key: getattr(face, key).ustr for key in _NAMES},
        "scalars": {key: getattr(face, key) for key in _SCALARS},
        "fontRevision": list(face.fontRevision),
        "bbox": list(face.bbox),
        "chars": len(face.charToGlyph),
        "char_codes": _pack("i", list(face.charToGlyph)),
        "char_glyphs": _pack("i", list(face.charToGlyph.values())),
        "width_codes": _pack("i", list(face.charWidths)),
        "widths": _pack("d", list(face.charWidths.values())),
        # glyph -> its characters: nearly always one; the first of each
        # packed, the few glyphs with more listed in full.
        "glyphs": len(glyph_to_char),
        "glyph_codes": _pack("i", list(glyph_to_char)),
        "glyph_first": _pack("i", [chars[0] for chars in glyph_to_char.values()]),
        "glyph_more": [
            [glyph, *chars] for glyph, chars in glyph_to_char.items() if len(chars) != 1
        ],
        "metrics": len(face.hmetrics),
        "int_advances": leading,
        "advances": _pack("i", advances[:leading]),
        "float_advances": _pack("d", advances[leading:]),
        "bearings": _pack("i", [bearing for _, bearing in face.hmetrics]),
        "positions": len(face.glyphPos),
        "glyph_pos": _pack("i", face.glyphPos),
    }


def _decode(value: object) -> dict[str, object]:
    """The attributes `extractInfo` would set, from `_encode`'s data; raises
    ValueError (or KeyError, TypeError) when the data is not of that shape."""
    if not isinstance(value, dict):
        raise ValueError("not a dict")
    out: dict[str, object] = {}
    names = value["names"]
    for key in _NAMES:
        text = names[key]
        if not isinstance(text, str):
            raise ValueError(key)
        out[key] = TTFNameBytes(text.encode("utf8"), "utf8")
    scalars = value["scalars"]
    for key in _SCALARS:
        item = scalars[key]
        if not isinstance(item, int | float):
            raise ValueError(key)
        out[key] = item
    revision = value["fontRevision"]
    bbox = value["bbox"]
    if not (
        isinstance(revision, list)
        and len(revision) == 2
        and isinstance(bbox, list)
        and len(bbox) == 4
    ):
        raise ValueError("revision or bbox")
    if not all(isinstance(item, int | float) for item in [*revision, *bbox]):
        raise ValueError("revision or bbox")
    out["fontRevision"] = tuple(revision)
    out["bbox"] = list(bbox)
    chars = int(value["chars"])
    out["charToGlyph"] = dict(
        zip(
            _unpack("i", value["char_codes"], chars),
            _unpack("i", value["char_glyphs"], chars),
            strict=True,
        )
    )
    out["charWidths"] = dict(
        zip(
            _unpack("i", value["width_codes"], chars),
            _unpack("d", value["widths"], chars),
            strict=True,
        )
    )
    glyphs = int(value["glyphs"])
    glyph_to_char: dict[int, list[int]] = dict(
        zip(
            _unpack("i", value["glyph_codes"], glyphs),
            map(list, zip(_unpack("i", value["glyph_first"], glyphs))),
            strict=True,
        )
    )
    more = value["glyph_more"]
    if not isinstance(more, list):
        raise ValueError("glyph_more")
    for row in more:
        if not (isinstance(row, list) and len(row) >= 2 and all(type(item) is int for item in row)):
            raise ValueError("glyph_more")
        if row[0] not in glyph_to_char:
            raise ValueError("glyph_more")
        glyph_to_char[row[0]] = row[1:]
    out["glyphToChar"] = glyph_to_char
    metrics = int(value["metrics"])
    leading = int(value["int_advances"])
    if not 0 <= leading <= metrics:
        raise ValueError("int_advances")
    advances: list[int | float] = _unpack("i", value["advances"], leading)
    advances += _unpack("d", value["float_advances"], metrics - leading)
    out["hmetrics"] = list(zip(advances, _unpack("i", value["bearings"], metrics), strict=True))
    out["glyphPos"] = _unpack("i", value["glyph_pos"], int(value["positions"]))
    units = out["unitsPerEm"]
    if not isinstance(units, int) or units <= 0:
        raise ValueError("unitsPerEm")
    out["_pdfScale"] = _scale(units)
    return out


class CachedFace(TTFontFace):  # type: ignore[misc]
    """reportlab's `TTFontFace`, its character map and metrics from the cache
    when the cache was made from these font bytes."""

    def extractInfo(self, charInfo: int = 1) -> None:
        if not charInfo:
            super().extractInfo(charInfo)
            return
        digest = hashlib.sha256()
        digest.update(self._ttf_data)
        digest.update(
            f"\0{self.subfontNameX!r}\0{REPORTLAB_VERSION}\0{LAYOUT}\0{rl_config.allowTTFSubsetting!r}".encode()
        )
        key = digest.hexdigest()
        cached = parsecache.load(CACHE_NAME, key)
        if cached is not None:
            try:
                attributes = _decode(cached)
            except (ValueError, KeyError, TypeError, OverflowError):
                pass
            else:
                self.__dict__.update(attributes)
                return
        super().extractInfo(charInfo)
        try:
            parsecache.store(CACHE_NAME, key, _encode(self))
        except (ValueError, TypeError, OverflowError, AttributeError):
            return


class CachedTTFont(TTFont):  # type: ignore[misc]
    """reportlab's `TTFont` over a `CachedFace`. Its `__init__` is reportlab's
    own with the face's class changed (reportlab names the class inside its
    `__init__`); the tests compare every attribute with reportlab's."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        self.fontName = name
        self.face = CachedFace(filename, validate=0, subfontIndex=subfontIndex)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
