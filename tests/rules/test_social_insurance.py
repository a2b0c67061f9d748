"""social-insurance-gap: recorded unpaid or partial months; unknown is not a gap."""

from __future__ import annotations

from caseapp.domain.vocab import IncidentKind
from rules.builders import case, incident, month_payments, si
from rules.helpers import one, only, run

PAID = month_payments("2024-01-01", "2025-09-30", "10000")


def test_unpaid_and_partial_months(law) -> None:
    c = case(
        payments=PAID,
        social_insurance=[
            si("2025-06", "paid"),
            si("2025-07", "unpaid"),
            si("2025-08", "partial", withheld="1050", pension="unpaid", medical="paid"),
        ],
    )
    f = one(run(c, "2025-10-20", law), "social-insurance-gap")
    assert f.severity == "high"  # a whole month unpaid
    assert f.forum == "si_agency"
    assert f.refs == ("si:2025-07", "si:2025-08")
    assert f.title.key == "rules.social-insurance-gap.withheld.title"
    assert f.amount is None


def test_partial_only_is_medium(law) -> None:
    c = case(payments=PAID, social_insurance=[si("2025-08", "paid", pension="unpaid")])
    f = one(run(c, "2025-10-20", law), "social-insurance-gap")
    assert f.severity == "medium" and f.refs == ("si:2025-08",)


def test_paid_months_and_missing_records_say_nothing(law) -> None:
    paid = case(payments=PAID, social_insurance=[si("2025-07", "paid"), si("2025-08", "paid")])
    assert only(run(paid, "2025-10-20", law), "social-insurance-gap") == []
    unknown = case(payments=PAID)
    assert only(run(unknown, "2025-10-20", law), "social-insurance-gap") == []


def test_month_before_employment_is_ignored(law) -> None:
    c = case(payments=PAID, social_insurance=[si("2023-12", "unpaid")])
    assert only(run(c, "2025-10-20", law), "social-insurance-gap") == []


def test_told_it_stopped_asks_for_the_record(law) -> None:
    c = case(
        payments=PAID,
        incidents=[incident("S1", "2025-09-05", IncidentKind.SOCIAL_INSURANCE_STOPPED)],
    )
    f = one(run(c, "2025-10-20", law), "social-insurance-gap")
    assert f.severity == "low" and f.refs == ("incident:S1",)
