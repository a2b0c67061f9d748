"""Second-phase routes: labour-inspection-route (LCL 85), employer-held-evidence
and art38-grounds-recorded — worked examples computed by hand, and near misses.

Beijing (resources/law): minimum wage 2420 from 2023-09-01 and 2540 from
2025-09-01; standby after the first cycle ≥ 70 % of the minimum wage;
LCL 85 additional compensation 50 %–100 % of the amount due (meta.toml).
"""

from __future__ import annotations

from decimal import Decimal as D

from caseapp.domain.model import Deductions
from caseapp.domain.vocab import DayStatus
from rules.builders import case, month_payments, payment, span
from rules.helpers import one, only, run

ROUTE = "labour-inspection-route"


def _bench_from_july(pays_after: list, **kw: object) -> object:
    days = span("2025-07-01", "2025-10-31", DayStatus.STANDBY)
    pays = [
        *month_payments("2024-01-01", "2025-06-30", "10000"),
        payment("2025-07-01", "2025-07-31", "10000"),
    ]
    return case(days=days, payments=pays + pays_after, **kw)


def test_inspection_route_sums_the_shortfalls(law) -> None:
    # standby-below-floor (first cycle = July, paid in full):
    #   August: 0.7 × 2420 = 1694.00 due, 1500 paid → 194.00
    #   September: 0.7 × 2540 = 1778.00 due, 1500 paid → 278.00
    #   October: 0.7 × 2540 = 1778.00 due, 1000 paid → 778.00
    # amount due = 194 + 278 + 778 = 1250.00
    # additional compensation (LCL 85): 50 % → 1250 + 625 = 1875.00; 100 % → 2500.00
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1500", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1000", kind="standby"),
        ]
    )
    f = one(run(c, "2025-11-20", law), ROUTE)
    assert f.amount == D("1694") - 1500 + D("1778") - 1500 + D("1778") - 1000 == D("1250.00")
    assert [a.amount for a in f.alternatives] == [D("1875.00"), D("2500.00")]
    assert f.forum == "labour_inspection"
    assert f.severity == "medium"
    names = {p.name: p for p in f.calculation.parameters}
    assert names["additional_compensation_low"].value == "0.5"
    assert names["additional_compensation_high"].confidence == "statute"
    assert ("labour_contract_law", "85") in {(b.law, b.article) for b in f.basis}
    assert f.final_award_eligible is True  # 1250 ≤ 12 × 2540


def test_pay_cut_and_minimum_wage_in_the_same_month_count_once(law) -> None:
    # Contract wage 10000; August 2025 paid 2000 gross, no deductions, no agreement.
    # unilateral-pay-cut: 10000 − 2000 = 8000.00
    # below-minimum-wage: 2420 − 2000 = 420.00, the same month → already inside the 8000
    # amount due = 8000.00 (not 8420)
    pays = [
        *month_payments("2024-01-01", "2025-07-31", "10000"),
        payment("2025-08-01", "2025-08-31", "2000", deductions=Deductions()),
    ]
    report = run(case(payments=pays), "2025-09-20", law)
    assert one(report, "below-minimum-wage").amount == D("420.00")
    assert one(report, "unilateral-pay-cut").amount == D("8000.00")
    assert one(report, ROUTE).amount == D("10000") - D("2000") == D("8000.00")


def test_no_shortfall_no_route(law) -> None:
    # Standby paid exactly at the floor: 1694.00 in August, 1778.00 after.
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1694", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1778", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1778", kind="standby"),
        ]
    )
    report = run(c, "2025-11-20", law)
    assert only(report, "standby-below-floor") == []
    assert only(report, ROUTE) == []


def test_contested_full_wage_alone_is_not_an_inspection_amount(law) -> None:
    # Standby at the floor: only the contested full-wage reading has an amount.
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1694", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1778", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1778", kind="standby"),
        ]
    )
    report = run(c, "2025-11-20", law)
    assert one(report, "standby-full-wage-arguable").amount is not None
    assert only(report, ROUTE) == []
