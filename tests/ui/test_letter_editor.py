"""The letter editor (caseapp/ui/letter_editor.py) on its own, in zh and en:
"copy" puts the text on the clipboard exactly as shown; "save as a file"
goes through Qt's own save dialog (driven here as the worker would: a name
typed, Save pressed) and writes the exact text, byte for byte; "use" hands
over the text stripped and copied; the buttons come in the order asked,
the others hidden. And where an editor's letter is a step that cannot be
taken back (the art. 38 notice) or answers a paper that cannot be (the exit
offer), the "talk to a lawyer or legal aid (12348)" warning is shown above
it in the same window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from caseapp.ui.app import setup_application
from caseapp.ui.letter_editor import LetterEditor
from tests.ui.conftest import make_parts, open_new_case

# A letter with what a careless writer would lose: CJK, full-width
# punctuation, blank lines, spaces at both ends, no final newline.
LETTER = "  致某某人力资源有限公司：\n\n请于 2025-08-05 前支付 6000.00 元。\r\n  李青  "

WORDS = {
    "zh": {
        "copy": "只复制",
        "save": "另存为文件…",
        "copied": "已复制。",
        "paste": "已复制。请粘贴到邮件或聊天里。",
        "saved": "已保存到 {}。",
        "title": "保存书面材料",
    },
    "en": {
        "copy": "Only copy",
        "save": "Save as a file…",
        "copied": "Copied.",
        "paste": "Copied. Paste it into the email or chat.",
        "saved": "Saved to {}.",
        "title": "Save the letter",
    },
}


@pytest.fixture(params=["zh", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    setup_application(request.param)
    yield request.param
    setup_application("zh")


def _editor(qtbot, **kw) -> LetterEditor:  # type: ignore[no-untyped-def]
    editor = LetterEditor("Letter text", **kw)
    qtbot.addWidget(editor)
    editor.text.setPlainText(LETTER)
    editor.show()
    return editor


def test_copy_puts_the_text_as_shown_on_the_clipboard(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[lang]
    editor = _editor(qtbot)
    assert editor.copy_button.text() == words["copy"]
    assert editor.save_button.text() == words["save"]
    QApplication.clipboard().clear()
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    # QPlainTextEdit keeps "\r\n" as a paragraph break: what it shows is "\n"
    assert QApplication.clipboard().text() == LETTER.replace("\r\n", "\n")
    assert editor.result.text() == words["copied"]
    noted = _editor(qtbot, paste_note=True)
    qtbot.mouseClick(noted.copy_button, Qt.MouseButton.LeftButton)
    assert noted.result.text() == words["paste"]


def _answer_save_dialog(path: Path | None, seen: list[tuple[str, str]]) -> None:
    """When Qt's save dialog is up: note its title and the name it proposes,
    then type `path` where the name goes and press Save (or Cancel when None)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # where one types the name
        seen.append((dialog.windowTitle(), name.text() if name is not None else ""))
        if path is None or name is None:
            dialog.reject()
        else:
            name.setText(str(path))
            dialog.accept()

    QTimer.singleShot(50, answer)


def test_save_writes_the_exact_text(qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[lang]
    editor = _editor(qtbot, file_name="counter-proposal.txt")
    shown = editor.text.toPlainText()
    seen: list[tuple[str, str]] = []
    asked = (words["title"], "counter-proposal.txt")  # the dialog's title, the name proposed
    # Cancel: nothing written, nothing said
    _answer_save_dialog(None, seen)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert seen == [asked]
    assert editor.result.text() == "" and not list(tmp_path.iterdir())
    target = tmp_path / "信件.txt"
    _answer_save_dialog(target, seen)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert seen == [asked, asked]
    assert target.read_bytes() == shown.encode("utf-8")  # no newline translation, no BOM
    assert shown.startswith("  致") and shown.endswith("李青  ")  # not stripped
    assert editor.result.text() == words["saved"].format(target)


def test_use_takes_the_text_stripped_and_copied(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    taken: list[str] = []
    editor: LetterEditor

    def use() -> None:
        taken.append(editor.take())

    editor = _editor(qtbot, use=("Log it", use))
    QApplication.clipboard().clear()
    qtbot.mouseClick(editor.use_button, Qt.MouseButton.LeftButton)
    expected = LETTER.replace("\r\n", "\n").strip()
    assert taken == [expected]
    assert QApplication.clipboard().text() == expected
    assert editor.use_button.text() == "Log it" and editor.use_button.property("role") == "primary"


def test_buttons_in_the_order_asked_the_rest_hidden(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    lead = QLabel("On")
    editor = _editor(qtbot, use=("Log it", lambda: None), buttons=("copy", "use"), lead=(lead,))
    row = editor.row.layout()
    order = [row.itemAt(i).widget() for i in range(row.count()) if row.itemAt(i).widget()]
    assert order == [lead, editor.copy_button, editor.use_button]
    assert not editor.save_button.isVisibleTo(editor)
    # a result label of the caller's: the editor adds none of its own
    shared = QLabel()
    qtbot.addWidget(shared)
    outside = _editor(qtbot, result=shared)
    qtbot.mouseClick(outside.copy_button, Qt.MouseButton.LeftButton)
    assert shared.text() == WORDS[lang]["copied"]
    assert not [w for w in outside.findChildren(QLabel) if w.property("role") == "hint"]


def test_language_chooser(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    changed: list[str] = []
    editor = _editor(qtbot, language="Language of the letter", changed=lambda: changed.append(""))
    assert editor.language is not None and editor.lang() == "zh"
    assert editor.language.accessibleName() == "Language of the letter"
    editor.language.setCurrentIndex(editor.language.findData("en"))
    assert editor.lang() == "en" and len(changed) == 1
    assert _editor(qtbot).lang() == "zh"  # no chooser: Chinese, the arbitration's language


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_lawyer_warning_is_shown_with_the_letters_that_need_it(
    qtbot, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang)
    window = parts.window
    lawyer = {"zh": "律师", "en": "lawyer"}[lang]
    try:
        open_new_case(qtbot, parts)
        window.open_art38_notice()
        notice = window.notice_dialog.panel
        notice.tabs.setCurrentIndex(0)
        assert notice.editor.isVisibleTo(window.notice_dialog)
        gate = [w for w in notice.findChildren(QLabel) if w.property("role") == "warning"]
        assert gate and all(w.isVisibleTo(window.notice_dialog) for w in gate)
        assert "12348" in gate[0].text() and lawyer in gate[0].text()
        assert not notice.editor.use_button.isEnabled()  # nothing drafted, nothing ticked
        window.notice_dialog.close()
        window.open_offer_review()
        offer = window.offer_dialog.panel
        offer.tabs.setCurrentWidget(offer.editor.parentWidget())
        assert offer.editor.isVisibleTo(window.offer_dialog)
        assert offer.gate.isVisibleTo(window.offer_dialog)
        assert "12348" in offer.gate.text() and lawyer in offer.gate.text()
        window.offer_dialog.close()
    finally:
        parts.session.bridge.close()
