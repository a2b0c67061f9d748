"""Money and ratios: Decimal in Python, integer fen in storage.

Rounding happens only on displayed results (half up to the fen).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MONEY_RE = re.compile(r"\A[0-9]{1,8}(\.[0-9]{1,2})?\Z")
FEN = Decimal("0.01")
MAX_MONEY = Decimal("99999999.99")


class MoneyError(ValueError):
    """A string that is not a money amount of the case file format."""


def parse_money(text: str) -> Decimal:
    """Parse a money string exactly as the format allows (`^\\d{1,8}(\\.\\d{1,2})?$`)."""
    if not MONEY_RE.match(text):
        raise MoneyError(text)
    return Decimal(text)


def is_money(value: Decimal) -> bool:
    """True if `value` can be written as a money string without rounding."""
    if not value.is_finite() or value < 0 or value > MAX_MONEY:
        return False
    return value == value.quantize(FEN)


def fmt_money(value: Decimal) -> str:
    """The canonical money string: always two decimals, e.g. ``"1500.00"``."""
    return str(round_fen(value))


def round_fen(value: Decimal) -> Decimal:
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(value: Decimal) -> int:
    """Exact conversion to integer fen; refuses values with more than two decimals."""
    fen = value * 100
    if fen != fen.to_integral_value():
        raise MoneyError(str(value))
    return int(fen)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def parse_ratio(text: str) -> Decimal:
    """A ratio is a decimal string between 0 and 1 inclusive."""
    if not re.match(r"\A[0-9]+(\.[0-9]+)?\Z", text):
        raise MoneyError(text)
    try:
        value = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - regex above guards
        raise MoneyError(text) from exc
    if value > 1:
        raise MoneyError(text)
    return value
