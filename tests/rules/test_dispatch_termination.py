"""dispatch-termination-after-return: 2N computed by hand; a refused fair offer does not fire."""

from __future__ import annotations

from decimal import Decimal as D

from caseapp.domain.vocab import EndGround, IncidentKind, Response, ReturnGround, Terms
from rules.builders import case, dispatch, ended, incident, month_payments
from rules.helpers import one, only, run


def _dispatched(*extra: object) -> object:
    return case(
        arrangement="dispatch",
        dispatch=dispatch(),
        payments=month_payments("2024-01-01", "2025-06-30", "10000"),
        incidents=[
            incident(
                "R1",
                "2025-06-30",
                IncidentKind.RETURNED_TO_AGENCY,
                ground=ReturnGround.AGREEMENT_EXPIRED,
            ),
            incident(
                "T1",
                "2025-06-30",
                IncidentKind.TERMINATION_NOTICE,
                ground=EndGround.OTHER,
                union_notified=True,
            ),
            *extra,
        ],
        employment_ended=ended("2025-06-30", "other"),
    )


def test_terminated_with_no_offer_is_2n(law) -> None:
    # 2024-01-01..2025-06-30: 18 months → 2 years; base = 10000 (12 whole months at 10000);
    # N = 20000.00; 2N = 40000.00
    f = one(run(_dispatched(), "2025-07-20", law), "dispatch-termination-after-return")
    assert f.amount == D("10000") * 2 * 2 == D("40000.00")
    assert f.alternatives[0].amount == D("20000.00")
    assert f.respondents == ("employer", "client")


def test_only_worse_offer_refused_still_fires(law) -> None:
    offer = incident(
        "O1",
        "2025-06-30",
        IncidentKind.REDISPATCH_OFFER,
        terms=Terms.WORSE,
        response=Response.OBJECTED_IN_WRITING,
    )
    f = one(run(_dispatched(offer), "2025-07-20", law), "dispatch-termination-after-return")
    assert f.title.key.endswith(".worse.title")


def test_refused_same_or_better_offer_does_not_fire(law) -> None:
    offer = incident(
        "O1",
        "2025-06-30",
        IncidentKind.REDISPATCH_OFFER,
        terms=Terms.SAME_OR_BETTER,
        response=Response.OBJECTED_IN_WRITING,
    )
    assert (
        only(run(_dispatched(offer), "2025-07-20", law), "dispatch-termination-after-return") == []
    )


def test_worker_resigning_after_return_does_not_fire(law) -> None:
    c = case(
        arrangement="dispatch",
        dispatch=dispatch(),
        payments=month_payments("2024-01-01", "2025-06-30", "10000"),
        incidents=[
            incident(
                "R1",
                "2025-06-01",
                IncidentKind.RETURNED_TO_AGENCY,
                ground=ReturnGround.PROJECT_ENDED,
            )
        ],
        employment_ended=ended("2025-06-30", "art38"),
    )
    assert only(run(c, "2025-07-20", law), "dispatch-termination-after-return") == []
