"""contract-expiry: N computed by hand; a refused equal renewal and a far end do not fire."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from caseapp.domain.model import Contract, PriorService
from caseapp.domain.vocab import IncidentKind, Response, Terms
from rules.builders import case, ended, incident, month_payments
from rules.helpers import one, only, run


def _fixed(end: str, *incidents: object, **kw: object) -> object:
    return case(
        contract=Contract(
            kind="fixed", start=date(2024, 1, 1), end=date.fromisoformat(end), written=True
        ),
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
        incidents=list(incidents),
        **kw,
    )


def test_ends_within_60_days(law) -> None:
    # Ends 2025-12-31; as of 2025-11-10 (51 days). Service 2024-01-01..2025-12-31 = 2 years;
    # base: 12 whole months before 2025-11-10 (2024-11..2025-10) — October 2025 has no pay
    # record but is due at the wage in force, 10000 → base 10000; N = 20000.00
    f = one(run(_fixed("2025-12-31"), "2025-11-10", law), "contract-expiry")
    assert f.severity == "medium"
    assert f.amount == D("10000") * 2 == D("20000.00")


def test_ended_by_expiry(law) -> None:
    c = _fixed("2025-06-30", employment_ended=ended("2025-06-30", "expiry"))
    f = one(run(c, "2025-07-20", law), "contract-expiry")
    # 18 months → 2 years; base 10000; N = 20000.00
    assert f.severity == "high" and f.amount == D("20000.00")


def test_refused_renewal_on_equal_terms_does_not_fire(law) -> None:
    offer = incident(
        "O1",
        "2025-11-01",
        IncidentKind.RENEWAL_OFFER,
        terms=Terms.SAME_OR_BETTER,
        response=Response.OBJECTED_IN_WRITING,
    )
    assert only(run(_fixed("2025-12-31", offer), "2025-11-10", law), "contract-expiry") == []


def test_worse_renewal_refused_still_fires(law) -> None:
    offer = incident(
        "O1",
        "2025-11-01",
        IncidentKind.RENEWAL_OFFER,
        terms=Terms.WORSE,
        response=Response.OBJECTED_IN_WRITING,
    )
    f = one(run(_fixed("2025-12-31", offer), "2025-11-10", law), "contract-expiry")
    assert f.refs == ("incident:O1",)


def test_end_61_days_away_is_quiet(law) -> None:
    # 2025-12-31 is 61 days after 2025-10-31.
    assert only(run(_fixed("2025-12-31"), "2025-10-31", law), "contract-expiry") == []
    assert one(run(_fixed("2025-12-31"), "2025-11-01", law), "contract-expiry")


def test_second_fixed_term_mentions_open_ended(law) -> None:
    prior = PriorService(
        employer="同一公司",
        start=date(2022, 1, 1),
        end=date(2023, 12, 31),
        same_workplace=True,
        severance_paid=False,
    )
    f = one(run(_fixed("2025-12-31", prior_service=(prior,)), "2025-11-10", law), "contract-expiry")
    assert any(m.key.endswith(".next.open_ended") for m in f.next_steps)
    assert any(b.article == "14" for b in f.basis)


def test_expiry_claim_runs_from_the_contract_end(law) -> None:
    c = _fixed("2025-06-30", employment_ended=ended("2025-06-30", "expiry"))
    report = run(c, "2025-07-20", law)
    deadline = next(d for d in report.deadlines if d.claim == "contract-expiry")
    assert (deadline.from_, deadline.last_day) == (date(2025, 6, 30), date(2026, 6, 30))


def test_work_going_on_after_the_end_is_not_an_expiry(law) -> None:
    # End 2025-06-30 passed, not recorded as ended, and July–September were paid: the
    # work went on, so nothing fires; without those later records it would.
    c = case(
        contract=Contract(
            kind="fixed", start=date(2024, 1, 1), end=date(2025, 6, 30), written=True
        ),
        payments=month_payments("2024-01-01", "2025-09-30", "10000"),
    )
    assert only(run(c, "2025-10-20", law), "contract-expiry") == []
    c2 = case(
        contract=Contract(
            kind="fixed", start=date(2024, 1, 1), end=date(2025, 6, 30), written=True
        ),
        payments=month_payments("2024-01-01", "2025-06-30", "10000"),
    )
    assert one(run(c2, "2025-07-20", law), "contract-expiry").severity == "high"


def test_a_day_logged_after_the_end_shows_the_work_went_on(law) -> None:
    from caseapp.domain.vocab import DayStatus
    from rules.builders import span

    c = case(
        contract=Contract(
            kind="fixed", start=date(2024, 1, 1), end=date(2025, 6, 30), written=True
        ),
        payments=month_payments("2024-01-01", "2025-06-30", "10000"),
        days=span("2025-07-01", "2025-07-04", DayStatus.WORKING),
    )
    assert only(run(c, "2025-07-20", law), "contract-expiry") == []
