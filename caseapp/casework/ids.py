"""Checks of the numbers a filing needs, without Qt: a mainland resident ID
number (GB 11643) and a unified social credit code (GB 32100-2015).

They warn, they never refuse: a wrong check digit is most often a typing
slip, but documents from Hong Kong, Macau, Taiwan and abroad have other forms,
and the worker knows their own papers. Each check returns None when there is
nothing to say, or a short code the form turns into words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

from caseapp.domain.vocab import Gender

# GB 11643-1999: weights of the first 17 digits, and the check character of
# each remainder mod 11 (remainder 2 gives 'X', which stands for 10).
ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK: Final = "10X98765432"

# GB 32100-2015: the 31 characters (no I, O, S, V, Z), the weights of the
# first 17 positions; the check character is (31 - sum mod 31) mod 31.
CREDIT_CHARSET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS: Final = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_ID_RE = re.compile(r"\A[0-9]{17}[0-9X]\Z")
_CREDIT_RE = re.compile(rf"\A[{CREDIT_CHARSET}]{{18}}\Z")

IdProblem = Literal["not_mainland_form", "bad_birth_date", "bad_check_digit"]
CreditProblem = Literal["not_18", "bad_character", "bad_check_character"]


def normalise(text: str) -> str:
    """The number as typed, without spaces and with a lower-case x or letters
    in upper case (a full-width space or digit typed by a Chinese input method
    is read as the plain one)."""
    half = text.translate({0x3000: 0x20, **{0xFF10 + i: 0x30 + i for i in range(10)}})
    half = half.translate({0xFF21 + i: 0x41 + i for i in range(26)})
    half = half.translate({0xFF41 + i: 0x61 + i for i in range(26)})
    return re.sub(r"[\s-]", "", half).upper()


def id_check_character(first17: str) -> str:
    """The 18th character of a resident ID number whose first 17 digits are given."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def _id_birth(number: str) -> dt.date | None:
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def id_number_problem(text: str, today: dt.date | None = None) -> IdProblem | None:
    """What is worth a warning about an ID number as typed, or None.

    `not_mainland_form`: not 17 digits and a check character (a Hong Kong,
    Macau or Taiwan document, a passport, an old 15-digit card, or a slip);
    `bad_birth_date`: digits 7–14 are not a date from 1900 to today;
    `bad_check_digit`: the 18th character is not the one GB 11643 gives."""
    number = normalise(text)
    if not number:
        return None
    if not _ID_RE.match(number):
        return "not_mainland_form"
    born = _id_birth(number)
    if born is None or not dt.date(1900, 1, 1) <= born <= (today or dt.date.today()):
        return "bad_birth_date"
    if id_check_character(number[:17]) != number[17]:
        return "bad_check_digit"
    return None


def birth_date_of(text: str) -> dt.date | None:
    """The birth date an 18-digit ID number carries (digits 7–14), if it is one."""
    number = normalise(text)
    return _id_birth(number) if _ID_RE.match(number) else None


def gender_of(text: str) -> Gender | None:
    """The gender an 18-digit ID number carries: its 17th digit, odd for male."""
    number = normalise(text)
    if not _ID_RE.match(number):
        return None
    return Gender.MALE if int(number[16]) % 2 else Gender.FEMALE


def credit_check_character(first17: str) -> str:
    """The 18th character of a unified social credit code whose first 17 are given."""
    total = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def credit_code_problem(text: str) -> CreditProblem | None:
    """What is worth a warning about a unified social credit code, or None.

    `not_18`: not 18 characters (an old registration number, a branch's
    number, or a slip); `bad_character`: a letter the code never uses (I, O,
    S, V, Z) or a sign; `bad_check_character`: the 18th is not the one
    GB 32100 gives."""
    code = normalise(text)
    if not code:
        return None
    if len(code) != 18:
        return "not_18"
    if not _CREDIT_RE.match(code):
        return "bad_character"
    if credit_check_character(code[:17]) != code[17]:
        return "bad_check_character"
    return None
