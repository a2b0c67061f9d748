"""CJK line breaking for reportlab (禁则, kinsoku): no closing mark at a line
start, no opening mark at a line end, Latin words and numbers not cut.

reportlab's own CJK splitters (`textsplit.dumbSplit` for plain paragraphs,
`paragraph.cjkFragSplit` for paragraphs with markup) hang at most one
closing mark past the line end, so "（… × 1）。" still put "。" at the start
of the next line, and `textsplit`'s list of closing marks lacks "，". These
replacements break a line where the text allows it:

* one closing mark that does not fit hangs in the right margin (styles keep
  a `rightIndent` for it), as reportlab does;
* otherwise the break moves back over closing marks, and before an opening
  mark (《（“【…), so both stay with the text they belong to;
* inside a Latin word or a number ("14000.00", "2025-03-17") the break moves
  back to a space or a CJK character (a word longer than the line is cut).

`install()` sets them once, when the font is registered (`fonts.register`);
they never change afterwards, so concurrent builds see the same functions.

Line breaks once per width. reportlab breaks a paragraph's lines again on
every `wrap`: a table cell is wrapped when the table measures its rows, again
for each part when a long table is split over pages, and again when the cell
is drawn, with the same width each time (the 3-year case: 5,614 paragraphs
broken three times, the breaking 38-43 % of the build). `install()` therefore
also makes `Paragraph.breakLines`/`breakLinesCJK` remember, on the paragraph,
the lines they computed for each list of widths; a later call with the same
widths returns the same lines (the result depends only on the paragraph's
frags and style, which are not changed after it is made), with the same side
effects (the bullet's width, the height reset). The PDF stays byte-identical
(`tests/report/test_snapshot.py`); `tests/report/test_linebreak.py` counts the
breaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.rl_config import _FUZZ

CANNOT_START = (
    textsplit.ALL_CANNOT_START + "，。、；：！？）》」』】〕〉〗〙〛”’…—～·％‰℃°" + "%)]}"
)
CANNOT_END = textsplit.ALL_CANNOT_END + "（《「『【〔〈〖〘〚“‘"


def _closer(ch: str) -> bool:
    return len(ch) == 1 and ch in CANNOT_START


def _opener(ch: str) -> bool:
    return len(ch) == 1 and ch in CANNOT_END


def _latin(ch: str) -> bool:
    return len(ch) == 1 and ord(ch) < 0x3000 and not ch.isspace() and not _opener(ch)


def break_at(text: Sequence[str], start: int, end: int) -> int:
    """Where to end the line text[start:end'] given that text[end] does not fit."""
    n = len(text)
    nxt = text[end + 1] if end + 1 < n else ""
    if _closer(text[end]) and not _closer(nxt) and not (_latin(text[end]) and _latin(nxt)):
        return end + 1  # hang one closing mark (not a full stop inside "14000.00")
    b = end
    for _ in range(3):  # the rules can move the break twice at most
        before = b
        while b > start + 1 and (_closer(text[b]) or _opener(text[b - 1])):
            b -= 1
        if b < n and _latin(text[b]) and _latin(text[b - 1]):
            for j in range(b - 1, start, -1):
                if text[j].isspace() or not _latin(text[j]):
                    b = j + 1
                    break
        if b == before:
            break
    # a run of closing (or opening) marks longer than the line cannot keep the
    # rules: break where the line is full rather than one character a line
    return b if b > start + 1 else end


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return float(w)


def dumb_split(word: str, widths: Sequence[float], max_widths: Any) -> list[list[Any]]:
    """`textsplit.dumbSplit` with the rules above: [[extra space, line text], …]."""
    if not isinstance(max_widths, list | tuple):
        max_widths = [max_widths]
    lines: list[list[Any]] = []
    n, start = len(word), 0
    while start < n:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, end = 0.0, start
        while end < n and (end == start or used + widths[end] <= max_width + _FUZZ):
            used += widths[end]
            end += 1
        if end < n:
            end = break_at(word, start, end)
        lines.append([max_width - sum(widths[start:end]), word[start:end].strip()])
        start = end
    return lines


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) -> char -> width


def char_widths(text: str, font_name: str, font_size: float) -> list[float]:
    """`textsplit.getCharWidths`: each character's `stringWidth`, remembered per
    font and size (the same call gives the same float, so the lines are the
    same; the 3-year case asked for 228,000 widths of a few thousand characters)."""
    key = (font_name, font_size)
    known = _WIDTHS.get(key)
    if known is None:
        known = _WIDTHS[key] = {}
    out: list[float] = []
    for ch in text:
        w = known.get(ch)
        if w is None:
            w = known[ch] = pdfmetrics.stringWidth(ch, font_name, font_size)
        out.append(w)
    return out


def word_split(
    word: str, maxWidths: Any, fontName: str, fontSize: float, encoding: str = "utf8"
) -> list[list[Any]]:
    widths = char_widths(word, fontName, fontSize)
    return dumb_split(word, widths, maxWidths)


def cjk_frag_split(
    frags: list[Any], maxWidths: Any, calcBounds: Any, encoding: str = "utf8"
) -> Any:
    """`paragraph.cjkFragSplit` with the rules above.

    reportlab makes an object per character (`cjkU`, a str that carries its
    frag and width) and, for each line, compares each character's frag with
    the previous one (`makeCJKParaLine`). Here the characters, their frags and
    their widths are three lists and a line is assembled a run of one frag at
    a time, with the same comparisons' results: the same lines. Frags holding
    an image or a width of their own (`cbDefn`), and paragraphs that measure
    each line's bounds (`autoLeading`), take reportlab's per-character way."""
    if calcBounds or any(hasattr(f, "cbDefn") for f in frags):
        return _cjk_frag_split_units(frags, maxWidths, calcBounds, encoding)
    chars: list[str] = []
    owner: list[Any] = []  # the frag of each character
    widths: list[float] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            chars.extend(text)
            owner.extend([f] * len(text))
            widths.extend(char_widths(text, f.fontName, f.fontSize))
        else:
            chars.append(text)
            owner.append(f)
            widths.append(pdfmetrics.stringWidth(text, f.fontName, f.fontSize))
    lines: list[Any] = []
    n, start = len(chars), 0
    while start < n:
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        used, end, line_break = 0.0, start, False
        while end < n:
            w = widths[end]
            if hasattr(owner[end], "lineBreak"):
                used += w
                end += 1
                line_break = True
                break
            if end > start and used + w > max_width + _FUZZ:
                break
            used += w
            end += 1
        if not line_break and end < n:
            end = break_at(chars, start, end)
            used = sum(w for w in widths[start:end])
        lines.append(
            _para_line(chars, owner, start, end, max_width, used, max_width - used, line_break)
        )
        start = end
    return rl_paragraph.ParaLines(kind=1, lines=lines)


def _para_line(
    chars: list[str],
    owner: list[Any],
    start: int,
    end: int,
    max_width: float,
    used: float,
    extra: float,
    line_break: bool,
) -> Any:
    """`paragraph.makeCJKParaLine` for characters[start:end] (without bounds),
    a run of one frag at a time: within a run each comparison of frags is the
    comparison of the same two objects, so it is made once."""
    same = rl_paragraph.sameFrag
    words: list[Any] = []
    pending: list[str] = []
    f0 = rl_paragraph.FragLine()
    max_size = max_ascent = min_descent = 0.0
    i = start
    while i < end:
        f = owner[i]
        j = i + 1
        while j < end and owner[j] is f:
            j += 1
        font_size = f.fontSize
        ascent, descent = pdfmetrics.getAscentDescent(f.fontName, font_size)
        max_size = max(max_size, font_size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        for k in range(i, j):
            if k == i + 1 and same(f0, f):
                # f0 is f or a frag that compared equal to it: so will the rest
                pending.extend(chars[k:j])
                break
            if not same(f0, f):
                f0 = f0.clone()
                f0.text = "".join(pending)
                words.append(f0)
                pending = []
                f0 = f
            pending.append(chars[k])
        i = j
    if pending:
        f0 = f0.clone()
        f0.text = "".join(pending)
        words.append(f0)
    return rl_paragraph.FragLine(
        kind=1,
        extraSpace=extra,
        wordCount=1,
        words=words[1:],
        fontSize=max_size,
        ascent=max_ascent,
        descent=min_descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=line_break,
    )


def _cjk_frag_split_units(
    frags: list[Any], maxWidths: Any, calcBounds: Any, encoding: str = "utf8"
) -> Any:
    """The per-character way (reportlab's `cjkU` units) for images and bounds."""
    units: list[Any] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(rl_paragraph.cjkU(t, f, encoding) for t in text)
        else:
            units.append(rl_paragraph.cjkU(text, f, encoding))
    lines: list[Any] = []
    n, start = len(units), 0
    while start < n:
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        used, end, line_break = 0.0, start, False
        while end < n:
            u = units[end]
            w = _width(u, max_width)
            if hasattr(u.frag, "lineBreak"):
                used += w
                end += 1
                line_break = True
                break
            if end > start and used + w > max_width + _FUZZ:
                break
            used += w
            end += 1
        if not line_break and end < n:
            end = break_at(units, start, end)
            used = sum(_width(u, max_width) for u in units[start:end])
        lines.append(
            rl_paragraph.makeCJKParaLine(
                units[start:end], max_width, used, max_width - used, line_break, calcBounds
            )
        )
        start = end
    return rl_paragraph.ParaLines(kind=1, lines=lines)


_MEMO = "_caseapp_line_breaks"  # the attribute holding a paragraph's breaks per width
_counts = {"computed": 0, "reused": 0}  # for the tests and benchmarks: how often each happened


def counts() -> dict[str, int]:
    """How many line breakings were computed and how many reused, since start-up."""
    return dict(_counts)


def _remembered(compute: Any) -> Any:
    """`compute(self, widths)` remembered per paragraph and widths."""

    def breaks(self: Any, widths: Any) -> Any:
        if isinstance(widths, list | tuple):
            key: tuple[float, ...] = tuple(widths)
        else:
            key = (widths,)
        memo = self.__dict__.get(_MEMO)
        if memo is None:
            memo = self.__dict__[_MEMO] = {}
        hit = memo.get(key)
        if hit is not None:
            _counts["reused"] += 1
            self.height = 0  # as breakLinesCJK does before breaking
            if isinstance(widths, list):  # as _handleBulletWidth does to the widths
                rl_paragraph._handleBulletWidth(self.bulletText, self.style, widths)
            return hit
        _counts["computed"] += 1
        lines = compute(self, widths)
        memo[key] = lines
        return lines

    breaks.__wrapped__ = compute  # type: ignore[attr-defined]
    return breaks


def install() -> None:
    rl_paragraph.wordSplit = word_split
    rl_paragraph.cjkFragSplit = cjk_frag_split
    rl_paragraph.ALL_CANNOT_START = CANNOT_START
    paragraph = rl_paragraph.Paragraph
    for name in ("breakLines", "breakLinesCJK"):
        method = getattr(paragraph, name)
        if not hasattr(method, "__wrapped__"):
            setattr(paragraph, name, _remembered(method))
