"""The letter editor every drafted letter is shown in: the notice of
resignation with cause (art38_view), the counter-proposal to an exit offer
(offer_review), the three letters of 文书与求助 (help_view) and the
labour-inspection complaint (road_view). The text, filled by the caller and
editable by the worker; "copy" puts it on the clipboard; "save as a file"
writes it exactly as shown; "use" is the caller's: it checks what it needs,
then `take()`s the text (stripped, and put on the clipboard) and logs the
matching incident. What differs between the places —
the names, the use button's words, which buttons, in which order, a hint, a
language chooser — is given by the caller; the words common to all are
here, in the Qt context `LetterEditor`.

The lawyer gate ("talk to a lawyer or legal aid (12348) first") is not part
of the editor: where the letter's use is a step that cannot be taken back
(the art. 38 notice) or the paper it answers is (an exit offer), the panel
shows it above all its tabs, so it is seen before the letter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp import atomic, i18n
from caseapp.ui import start_dirs
from caseapp.ui.widgets import label

Button = Literal["use", "copy", "save"]


def language_box(name: str, changed: Callable[[], None]) -> QComboBox:
    """The letter's own language (中文 / English), whatever the app's."""
    box = QComboBox()
    box.addItem("中文", "zh")
    box.addItem("English", "en")
    box.setAccessibleName(name)
    box.currentIndexChanged.connect(lambda _i: changed())
    return box


def chosen_lang(box: QComboBox) -> i18n.Lang:
    return "en" if box.currentData() == "en" else "zh"


def save_text(parent: QWidget, text: str, name: str) -> str | None:
    """Ask where to save a letter; returns the path written, or None."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("LetterEditor", "Save the letter"),
        start_dirs.in_documents(name),
        QCoreApplication.translate("LetterEditor", "Text (*.txt)"),
    )
    if not path:
        return None
    atomic.write_text(Path(path), text)
    return path


class LetterEditor(QWidget):
    """A drafted letter to read, change, copy, save, and use.

    `text_name`: the text box's accessible name. `use`: the primary button's
    words and what it does (it calls `take()` for the text). `buttons`:
    which buttons, in order. `file_name`: the name the save dialog proposes.
    `copy_label`: the copy button's words ("Only copy" when not given).
    `paste_note`: after copying, say where to paste it. `language`: the name
    of a language chooser shown above the text (its changes call `changed`).
    `hint`: a line above the text. `lead`: widgets before the buttons in
    their row. `result`: the label messages go to (one below the buttons
    when not given)."""

    def __init__(
        self,
        text_name: str,
        *,
        use: tuple[str, Callable[[], None]] | None = None,
        buttons: Sequence[Button] = ("use", "copy", "save"),
        file_name: str = "letter.txt",
        copy_label: str | None = None,
        paste_note: bool = False,
        language: str | None = None,
        changed: Callable[[], None] = lambda: None,
        hint: str | None = None,
        lead: Sequence[QWidget] = (),
        result: QLabel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.paste_note = paste_note
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language: QComboBox | None = None
        if language is not None:
            row = QHBoxLayout()
            row.addWidget(label(language, "subtitle"))
            self.language = language_box(language, changed)
            row.addWidget(self.language)
            row.addStretch(1)
            layout.addLayout(row)
        if hint is not None:
            layout.addWidget(label(hint, "hint"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(text_name)
        layout.addWidget(self.text, 1)
        self.row = QWidget()
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in lead:
            row.addWidget(widget)
        self.use_button = QPushButton(use[0] if use is not None else "")
        self.use_button.setProperty("role", "primary")
        if use is not None:
            self.use_button.clicked.connect(use[1])
        self.copy_button = QPushButton(copy_label or self.tr("Only copy"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save as a file…"))
        self.save_button.clicked.connect(self.save)
        shown = {"use": self.use_button, "copy": self.copy_button, "save": self.save_button}
        for key in buttons:
            row.addWidget(shown.pop(key))
        for unused in shown.values():
            unused.setParent(self)
            unused.hide()
        row.addStretch(1)
        layout.addWidget(self.row)
        if result is None:
            result = label("", "hint")
            layout.addWidget(result)
        self.result = result

    def lang(self) -> i18n.Lang:
        """The language chosen for the letter (Chinese without a chooser)."""
        return chosen_lang(self.language) if self.language is not None else "zh"

    def body(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.body())
        if self.paste_note:
            self.result.setText(self.tr("Copied. Paste it into the email or chat."))
        else:
            self.result.setText(self.tr("Copied."))

    def save(self) -> None:
        path = save_text(self, self.body(), self.file_name)
        if path:
            self.result.setText(self.tr("Saved to %1.").replace("%1", path))

    def take(self) -> str:
        """The letter as it stands, stripped, put on the clipboard (the "use" act)."""
        body = self.body().strip()
        QGuiApplication.clipboard().setText(body)
        return body
