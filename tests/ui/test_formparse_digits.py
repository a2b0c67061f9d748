"""The forms are forgiving where the case file is strict (issue 12, item 6):
full-width digits typed with a Chinese input method are read as ASCII (NFKC);
other scripts' digits are refused at the field, and what is stored is ASCII."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.ui.formparse import read_date, read_money


def test_full_width_digits_are_read_as_ascii() -> None:
    assert read_money("１２，０００．５０") == (Decimal("12000.50"), None)
    assert read_date("２０２４／３／１") == (dt.date(2024, 3, 1), None)


def test_arabic_indic_digits_and_a_trailing_newline_inside_are_refused() -> None:
    value, message = read_money("١٢٣")
    assert value is None and message
    value, message = read_money("12\n3")
    assert value is None and message
