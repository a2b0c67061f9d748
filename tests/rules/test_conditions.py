"""working-conditions-withdrawn: fires while employed; the exit handover does not count."""

from __future__ import annotations

from caseapp.domain.vocab import IncidentKind
from rules.builders import case, ended, incident, month_payments
from rules.helpers import one, only, run

PAID = month_payments("2024-01-01", "2025-09-30", "10000")


def test_access_revoked_while_employed(law) -> None:
    c = case(
        payments=PAID,
        incidents=[
            incident("A1", "2025-09-03", IncidentKind.ACCESS_REVOKED),
            incident("H1", "2025-09-10", IncidentKind.HUMILIATING_TASK),
        ],
    )
    f = one(run(c, "2025-10-20", law), "working-conditions-withdrawn")
    assert f.severity == "high" and f.refs == ("incident:A1", "incident:H1")
    assert any(b.article == "38" and b.paragraph == 1 and b.item == 1 for b in f.basis)


def test_humiliating_task_alone_has_its_own_title(law) -> None:
    c = case(payments=PAID, incidents=[incident("H1", "2025-09-10", IncidentKind.HUMILIATING_TASK)])
    f = one(run(c, "2025-10-20", law), "working-conditions-withdrawn")
    assert f.title.key.endswith(".humiliating.title")


def test_handover_on_the_last_day_is_not_counted(law) -> None:
    c = case(
        payments=PAID,
        incidents=[incident("A1", "2025-09-30", IncidentKind.ACCESS_REVOKED)],
        employment_ended=ended("2025-09-30", "expiry"),
    )
    assert only(run(c, "2025-10-20", law), "working-conditions-withdrawn") == []
