"""The welcome screen of a data directory with no case: its evidence-safety
card, and its buttons that open the sample case and import a case file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from caseapp.ui.app import open_sample, sample_path
from tests.ui.conftest import label_texts, run, show_welcome

needs_sample = pytest.mark.skipif(not sample_path().exists(), reason="no sample case built")


def test_welcome_safety_card_lists_the_five_rules(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    show_welcome(qtbot, parts)
    text = label_texts(parts.window.welcome)
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
    show_welcome(qtbot, parts)
    parts.window.sampleRequested.connect(lambda: open_sample(parts))  # as run_app wires it
    qtbot.mouseClick(parts.window.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=60_000)
    assert len(parts.session.case.days) > 100  # the sample's days are there
    qtbot.waitUntil(lambda: parts.window.pages.currentWidget() is parts.window.main, timeout=10_000)


@needs_sample
def test_welcome_import_a_case_file(qtbot, parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    show_welcome(qtbot, parts)
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


@pytest.mark.skipif(not sample_path("platform").exists(), reason="no platform sample built")
def test_welcome_offers_both_samples_and_opens_the_platform_one(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    show_welcome(qtbot, parts)
    welcome = parts.window.welcome
    assert not welcome.sample_button.isHidden() and not welcome.platform_sample_button.isHidden()
    assert welcome.platform_sample_button.text() == QCoreApplication.translate(
        "WelcomeView", "Open the platform-work sample"
    )
    assert welcome.platform_sample_button.text() != "Open the platform-work sample"  # zh
    asked: list[str] = []
    parts.window.sampleRequested.connect(asked.append)
    parts.window.sampleRequested.connect(lambda name: open_sample(parts, name=name))  # as run_app
    qtbot.mouseClick(welcome.platform_sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.session.case is not None, timeout=60_000)
    assert asked == ["platform"]
    case = parts.session.case
    assert case.info.worker.name == "吴晓雨" and case.info.pay_basis == "piece"
    assert any(t.status == "rejected" for t in case.tasks)
    assert any(d.hours for d in case.days)
    qtbot.waitUntil(lambda: parts.window.pages.currentWidget() is parts.window.main, timeout=10_000)


def test_sample_path_names_only_the_bundled_samples() -> None:
    assert sample_path().name == "sample.caseapp.zip"
    assert sample_path("platform").name == "platform.caseapp.zip"
    with pytest.raises(ValueError):
        sample_path("../secrets")
