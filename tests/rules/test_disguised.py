"""disguised-dispatch: two client-side indicators fire; one does not."""

from __future__ import annotations

from datetime import date

from caseapp.domain.model import Control, Task
from caseapp.domain.vocab import ControlBy, Party
from rules.builders import case, month_payments
from rules.helpers import one, only, run

PAID = month_payments("2024-01-01", "2025-09-30", "10000")


def test_client_keeps_attendance_and_assigns_tasks(law) -> None:
    c = case(
        payments=PAID,
        control=Control(attendance_by=ControlBy.CLIENT),
        tasks=(
            Task(
                id="T1",
                assigned_on=date(2025, 3, 3),
                title="接口开发",
                assigned_by_party=Party.CLIENT,
            ),
        ),
    )
    f = one(run(c, "2025-10-20", law), "disguised-dispatch")
    assert f.respondents == ("employer", "client")
    assert f.calculation.inputs["indicators"] == "attendance_by, tasks_by"
    assert f.refs == ("task:T1",)


def test_one_indicator_is_not_enough(law) -> None:
    c = case(
        payments=PAID, control=Control(attendance_by=ControlBy.CLIENT, tasks_by=ControlBy.EMPLOYER)
    )
    assert only(run(c, "2025-10-20", law), "disguised-dispatch") == []


def test_direct_employment_is_not_checked(law) -> None:
    c = case(
        payments=PAID,
        arrangement="direct",
        control=Control(attendance_by=ControlBy.CLIENT, tasks_by=ControlBy.CLIENT),
    )
    assert only(run(c, "2025-10-20", law), "disguised-dispatch") == []
