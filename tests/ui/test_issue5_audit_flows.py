"""Issue 5 audit: flows no other test drove through the widgets — the welcome
screen's sample and import buttons and its safety card, every create-form
field explained in one line, the sign/leave card down to the incident it
logs, switching between two cases, the bundled CJK font in Qt, the PDF
opened only when asked (and masked when asked), and `--lang` over the
saved language setting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import QFileDialog, QLabel

from caseapp.domain.model import Day, Worker
from caseapp.domain.vocab import DayStatus, IncidentKind
from caseapp.ui import settings as settings_mod
from caseapp.ui.app import AppParts, open_sample, sample_path
from caseapp.ui.report_view import ReportView
from tests.ui.conftest import make_parts, open_new_case, run, sample_info

ROOT = Path(__file__).resolve().parents[2]
needs_sample = pytest.mark.skipif(not sample_path().exists(), reason="no sample case built")


def _labels(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(w.text() for w in widget.findChildren(QLabel))


def _empty_window(qtbot, parts: AppParts) -> None:  # type: ignore[no-untyped-def]
    parts.window.start()
    qtbot.waitUntil(
        lambda: parts.window.pages.currentWidget() is parts.window.welcome, timeout=10_000
    )


def test_welcome_safety_card_lists_the_five_rules(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _empty_window(qtbot, parts)
    text = _labels(parts.window.welcome)
    for source in (
        "Keep only what concerns your own employment.",
        "Never edit the originals: keep a copy here and leave the original as it is.",
        "Keep the phone and the chat history; do not delete the conversations.",
        "Do not install this on a company computer.",
        "Record only conversations you take part in.",
    ):
        shown = QCoreApplication.translate("WelcomeView", source)
        assert shown != source, f"not translated: {source}"
        assert shown in text, source
    assert "公司的电脑" in text and "原件" in text


@needs_sample
def test_welcome_open_the_sample_case(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _empty_window(qtbot, parts)
    parts.window.sampleRequested.connect(lambda: open_sample(parts))  # as run_app wires it
    qtbot.mouseClick(parts.window.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=60_000)
    assert len(parts.session.case.days) > 100  # the sample's days are there
    qtbot.waitUntil(lambda: parts.window.pages.currentWidget() is parts.window.main, timeout=10_000)


@needs_sample
def test_welcome_import_a_case_file(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _empty_window(qtbot, parts)
    # Qt's own file dialog answers with the sample case file
    # (a modal dialog cannot be driven offscreen)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sample_path()), ""))
    )
    qtbot.mouseClick(parts.window.welcome.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=60_000)
    assert len(parts.session.case.days) > 100  # the sample's days are there
    listed = run(qtbot, parts, lambda s: s.list_cases())
    assert len(listed) == 1


def test_every_create_field_is_explained_in_one_line(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    _empty_window(qtbot, parts)
    qtbot.mouseClick(parts.window.welcome.create_button, Qt.MouseButton.LeftButton)
    form = parts.window.create_form
    assert parts.window.pages.currentWidget() is form
    names = set(form.fields)
    assert {"worker", "employer", "client", "start", "end", "wage", "payday"} <= names
    assert (
        len(names) >= 10
    )  # worker, employer, client, arrangement, city, kind, dates, written, wage, payday
    for name, field in form.fields.items():
        hint = field.hint.text()
        assert hint.strip() and "\n" not in hint, name
        assert field.hint.isVisibleTo(form), name
        assert field.editor.accessibleDescription() == hint, name
        # one line at 1366×768: the hint's text fits the width it is given
        assert field.hint.fontMetrics().horizontalAdvance(hint) <= max(field.width(), 420), name


def test_sign_card_advice_and_log_it_now(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    case_id = open_new_case(qtbot, parts)
    window = parts.window
    qtbot.mouseClick(window.sign_card.button, Qt.MouseButton.LeftButton)
    assert window.side.isVisible() and window.side.currentWidget() is window.sign_advice
    advice = _labels(window.sign_advice)
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


def test_bundled_cjk_font_is_loaded_into_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.app import setup_application

    setup_application("zh")
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert "WenQuanYi Micro Hei" in qapp.font().families()


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_pdf_opened_only_when_asked_and_masked_when_asked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data")
    try:
        info = dataclasses.replace(
            sample_info(),
            city="beijing",
            worker=Worker(name="李青", id_number="110101199001011234", phone="13800001234"),
        )
        open_new_case(qtbot, parts, info)
        days = [
            Day(date=dt.date(2025, 1, 1) + dt.timedelta(days=n), status=DayStatus.STANDBY)
            for n in range(40)
        ]
        done: list[bool] = []
        parts.session.set_days(days, done=lambda: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        view = parts.window.views["report"]
        assert isinstance(view, ReportView)
        view.as_of.setText("2025-03-31")
        view.filing.setChecked(True)  # the filing pack names the parties in full
        opened = _Opened()
        QDesktopServices.setUrlHandler("file", opened, "open")
        try:
            assert not view.open_after.isChecked()  # off unless the worker asks
            plain = tmp_path / "plain.pdf"
            with qtbot.waitSignal(view.job.finished, timeout=180_000):
                assert view.make_pdf(plain)
            assert opened.urls == []
            text = _pdf_text(plain)
            assert "13800001234" in text and "110101199001011234" in text

            view.mask_box.setChecked(True)
            view.open_after.setChecked(True)
            masked = tmp_path / "masked.pdf"
            with qtbot.waitSignal(view.job.finished, timeout=180_000):
                assert view.make_pdf(masked)
            qtbot.waitUntil(lambda: bool(opened.urls), timeout=5_000)
            assert Path(opened.urls[0].toLocalFile()) == masked
            text = _pdf_text(masked)
            assert "13800001234" not in text and "110101199001011234" not in text
        finally:
            QDesktopServices.unsetUrlHandler("file")
    finally:
        parts.session.bridge.close()


LANG_DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from caseapp.__main__ import main

    def quit_soon():
        app.quit()
        QTimer.singleShot(100, quit_soon)

    def check():
        for w in app.topLevelWidgets():
            if type(w).__name__ == "MainWindow" and w.isVisible():
                print("TITLE", w.windowTitle(), flush=True)
                print("RAIL", w.rail.item(0).text(), flush=True)
                QTimer.singleShot(100, quit_soon)  # a quit() before exec() starts is lost
                return
        QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    QTimer.singleShot(60000, lambda: (print("TIMEOUT", flush=True), app.quit()))
    sys.argv = ["caseapp", *sys.argv[1:]]
    sys.exit(main(sys.argv[1:]))
    """
)


def _start(args: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", LANG_DRIVER, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
    )
    assert "TITLE" in done.stdout, done.stdout + done.stderr
    return done.stdout


def test_lang_option_wins_over_the_saved_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    saved = settings_mod.load(data)
    saved.lang = "zh"
    settings_mod.save(data, saved)
    english = _start(["--data-dir", str(data), "--lang", "en"])
    assert "caseapp — my case file" in english
    assert "Today" in english
    chinese = _start(["--data-dir", str(data)])
    assert "我的案件记录" in chinese and "今日" in chinese


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
