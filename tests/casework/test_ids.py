"""The ID-number and credit-code checks (no Qt), on numbers whose check
characters were computed by hand below; a failed check is a warning code,
never an exception."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.casework import ids
from caseapp.domain.vocab import Gender

TODAY = dt.date(2026, 1, 1)

# 11010519491231002X (GB 11643's own example):
#   digits   1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
#   weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
#   products 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4  -> sum 167
#   167 mod 11 = 2 -> "10X98765432"[2] = X; 17th digit 2 is even: female.
FEMALE_1949 = "11010519491231002X"
# 440304199001010011:
#   digits   4  4  0  3  0  4  1  9  9  0  0  1  0  1  0  0  1
#   products 28 36 0 15  0 16  2  9 54  0  0  9  0  5  0  0  2  -> sum 176
#   176 mod 11 = 0 -> "1"; 17th digit 1 is odd: male.
MALE_1990 = "440304199001010011"


def test_the_check_character_of_an_id_number() -> None:
    assert ids.id_check_character(FEMALE_1949[:17]) == "X"
    assert ids.id_check_character(MALE_1990[:17]) == "1"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        (FEMALE_1949, None),
        ("11010519491231002x", None),  # a lower-case x
        ("110105 19491231 002X", None),  # spaces as on some forms
        ("１１０１０５１９４９１２３１００２Ｘ", None),  # full-width, from an input method
        (MALE_1990, None),
        ("", None),  # nothing typed: nothing to say
        ("110105194912310021", "bad_check_digit"),  # X expected
        ("440304199001010012", "bad_check_digit"),  # 1 expected
        ("440304199002300011", "bad_birth_date"),  # 30 February
        ("440304203001010011", "bad_birth_date"),  # born after today
        ("440304900101001", "not_mainland_form"),  # an old 15-digit card
        ("A123456(7)", "not_mainland_form"),  # a Hong Kong identity card
        ("E12345678", "not_mainland_form"),  # a passport
    ],
)
def test_id_number_problems(typed: str, problem: str | None) -> None:
    assert ids.id_number_problem(typed, TODAY) == problem


def test_gender_and_birth_date_from_an_id_number() -> None:
    assert ids.gender_of(FEMALE_1949) is Gender.FEMALE
    assert ids.birth_date_of(FEMALE_1949) == dt.date(1949, 12, 31)
    assert ids.gender_of(MALE_1990) is Gender.MALE
    assert ids.birth_date_of(MALE_1990) == dt.date(1990, 1, 1)
    # even with a wrong check digit the digits still carry them (a suggestion)
    assert ids.gender_of("440304199001010012") is Gender.MALE
    for other in ("A123456(7)", "", "440304900101001", "440304199002300011"):
        assert ids.birth_date_of(other) is None
    assert ids.gender_of("A123456(7)") is None


# 91350100M000100Y43:
#   chars    9  1  3  5  0  1  0  0  M  0  0  0  1  0  0  Y  4
#   values   9  1  3  5  0  1  0  0 21  0  0  0  1  0  0 30  4
#   weights  1  3  9 27 19 26 16 17 20 29 25 13  8 24 10 30 28
#   products 9  3 27 135 0 26  0  0 420 0  0  0  8  0  0 900 112 -> sum 1640
#   1640 mod 31 = 28 (31 x 52 = 1612); (31 - 28) mod 31 = 3 -> "3".
CODE_DIGIT = "91350100M000100Y43"
# 91110000100000000R:
#   values   9  1  1  1  0  0  0  0  1  0 ...0
#   products 9  3  9 27  0  0  0  0 20  0 ...0 -> sum 68
#   68 mod 31 = 6; 31 - 6 = 25 -> CREDIT_CHARSET[25] = "R".
CODE_LETTER = "91110000100000000R"


def test_the_check_character_of_a_credit_code() -> None:
    assert ids.credit_check_character(CODE_DIGIT[:17]) == "3"
    assert ids.credit_check_character(CODE_LETTER[:17]) == "R"
    assert ids.CREDIT_CHARSET[25] == "R" and len(ids.CREDIT_CHARSET) == 31


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        (CODE_DIGIT, None),
        (CODE_LETTER, None),
        ("91350100m000100y43", None),  # typed in lower case
        ("", None),
        ("91350100M000100Y44", "bad_check_character"),  # 3 expected
        ("91110000100000000Q", "bad_check_character"),  # R expected
        ("91350100M000100Y4O", "bad_character"),  # O is never used
        ("913501001234567", "not_18"),  # a 15-digit registration number
    ],
)
def test_credit_code_problems(typed: str, problem: str | None) -> None:
    assert ids.credit_code_problem(typed) == problem
