"""Colours, sizes and the one style sheet (design-ui.md: Okabe–Ito statuses,
base 14 px, nothing below 12 px, calm rather than loud)."""

from __future__ import annotations

from caseapp.domain.vocab import DayStatus

STATUS_COLOUR: dict[DayStatus, str] = {
    DayStatus.WORKING: "#0072B2",
    DayStatus.STANDBY: "#E69F00",
    DayStatus.STANDBY_ONSITE: "#D55E00",
    DayStatus.STANDBY_ONCALL: "#CC79A7",
    DayStatus.LEAVE: "#56B4E9",
    DayStatus.SICK: "#009E73",
    DayStatus.REST: "#D9D9D9",
    DayStatus.ABSENT: "#595959",
}

# Text on each status colour, chosen for contrast (WCAG AA on the fill).
STATUS_TEXT: dict[DayStatus, str] = {
    DayStatus.WORKING: "#FFFFFF",
    DayStatus.STANDBY: "#000000",
    DayStatus.STANDBY_ONSITE: "#000000",
    DayStatus.STANDBY_ONCALL: "#000000",
    DayStatus.LEAVE: "#000000",
    DayStatus.SICK: "#000000",
    DayStatus.REST: "#000000",
    DayStatus.ABSENT: "#FFFFFF",
}

HIGH = "#D55E00"
MEDIUM = "#E69F00"
MUTED = "#5F6368"
ACCENT = "#0072B2"
CARD_BG = "#FFF8E7"
RAIL_BG = "#F3F4F6"

FONT_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]

STYLE = f"""
QWidget {{ font-size: 14px; }}
QLabel[role="title"] {{ font-size: 20px; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 16px; font-weight: 600; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: 12px; }}
QLabel[role="error"] {{ color: {HIGH}; font-size: 12px; }}
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
