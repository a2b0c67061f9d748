"""申请仲裁 → the remedy (赔偿金 2N or 继续履行) stays shown; where no ending by
the company is on record a note says the application uses it only once there
is one (a decision: docs/format.md). The note goes when a termination notice
is recorded, and for an ending on the company's grounds; not for the
worker's own resignation."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.model import EmploymentEnded, Incident
from caseapp.domain.vocab import EndGround, IncidentKind
from caseapp.ui.arbitration_choices import company_ended
from caseapp.ui.case_settings_view import CaseSettingsView

from .conftest import benched_case


def test_the_remedy_note_follows_the_records(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    a = view.form.arbitration
    assert a.fields["remedy"].isVisibleTo(view) and a.remedy_note.isVisibleTo(view)
    case = parts.session.case
    info = case.info
    worker_left = EmploymentEnded(dt.date(2025, 5, 1), EndGround.ART37)
    assert not company_ended(
        dataclasses.replace(case, info=dataclasses.replace(info, employment_ended=worker_left))
    )
    dismissed = EmploymentEnded(dt.date(2025, 5, 1), EndGround.ART40_3)
    assert company_ended(
        dataclasses.replace(case, info=dataclasses.replace(info, employment_ended=dismissed))
    )
    done: list[object] = []
    notice = Incident("I1", dt.date(2025, 4, 30), IncidentKind.TERMINATION_NOTICE, "解除通知")
    parts.session.save_record(notice, done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    qtbot.waitUntil(lambda: not a.remedy_note.isVisibleTo(view), timeout=5_000)
    assert a.fields["remedy"].isVisibleTo(view)
