"""Drawing a plain paragraph (one frag, no markup: most table cells) without
reportlab's general machinery, writing the same PDF operators.

reportlab draws each paragraph through `Flowable.drawOn` (save the canvas's
state, translate, restore) around `Paragraph.drawPara` (save the state again,
set the fill colour, a text object, restore). Saving the state copies 22 of the
canvas's attributes, and restoring puts them back; for a paragraph whose text
is in one font and colour, nothing the canvas tracks changes between the
save and the restore, so `PlainParagraph.drawOn` appends the operators those
calls append (`q`, `1 0 0 1 x y cm`, `q`, `r g b rg`, the text object, `Q`,
`Q`) and leaves the canvas's state alone. The text itself goes through
reportlab's own text object and line drawing functions, so its bytes (font
subsets, positions) are reportlab's. Anything else (a bullet, a background or
border, underlines or links, justification offsets, automatic leading, a
colour with transparency different from the canvas's) takes reportlab's path.

The 3-year case draws 11,500 such paragraphs; the PDF is byte-identical
(`tests/report/test_celldraw.py` compares both paths).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import Paragraph

_LINE_DRAWERS = {
    TA_LEFT: rl_paragraph._leftDrawParaLine,
    TA_CENTER: rl_paragraph._centerDrawParaLine,
    TA_RIGHT: rl_paragraph._rightDrawParaLine,
    TA_JUSTIFY: rl_paragraph._justifyDrawParaLine,
}
_FILL_CODES: dict[tuple[float, float, float], str] = {}
_counts = {"fast": 0, "reportlab": 0}  # for the tests: which path drew


def counts() -> dict[str, int]:
    """How many plain paragraphs were drawn on each path, since start-up."""
    return dict(_counts)


def _fill_code(colour: Any, canvas: Any) -> str | None:
    """What `canvas.setFillColor(colour)` appends, when that is all it does."""
    if type(colour) is not Color or isinstance(colour, CMYKColor):
        return None
    if canvas._enforceColorSpace is not None:
        return None
    alpha = colour.alpha
    if alpha is not None and canvas._extgstate._d.get("ca", 1) != alpha:
        return None  # setFillAlpha would write a graphics state
    rgb = (colour.red, colour.green, colour.blue)
    code = _FILL_CODES.get(rgb)
    if code is None:
        code = _FILL_CODES[rgb] = "%s rg" % fp_str(rgb)  # noqa: UP031  (as reportlab)
    return code


class PlainParagraph(Paragraph):  # type: ignore[misc]
    """A `Paragraph` of one frag without markup, drawn with fewer calls."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not self._draw_fast(canvas, self._hAlignAdjust(x, _sW), y):
            _counts["reportlab"] += 1
            super().drawOn(canvas, x, y, _sW)

    def _draw_fast(self, canvas: Any, x: float, y: float) -> bool:
        blpara = getattr(self, "blPara", None)
        style = self.style
        if (
            blpara is None
            or blpara.kind != 0
            or self.debug
            or self.bulletText
            or getattr(self, "_showBoundary", None)
            or "_offsets" in self.__dict__
            or style.backColor
            or (getattr(style, "borderWidth", None) and getattr(style, "borderColor", None))
            or style.wordWrap == "RTL"
            or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) in ("max", "min")
            or getattr(blpara, "us_lines", None)
            or getattr(blpara, "link", None)
            or style.alignment not in _LINE_DRAWERS
        ):
            return False
        lines = blpara.lines
        code = canvas._code
        if not lines:  # drawPara writes nothing but the translation
            code.append("q")
            code.append("%s cm" % fp_str(1, 0, 0, 1, x, y))  # noqa: UP031
            code.append("Q")
            _counts["fast"] += 1
            return True
        fill = _fill_code(blpara.textColor, canvas)
        if fill is None:
            return False
        if blpara.textColor.alpha is not None:
            canvas._doc.ensureMinPdfVersion("transparency")  # as setFillAlpha does
        if rl_paragraph.paraFontSizeHeightOffset:
            cur_y = self.height - blpara.fontSize
        else:
            cur_y = self.height - getattr(blpara, "ascent", blpara.fontSize)
        code.append("q")
        code.append("%s cm" % fp_str(1, 0, 0, 1, x, y))  # noqa: UP031
        code.append("q")
        code.append(fill)
        tx = PDFTextObject(canvas, style.leftIndent, cur_y)
        tx.preformatted = "preformatted" in self.__class__.__name__.lower()
        word_wrap = style.wordWrap
        tx.direction = word_wrap + "-handled" if word_wrap in ("LTR", "RTL") else word_wrap
        tx.setFont(blpara.fontName, blpara.fontSize, style.leading)
        draw_line = _LINE_DRAWERS[style.alignment]
        no_justify_last = not getattr(self, "_JustifyLast", False)
        jllwc = style.justifyLastLine
        last_index = len(lines) - 1
        for i, (space, words) in enumerate(lines):
            last = no_justify_last and i == last_index
            if last and jllwc and len(words) > jllwc:
                last = False
            draw_line(tx, style.firstLineIndent if i == 0 else 0, space, words, last)
        code.append(str(tx.getCode()))
        code.append("Q")
        code.append("Q")
        _counts["fast"] += 1
        return True
