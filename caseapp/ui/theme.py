"""Colours, sizes and the one style sheet (design-ui.md: Okabe–Ito statuses,
base 14 px, nothing below 12 px, calm rather than loud)."""

from __future__ import annotations

from caseapp.domain.palette import DAY_STATUS
from caseapp.domain.vocab import DayStatus

# The day-status colours come from the one table the PDF also uses.
STATUS_COLOUR: dict[DayStatus, str] = {s: c.fill for s, c in DAY_STATUS.items()}
# Text on each status colour, chosen for contrast (WCAG AA on the fill).
STATUS_TEXT: dict[DayStatus, str] = {s: c.text for s, c in DAY_STATUS.items()}

HIGH = "#D55E00"
MEDIUM = "#E69F00"
MUTED = "#5F6368"
ACCENT = "#0072B2"
CARD_BG = "#FFF8E7"
WARNING_TEXT = "#7A4E00"  # a dark amber: a check to make, not an error (AA on white)
RAIL_BG = "#F3F4F6"

FONT_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]

STYLE = f"""
QWidget {{ font-size: 14px; }}
QLabel[role="title"] {{ font-size: 20px; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 16px; font-weight: 600; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: 12px; }}
QLabel[role="error"] {{ color: {HIGH}; font-size: 12px; }}
QLabel[role="warning"] {{ color: {WARNING_TEXT}; font-size: 12px; }}
QFrame[role="card"] {{ background: {CARD_BG}; border: 1px solid #E6D3A3; border-radius: 8px; }}
QFrame[role="panel"] {{ background: #FFFFFF; border: 1px solid #D0D4DA; border-radius: 8px; }}
QListWidget#rail {{ background: {RAIL_BG}; border: none; font-size: 15px; }}
QListWidget#rail::item {{ padding: 8px 10px; border-radius: 6px; }}
QListWidget#rail::item:selected {{ background: #DCE8F5; color: #000000; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: none;
    border-radius: 6px; padding: 8px 16px; font-weight: 600; }}
QPushButton[role="primary"]:focus {{ outline: 2px solid #000000; }}
QPushButton[role="status"] {{ border: 2px solid #C9CDD3; border-radius: 8px; padding: 10px 8px;
    min-height: 44px; font-size: 15px; text-align: center; background: #FFFFFF; }}
QPushButton[role="status"]:checked {{ border: 3px solid #000000; }}
QPushButton[role="status"]:focus {{ border-color: {ACCENT}; }}
QPushButton[role="link"] {{ border: none; color: {ACCENT}; text-decoration: underline;
    background: transparent; padding: 2px; }}
"""
