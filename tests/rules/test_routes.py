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
from caseapp.domain.vocab import DayStatus, EvidenceKind, Form, IncidentKind, OriginalStatus
from caseapp.i18n import render_both
from rules.builders import case, ended, incident, month_payments, payment, si, span
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
    # the title names the item; its record id stays in the JSON's refs (issue 9 item 8)
    assert "工资台账" in text["zh"] and "工资台账" in text["en"] and "E9" not in text["en"]


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


# --- art38-grounds-recorded ----------------------------------------------------------------

ART38 = "art38-grounds-recorded"


def _short_standby(*extra_incidents: object, extra_pays: tuple = ()) -> object:
    # Standby July–October 2025 (first cycle July paid in full), floor shortfalls in
    # August (194.00), September (278.00) and October (778.00); November not logged.
    c = _bench_from_july(
        [
            payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1500", kind="standby"),
            payment("2025-10-01", "2025-10-31", "1000", kind="standby"),
            *extra_pays,
        ]
    )
    return replace(c, incidents=tuple(extra_incidents))  # type: ignore[type-var]


def _demand(when: str, *asserts: str, **kw: object) -> object:
    return incident("D1", when, IncidentKind.DEMAND_SENT, asserts=asserts, **kw)


def test_art38_fires_after_an_uncured_demand(law) -> None:
    c = _short_standby(_demand("2025-11-10", "standby-below-floor"))
    f = one(run(c, "2025-11-30", law), ART38)
    # Severance N with the end on as_of 2025-11-30:
    #   service 2024-01-01..2025-11-30 = 1 year 11 months → 2 years (≥ 6 months counts 1)
    #   12 months before the end: 2024-12..2025-11, wages due:
    #     Dec 2024–Jun 2025 7 × 10000 = 70000; Jul (first cycle) 10000;
    #     Aug 0.7 × 2420 = 1694; Sep, Oct 0.7 × 2540 = 1778 each; Nov not logged → 10000
    #   base = (70000 + 10000 + 1694 + 1778 + 1778 + 10000) / 12 = 95250 / 12 = 7937.50
    #   (above the minimum wage 2540, below the cap 3 × 15701.08): N = 7937.50 × 2 = 15875.00
    base = (D("70000") + D("10000") + D("1694") + 2 * D("1778") + D("10000")) / 12
    assert base == D("7937.50")
    # not a claim yet: no amount (the filing pack lists no claim); N is the first alternative
    assert f.amount is None and f.final_award_eligible is None
    assert f.alternatives[0].amount == base * 2 == D("15875.00")
    assert f.forum is None
    assert f.refs[0] == "incident:D1"
    assert ("labour_contract_law", "38", 1, 2) in {
        (b.law, b.article, b.paragraph, b.item) for b in f.basis
    }
    texts = render_both(f.explanation)
    assert "12348" in texts["zh"] and "12348" in texts["en"]
    assert "EMS" in texts["en"] and "EMS" in texts["zh"]
    assert "12348" in render_both(f.summary)["en"]
    steps = [render_both(m)["en"] for m in f.next_steps]
    assert all("12348" in s for s in steps if "resign" in s)


def test_art38_demand_for_another_claim_does_not_count(law) -> None:
    c = _short_standby(_demand("2025-11-10", "unilateral-pay-cut"))
    report = run(c, "2025-11-30", law)
    assert one(report, "standby-below-floor").amount == D("1250.00")
    assert only(report, ART38) == []


def test_art38_no_demand_no_finding(law) -> None:
    assert only(run(_short_standby(), "2025-11-30", law), ART38) == []


def test_art38_oral_demand_does_not_count(law) -> None:
    c = _short_standby(_demand("2025-11-10", "standby-below-floor", form=Form.ORAL))
    assert only(run(c, "2025-11-30", law), ART38) == []


def test_art38_cured_after_the_demand(law) -> None:
    # The employer paid each month's shortfall (194 + 278 + 778) on 2025-11-20, after the demand.
    top_ups = tuple(
        payment(start, end, amount, kind="standby", paid_on="2025-11-20")
        for start, end, amount in (
            ("2025-08-01", "2025-08-31", "194"),
            ("2025-09-01", "2025-09-30", "278"),
            ("2025-10-01", "2025-10-31", "778"),
        )
    )
    c = _short_standby(_demand("2025-11-10", "standby-below-floor"), extra_pays=top_ups)
    report = run(c, "2025-11-30", law)
    assert only(report, "standby-below-floor") == []
    assert only(report, ART38) == []


def test_art38_not_after_employment_ended(law) -> None:
    c = replace(
        _short_standby(_demand("2025-11-10", "standby-below-floor")),  # type: ignore[type-var]
        info=replace(
            _short_standby().info,  # type: ignore[attr-defined]
            employment_ended=ended("2025-11-20", "art38"),
        ),
    )
    assert only(run(c, "2025-11-30", law), ART38) == []


def _conditions(*days: object) -> object:
    return case(
        days=list(days),
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[
            incident("X1", "2025-09-02", IncidentKind.ACCESS_REVOKED),
            _demand("2025-09-10", "working-conditions-withdrawn"),
        ],
    )


def test_art38_working_conditions_still_withdrawn(law) -> None:
    # Access revoked 2025-09-02, written demand 2025-09-10, nothing given back by 09-30.
    # N on 2025-09-30: service 1 year 9 months → 2 years; 12 months before, all at the
    # contract wage (days not logged count at the wage): base 10000; N = 20000.00
    f = one(run(_conditions(), "2025-09-30", law), ART38)
    assert f.alternatives[0].amount == D("10000") * 2 == D("20000.00")
    assert ("labour_contract_law", "38", 1, 1) in {
        (b.law, b.article, b.paragraph, b.item) for b in f.basis
    }
    assert "第三十八条第一款第一项" in render_both(f.explanation)["zh"]


def test_art38_working_conditions_given_back(law) -> None:
    # Work again from 2025-09-15: the ground was cured after the demand.
    c = _conditions(*span("2025-09-15", "2025-09-30", DayStatus.WORKING))
    report = run(c, "2025-09-30", law)
    assert one(report, "working-conditions-withdrawn")
    assert only(report, ART38) == []


def test_art38_social_insurance_gap_is_item_3_and_practice(law) -> None:
    # July 2025 contributions recorded unpaid; written demand 2025-09-01 asserting the gap;
    # still unpaid on 2025-09-30. N as in the conditions example: 20000.00.
    # Beijing 534 Q71 limits severance on 38(1)(3) in practice: confidence at most practice.
    c = case(
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        social_insurance=[si("2025-06", "paid"), si("2025-07", "unpaid")],
        incidents=[_demand("2025-09-01", "social-insurance-gap")],
    )
    f = one(run(c, "2025-09-30", law), ART38)
    assert f.alternatives[0].amount == D("20000.00")
    assert ("labour_contract_law", "38", 1, 3) in {
        (b.law, b.article, b.paragraph, b.item) for b in f.basis
    }
    assert f.confidence in ("practice", "contested", "unconfirmed")
