"""Second-phase routes: labour-inspection-route (LCL 85), employer-held-evidence
and art38-grounds-recorded — worked examples computed by hand, and near misses.

Beijing (resources/law): minimum wage 2420 from 2023-09-01 and 2540 from
2025-09-01; standby after the first cycle ≥ 70 % of the minimum wage;
LCL 85 additional compensation 50 %–100 % of the amount due (meta.toml).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from caseapp.domain.model import Deductions, Evidence
from caseapp.domain.vocab import DayStatus, EvidenceKind, OriginalStatus
from caseapp.i18n import render_both
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


# --- employer-held-evidence -------------------------------------------------------------

HELD = "employer-held-evidence"


def _with_evidence(c: object, *items: Evidence) -> object:
    return replace(c, evidence=items)  # type: ignore[type-var]


def test_employer_held_lists_attendance_and_payroll(law) -> None:
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1500", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1000", kind="standby"),
        ]
    )
    c = _with_evidence(
        c,
        Evidence(
            id="E9",
            title="工资台账",
            kind=EvidenceKind.OTHER,
            original_status=OriginalStatus.HELD_BY_EMPLOYER,
        ),
    )
    found = {f.key: f for f in only(run(c, "2025-11-20", law), HELD)}
    assert set(found) == {
        "employer-held-evidence@attendance",
        "employer-held-evidence@payroll",
        "employer-held-evidence@evidence@E9",
    }
    attendance = found["employer-held-evidence@attendance"]
    assert attendance.severity == "low" and attendance.amount is None
    assert attendance.refs and all(r.startswith("day:") for r in attendance.refs)
    assert ("mediation_arbitration_law", "39") in {(b.law, b.article) for b in attendance.basis}
    text = render_both(found["employer-held-evidence@evidence@E9"].explanation)
    assert "工资台账" in text["zh"] and "E9" in text["en"]


def test_employer_held_not_asked_when_the_worker_keeps_the_records(law) -> None:
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1500", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1000", kind="standby"),
        ]
    )
    c = _with_evidence(
        c,
        Evidence(id="A1", title="打卡", kind=EvidenceKind.ATTENDANCE, original_status="kept"),
        Evidence(id="S1", title="工资条", kind=EvidenceKind.PAYSLIP, original_status="copy_only"),
    )
    assert only(run(c, "2025-11-20", law), HELD) == []


def test_employer_held_payroll_for_net_only_months(law) -> None:
    # The worker keeps payslips, but the standby months were entered from the bank (net only).
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", None, kind="standby", net="1000"),
            payment("2025-09-01", "2025-09-30", None, kind="standby", net="1000"),
        ]
    )
    c = _with_evidence(
        c,
        Evidence(id="A1", title="打卡", kind=EvidenceKind.ATTENDANCE, original_status="kept"),
        Evidence(id="S1", title="工资条", kind=EvidenceKind.PAYSLIP, original_status="kept"),
    )
    keys = [f.key for f in only(run(c, "2025-11-20", law), HELD)]
    assert keys == ["employer-held-evidence@payroll"]


def test_clean_case_asks_for_nothing(law) -> None:
    c = case(payments=month_payments("2024-01-01", "2025-09-30", "10000"))
    assert only(run(c, "2025-10-20", law), HELD) == []
