"""Rules on a dismissal by the employer: union-not-notified,
protected-worker-terminated, absence-pretext, incompetence-without-training —
worked examples computed by hand, and near misses.

The common worked figures (Beijing, contract wage 10000 from 2024-01-01, paid in
full every month, employment ended 2025-09-30):
  service 2024-01-01..2025-09-30 = 1 year 9 months → 2 years (LCL 47: 6–12 months
  count as one year); base = the 12 months before the end all at 10000 = 10000
  (above the minimum wage 2540, below the cap 3 × 15701.08 = 47103.24);
  N = 10000 × 2 = 20000.00; 2N = 40000.00 (LCL 87).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from caseapp.domain.model import ProtectedPeriod
from caseapp.domain.vocab import DayStatus, EndGround, IncidentKind, ProtectedKind, ReturnGround
from caseapp.i18n import render_both
from rules.builders import case, dispatch, ended, incident, month_payments, span
from rules.helpers import one, only, run

UNION = "union-not-notified"
N = D("10000") * 2
DOUBLE = 2 * N


def _terminated(ground: str, *incidents: object, last_paid: str = "2025-09-30") -> object:
    return case(
        payments=month_payments("2024-01-01", last_paid, "10000"),
        incidents=list(incidents),
        employment_ended=ended("2025-09-30", ground),
    )


def _notice(ground: EndGround | None, **kw: object) -> object:
    return incident("T1", "2025-09-01", IncidentKind.TERMINATION_NOTICE, ground=ground, **kw)


def test_union_not_notified_is_2n(law) -> None:
    c = _terminated("art39", _notice(EndGround.ART39, union_notified=False))
    f = one(run(c, "2025-10-20", law), UNION)
    # conservative: the employer puts the procedure right → no amount of its own;
    # the alternative is the termination damages 2N = 40000.00
    assert f.amount is None
    assert f.alternatives[0].amount == DOUBLE == D("40000.00")
    assert f.severity == "medium" and f.confidence == "practice"
    assert f.refs == ("incident:T1",)
    assert ("labour_contract_law", "43") in {(b.law, b.article) for b in f.basis}


def test_union_no_record_is_unknown_not_a_violation(law) -> None:
    c = _terminated("art39", _notice(EndGround.ART39))
    f = one(run(c, "2025-10-20", law), UNION)
    assert f.amount is None
    assert f.severity == "low" and f.confidence == "unconfirmed"
    assert f.alternatives[0].amount == D("40000.00")
    assert "unknown" in render_both(f.explanation)["en"]


def test_union_notified_is_not_flagged(law) -> None:
    c = _terminated("art39", _notice(EndGround.ART39, union_notified=True))
    assert only(run(c, "2025-10-20", law), UNION) == []


def test_expiry_is_not_a_unilateral_termination(law) -> None:
    c = _terminated("expiry")
    assert only(run(c, "2025-10-20", law), UNION) == []


def test_notice_before_the_end_has_no_amount_yet(law) -> None:
    c = case(
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[_notice(EndGround.ART39, union_notified=False)],
    )
    f = one(run(c, "2025-09-10", law), UNION)
    assert f.amount is None and f.alternatives == ()


# --- protected-worker-terminated ----------------------------------------------------------

PROTECTED = "protected-worker-terminated"


def _protected(kind: str, start: str, end: str | None) -> tuple[ProtectedPeriod, ...]:
    return (
        ProtectedPeriod(
            kind=ProtectedKind(kind),
            from_=date.fromisoformat(start),
            to=None if end is None else date.fromisoformat(end),
        ),
    )


def test_pregnant_worker_terminated_on_art40_is_2n(law) -> None:
    c = _terminated("art40_3", _notice(EndGround.ART40_3, union_notified=True))
    c = replace(c, info=replace(c.info, protected=_protected("pregnancy", "2025-06-01", None)))  # type: ignore[attr-defined]
    f = one(run(c, "2025-10-20", law), PROTECTED)
    assert f.amount == DOUBLE == D("40000.00")
    assert f.severity == "high" and f.confidence == "statute"
    assert ("labour_contract_law", "42") in {(b.law, b.article) for b in f.basis}
    texts = render_both(f.explanation)
    assert "孕期" in texts["zh"] and "2025-06-01" in texts["en"]


def test_protected_period_ended_before_the_notice(law) -> None:
    # Medical period 2025-03-01..2025-06-30; notice 2025-09-01, end 2025-09-30.
    c = _terminated("art40_1", _notice(EndGround.ART40_1, union_notified=True))
    c = replace(
        c, info=replace(c.info, protected=_protected("medical_period", "2025-03-01", "2025-06-30"))
    )  # type: ignore[attr-defined]
    assert only(run(c, "2025-10-20", law), PROTECTED) == []


def test_dismissal_for_fault_is_not_barred_by_art42(law) -> None:
    c = _terminated("art39", _notice(EndGround.ART39, union_notified=True))
    c = replace(c, info=replace(c.info, protected=_protected("pregnancy", "2025-06-01", None)))  # type: ignore[attr-defined]
    assert only(run(c, "2025-10-20", law), PROTECTED) == []


def test_dispatched_worker_returned_during_medical_period(law) -> None:
    c = case(
        arrangement="dispatch",
        dispatch=dispatch("2026-12-31"),
        payments=month_payments("2024-01-01", "2025-08-31", "10000"),
        incidents=[
            incident(
                "R1", "2025-09-01", IncidentKind.RETURNED_TO_AGENCY, ground=ReturnGround.ART40_3
            )
        ],
        protected=_protected("medical_period", "2025-08-15", "2025-11-15"),
    )
    report = run(c, "2025-09-20", law)
    f = one(report, PROTECTED)
    assert f.respondents == ("employer", "client")
    assert f.amount is None
    assert ("dispatch_provisions", "13") in {(b.law, b.article) for b in f.basis}
    # art40_3 is an allowed return ground in general: the dispatch-return rule is quiet
    assert only(report, "dispatch-return-ground-not-allowed") == []


# --- absence-pretext ------------------------------------------------------------------------

ABSENCE = "absence-pretext"


def _standby_then(
    *incidents: object, working: tuple[str, str] | None = None, **kw: object
) -> object:
    # Working until 2025-07-31, standby at home from 2025-08-01 to 2025-09-30.
    days = span("2025-08-01", "2025-09-30", DayStatus.STANDBY)
    if working is not None:
        days = [d for d in days if not working[0] <= d.date.isoformat() <= working[1]]
        days += span(working[0], working[1], DayStatus.WORKING)
    return case(
        days=days,
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=list(incidents),
        **kw,
    )


def _absence_notice(text: str) -> object:
    return incident(
        "T1",
        "2025-09-20",
        IncidentKind.TERMINATION_NOTICE,
        ground=EndGround.ART39,
        stated_ground_text=text,
        union_notified=True,
    )


def test_dismissed_for_absence_on_standby_days_is_2n(law) -> None:
    # Ended 2025-09-30 on art. 39; 2 years of service (module docstring).
    # Base over 2024-10..2025-09, each month the higher of the pay recorded and what
    # was due (Reg. 27): Oct 2024–Jul 2025 10 × 10000; August 2025 is the first standby
    # cycle (due 10000); September is standby, due at the Beijing floor 0.7 × 2540 =
    # 1778, but the payments record 10000 for it, and pay recorded counts. Base =
    # 12 × 10000 / 12 = 10000. N = 10000 × 2 = 20000; 2N = 40000.00.
    # (With September paid at the floor the base would be 111778 / 12 = 9314.83 and
    # 2N 37259.32: test_severance.py covers standby months at the floor.)
    c = _standby_then(
        _absence_notice("2025年9月15日至2025-09-17连续旷工三日"),
        employment_ended=ended("2025-09-30", "art39"),
    )
    f = one(run(c, "2025-10-20", law), ABSENCE)
    assert f.amount == D("10000") * 2 * 2 == D("40000.00")
    assert f.severity == "high" and f.confidence == "practice"
    assert "day:2025-09-15" in f.refs and "day:2025-09-17" in f.refs
    assert "2025-09-15, 2025-09-17" in render_both(f.explanation)["en"]


def test_absence_alleged_on_a_day_logged_as_working(law) -> None:
    # The worker logged 2025-09-15..09-17 as working: a dispute of fact, not this pattern.
    c = _standby_then(
        _absence_notice("2025-09-15 至 2025-09-17 旷工"),
        working=("2025-09-15", "2025-09-17"),
        employment_ended=ended("2025-09-30", "art39"),
    )
    assert only(run(c, "2025-10-20", law), ABSENCE) == []


def test_absence_warning_without_dates_uses_the_last_logged_day(law) -> None:
    # A warning on 2025-09-10 "for absence", no dates written: the last logged day on or
    # before it (2025-09-10, standby) was a day at home. Not ended: no amount.
    warning = incident(
        "W1", "2025-09-10", IncidentKind.PERFORMANCE_WARNING, quote="HR: 你已连续旷工，限期返岗"
    )
    f = one(run(_standby_then(warning), "2025-09-20", law), ABSENCE)
    assert f.amount is None
    assert f.refs[:2] == ("incident:W1", "day:2025-09-10")


def test_a_warning_about_something_else_is_not_an_absence_allegation(law) -> None:
    warning = incident("W1", "2025-09-10", IncidentKind.PERFORMANCE_WARNING, quote="绩效不达标")
    assert only(run(_standby_then(warning), "2025-09-20", law), ABSENCE) == []


# --- incompetence-without-training -------------------------------------------------------

INCOMPETENT = "incompetence-without-training"


def _incompetence_case(*incidents: object, days: tuple = (), ended_on: bool = True) -> object:
    return case(
        days=list(days),
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=list(incidents),
        employment_ended=ended("2025-09-30", "art40_2") if ended_on else None,
    )


def _claim(when: str = "2025-08-01") -> object:
    return incident("C1", when, IncidentKind.INCOMPETENCE_CLAIM)


def _art40_2() -> object:
    return incident(
        "T1",
        "2025-09-01",
        IncidentKind.TERMINATION_NOTICE,
        ground=EndGround.ART40_2,
        union_notified=True,
    )


def test_dismissed_as_incompetent_without_training_is_2n(law) -> None:
    # 2N = 10000 × 2 years × 2 = 40000.00 (module docstring); if the ground is accepted:
    # N + one month's notice pay (Reg. 20) = 20000 + 10000 = 30000.00
    f = one(run(_incompetence_case(_claim(), _art40_2()), "2025-10-20", law), INCOMPETENT)
    assert f.amount == DOUBLE == D("40000.00")
    assert f.alternatives[0].amount == N + D("10000") == D("30000.00")
    assert f.severity == "high" and f.confidence == "statute"
    assert f.refs == ("incident:T1", "incident:C1")
    assert ("spc_guiding_cases", "18") in {(b.law, b.article) for b in f.basis}


def test_training_offered_before_the_claim_counts(law) -> None:
    training = incident("TR", "2025-07-01", IncidentKind.TRAINING_OFFERED)
    report = run(_incompetence_case(training, _claim(), _art40_2()), "2025-10-20", law)
    assert only(report, INCOMPETENT) == []


def test_claim_without_training_yet_has_no_amount(law) -> None:
    report = run(_incompetence_case(_claim(), ended_on=False), "2025-08-20", law)
    f = one(report, INCOMPETENT)
    assert f.severity == "medium" and f.amount is None
    assert "12348" in render_both(f.summary)["zh"]


def test_claim_followed_by_an_offer_of_another_post(law) -> None:
    offer = incident("RA", "2025-08-10", IncidentKind.REASSIGNMENT_OFFERED)
    report = run(_incompetence_case(_claim(), offer, ended_on=False), "2025-08-20", law)
    assert only(report, INCOMPETENT) == []


def test_assessment_made_during_standby(law) -> None:
    # Training was offered, but the assessment covers August 2025, all of it logged standby.
    training = incident("TR", "2025-07-01", IncidentKind.TRAINING_OFFERED)
    assessment = incident(
        "A1",
        "2025-08-31",
        IncidentKind.ASSESSMENT,
        period_start=date(2025, 8, 1),
        period_end=date(2025, 8, 31),
        result="不合格",
    )
    c = _incompetence_case(
        training,
        assessment,
        _claim("2025-08-31"),
        _art40_2(),
        days=tuple(span("2025-08-01", "2025-08-31", DayStatus.STANDBY)),
    )
    f = one(run(c, "2025-10-20", law), INCOMPETENT)
    assert f.confidence == "practice"
    assert ("beijing_arbitration_cases", "2025-10") in {(b.law, b.article) for b in f.basis}
    assert "incident:A1" in f.refs
    assert "standby" in render_both(f.explanation)["en"]


def test_notice_without_a_ground_takes_the_ended_ground(law) -> None:
    # The notice states no ground; employment_ended records art40_2: same 2N as above.
    notice = incident("T1", "2025-09-01", IncidentKind.TERMINATION_NOTICE, union_notified=True)
    f = one(run(_incompetence_case(_claim(), notice), "2025-10-20", law), INCOMPETENT)
    assert f.key == "incompetence-without-training@T1"
    assert f.amount == DOUBLE == D("40000.00")
