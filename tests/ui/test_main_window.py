"""The main window's own parts: the sign/leave card down to the incident it
logs, and the case switcher moving between two cases (remembered for the
next start)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt

from caseapp.domain.model import Worker
from caseapp.domain.vocab import IncidentKind
from caseapp.ui import settings as settings_mod
from tests.ui.conftest import label_texts, open_new_case, run, sample_info


def test_sign_card_advice_and_log_it_now(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    qtbot.mouseClick(window.sign_card.button, Qt.MouseButton.LeftButton)
    assert window.side.isVisible() and window.side.currentWidget() is window.sign_advice
    advice = label_texts(window.sign_advice)
    assert "本人不同意" in advice and "非本人意愿" in advice and "12348" in advice
    for source in (
        "Do not sign on the spot. You may take the paper home and think it over.",
        "Ask for a copy of anything you are given or have signed.",
        "Note who asked, when and where, and who else was there.",
    ):
        shown = QCoreApplication.translate("SignAdvice", source)
        assert shown != source and shown in advice, source
    qtbot.mouseClick(window.sign_advice.log_button, Qt.MouseButton.LeftButton)
    form = window.incident_form
    assert window.side.currentWidget() is form
    assert form.kind.currentData() == IncidentKind.RESIGNATION_FORM_PRESENTED.value
    form.summary.setPlainText("经理让我在会议室签离职申请，我没有签。")
    with qtbot.waitSignal(form.savedIncident, timeout=10_000) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].kind == IncidentKind.RESIGNATION_FORM_PRESENTED
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert [i.kind for i in case.incidents] == [IncidentKind.RESIGNATION_FORM_PRESENTED]


def test_switch_between_two_cases(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    window = parts.window
    first = open_new_case(qtbot, parts)
    other = dataclasses.replace(sample_info(), worker=Worker(name="王芳"))
    second = open_new_case(qtbot, parts, other)
    qtbot.waitUntil(lambda: parts.session.case_id == second, timeout=10_000)
    qtbot.waitUntil(lambda: parts.session.case.info.worker.name == "王芳", timeout=10_000)
    qtbot.waitUntil(lambda: window.switcher.count() == 3, timeout=10_000)  # two + "new case…"
    index = window.switcher.findData(first)
    assert index >= 0
    window.switcher.setCurrentIndex(index)
    window.switcher.activated.emit(index)  # as a click on the entry does
    qtbot.waitUntil(lambda: parts.session.case_id == first, timeout=10_000)
    qtbot.waitUntil(lambda: parts.session.case.info.worker.name == "李青", timeout=10_000)
    assert "李青" in window.windowTitle()
    # the choice is remembered for the next start
    assert settings_mod.load(window.data_dir).last_case == first
