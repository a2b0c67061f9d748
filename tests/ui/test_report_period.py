"""报告 period: "from" defaults to the first standby day (else the case start),
"to" to today; from after to is refused at the field and nothing runs; a
valid period reaches `caseapp report --from/--as-of` (read back from the PDF)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from caseapp.ui.report_view import ReportView
from tests.ui.conftest import open_new_case
from tests.ui.test_report_view import _view, _with_pay


def test_defaults_and_validation(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _with_pay(qtbot, parts)  # weekdays benched from 2025-01-01
    parts.window.show_view("report")
    view = _view(parts)
    assert view.period_from.text() == "2025-01-01"
    assert view.as_of.text() == parts.session.clock.today().isoformat()
    out = tmp_path / "out"
    out.mkdir()
    view.period_from.setText("2025-05-01")
    view.as_of.setText("2025-04-30")
    assert not view.make_pdf(out / "x.pdf")
    assert view.fields["from"].error.text()
    assert not view.fields["as_of"].error.text()
    assert not view.share(out)
    assert list(out.iterdir()) == [] and not view.job.running
    view.period_from.setText("2025-13-01")
    assert not view.make_pdf(out / "x.pdf")
    assert view.fields["from"].error.text()
    # a day the worker typed is kept when the case changes
    view.period_from.textEdited.emit("2025-02-01")
    view.period_from.setText("2025-02-01")
    parts.session.reload()
    qtbot.wait(300)
    assert view.period_from.text() == "2025-02-01"


def test_case_start_when_nothing_benched(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    parts.window.show_view("report")
    view = parts.window.views["report"]
    assert isinstance(view, ReportView)
    assert view.period_from.text() == "2024-03-01"  # the contract start


def test_period_reaches_the_pdf(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _with_pay(qtbot, parts)
    view = _view(parts)
    view.period_from.setText("2025-02-01")
    view.as_of.setText("2025-03-31")
    out = tmp_path / "brief.pdf"
    with qtbot.waitSignal(view.job.finished, timeout=180_000):
        assert view.make_pdf(out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert "报告期间" in text
    assert "2025" in text
