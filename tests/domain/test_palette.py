"""The day-status palette: a colour for every status, and text on each fill
readable at WCAG AA (contrast at least 4.5:1)."""

from __future__ import annotations

import re

from caseapp.domain.palette import DAY_STATUS
from caseapp.domain.vocab import DayStatus

HEX = re.compile(r"^#[0-9A-F]{6}$")


def _luminance(colour: str) -> float:
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_status_has_a_swatch() -> None:
    assert set(DAY_STATUS) == set(DayStatus)
    fills = [s.fill for s in DAY_STATUS.values()]
    assert len(set(fills)) == len(fills)  # no two statuses share a colour
    assert all(HEX.match(s.fill) and HEX.match(s.text) for s in DAY_STATUS.values())


def test_text_on_each_fill_meets_wcag_aa() -> None:
    for status, swatch in DAY_STATUS.items():
        assert _contrast(swatch.fill, swatch.text) >= 4.5, status
