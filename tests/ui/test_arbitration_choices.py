"""申请仲裁 in 案件设置 (issue 10): the worker's choices for filing — where to
apply, the commission's name, the remedy — saved as `case.arbitration` and
read back (the open case and a fresh load); nothing chosen records no key,
clearing every choice removes it; the commission's name reaches 此致 in a
real filing PDF."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader

from caseapp.casefile.encode import case_to_document
from caseapp.domain.model import Arbitration
from caseapp.domain.vocab import ArbitrationPlace, Remedy
from caseapp.ui.case_settings_view import CaseSettingsView
from caseapp.ui.report_view import ReportView

from .conftest import benched_case, open_new_case, run

SHOTS = Path(os.environ.get("CASEAPP_SHOTS", "")) if os.environ.get("CASEAPP_SHOTS") else None
COMMISSION = "杭州市余杭区劳动人事争议仲裁委员会"


def _settings(qtbot, parts) -> CaseSettingsView:  # type: ignore[no-untyped-def]
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    return view


def _save(qtbot, parts, view: CaseSettingsView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(parts.session.saved, timeout=10_000):
        view.save()


def _fresh(qtbot, parts):  # type: ignore[no-untyped-def]
    return run(qtbot, parts, lambda s: s.load_case(parts.session.case_id))


def test_choices_are_recorded_only_when_made(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    view = _settings(qtbot, parts)
    a = view.form.arbitration
    assert a.isVisibleTo(view)
    # nothing proposed: every choice starts undecided
    assert a.place.currentData() is None and a.remedy.currentData() is None
    assert not a.commission.text()
    assert "12348" in a.fields["remedy"].hint.text()
    assert "12333" in a.fields["commission"].hint.text()
    # saving without choosing records no `arbitration` key
    _save(qtbot, parts, view)
    assert parts.session.case.info.arbitration is None
    assert "arbitration" not in case_to_document(_fresh(qtbot, parts))["case"]
    # choose all three
    a.place.setCurrentIndex(a.place.findData("performance"))
    a.commission.setText(f"  {COMMISSION} ")
    a.remedy.setCurrentIndex(a.remedy.findData("reinstatement"))
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.form.arbitration.grab().save(str(SHOTS / "settings-arbitration.png"))
    _save(qtbot, parts, view)
    want = Arbitration(ArbitrationPlace.PERFORMANCE, COMMISSION, Remedy.REINSTATEMENT)
    assert parts.session.case.info.arbitration == want
    fresh = _fresh(qtbot, parts)
    assert fresh.info.arbitration == want
    assert case_to_document(fresh)["case"]["arbitration"] == {
        "place": "performance",
        "commission": COMMISSION,
        "remedy": "reinstatement",
    }
    view.show_case(fresh)  # shown again as recorded
    assert a.place.currentData() == "performance" and a.commission.text() == COMMISSION
    assert a.remedy.currentData() == "reinstatement"
    # only the remedy taken back: the rest stays
    a.remedy.setCurrentIndex(a.remedy.findData(None))
    _save(qtbot, parts, view)
    assert parts.session.case.info.arbitration == Arbitration(
        ArbitrationPlace.PERFORMANCE, COMMISSION
    )
    # every choice cleared back to "not decided": the key goes
    a.place.setCurrentIndex(a.place.findData(None))
    a.commission.clear()
    _save(qtbot, parts, view)
    assert parts.session.case.info.arbitration is None
    assert "arbitration" not in case_to_document(_fresh(qtbot, parts))["case"]


def test_an_empty_arbitration_read_is_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.arbitration_choices import ArbitrationChoices

    a = ArbitrationChoices()
    a.load(Arbitration())
    assert a.apply(Arbitration()) == Arbitration()  # `{}` as read, written back as `{}`
    assert a.apply(None) is None
    a.remedy.setCurrentIndex(a.remedy.findData("damages"))
    assert a.apply(None) == Arbitration(remedy=Remedy.DAMAGES)
    a.remedy.setCurrentIndex(0)
    kept = Arbitration(remedy=Remedy.DAMAGES, extra={"x-note": 1})
    assert a.apply(kept) == Arbitration(extra={"x-note": 1})  # unknown keys kept


def test_the_commission_reaches_the_filing_pdf(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts, "2025-01-01", "2025-03-31")
    view = _settings(qtbot, parts)
    a = view.form.arbitration
    a.place.setCurrentIndex(a.place.findData("employer"))
    a.commission.setText(COMMISSION)
    _save(qtbot, parts, view)
    parts.window.show_view("report")
    report = parts.window.views["report"]
    assert isinstance(report, ReportView)
    report.as_of.setText("2025-04-30")
    report.filing.setChecked(True)
    out = tmp_path / "filing.pdf"
    with qtbot.waitSignal(report.job.finished, timeout=180_000):
        assert report.make_pdf(out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    closing = text[text.index("此致") :]
    assert COMMISSION in closing[:200].replace("\n", ""), closing[:200]
