"""unilateral-pay-cut, late-wages, below-minimum-wage: worked examples and near misses."""

from __future__ import annotations

from decimal import Decimal as D

from caseapp.domain.model import Deductions
from caseapp.domain.vocab import AgreementSubject, IncidentKind
from rules.builders import case, incident, month_payments, payment
from rules.helpers import one, only, run


def _paid(until: str) -> list:
    return month_payments("2024-01-01", until, "10000")


# --- unilateral-pay-cut ------------------------------------------------------------


def test_pay_cut_worked_example(law) -> None:
    # Contract wage 10000 (written); August and September 2025 paid 8000 gross each,
    # no written agreement: (10000 − 8000) × 2 = 4000.00
    pays = _paid("2025-07-31") + month_payments("2025-08-01", "2025-09-30", "8000")
    report = run(case(payments=pays), "2025-10-20", law)
    f = one(report, "unilateral-pay-cut")
    assert f.amount == (D("10000") - D("8000")) * 2 == D("4000.00")
    assert f.confidence == "statute"
    assert f.final_award_eligible is True  # 4000 ≤ 12 × 2540 = 30480


def test_pay_cut_agreed_in_writing_is_not_flagged(law) -> None:
    pays = _paid("2025-07-31") + month_payments("2025-08-01", "2025-09-30", "8000")
    signed = incident(
        "I1", "2025-07-25", IncidentKind.AGREEMENT_SIGNED, subject=AgreementSubject.PAY
    )
    report = run(case(payments=pays, incidents=[signed]), "2025-10-20", law)
    assert only(report, "unilateral-pay-cut") == []


def test_bank_statements_net_only_never_make_a_pay_cut(law) -> None:
    # Net 7900 a month (10000 gross less contributions and tax), entered from the bank:
    # the gross is unknown, so no pay cut; data-gap asks for the gross instead.
    pays = month_payments("2024-01-01", "2025-09-30", None, net="7900")  # type: ignore[arg-type]
    report = run(case(payments=pays), "2025-10-20", law)
    assert only(report, "unilateral-pay-cut") == []
    assert only(report, "below-minimum-wage") == []
    assert any("net_only" in f.key for f in only(report, "data-gap"))


def test_net_with_recorded_deductions_is_gross(law) -> None:
    # net 7900 + deductions 2100 = 10000 gross: no cut.
    ded = Deductions(si_employee=D("1050"), housing_fund_employee=D("1000"), iit=D("50"))
    pays = month_payments("2024-01-01", "2025-09-30", None, net="7900", deductions=ded)  # type: ignore[arg-type]
    report = run(case(payments=pays), "2025-10-20", law)
    assert only(report, "unilateral-pay-cut") == []


# --- late-wages ---------------------------------------------------------------------


def test_late_wages_beijing_grace(law) -> None:
    # July 2025's wage is due Fri 2025-08-15; Beijing's 7 grace days end 2025-08-22.
    # Paid 2025-08-25: late (10 days after payday).
    pays = [
        *_paid("2025-06-30"),
        payment("2025-07-01", "2025-07-31", "10000", paid_on="2025-08-25", pid="PJ"),
        payment("2025-08-01", "2025-08-31", "10000", paid_on="2025-09-15"),
    ]
    report = run(case(payments=pays), "2025-10-20", law)
    f = one(report, "late-wages")
    assert f.refs == ("payment:PJ",)
    assert f.confidence == "practice"  # the grace period rests on court guidance (534 Q54)
    assert any(p.name == "wage_grace_days" and p.value == "7" for p in f.calculation.parameters)


def test_paid_on_last_day_of_grace_is_on_time(law) -> None:
    pays = [
        *_paid("2025-06-30"),
        payment("2025-07-01", "2025-07-31", "10000", paid_on="2025-08-22"),
        payment("2025-08-01", "2025-08-31", "10000", paid_on="2025-09-15"),
    ]
    report = run(case(payments=pays), "2025-10-20", law)
    assert only(report, "late-wages") == []


def test_recorded_zero_is_unpaid(law) -> None:
    pays = [
        *_paid("2025-07-31"),
        payment("2025-08-01", "2025-08-31", "0.00", paid_on="2025-09-15", pid="P0"),
    ]
    report = run(case(payments=pays), "2025-10-20", law)
    f = one(report, "late-wages")
    assert f.severity == "high" and "payment:P0" in f.refs
    # the money side: a working month paid 0 is a full shortfall
    assert one(report, "unilateral-pay-cut").amount == D("10000.00")


# --- below-minimum-wage ---------------------------------------------------------------


def _low_pay(city: str) -> object:
    # Contract wage 2600; August 2025 paid 2600 gross with the worker's own social
    # insurance 300 and housing fund 200 deducted.
    ded = Deductions(si_employee=D("300"), housing_fund_employee=D("200"))
    pays = [
        *month_payments("2025-01-01", "2025-07-31", "2600"),
        payment("2025-08-01", "2025-08-31", "2600", deductions=ded, pid="PA"),
    ]
    from datetime import date

    from caseapp.domain.model import Contract

    return case(
        payments=pays,
        city=city,
        monthly_wage=D("2600"),
        contract=Contract(
            kind="fixed", start=date(2025, 1, 1), end=date(2027, 12, 31), written=True
        ),
    )


def test_below_minimum_wage_beijing_excludes_own_contributions(law) -> None:
    # Beijing leaves out the worker's own social insurance and housing fund
    # (京人社劳发〔2023〕20号).
    # comparable = 2600 − 300 − 200 = 2100; minimum wage in August 2025 = 2420 → 320.00
    report = run(_low_pay("beijing"), "2025-09-20", law)
    f = one(report, "below-minimum-wage")
    assert f.amount == D("2420") - (D("2600") - D("300") - D("200")) == D("320.00")
    assert f.forum == "labour_inspection"


def test_below_minimum_wage_elsewhere_counts_contributions(law) -> None:
    # Chengdu counts the worker's own contributions: comparable 2600 ≥ 2330.
    report = run(_low_pay("chengdu"), "2025-09-20", law)
    assert only(report, "below-minimum-wage") == []


def _nanjing(paid: str) -> object:
    from datetime import date

    from caseapp.domain.model import Contract

    return case(
        city="nanjing",
        monthly_wage=D("2550"),
        contract=Contract(
            kind="fixed", start=date(2025, 1, 1), end=date(2027, 12, 31), written=True
        ),
        payments=month_payments("2025-01-01", "2026-03-31", paid),
    )


def test_newer_minimum_wage_of_unknown_start_is_an_alternative(law) -> None:
    # Nanjing: 2490 (from 2024-01-01) is what the sources confirm; 2660 is known only as
    # in force by 2026-07-01 (苏人社规〔2025〕3号, notice of 2025-12-29). Paid 2550 gross
    # (Jiangsu counts the worker's own contributions): above 2490, below 2660.
    # As of 2026-04-20, January–March 2026 are due; under 2660: 3 × (2660 − 2550) = 330.00
    report = run(_nanjing("2550"), "2026-04-20", law)
    f = one(report, "below-minimum-wage")
    assert f.amount == D("0.00") and f.severity == "low" and f.confidence == "unconfirmed"
    assert f.alternatives[0].amount == 3 * (D("2660") - D("2550")) == D("330.00")


def test_paid_above_both_figures_is_quiet(law) -> None:
    assert only(run(_nanjing("2700"), "2026-04-20", law), "below-minimum-wage") == []
