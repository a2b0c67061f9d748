"""How the job ended (issue 9 items 1 and 9): severance-due, unlawful-termination,
one money finding per ending, and the totals — worked examples computed by
hand, each with a near miss.

The common figures (Beijing, contract wage 10000 from 2024-01-01, paid in full
every month unless said otherwise):
  ended 2025-09-30: service 2024-01-01..2025-09-30 = 21 months → 1 year + 9
  months → 2 years (LCL 47: 6–12 months count as a year); base = the 12 whole
  months 2024-10..2025-09 at 10000 = 10000 (above the minimum wage 2540,
  below the cap 47103.25); N = 10000 × 2 = 20000.00; 2N = 40000.00.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import jsonschema

from caseapp.domain.findings import Finding, Period
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import (
    AgreementSubject,
    Confidence,
    DayStatus,
    EndGround,
    Form,
    Forum,
    IncidentKind,
    ResignationReason,
    Response,
    Severity,
    Terms,
)
from caseapp.i18n import render, render_both
from caseapp.paths import resource
from caseapp.rules.claims import alternatives_of, is_claim, price_endings
from caseapp.rules.output import findings_to_json, format_findings_text
from caseapp.rules.totals import totals
from rules.builders import case, ended, incident, month_payments, payment, span
from rules.helpers import one, only, run

SEV = "severance-due"
UNL = "unlawful-termination"
N = D("20000.00")
DOUBLE = D("40000.00")


def _claims(report) -> list[Finding]:
    return [f for f in report.findings if is_claim(f)]


def _ending_claims(report) -> list[Finding]:
    ending = {
        SEV,
        UNL,
        "contract-expiry",
        "objective-change-not-shown",
        "incompetence-without-training",
        "absence-pretext",
        "dispatch-termination-after-return",
        "protected-worker-terminated",
    }
    return [f for f in _claims(report) if f.rule in ending]


# --- N after a resignation under art. 38 -------------------------------------------


def _art38(reason: ResignationReason, ground: str = "art38") -> object:
    # August 2025's wage recorded as 0.00: not paid (late-wages "unpaid"), a pay
    # cut to nothing (unilateral-pay-cut 10000, statute) and pay below the
    # minimum wage (2420 − 0): grounds under LCL 38(1)(2).
    return case(
        payments=[
            *month_payments("2024-01-01", "2025-07-31", "10000"),
            payment("2025-08-01", "2025-08-31", "0.00"),
        ],
        incidents=[incident("R1", "2025-09-20", IncidentKind.RESIGNATION_SUBMITTED, reason=reason)],
        employment_ended=ended("2025-09-20", ground),
    )


def test_n_after_an_art38_resignation_with_its_grounds_on_record(law) -> None:
    report = run(_art38(ResignationReason.ART38), "2025-10-10", law)
    f = one(report, SEV)
    # Service 2024-01-01..2025-09-20 = 20 months 20 days → 1 year + 8 months → 2
    # years. Base: the 12 whole months before the end, 2024-09..2025-08, all due
    # at 10000 (August is due in full though nothing was paid) → 10000.
    # N = 10000 × 2 = 20000.00; nothing paid as severance → 20000.00 claimable.
    assert f.title.key == "rules.severance-due.art38.title"
    assert f.amount == N
    assert f.calculation is not None and f.calculation.inputs["average_due"] == "10000.00"
    # One ground that holds is enough: the strongest is the pay cut (statute).
    assert f.confidence == Confidence.STATUTE and f.severity == Severity.HIGH
    assert {(b.law, b.article, b.item) for b in f.basis} >= {
        ("labour_contract_law", "38", 2),
        ("labour_contract_law", "46", 1),
    }
    assert "incident:R1" in f.refs and f.period == Period(
        dt.date(2025, 9, 20), dt.date(2025, 9, 20)
    )
    deadline = next(d for d in report.deadlines if d.claim == SEV)
    assert deadline.last_day == dt.date(2026, 9, 20)


def test_near_miss_a_personal_reasons_resignation_without_pressure_owes_nothing(law) -> None:
    report = run(_art38(ResignationReason.PERSONAL, "art37"), "2025-10-10", law)
    assert only(report, SEV) == []


def test_art38_without_a_ground_on_record_is_unconfirmed(law) -> None:
    c = case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        employment_ended=ended("2025-09-30", "art38"),
    )
    f = one(run(c, "2025-10-20", law), SEV)
    assert f.title.key == "rules.severance-due.art38_unrecorded.title"
    assert f.amount == N and f.confidence == Confidence.UNCONFIRMED
    assert f.severity == Severity.MEDIUM


def test_a_standby_shortfall_alone_is_not_a_firm_ground(law) -> None:
    # The published case bj2020-sun is this: N refused for a first-cycle
    # shortfall computed on a different reading of the standard. Each such
    # ground counts at most `practice`; the art. 38 ending is then `practice`.
    c = case(
        days=span("2025-07-01", "2025-09-30", DayStatus.STANDBY),
        payments=[
            *month_payments("2024-01-01", "2025-06-30", "10000"),
            payment("2025-07-01", "2025-07-31", "6000", kind="standby"),
            payment("2025-08-01", "2025-08-31", "1694", kind="standby"),
        ],
        incidents=[
            incident(
                "R1",
                "2025-09-05",
                IncidentKind.RESIGNATION_SUBMITTED,
                reason=ResignationReason.ART38,
            )
        ],
        employment_ended=ended("2025-09-05", "art38"),
    )
    report = run(c, "2025-09-20", law)
    assert one(report, "standby-first-cycle-underpaid").confidence == Confidence.LOCAL_RULE
    f = one(report, SEV)
    assert f.confidence == Confidence.PRACTICE
    assert ("beijing_hrss_typical_cases", "2020-11-20-9") in {(b.law, b.article) for b in f.basis}
    assert "rules.severance-due.counter.not_deliberate" in [m.key for m in f.counter_arguments]


# --- N for a resignation the records show was demanded ------------------------------


def _demanded(*extra: object) -> object:
    return case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident("A1", "2025-09-01", IncidentKind.ASKED_TO_RESIGN, quote="你自己走吧"),
            incident(
                "F1",
                "2025-09-05",
                IncidentKind.RESIGNATION_FORM_PRESENTED,
                response=Response.AGREED_IN_WRITING,
                quote="本人因个人原因申请离职",
            ),
            incident(
                "R1",
                "2025-09-05",
                IncidentKind.RESIGNATION_SUBMITTED,
                reason=ResignationReason.PERSONAL,
            ),
            *extra,
        ],
        employment_ended=ended("2025-09-30", "art36_worker_proposed"),
    )


def test_a_demanded_resignation_is_contested_with_two_routes_and_two_deadlines(law) -> None:
    report = run(_demanded(), "2025-10-20", law)
    f = one(report, SEV)
    assert f.title.key == "rules.severance-due.demanded.title"
    # Route 1: the employer in truth proposed the ending (LCL 36, 46(2)): N = 20000.00.
    assert f.amount == N and f.confidence == Confidence.CONTESTED
    # Route 2: cancel the resignation for coercion (Civil Code 150, 152), then
    # the ending is the employer's: 2N = 40000.00 (or reinstatement).
    revoke = f.alternatives[0]
    assert revoke.reading.key == "rules.severance-due.alt.revoke"
    assert revoke.amount == DOUBLE and revoke.confidence == Confidence.CONTESTED
    # Deadlines: route 1, arbitration one year from the ending 2025-09-30 →
    # 2026-09-30; route 2, one year after the coercion ended, at the earliest
    # the resignation day 2025-09-05 → 2026-09-05. Apply before the earlier.
    params = f.explanation.params
    assert params["last_day_n"] == "2026-09-30"
    assert params["last_day_revoke"] == "2026-09-05"
    assert params["first_last_day"] == "2026-09-05"
    en = render_both(f.explanation)["en"]
    assert "2026-09-30" in en and "2026-09-05" in en
    # The evidence for each route and the employer's answer.
    assert [m.key for m in f.strengthen] == [
        "rules.severance-due.strengthen.proposed",
        "rules.severance-due.strengthen.coercion",
    ]
    assert "rules.severance-due.counter.personal_reason" in [m.key for m in f.counter_arguments]
    assert {"incident:A1", "incident:F1", "incident:R1"} <= set(f.refs)
    assert {(b.law, b.article) for b in f.basis} >= {("civil_code", "150"), ("civil_code", "152")}
    # Advice for a resignation already signed is about the routes, never "do not sign".
    steps = [render(m, "en") for m in f.next_steps]
    assert not any("do not sign" in s.lower() for s in steps)
    assert any("12348" in s for s in steps)
    # resignation-pressure says the same: the papers are signed, "do not sign"
    # comes too late.
    for pressure in only(report, "resignation-pressure"):
        assert pressure.title.key == "rules.resignation-pressure.signed.title"
        assert "steps.signed_routes" in [m.key for m in pressure.next_steps]


def test_a_demand_restarts_route_one_but_never_the_year_to_cancel(law) -> None:
    demand = incident("D1", "2026-03-01", IncidentKind.DEMAND_SENT, asserts=(SEV,))
    f = one(run(_demanded(demand), "2026-04-01", law), SEV)
    # Arbitration limitation restarts on the demand (Mediation and Arbitration
    # Law art. 27 ¶2): 2026-03-01 + 1 year = 2027-03-01. The year to cancel for
    # coercion (Civil Code 152) does not restart: still 2026-09-05.
    assert f.explanation.params["last_day_n"] == "2027-03-01"
    assert f.explanation.params["last_day_revoke"] == "2026-09-05"
    assert f.explanation.params["first_last_day"] == "2026-09-05"


def test_near_miss_pressure_without_a_resignation_is_only_the_warning(law) -> None:
    c = case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[incident("A1", "2025-09-01", IncidentKind.ASKED_TO_RESIGN)],
    )
    report = run(c, "2025-10-20", law)
    assert only(report, SEV) == []
    assert one(report, "resignation-pressure").title.key == "rules.resignation-pressure.asked.title"


# --- 2N for an "automatic departure" under a pledge -----------------------------------


def _pledge(ground: EndGround, text: str) -> object:
    return case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "P1",
                "2025-06-01",
                IncidentKind.AGREEMENT_SIGNED,
                subject=AgreementSubject.TERMINATION,
                quote="如三个月内未完成销售额，本人自行离职",
            ),
            incident(
                "T1",
                "2025-09-30",
                IncidentKind.TERMINATION_NOTICE,
                ground=ground,
                stated_ground_text=text,
                union_notified=True,
            ),
        ],
        employment_ended=ended("2025-09-30", str(ground)),
    )


def test_2n_for_an_automatic_departure_under_a_pledge(law) -> None:
    report = run(_pledge(EndGround.OTHER, "按承诺书视为自动离职"), "2025-10-20", law)
    f = one(report, UNL)
    # 2N = 2 × 20000.00 = 40000.00 (LCL 48, 87); a termination condition agreed
    # outside LCL 44 is void (Reg. 13): statute.
    assert f.title.key == "rules.unlawful-termination.pledge.title"
    assert f.amount == DOUBLE and f.confidence == Confidence.STATUTE
    assert {"incident:T1", "incident:P1"} <= set(f.refs)
    assert ("lcl_regulation", "13") in {(b.law, b.article) for b in f.basis}
    # Continued performance is the alternative the worker may choose instead.
    reinstate = f.alternatives[0]
    assert reinstate.amount is None
    assert reinstate.reading.key == "rules.unlawful-termination.alt.reinstate.open"
    assert "rules.unlawful-termination.next.choose" in [m.key for m in f.next_steps]
    # The ending is priced once: by this finding.
    assert _ending_claims(report) == [f]


def test_reinstatement_is_unrealistic_once_the_fixed_term_has_run_out(law) -> None:
    report = run(_pledge(EndGround.OTHER, "按承诺书视为自动离职"), "2028-01-20", law)
    f = one(report, UNL)
    # The default contract runs to 2027-12-31: by 2028-01-20 it would have ended.
    assert f.alternatives[0].reading.key == "rules.unlawful-termination.alt.reinstate.term_over"


def test_near_miss_automatic_departure_on_a_stated_art39_ground(law) -> None:
    # "Absent three days = automatic departure" on an art. 39 notice is a
    # dismissal for fault: judged on art. 39 (and by absence-pretext where the
    # days were stay-home days), not as a ground outside LCL 39–41.
    report = run(_pledge(EndGround.ART39, "连续旷工三日，视为自动离职"), "2025-10-20", law)
    assert only(report, UNL) == []


def test_absence_on_stay_home_days_is_priced_once_by_absence_pretext(law) -> None:
    c = case(
        days=span("2025-08-01", "2025-09-30", DayStatus.STANDBY),
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "T3",
                "2025-09-20",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART39,
                stated_ground_text="2025-09-15 旷工",
                union_notified=True,
            )
        ],
        employment_ended=ended("2025-09-30", "art39"),
    )
    report = run(c, "2025-10-20", law)
    absence = one(report, "absence-pretext")
    unlawful = one(report, UNL)
    assert unlawful.title.key == "rules.unlawful-termination.absence.title"
    # absence-pretext is the more specific rule: it keeps the 2N; the other
    # points at it, its own figure as the first alternative.
    assert absence.amount is not None and unlawful.amount is None
    pointer = unlawful.alternatives[0]
    assert pointer.reading.key == "rules.ending.counted_in"
    assert pointer.reading.params["amount"] == f"{absence.amount:.2f}"
    assert pointer.amount == absence.amount
    assert (
        unlawful.summary is not None and unlawful.summary.key == "rules.ending.counted_in_summary"
    )
    assert unlawful.final_award_eligible is None


# --- art. 40 with notice pay, both readings ------------------------------------------


def _art40(notice_day: str) -> object:
    return case(
        days=span("2025-08-01", "2025-09-30", DayStatus.STANDBY),
        payments=[
            *month_payments("2024-01-01", "2025-08-31", "10000"),
            payment("2025-09-01", "2025-09-30", "1778", kind="standby"),
        ],
        incidents=[
            incident(
                "T1",
                notice_day,
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART40_1,
                form=Form.WRITTEN_PAPER,
            )
        ],
        employment_ended=ended("2025-09-30", "art40_1"),
    )


def test_art40_owes_n_plus_notice_pay_in_both_readings(law) -> None:
    f = one(run(_art40("2025-09-20"), "2025-10-20", law), SEV)
    # Standby from 2025-08-01: the first cycle [08-01, 09-01) at the wage
    # (Beijing: 100 %), August due 10000; September after it at 70 % of the
    # minimum wage 2540 = 1778. Base: 2024-10..2025-09 = (11 × 10000 + 1778) /
    # 12 = 111778 / 12 = 9314.83; N = 9314.83 × 2 = 18629.66.
    # Notice came 10 days before the end (< 30): pay in lieu of notice, the
    # previous month's wage standard (Reg. 20), read from September (the end is
    # its last day): due that month 1778.00 (the standby allowance), or the
    # wage in force 10000.00. Claim: 18629.66 + 1778.00 = 20407.66; the
    # alternative at the contract wage: 18629.66 + 10000.00 = 28629.66.
    assert f.title.key == "rules.severance-due.art40.title"
    assert f.calculation is not None
    inputs = f.calculation.inputs
    assert inputs["average_due"] == "9314.83" and inputs["n"] == "18629.66"
    assert inputs["notice_month"] == "2025-09"
    assert inputs["notice_month_due"] == "1778.00" and inputs["wage_in_force"] == "10000.00"
    assert f.amount == D("20407.66") == D("18629.66") + D("1778.00")
    wage_reading = f.alternatives[0]
    assert wage_reading.reading.key == "rules.severance-due.alt.notice_wage"
    assert wage_reading.amount == D("28629.66") == D("18629.66") + D("10000.00")
    assert wage_reading.confidence == Confidence.CONTESTED
    assert f.confidence == Confidence.STATUTE
    assert ("lcl_regulation", "20") in {(b.law, b.article) for b in f.basis}


def test_near_miss_art40_with_thirty_days_written_notice_has_no_notice_pay(law) -> None:
    # Notice 2025-08-29, 32 days before the end, in writing: N alone, 18629.66.
    f = one(run(_art40("2025-08-29"), "2025-10-20", law), SEV)
    assert f.amount == D("18629.66")
    assert f.calculation is not None and f.calculation.inputs["notice_given_on"] == "2025-08-29"
    assert not any(a.reading.key.endswith("notice_wage") for a in f.alternatives)


# --- expiry without a renewal offer, and with a same-or-better one --------------------


def _expiry(*incidents: object) -> object:
    from caseapp.domain.model import Contract

    return case(
        contract=Contract(kind="fixed", start=dt.date(2024, 1, 1), end=dt.date(2025, 6, 30)),
        payments=month_payments("2024-01-01", "2025-06-30", "10000"),
        incidents=list(incidents),
        employment_ended=ended("2025-06-30", "expiry"),
    )


def test_expiry_without_a_renewal_offer_owes_n_priced_once(law) -> None:
    report = run(_expiry(), "2025-07-20", law)
    # Service 18 months → 2 years; base 2024-07..2025-06 at 10000; N = 20000.00.
    # contract-expiry and severance-due both describe it; contract-expiry is the
    # more specific and keeps the amount.
    expiry = one(report, "contract-expiry")
    sev = one(report, SEV)
    assert sev.title.key == "rules.severance-due.expiry.title"
    assert expiry.amount == N and sev.amount is None
    assert sev.alternatives[0].amount == N and sev.alternatives[0].confidence == "statute"
    assert _ending_claims(report) == [expiry]
    assert report.totals is not None
    assert report.totals.firm == N and report.totals.arguable == 0
    assert report.totals.firm_rules == ("contract-expiry",)


def test_near_miss_expiry_after_refusing_a_same_or_better_renewal(law) -> None:
    offer = incident(
        "O1",
        "2025-06-01",
        IncidentKind.RENEWAL_OFFER,
        terms=Terms.SAME_OR_BETTER,
        response=Response.OBJECTED_IN_WRITING,
    )
    report = run(_expiry(offer), "2025-07-20", law)
    assert only(report, SEV) == [] and only(report, "contract-expiry") == []


def test_worse_renewal_refused_still_owes_n(law) -> None:
    offer = incident(
        "O1", "2025-06-01", IncidentKind.RENEWAL_OFFER, terms=Terms.WORSE, response=Response.NONE
    )
    f = one(run(_expiry(offer), "2025-07-20", law), SEV)
    assert f.alternatives[0].amount == N and "incident:O1" in f.refs


# --- one money finding per ending, and the totals ------------------------------------


def _cut_and_objective_change() -> object:
    # August 2025 paid 2000 for a working month; ended 2025-09-30 on art. 40(3)
    # after a notice of 2025-09-01 (29 days: pay in lieu of notice is due).
    return case(
        payments=[
            *month_payments("2024-01-01", "2025-07-31", "10000"),
            payment("2025-08-01", "2025-08-31", "2000"),
            payment("2025-09-01", "2025-09-30", "10000"),
        ],
        incidents=[
            incident(
                "T1",
                "2025-09-01",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART40_3,
                union_notified=True,
            )
        ],
        employment_ended=ended("2025-09-30", "art40_3"),
    )


def test_totals_count_the_same_money_once(law) -> None:
    report = run(_cut_and_objective_change(), "2025-10-20", law)
    cut = one(report, "unilateral-pay-cut")
    minimum = one(report, "below-minimum-wage")
    objective = one(report, "objective-change-not-shown")
    sev = one(report, SEV)
    # August: the pay cut is 10000 − 2000 = 8000.00 (statute); the shortfall
    # to the minimum wage, 2420 − 2000 = 420.00, is inside it (same yuan) and
    # goes to labour inspection, not to the tribunal: not a claim here.
    assert cut.amount == D("8000.00") and minimum.amount == D("420.00")
    assert minimum.forum == Forum.LABOUR_INSPECTION
    # The ending: objective-change prices it, 2N = 40000.00 (practice);
    # severance-due's reading is N + notice pay = 20000.00 + 10000.00 (September's
    # wage standard, no standby) = 30000.00 (statute), kept as its alternative.
    # Base: 2024-10..2025-09, every month due 10000 (August is due in full; it
    # was underpaid) → 10000; N = 20000.00.
    assert objective.amount == DOUBLE and objective.confidence == Confidence.PRACTICE
    assert sev.amount is None and sev.alternatives[0].amount == D("30000.00")
    t = report.totals
    assert t is not None
    # Firm: 8000.00 (the pay cut; the minimum-wage shortfall inside it counted
    # once) + 30000.00 (N + notice on the art. 40 reading) = 38000.00.
    # Arguable on top: 2N 40000.00 − 30000.00 = 10000.00.
    assert t.firm == D("38000.00") == D("8000.00") + D("30000.00")
    assert t.arguable == D("10000.00") == DOUBLE - D("30000.00")
    assert t.firm_rules == ("unilateral-pay-cut", SEV)
    assert t.arguable_rules == ("objective-change-not-shown",)
    # The filing pack's claims: the ending once.
    claims = _claims(report)
    assert [f.rule for f in claims].count("objective-change-not-shown") == 1
    assert sev not in claims and minimum not in claims


def test_a_pay_cut_and_a_minimum_wage_shortfall_over_one_month_are_one_claim() -> None:
    # Where both are claims, the pay cut's shortfall to the contract wage holds
    # the shortfall to the minimum wage: alternatives, counted once (the larger).
    cut = _synthetic("unilateral-pay-cut", "2025-08-01", "2025-08-31", "8000", "statute")
    minimum = _synthetic("below-minimum-wage", "2025-08-01", "2025-08-31", "420", "local_rule")
    assert alternatives_of([cut, minimum]) == [[1], [0]]
    assert totals([cut, minimum]).firm == D("8000.00")
    # Near miss: different months add up.
    later = _synthetic("below-minimum-wage", "2025-10-01", "2025-10-31", "420", "local_rule")
    assert alternatives_of([cut, later]) == [[], []]
    assert totals([cut, later]).firm == D("8420.00")


def test_near_miss_claims_that_do_not_overlap_add_up(law) -> None:
    # A first cycle and later floor months are different months: both firm, added.
    a = _synthetic("standby-first-cycle-underpaid", "2025-03-17", "2025-04-16", "100", "local_rule")
    b = _synthetic("standby-below-floor", "2025-06-01", "2025-07-31", "50", "local_rule")
    t = totals([a, b])
    assert t.firm == D("150.00") and t.arguable == 0


def test_a_contested_reading_counts_only_what_it_adds() -> None:
    # The full-wage reading (contested, 300) covers the first cycle (firm 100)
    # and the floor months (contested 50), which do not overlap each other.
    # Firm: 100. Whole: the largest sum of claims that do not overlap =
    # max(100 + 50, 300) = 300. Arguable on top: 300 − 100 = 200.
    first = _synthetic(
        "standby-first-cycle-underpaid", "2025-03-17", "2025-04-16", "100", "local_rule"
    )
    floor = _synthetic("standby-below-floor", "2025-06-01", "2025-07-31", "50", "contested")
    full = _synthetic("standby-full-wage-arguable", "2025-03-17", "2025-07-31", "300", "contested")
    late = _synthetic("no-written-contract", "2024-02-01", "2024-12-31", "7", "statute")
    t = totals([first, floor, full, late])
    assert t.firm == D("107.00") and t.arguable == D("200.00")
    assert t.firm_rules == ("standby-first-cycle-underpaid", "no-written-contract")
    assert t.arguable_rules == ("standby-full-wage-arguable",)
    # A claim before another forum (labour inspection) is not summed.
    route = _synthetic("labour-inspection-route", "2025-03-17", "2025-07-31", "999", "statute")
    assert totals([first, route]).firm == D("100.00")


def test_price_endings_keeps_the_most_specific_and_points_the_rest_at_it() -> None:
    expiry = _synthetic("contract-expiry", "2025-06-30", "2025-06-30", "20000", "statute")
    unlawful = _synthetic(UNL, "2025-06-01", "2025-06-30", "40000", "practice")
    sev = _synthetic(SEV, "2025-06-01", "2025-06-30", "20000", "statute")
    priced = price_endings([expiry, unlawful, sev])
    assert [f.amount for f in priced] == [None, D("40000"), None]
    assert priced[0].alternatives[0].reading.params["title"] == unlawful.title
    # Totals from the rules' own amounts: firm N (20000, the first firm reading
    # in the document, contract-expiry), arguable 2N − N = 20000.
    t = totals([expiry, unlawful, sev])
    assert t.firm == D("20000.00") and t.arguable == D("20000.00")
    assert t.firm_rules == ("contract-expiry",) and t.arguable_rules == (UNL,)


def _synthetic(rule: str, start: str, end: str, amount: str, confidence: str) -> Finding:
    forum = Forum.LABOUR_INSPECTION if rule == "labour-inspection-route" else Forum.ARBITRATION
    return Finding(
        key=f"{rule}@{start}",
        rule=rule,
        severity=Severity.HIGH,
        confidence=Confidence(confidence),
        title=Msg(f"rules.{rule}.title"),
        explanation=Msg("x"),
        period=Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end)),
        amount=D(amount),
        calculation=None,
        basis=(),
        forum=forum,
        respondents=("employer",),
        final_award_eligible=True,
        refs=(),
        summary=Msg("x"),
    )


def test_totals_in_the_json_follow_the_spec_and_check_prints_them_first(law) -> None:
    report = run(_cut_and_objective_change(), "2025-10-20", law)
    document = findings_to_json(report)
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        jsonschema.validate(document, json.load(fh))
    assert document["totals"] == {
        "firm": "38000.00",
        "arguable": "10000.00",
        "firm_rules": ["unilateral-pay-cut", SEV],
        "arguable_rules": ["objective-change-not-shown"],
    }
    assert list(document).index("totals") == list(document).index("findings") + 1
    for lang in ("zh", "en"):
        lines = format_findings_text(report, lang, law).splitlines()
        assert "38000.00" in lines[2] and "10000.00" in lines[3], lines[:5]
        assert "severance-due" not in "\n".join(lines[:5])
    zh = format_findings_text(report, "zh", law).splitlines()
    numbers = {f.key: n for n, f in enumerate(report.findings, 1)}
    firm_items = sorted(numbers[k] for k in report.totals.firm_keys)  # type: ignore[union-attr]
    assert zh[2].endswith(f"（第 {'、'.join(map(str, firm_items))} 项）")


def test_a_case_with_no_claim_says_so_first(law) -> None:
    report = run(
        case(payments=month_payments("2024-01-01", "2025-06-30", "10000")), "2025-07-20", law
    )
    assert report.totals is not None and report.totals.firm == 0 == report.totals.arguable
    assert findings_to_json(report)["totals"]["firm_rules"] == []
    assert format_findings_text(report, "zh").splitlines()[1] == render(
        Msg("rules.out.totals.none"), "zh"
    )


# --- the new texts hold to the wording rules -----------------------------------------


def test_endings_catalogue_summaries_and_steps_about_signing_name_12348() -> None:
    import re
    import tomllib

    with resource("i18n", "rules_endings.toml").open("rb") as fh:
        entries = tomllib.load(fh)
    for key, value in entries.items():
        if re.search(r"\b(resign\w*|sign|signing|signed)\b", value["en"], re.I) and (
            ".next." in key or key.endswith(".summary") or key.startswith("steps.")
        ):
            assert "12348" in value["en"] and "12348" in value["zh"], key


# --- every variant: fires, cites rows of the statute table, renders, validates --------


def _variant_cases() -> list[tuple[object, str, str, str]]:
    """(case, as of, rule, the variant's title key suffix)."""
    from caseapp.domain.model import Contract, PriorService

    paid = month_payments("2024-01-01", "2025-09-30", "10000")

    def ended_on(ground: str, *incidents: object, **kw: object) -> object:
        return case(
            payments=paid,
            incidents=list(incidents),
            employment_ended=ended("2025-09-30", ground),
            **kw,
        )

    notice = lambda ground, text="", **kw: incident(  # noqa: E731
        "T1",
        "2025-09-01",
        IncidentKind.TERMINATION_NOTICE,
        ground=ground,
        stated_ground_text=text or None,
        **kw,
    )
    offer = incident("M1", "2025-08-20", IncidentKind.MUTUAL_TERMINATION_OFFER)
    signed = incident(
        "S1", "2025-09-01", IncidentKind.AGREEMENT_SIGNED, subject=AgreementSubject.TERMINATION
    )
    gap_year = case(
        payments=paid,
        employment_start=dt.date(2022, 1, 1),
        contract=Contract(kind="fixed", start=dt.date(2024, 1, 1), end=dt.date(2025, 9, 30)),
        incidents=[
            incident("N1", "2025-09-01", IncidentKind.NONRENEWAL_NOTICE),
            incident(
                "W1",
                "2025-09-02",
                IncidentKind.WRITTEN_OBJECTION,
                quote="要求订立无固定期限劳动合同",
            ),
        ],
        employment_ended=ended("2025-09-30", "expiry"),
    )
    second_term = case(
        payments=paid,
        contract=Contract(kind="fixed", start=dt.date(2024, 1, 1), end=dt.date(2025, 9, 30)),
        prior_service=(
            PriorService("同一单位", dt.date(2021, 1, 1), dt.date(2023, 12, 31), True, False),
        ),
        incidents=[
            incident("N1", "2025-09-01", IncidentKind.NONRENEWAL_NOTICE),
            incident("W1", "2025-09-10", IncidentKind.WRITTEN_OBJECTION),
        ],
        employment_ended=ended("2025-09-30", "expiry"),
    )
    return [
        (_art38(ResignationReason.ART38), "2025-10-10", SEV, "art38"),
        (ended_on("art38"), "2025-10-20", SEV, "art38_unrecorded"),
        (_demanded(), "2025-10-20", SEV, "demanded"),
        (ended_on("art36_employer_proposed", offer), "2025-10-20", SEV, "agreement"),
        (case(payments=paid, incidents=[offer, signed]), "2025-10-20", SEV, "agreement"),
        (_art40("2025-09-20"), "2025-10-20", SEV, "art40"),
        (ended_on("art41", notice(EndGround.ART41)), "2025-10-20", SEV, "art41"),
        (_expiry(), "2025-07-20", SEV, "expiry"),
        (ended_on("art44"), "2025-10-20", SEV, "closure"),
        (
            ended_on("other", notice(EndGround.OTHER, "公司通知视为自动离职")),
            "2025-10-20",
            UNL,
            "automatic",
        ),
        (_pledge(EndGround.OTHER, "按承诺书视为自动离职"), "2025-10-20", UNL, "pledge"),
        (
            ended_on("art40_2", notice(EndGround.ART40_2, "考核末位淘汰")),
            "2025-10-20",
            UNL,
            "last_place",
        ),
        (ended_on("other", notice(EndGround.OTHER, "公司决定")), "2025-10-20", UNL, "other_ground"),
        (gap_year, "2025-10-20", UNL, "open_ended"),
        (second_term, "2025-10-20", UNL, "open_ended"),
    ]


def test_every_variant_fires_cites_the_table_renders_and_validates(law) -> None:
    with resource("schema", "findings-v1.schema.json").open("rb") as fh:
        schema = json.load(fh)
    for c, as_of, rule, variant in _variant_cases():
        report = run(c, as_of, law)
        found = [f for f in only(report, rule) if f.title.key == f"rules.{rule}.{variant}.title"]
        assert len(found) == 1, (variant, [f.title.key for f in report.findings])
        f = found[0]
        for b in f.basis:
            assert law.has_article(b.law, b.article, b.paragraph, b.item), (variant, b)
        jsonschema.validate(findings_to_json(report), schema)
        for lang in ("zh", "en"):
            assert format_findings_text(report, lang, law)
        # every ending is priced once
        assert len(_ending_claims(report)) <= 1, (variant, [g.key for g in _ending_claims(report)])


def test_near_miss_expiry_without_earlier_work_is_not_an_open_ended_claim(law) -> None:
    # A first contract (work began with it): nothing was due but N at expiry.
    report = run(
        _expiry(
            incident(
                "W1",
                "2025-06-10",
                IncidentKind.WRITTEN_OBJECTION,
                quote="要求订立无固定期限劳动合同",
            )
        ),
        "2025-07-20",
        law,
    )
    assert only(report, UNL) == []
    assert one(report, "contract-expiry").amount == N
