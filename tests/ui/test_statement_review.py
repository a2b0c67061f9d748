"""事实与理由：逐段确认 (caseapp/ui/statement_review.py): opened from the report
view and from case settings, drafted by the real `caseapp report -o OUT.json`
subprocess; the worker keeps, edits, drops and includes paragraphs by clicking;
the choices are saved through the service (journalled, undone by undo), read
back fresh, honoured by a real filing PDF read with pypdf, and shown as stale
after the record changed. The dialog fits 1366×768, in zh and en, and at 2×."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from caseapp.casefile.encode import case_to_document
from caseapp.domain.model import Day, Incident
from caseapp.domain.vocab import DayStatus, IncidentKind, Party, Response, StatementAction
from caseapp.ui.case_settings_view import CaseSettingsView
from caseapp.ui.report_view import ReportView
from caseapp.ui.statement_review import DROP, EDIT, INCLUDE, KEEP, StatementReview

from .conftest import benched_case, make_parts, run
from .layout_check import assert_passes_at_2x
from .test_layout_a11y import _cut_off, _unnamed

SHOTS = Path(os.environ.get("CASEAPP_SHOTS", "")) if os.environ.get("CASEAPP_SHOTS") else None
ABSENT = dt.date(2025, 5, 6)
EDITED = "被申请人的经理在微信群里通知申请人不必再去项目现场"


def _records(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    """A standby notice, an oral agreement to a pay cut, a day marked absent."""
    session = parts.session
    for record in (
        Incident("I1", dt.date(2025, 1, 2), IncidentKind.STANDBY_NOTICE, "通知待岗"),
        Incident(
            "I2",
            dt.date(2025, 3, 3),
            IncidentKind.PAY_CUT_NOTICE,
            "口头同意降薪",
            actor_party=Party.EMPLOYER,
            response=Response.AGREED_ORALLY,
        ),
    ):
        done: list[object] = []
        session.save_record(record, done=done.append)
        qtbot.waitUntil(lambda done=done: bool(done), timeout=10_000)
    done2: list[bool] = []
    session.set_days([Day(ABSENT, DayStatus.ABSENT)], done=lambda: done2.append(True))
    qtbot.waitUntil(lambda: bool(done2), timeout=10_000)


def _review(qtbot, view) -> StatementReview:  # type: ignore[no-untyped-def]
    dialog = view.review_statement()
    assert isinstance(dialog, StatementReview)
    with qtbot.waitSignal(dialog.loaded, timeout=180_000):
        pass
    qtbot.waitUntil(lambda: dialog.rows[-1].isVisible(), timeout=5_000)  # shown a turn later
    return dialog


def _filing_facts(qtbot, view: ReportView, out: Path) -> str:  # type: ignore[no-untyped-def]
    view.filing.setChecked(True)
    with qtbot.waitSignal(view.job.finished, timeout=180_000):
        assert view.make_pdf(out)
    pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
    whole = re.sub(r"\s+", "", "".join(pages))
    return whole[whole.index("事实与理由") : whole.index("此致")]


def test_review_keep_edit_drop_include_saved_and_honoured(qtbot, parts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    _records(qtbot, parts)
    parts.window.show_view("report")
    view = parts.window.views["report"]
    assert isinstance(view, ReportView)
    view.as_of.setText("2025-05-31")
    before = _filing_facts(qtbot, view, tmp_path / "before.pdf")
    assert "2025年5月6日" not in before and "口头表示同意" not in before  # left out by itself
    assert "通知申请人待岗" in before

    dialog = _review(qtbot, view)
    keys = [r.key for r in dialog.rows]
    assert keys[0] == "case:hired" and keys[-1] in ("incident:I2", "days:absent")
    stated = [r.key for r in dialog.rows if not r.left_out]
    assert stated[-1] == "closing" and "incident:I1" in stated and "days:standby" in stated
    left = {r.key for r in dialog.rows if r.left_out}
    assert left == {"days:absent", "incident:I2"}
    why = dialog.row("days:absent").findChildren(type(dialog.status))
    assert any("缺勤" in w.text() and "承认" in w.text() for w in why)
    # nothing recorded by opening and saving untouched
    assert dialog.choices() == {}
    # the worker's clicks
    dialog.row("incident:I1").select(EDIT, EDITED)
    assert dialog.row("incident:I1").editor.isVisibleTo(dialog)
    dialog.row("case:hired").select(DROP)
    dialog.row("days:absent").select(INCLUDE)
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "statement-review-zh.png"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    said = parts.session.case.info.arbitration.statement
    assert {k: c.choice for k, c in said.items()} == {
        "incident:I1": StatementAction.EDIT,
        "case:hired": StatementAction.DROP,
        "days:absent": StatementAction.INCLUDE,
    }
    assert said["incident:I1"].text == EDITED
    fresh = run(qtbot, parts, lambda s: s.load_case(parts.session.case_id))
    assert fresh.info.arbitration.statement == said  # on disk
    written = case_to_document(fresh)["case"]["arbitration"]["statement"]
    assert written["days:absent"]["choice"] == "include"

    after = _filing_facts(qtbot, view, tmp_path / "after.pdf")
    assert EDITED in after and "通知申请人待岗" not in after
    assert "2025年5月6日，申请人被记为缺勤" in after  # included by the worker
    assert "入职" not in after  # dropped
    assert "口头表示同意" not in after  # still left out

    # the record changes: the edit is stale, shown so, and not printed
    i1 = next(i for i in parts.session.case.incidents if i.id == "I1")
    done: list[object] = []
    parts.session.save_record(dataclasses.replace(i1, date=dt.date(2025, 1, 3)), done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    dialog = _review(qtbot, view)
    row = dialog.row("incident:I1")
    assert row.stale.isVisibleTo(dialog) and "改写" in row.stale.text()
    assert row.group.checkedId() == KEEP  # the app's draft, never the old words
    assert "1 项选择需要重新查看" in dialog.status.text()
    assert dialog.row("days:absent").group.checkedId() == INCLUDE  # its day did not change
    dialog.reject()
    stale = _filing_facts(qtbot, view, tmp_path / "stale.pdf")
    assert EDITED not in stale and re.search("2025年1月3日，被申请人一?通知申请人待岗", stale)

    # undo takes the choices back (one journal entry for the review)
    done3: list[object] = []
    parts.session.undo(done=done3.append)  # the incident's change
    qtbot.waitUntil(lambda: bool(done3), timeout=10_000)
    done4: list[object] = []
    parts.session.undo(done=done4.append)  # the review
    qtbot.waitUntil(lambda: bool(done4), timeout=10_000)
    arb = parts.session.case.info.arbitration
    assert arb is None or not arb.statement


def test_opened_from_case_settings(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    benched_case(qtbot, parts)
    parts.window.show_view("case")
    view = parts.window.views["case"]
    assert isinstance(view, CaseSettingsView)
    assert view.form.review_button.isVisibleTo(view)
    dialog = _review(qtbot, view)
    assert dialog.rows and dialog.rows[0].key == "case:hired"
    dialog.row("case:hired").select(KEEP)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert parts.session.case.info.arbitration is None  # keeping the draft records nothing


def _document(lang: str) -> dict[str, Any]:
    long_zh = "，".join(["被申请人通知申请人撤出所在项目并收回工牌"] * 6)
    long_en = ", ".join(["the Respondent told the Applicant to leave the project"] * 6)
    body = long_zh if lang == "zh" else long_en
    rows = []
    for n in range(8):
        left = n in (5, 6)
        rows.append(
            {
                "key": f"incident:I{n}",
                "date": f"2025-0{n + 1}-01",
                "body": body,
                "cite": "（见证据2-1）",
                "drafted": body + "（见证据2-1）。",
                "facts": "0123456789abcdef",
                "left_out": "agreed" if left else None,
                "why": ("记录显示你当时表示同意：写进申请书，等于你自己承认同意。" * 2)
                if left
                else None,
                "choice": {"choice": "edit", "text": "x"} if n == 2 else None,
                "stale": n == 2,
                "status": "drafted",
                "printed": None,
            }
        )
    return {"format": "caseapp-statement-v1", "lang": lang, "paragraphs": rows, "orphans": ["x:1"]}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dialog_fits_1366x768(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    try:
        dialog = StatementReview(parts.session, lang, parts.window)
        qtbot.addWidget(dialog)
        dialog.show_paragraphs(_document(lang))
        for row in dialog.rows[:2]:
            row.select(EDIT)  # the editors open too
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        qtbot.waitUntil(lambda: not _cut_off(dialog), timeout=5_000)
        assert not _unnamed(dialog), _unnamed(dialog)
        assert dialog.minimumSizeHint().height() <= 768
        assert dialog.row("incident:I2").stale.isVisibleTo(dialog)
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / f"statement-review-layout-{lang}.png"))
        dialog.reject()
    finally:
        parts.session.bridge.close()


def test_the_dialog_fits_at_2x() -> None:
    assert_passes_at_2x("tests/ui/test_statement_review.py", "fits_1366")
