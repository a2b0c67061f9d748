"""targeted-standby: fires on signs that the standby singles the worker out."""

from __future__ import annotations

from decimal import Decimal as D

from caseapp.domain.vocab import DayStatus, IncidentKind, Scope
from rules.builders import case, incident, month_payments, payment, span
from rules.helpers import one, only, run


def _bench(*incidents: object) -> object:
    return case(
        days=span("2025-07-01", "2025-09-30", DayStatus.STANDBY),
        payments=[
            *month_payments("2024-01-01", "2025-07-31", "10000"),
            payment("2025-08-01", "2025-08-31", "1694", kind="standby"),
            payment("2025-09-01", "2025-09-30", "1778", kind="standby"),
        ],
        incidents=list(incidents),
    )


def test_colleagues_still_working(law) -> None:
    # Standby from 2025-07-01; first cycle July paid in full; August and September at
    # exactly the Beijing floor (0.7 × 2420 = 1694; 0.7 × 2540 = 1778): no floor shortfall.
    # The full-wage reading: (10000 − 1694) + (10000 − 1778) = 16528.00
    report = run(
        _bench(incident("C1", "2025-08-12", IncidentKind.COLLEAGUES_STILL_WORKING)),
        "2025-10-20",
        law,
    )
    f = one(report, "targeted-standby")
    assert f.amount is None and f.confidence == "contested"
    assert "incident:C1" in f.refs
    assert f.alternatives[0].amount == D("10000") - D("1694") + D("10000") - D("1778")
    assert only(report, "standby-below-floor") == []


def test_individual_standby_notice(law) -> None:
    notice = incident("N1", "2025-06-30", IncidentKind.STANDBY_NOTICE, scope=Scope.INDIVIDUAL)
    f = one(run(_bench(notice), "2025-10-20", law), "targeted-standby")
    assert f.title.key == "rules.targeted-standby.notice.title"


def test_department_notice_and_late_sign_do_not_fire(law) -> None:
    # A department-wide notice is not a sign; a hiring ad seen 60 days after the standby
    # ended is outside the episode's window.
    report = run(
        _bench(
            incident("N1", "2025-06-30", IncidentKind.STANDBY_NOTICE, scope=Scope.DEPARTMENT),
            incident("H1", "2025-11-29", IncidentKind.HIRING_SAME_ROLE),
        ),
        "2025-12-20",
        law,
    )
    assert only(report, "targeted-standby") == []
