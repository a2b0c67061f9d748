"""limitation-deadline and the per-claim deadlines; data-gap; parameter-stale;
the clean case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from caseapp.domain.vocab import EndGround, IncidentKind
from caseapp.i18n import render_both
from rules.builders import case, ended, incident, month_payments
from rules.helpers import one, only, run

RULE = "objective-change-not-shown"


def _terminated(*extra: object) -> object:
    return case(
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=[
            incident(
                "T1",
                "2025-09-01",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.ART40_3,
                union_notified=True,  # only the objective-change claim is in play here
            ),
            *extra,
        ],
        employment_ended=ended("2025-09-30", "art40_3"),
    )


def test_deadline_within_60_days(law) -> None:
    # Terminated 2025-09-30: one year → last day 2026-09-30; on 2026-08-15, 46 days left.
    report = run(_terminated(), "2026-08-15", law)
    f = one(report, "limitation-deadline")
    assert f.period is not None and f.period.end == dt.date(2026, 9, 30)
    deadline = next(d for d in report.deadlines if d.claim == RULE)
    assert deadline.last_day == dt.date(2026, 9, 30)


def test_deadline_far_away_is_quiet(law) -> None:
    assert only(run(_terminated(), "2026-06-01", law), "limitation-deadline") == []


def test_demand_asserting_the_claim_restarts_it(law) -> None:
    demand = incident("D1", "2026-03-01", IncidentKind.DEMAND_SENT, asserts=(RULE,))
    report = run(_terminated(demand), "2026-08-15", law)
    # The demand restarts the claim it asserts (2N on the objective-change
    # ground): no warning for it, last day 2027-03-01. The art. 40 ending also
    # owes severance N plus notice pay (severance-due), a claim the demand did
    # not assert: its period still ends 2026-09-30 (the strict reading), so it
    # alone is warned about.
    deadline = next(d for d in report.deadlines if d.claim == RULE)
    assert deadline.last_day == dt.date(2027, 3, 1)
    f = one(report, "limitation-deadline")
    assert f.key == "limitation-deadline@severance-due"
    assert f.period is not None and f.period.end == dt.date(2026, 9, 30)
    both = (
        incident("D1", "2026-03-01", IncidentKind.DEMAND_SENT, asserts=(RULE, "severance-due")),
    )
    assert only(run(_terminated(*both), "2026-08-15", law), "limitation-deadline") == []


def test_demand_asserting_another_claim_restarts_nothing(law) -> None:
    demand = incident("D1", "2026-03-01", IncidentKind.DEMAND_SENT, asserts=("late-wages",))
    report = run(_terminated(demand), "2026-08-15", law)
    assert one(report, "limitation-deadline")


def test_after_the_last_day_never_says_expired(law) -> None:
    f = one(run(_terminated(), "2026-10-10", law), "limitation-deadline")
    texts = render_both(f.title) | {}
    both = render_both(f.explanation)
    assert "may be time-barred if the employer raises it" in both["en"]
    assert "expired" not in both["en"].lower() and "已过期" not in both["zh"]
    assert texts


def test_wage_arrears_not_running_during_employment(law) -> None:
    pays = month_payments("2024-01-01", "2025-07-31", "10000") + month_payments(
        "2025-08-01", "2025-08-31", "8000"
    )
    report = run(case(payments=pays), "2026-12-01", law)
    deadline = next(d for d in report.deadlines if d.claim == "unilateral-pay-cut")
    assert deadline.last_day is None
    assert only(report, "limitation-deadline") == []


def test_clean_case_has_nothing_above_info(law) -> None:
    # Working every working day, paid 10000 on the 15th, written contract.
    c = case(payments=month_payments("2024-01-01", "2025-09-30", "10000"))
    report = run(c, "2025-10-20", law)
    assert [f.key for f in report.findings if f.severity != "info"] == []


def test_parameter_stale(law) -> None:
    # Beijing's newest figure is 2025-09-01; on 2027-10-01 it is more than 24 months old.
    c = case(payments=month_payments("2024-01-01", "2027-08-31", "10000"))
    f = one(run(c, "2027-10-01", law), "parameter-stale")
    assert f.severity == "low"
    assert only(run(c, "2027-08-01", law), "parameter-stale") == []


def test_unknown_city_is_a_data_gap(law) -> None:
    c = case(payments=month_payments("2024-01-01", "2025-09-30", "10000"), city="other")
    gaps = only(run(c, "2025-10-20", law), "data-gap")
    assert any("minimum_wage" in f.key for f in gaps)


def test_amounts_are_never_negative(law) -> None:
    c = case(payments=month_payments("2024-01-01", "2025-09-30", "12000"))
    for f in run(c, "2025-10-20", law).findings:
        assert f.amount is None or f.amount >= D(0)


def test_records_after_as_of_are_not_considered(law) -> None:
    # As of 2025-08-20, the July standby pay paid on 2025-08-25 was not yet received,
    # and standby logged from 2025-08-21 had not happened.
    from caseapp.domain.vocab import DayStatus
    from rules.builders import payment, span

    c = case(
        days=span("2025-07-01", "2025-09-30", DayStatus.STANDBY),
        payments=[
            *month_payments("2024-01-01", "2025-06-30", "10000"),
            payment("2025-07-01", "2025-07-31", "10000", paid_on="2025-08-25"),
        ],
    )
    report = run(c, "2025-08-20", law)
    # July's pay was due 2025-08-15 (+7 grace days → 2025-08-22): not yet late on 08-20,
    # and not yet paid, so the first cycle is unknown rather than short or paid.
    assert only(report, "standby-first-cycle-underpaid") == []
    f = one(report, "prolonged-standby")
    assert f.period is not None and f.period.end.isoformat() == "2025-08-20"
    assert any("payment_missing" in g.key for g in only(report, "data-gap"))


def test_unconfirmed_standby_share_gives_a_range(law) -> None:
    # Tianjin: the share after the first cycle is not confirmed (law data: a gap,
    # with the COVID-period 80 % and a 100 % summary as plausible values). Issue
    # 11: the finding comes on the lowest share the sources leave open (70 %:
    # Beijing, Shandong), `unconfirmed`, with the higher shares as alternatives.
    # Standby from 2025-07-01, July paid in full, August paid 1500; minimum 2320.
    # At 0.7: 0.7 × 2320 − 1500 = 124.00; at 0.8: 356.00; at 1: 2320 − 1500 = 820.00
    from caseapp.domain.vocab import DayStatus
    from rules.builders import payment, span

    c = case(
        city="tianjin",
        days=span("2025-07-01", "2025-08-31", DayStatus.STANDBY),
        payments=[
            *month_payments("2024-01-01", "2025-07-31", "10000"),
            payment("2025-08-01", "2025-08-31", "1500", kind="standby"),
        ],
    )
    report = run(c, "2025-09-20", law)
    f = one(report, "standby-below-floor")
    assert f.amount == D("0.7") * D("2320") - D("1500") == D("124.00")
    assert f.confidence == "unconfirmed"
    ratio = next(p for p in f.calculation.parameters if p.name == "after_ratio")
    assert ratio.value == "0.7" or D(str(ratio.value)) == D("0.7")
    amounts = sorted(a.amount for a in f.alternatives if a.amount is not None)
    assert D("0.8") * D("2320") - D("1500") in amounts  # 356.00
    assert D("2320") - D("1500") in amounts  # 820.00
    assert not [g for g in only(report, "data-gap") if "standby_ratio" in g.key]
