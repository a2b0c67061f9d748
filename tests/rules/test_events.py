"""Rules on events: resignation-pressure, dispatch-return-ground-not-allowed,
objective-change-not-shown, no-written-contract, relationship-to-confirm."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from caseapp.domain.model import Contract
from caseapp.domain.vocab import DayStatus, EndGround, IncidentKind, ReturnGround
from caseapp.i18n import render_both
from rules.builders import case, dispatch, ended, incident, month_payments, payment, span
from rules.helpers import one, only, run


def test_resignation_form_says_what_not_to_sign(law) -> None:
    c = case(
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[incident("I2", "2025-09-03", IncidentKind.RESIGNATION_FORM_PRESENTED)],
    )
    f = one(run(c, "2025-09-20", law), "resignation-pressure")
    assert f.severity == "high" and f.refs == ("incident:I2",)
    steps = " ".join(render_both(m)["zh"] for m in f.next_steps)
    assert "12348" in steps
    assert "12348" in render_both(f.summary)["en"]


def test_no_pressure_no_finding(law) -> None:
    c = case(payments=month_payments("2024-01-01", "2025-08-31", "10000"))
    assert only(run(c, "2025-09-20", law), "resignation-pressure") == []


def _dispatch_case(ground: ReturnGround, agreement_end: str | None = None) -> object:
    return case(
        arrangement="dispatch",
        dispatch=dispatch(agreement_end),
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[incident("R1", "2025-09-01", IncidentKind.RETURNED_TO_AGENCY, ground=ground)],
    )


def test_dispatch_return_project_ended(law) -> None:
    f = one(
        run(_dispatch_case(ReturnGround.PROJECT_ENDED), "2025-09-20", law),
        "dispatch-return-ground-not-allowed",
    )
    assert f.respondents == ("employer", "client")
    assert f.confidence == "statute"


def test_dispatch_return_agreement_expired_is_allowed(law) -> None:
    report = run(_dispatch_case(ReturnGround.AGREEMENT_EXPIRED, "2025-08-31"), "2025-09-20", law)
    assert only(report, "dispatch-return-ground-not-allowed") == []


def test_dispatch_return_expiry_contradicted(law) -> None:
    report = run(_dispatch_case(ReturnGround.AGREEMENT_EXPIRED, "2026-06-30"), "2025-09-20", law)
    assert one(report, "dispatch-return-ground-not-allowed").confidence == "practice"


def test_objective_change_termination_is_2n(law) -> None:
    # Service 2024-01-01..2025-09-30 = 1 year 9 months → 2 years (LCL 47: ≥ 6 months counts 1).
    # Base: 12 months before the end all at 10000 → 10000 (below 3 × 15701.08, no cap).
    # N = 10000 × 2 = 20000; 2N = 40000.00; alternative N + one month's notice pay = 30000.00.
    c = case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident("T1", "2025-09-01", IncidentKind.TERMINATION_NOTICE, ground=EndGround.ART40_3)
        ],
        employment_ended=ended("2025-09-30", "art40_3"),
    )
    report = run(c, "2025-10-20", law)
    f = one(report, "objective-change-not-shown")
    assert f.amount == D("10000") * 2 * 2 == D("40000.00")
    assert f.alternatives[0].amount == D("30000.00")
    assert f.final_award_eligible is False  # 40000 > 12 × 2540 = 30480
    assert report.severance is not None and report.severance.n == D("20000.00")


def test_objective_change_post_eliminated_before_termination(law) -> None:
    c = case(
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[incident("E1", "2025-09-01", IncidentKind.POST_ELIMINATED, stated_reason="AI")],
    )
    f = one(run(c, "2025-09-20", law), "objective-change-not-shown")
    assert f.amount is None


def test_termination_on_another_ground_is_not_objective_change(law) -> None:
    c = case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        employment_ended=ended("2025-09-30", "expiry"),
    )
    assert only(run(c, "2025-10-20", law), "objective-change-not-shown") == []


def _unwritten(written: bool | None) -> object:
    return case(
        contract=Contract(kind="fixed", start=date(2024, 3, 1), written=written),
        payments=month_payments("2024-03-01", "2025-05-31", "10000"),
    )


def test_no_written_contract_double_wage(law) -> None:
    # Work from 2024-03-01; double wages from 2024-04-01 to 2025-02-28 (day before the
    # first anniversary): 11 months × 10000 = 110000. As of 2025-06-01 only the part
    # from 2024-06-02 is within one year: June 2024 (all 19 working days are after
    # 06-01) .. February 2025 = 9 months × 10000 = 90000.00 (conservative amount).
    f = one(run(_unwritten(False), "2025-06-01", law), "no-written-contract")
    assert f.amount == D("10000") * 9 == D("90000.00")
    assert f.alternatives[0].amount == D("10000") * 11 == D("110000.00")


def test_written_or_unknown_contract_is_not_flagged(law) -> None:
    assert only(run(_unwritten(True), "2025-06-01", law), "no-written-contract") == []
    assert only(run(_unwritten(None), "2025-06-01", law), "no-written-contract") == []


def test_relationship_to_confirm_holds_back_money_rules(law) -> None:
    days = span("2025-07-01", "2025-09-30", DayStatus.STANDBY)
    pays = [
        *month_payments("2024-01-01", "2025-06-30", "10000"),
        payment("2025-07-01", "2025-09-30", "0.00"),
    ]
    report = run(case(days=days, payments=pays, arrangement="platform"), "2025-10-20", law)
    assert one(report, "relationship-to-confirm").severity == "high"
    money_rules = {
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "unilateral-pay-cut",
        "late-wages",
        "below-minimum-wage",
        "standby-full-wage-arguable",
    }
    assert not [f for f in report.findings if f.rule in money_rules]
    assert report.severance is None


def test_no_written_contract_deadline_is_the_strictest_reading(law) -> None:
    # Issue 9 item 5: the deadline shown is the counted-back one unless the law data
    # confirms the region counts from the end of the violation (none does). Double
    # wages run 2024-04-01 – 2025-02-28; the first day's extra wage is lost one year
    # after it, 2025-04-01; the last day's one year after the end, 2026-02-28.
    # (Before issue 9 the deadline ran from the end: 2025-02-28 → 2026-02-28.)
    report = run(_unwritten(False), "2025-06-01", law)
    deadline = next(d for d in report.deadlines if d.claim == "no-written-contract")
    assert (deadline.from_, deadline.last_day) == (date(2024, 4, 1), date(2025, 4, 1))
    f = one(report, "limitation-deadline")
    assert f.title.key == "rules.limitation-deadline.rolling_passed.title"
    assert f.title.params["until"] == "2026-02-28"
