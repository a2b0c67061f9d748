"""Reading what the worker typed in a form field: dates and money, with the
message shown at the field when it cannot be read (None when it can)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from caseapp.domain.money import MoneyError, parse_money


def read_date(text: str) -> tuple[dt.date | None, str | None]:
    """(date, None) or (None, message). Accepts 2024-03-01 and 2024/3/1."""
    raw = unicodedata.normalize("NFKC", text).strip().replace("/", "-").replace(".", "-")
    if not raw:
        return None, QCoreApplication.translate(
            "Forms", "Write the date as year-month-day, e.g. 2024-03-01."
        )
    try:
        y, m, d = (int(x) for x in raw.split("-"))
        return dt.date(y, m, d), None
    except ValueError:
        return None, QCoreApplication.translate(
            "Forms", "There is no such date. Write it as year-month-day, e.g. 2024-03-01."
        )


def read_money(text: str, required: bool = True) -> tuple[Decimal | None, str | None]:
    """(amount, None) or (None, message). Accepts "12,000", "¥12000.5", and the
    full-width digits a Chinese input method types ("１２０００", NFKC): the form
    is forgiving, the value stored is ASCII, as the case file requires."""
    raw = (
        unicodedata.normalize("NFKC", text)
        .strip()
        .replace(",", "")
        .replace("，", "")
        .replace("¥", "")
        .replace("￥", "")
    )
    raw = raw.replace("元", "").strip()
    if not raw:
        return None, (
            QCoreApplication.translate("Forms", "Write the amount in yuan, e.g. 3500 or 3500.50.")
            if required
            else None
        )
    try:
        value = parse_money(raw)
    except MoneyError:
        return None, QCoreApplication.translate(
            "Forms", "Write the amount in yuan with digits only, e.g. 3500 or 3500.50."
        )
    return value, None
