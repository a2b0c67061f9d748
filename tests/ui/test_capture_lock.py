"""Paste a screenshot into an incident (Ctrl+V), drop a file (on 今日 too: it
becomes evidence of a draft incident), refuse an unreadable one; lock and
unlock with the app passphrase."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from caseapp.domain.vocab import IncidentKind, Party
from caseapp.ui import settings as settings_mod
from caseapp.ui.lock import PassphraseDialog

from .conftest import open_new_case, run, wait_saved


def _screenshot() -> QImage:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#E69F00"))
    return image


def test_paste_a_screenshot_into_an_incident(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    QGuiApplication.clipboard().setImage(_screenshot())
    window.views["today"].setFocus()
    wait_saved(
        qtbot,
        parts,
        lambda: qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier),
    )
    form = window.incident_form
    assert window.side.isVisible()
    qtbot.waitUntil(lambda: len(form.evidence) == 1, timeout=10_000)
    evidence = form.evidence[0]
    assert len(evidence.files) == 1
    stored = run(qtbot, parts, lambda s: s.evidence_file_path(evidence.files[0].sha256))
    assert Path(stored).exists()
    assert evidence.files[0].original_name.endswith(".png")
    # the draft is stamped now; fill in and save
    form.kind.setCurrentIndex(form.kind.findData(IncidentKind.ASKED_TO_RESIGN.value))
    form.summary.setPlainText("人事把我叫到会议室，让我主动离职。")
    form.quote.setPlainText("你自己提离职，大家都好看。")
    form.who.setEditText("人事王经理")
    form.party.setCurrentIndex(form.party.findData(Party.EMPLOYER.value))  # a new person's side
    with qtbot.waitSignal(form.savedIncident, timeout=10_000) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    incident = blocker.args[0]
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    saved = next(i for i in case.incidents if i.id == incident.id)
    assert saved.kind == IncidentKind.ASKED_TO_RESIGN
    assert saved.evidence == (evidence.id,)
    assert saved.quote == "你自己提离职，大家都好看。"
    assert saved.actor is not None
    assert [(p.name, p.party) for p in case.people] == [("人事王经理", Party.EMPLOYER)]
    assert not window.side.isVisible()


def test_paste_text_becomes_a_transcript(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    QGuiApplication.clipboard().setText("王经理：明天开始不用来了，等通知。")
    window.views["calendar"].setFocus()
    wait_saved(qtbot, parts, window.paste)
    qtbot.waitUntil(lambda: len(window.incident_form.evidence) == 1, timeout=10_000)
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert case.evidence[0].transcript == "王经理：明天开始不用来了，等通知。"
    assert window.incident_form.quote.toPlainText() == "王经理：明天开始不用来了，等通知。"


def test_unreadable_file_changes_nothing(qtbot, parts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    window.capture.add_files([tmp_path / "does-not-exist.png"])
    assert (
        "cannot be read" in window.statusBar().currentMessage()
        or window.statusBar().currentMessage()
    )
    case = run(qtbot, parts, lambda s: s.load_case(case_id))
    assert case.evidence == ()


def test_lock_and_unlock_with_passphrase(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.main, timeout=5_000)

    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog))
        dialog.first.setText("correct horse")
        dialog.second.setText("correct horse")
        dialog._check()

    QTimer.singleShot(50, fill_dialog)
    window.set_passphrase()
    raw = (window.data_dir / settings_mod.FILE_NAME).read_text(encoding="utf-8")
    assert "correct horse" not in raw
    assert json.loads(raw)["passphrase"]["scheme"] == "scrypt"

    window.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert not window.switcher.isEnabled()
    lock = window.lock_screen
    lock.passphrase.setText("wrong")
    qtbot.mouseClick(lock.button, Qt.MouseButton.LeftButton)
    assert window.is_locked()
    assert lock.error.text()
    lock.passphrase.setText("correct horse")
    qtbot.keyClick(lock.passphrase, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert window.pages.currentWidget() is window.main
    # idle locks too
    window.idle.start(1)
    window.idle.timer.setInterval(10)
    window.idle.timer.start()
    qtbot.waitUntil(window.is_locked, timeout=2_000)
    # a new window on the same data directory starts locked
    assert settings_mod.load(window.data_dir).has_passphrase


def test_neutral_title(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    open_new_case(qtbot, parts)
    window = parts.window
    assert "李青" in window.windowTitle()
    window.neutral_action.setChecked(True)
    assert "李青" not in window.windowTitle()
    assert settings_mod.load(window.data_dir).neutral_title


def test_drop_a_file_on_today_becomes_evidence_of_a_draft_incident(
    qtbot, parts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QColor, QDropEvent, QImage

    open_new_case(qtbot, parts)
    window = parts.window
    window.show_view("today")
    today = window.views["today"]
    shot = tmp_path / "微信截图.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366CC"))
    assert image.save(str(shot))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shot))])
    centre = QPointF(today.drop_zone.geometry().center())
    event = QDropEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    today.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: len(window.incident_form.evidence) == 1, timeout=20_000)
    assert window.side.isVisible() and window.side.currentWidget() is window.incident_form
    stored = parts.session.case.evidence
    assert [f.original_name for e in stored for f in e.files] == ["微信截图.png"]
