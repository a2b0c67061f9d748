"""A sick day no longer leaves its month without "due at least" (issue 9 item 2):
the bundled sample has one sick day, 2025-02-20, in a month paid in full."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.casefile.reader import read_case_file
from caseapp.paths import resource
from caseapp.report.lawdata import LawView


def test_a_sick_day_counts_zero_and_keeps_its_month() -> None:
    # Hangzhou, wage 14000. February 2025 has 19 working days (the Spring Festival
    # break ends 02-04; 02-08 is a make-up working day), one of them sick (02-20):
    # 18 days at 14000 and 1 at 0 (the lower bound of a sick day's pay).
    # Due at least = 14000 − 14000 / 21.75 × 1 = 14000 − 643.68 = 13356.32.
    # Near miss: January 2025, no sick day: 14000.00.
    loaded = read_case_file(resource("samples", "sample.caseapp.zip"), dt.date(2026, 12, 7))
    view = LawView.load()
    due = view.legal_due(
        loaded.case, dt.date(2025, 6, 30), dt.date(2025, 1, 1), dt.date(2025, 2, 28)
    )
    assert round(due[dt.date(2025, 2, 1)], 2) == Decimal("13356.32")
    assert round(due[dt.date(2025, 1, 1)], 2) == Decimal("14000.00")
    assert view.gaps == []
