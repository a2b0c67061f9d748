"""Severance N and 2N (LCL 47), computed by hand; and the final-award check."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from caseapp.domain.model import Contract, PriorService
from caseapp.domain.vocab import DayStatus
from rules.builders import case, ended, month_payments, payment, span
from rules.helpers import one, run


def _ended(when: str, start: str = "2024-01-01", wage: str = "10000", **kw: object) -> object:
    return case(
        contract=Contract(kind="fixed", start=date.fromisoformat(start), written=True),
        monthly_wage=D(wage),
        payments=month_payments(start, when, wage),
        employment_ended=ended(when, "art36_employer_proposed"),
        **kw,
    )


def test_half_year_rule_and_whole_month_base(law) -> None:
    # 2024-01-01..2025-03-15: 14 months 15 days → 1 full year + a remainder under
    # 6 months → 1.5 years. Base: the 12 whole months 2024-03..2025-02 at 10000 → 10000.
    # N = 10000 × 1.5 = 15000.00; 2N = 30000.00; notice pay = one month, 10000.00.
    est = run(_ended("2025-03-15"), "2025-04-01", law).severance
    assert est is not None
    assert est.years == D("1.5")
    assert est.base == D("10000.00")
    assert est.n == D("10000") * D("1.5") == D("15000.00")
    assert est.double == D("30000.00")
    assert est.notice_pay == D("10000.00")


def test_six_months_remainder_counts_one_year(law) -> None:
    # 2024-01-01..2025-06-30: 18 months → 1 year + 6 months → 2 years. N = 20000.00
    est = run(_ended("2025-06-30"), "2025-07-10", law).severance
    assert est is not None and est.years == D("2") and est.n == D("20000.00")


def test_cap_and_twelve_years_only_when_capped(law) -> None:
    # Wage 60000 from 2010-01-01 to 2025-06-30: 15 years 6 months → 16 years.
    # Beijing cap (law data, average_wage.toml): 3 × 15701.08 → 47103.25 as published
    # (188,413 a year ÷ 12 × 3). 60000 > cap → base = cap, years capped at 12.
    # N = 47103.25 × 12 = 565239.00
    cap = law.severance_cap("beijing", date(2025, 6, 30)).value
    est = run(_ended("2025-06-30", start="2010-01-01", wage="60000"), "2025-07-10", law).severance
    assert est is not None
    assert est.base == cap
    assert est.years == D("12")
    assert est.n == cap * 12


def test_uncapped_long_service_keeps_all_years(law) -> None:
    # Same 16 years at 10000 (below the cap): years are not capped. N = 160000.00
    est = run(_ended("2025-06-30", start="2010-01-01"), "2025-07-10", law).severance
    assert est is not None and est.years == D("16") and est.n == D("160000.00")


def test_minimum_wage_floor(law) -> None:
    # Wage 2000 (below Beijing's 2420 for 2024-07..2025-06): base = 2420; 2 years → 4840.00
    est = run(_ended("2025-06-30", wage="2000"), "2025-07-10", law).severance
    assert est is not None and est.base == D("2420.00") and est.n == D("4840.00")


def test_standby_months_in_the_base_and_the_alternative(law) -> None:
    # Worked at 10000 to 2025-03-31; standby from 2025-04-01: April is the first cycle
    # (10000 due), May and June at 0.7 × 2420 = 1694 each. Window 2024-07..2025-06:
    # 10 × 10000 + 2 × 1694 = 103388 → 8615.666… → 8615.67; 2 years → N = 17231.34.
    # Alternative, standby months at the wage: 10000 × 2 = 20000.00.
    c = case(
        contract=Contract(kind="fixed", start=date(2024, 1, 1), written=True),
        days=span("2025-04-01", "2025-06-30", DayStatus.STANDBY),
        payments=[
            *month_payments("2024-01-01", "2025-04-30", "10000"),
            payment("2025-05-01", "2025-05-31", "1694", kind="standby"),
            payment("2025-06-01", "2025-06-30", "1694", kind="standby"),
        ],
        employment_ended=ended("2025-06-30", "art40_3"),
    )
    est = run(c, "2025-07-10", law).severance
    assert est is not None
    assert est.base == D("8615.67") and est.n == D("8615.67") * 2 == D("17231.34")
    assert est.alternatives[0].amount == D("20000.00")


def test_prior_service_at_the_same_workplace_is_added(law) -> None:
    # Prior contract 2022-01-01..2023-12-31 (24 months, no severance paid) + 14 months
    # 15 days → 38 months 15 days → 3 years + 2 months 15 days → 3.5. N = 35000.00
    prior = PriorService(
        employer="前一家外包公司",
        start=date(2022, 1, 1),
        end=date(2023, 12, 31),
        same_workplace=True,
        severance_paid=False,
    )
    est = run(_ended("2025-03-15", prior_service=(prior,)), "2025-04-01", law).severance
    assert est is not None and est.years == D("3.5") and est.n == D("35000.00")


def _cut(september_paid: str) -> object:
    # Wage 10000; June, July, August 2025 paid 0.00, September paid `september_paid`.
    return case(
        payments=[
            *month_payments("2024-01-01", "2025-05-31", "10000"),
            *month_payments("2025-06-01", "2025-08-31", "0.00"),
            payment("2025-09-01", "2025-09-30", september_paid),
        ]
    )


def test_final_award_at_exactly_twelve_minimum_wages(law) -> None:
    # 3 × 10000 + (10000 − 9520) = 30480.00 = 12 × 2540 (Beijing from 2025-09-01): final.
    f = one(run(_cut("9520"), "2025-10-20", law), "unilateral-pay-cut")
    assert f.amount == 12 * D("2540") == D("30480.00")
    assert f.final_award_eligible is True


def test_final_award_one_fen_above(law) -> None:
    f = one(run(_cut("9519.99"), "2025-10-20", law), "unilateral-pay-cut")
    assert f.amount == D("30480.01")
    assert f.final_award_eligible is False
