"""The one font of the PDF: WenQuanYi Micro Hei (TrueType, subfont 0 of the
bundled .ttc), embedded and subset by reportlab; CJK line breaking; and a
fallback for characters the font lacks.

reportlab is silent about missing glyphs, so every piece of user text passes
through `safe()`, which checks each character against the font's character
map and writes a missing one as its code point (``〔U+20000〕``): nothing the
worker wrote is lost, and nothing prints as an empty box.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from functools import cache
from html import escape

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from caseapp.paths import resource
from caseapp.report import linebreak
from caseapp.report.fontcache import CachedTTFont

FONT = "WQY"
FONT_FILE = ("fonts", "wqy-microhei.ttc")


@cache
def register() -> str:
    """Register the embedded font once and install CJK line breaking."""
    path = resource(*FONT_FILE)
    pdfmetrics.registerFont(CachedTTFont(FONT, str(path), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    linebreak.install()
    return FONT


# reportlab reads whether to ASCII85-encode streams from the process-wide
# `rl_config.useA85` while a document is laid out and saved (page streams,
# images); it has no per-document setting. So the one step that depends on
# it — laying out and saving a report — holds this lock, and the setting is
# only changed while the lock is held. Everything else a build does (reading
# and scaling exhibits, merging PDF pages) runs outside it, in parallel.
# The default font needs no global: the document passes `initialFontName` to
# its canvas and every drawing carries `initialFontName` (see `charts`).
_RENDER_LOCK = threading.Lock()


@contextlib.contextmanager
def render_settings() -> Iterator[None]:
    """Hold the render lock with binary rather than ASCII85 streams (ASCII85
    only makes the file bigger, and without reportlab's C accelerator encoding
    images in it is very slow); the previous value is restored afterwards."""
    register()
    with _RENDER_LOCK:
        saved_a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved_a85


@cache
def _charmap() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph.keys())


def has_glyph(ch: str) -> bool:
    return ch in "\n\t" or ord(ch) in _charmap()


def missing_glyphs(text: str) -> set[str]:
    return {ch for ch in text if not has_glyph(ch)}


def plain(text: str) -> str:
    """User text with characters the font lacks written as code points."""
    if _charmap().issuperset(map(ord, text.replace("\n", "").replace("\t", ""))):
        return text
    return "".join(ch if has_glyph(ch) else f"〔U+{ord(ch):04X}〕" for ch in text)


def safe(text: str) -> str:
    """User text made safe for a reportlab Paragraph (XML-escaped, glyphs checked)."""
    return escape(plain(text), quote=False).replace("\n", "<br/>")
