"""The day-status colours (design-ui.md: Okabe–Ito, colour-blind safe), one
table for the window and the PDF. Plain ``#RRGGBB`` strings: the UI turns
them into QColors, the report into reportlab colours.

``text`` is the colour of words and glyphs on the fill, chosen for contrast
(WCAG AA). The PDF's calendar inks its glyphs by its own rule
(`caseapp.report.charts.DARK`), kept so the reports stay byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from caseapp.domain.vocab import DayStatus

WHITE: Final = "#FFFFFF"
BLACK: Final = "#000000"


@dataclass(frozen=True, slots=True)
class Swatch:
    fill: str
    text: str


DAY_STATUS: Final[dict[DayStatus, Swatch]] = {
    DayStatus.WORKING: Swatch("#0072B2", WHITE),
    DayStatus.STANDBY: Swatch("#E69F00", BLACK),
    DayStatus.STANDBY_ONSITE: Swatch("#D55E00", BLACK),
    DayStatus.STANDBY_ONCALL: Swatch("#CC79A7", BLACK),
    DayStatus.LEAVE: Swatch("#56B4E9", BLACK),
    DayStatus.SICK: Swatch("#009E73", BLACK),
    DayStatus.REST: Swatch("#D9D9D9", BLACK),
    DayStatus.ABSENT: Swatch("#595959", WHITE),
}
