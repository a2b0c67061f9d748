"""Small shared building blocks: labels with a role, a form row with its
one-line explanation and its error slot."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def label(text: str, role: str | None = None, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    if role:
        lab.setProperty("role", role)
    return lab


def card(role: str = "card", parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(6)
    return frame, layout


class Field(QWidget):
    """A labelled input with a one-line explanation and an error line."""

    def __init__(self, caption: str, editor: QWidget, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.caption = label(caption, "subtitle")
        self.caption.setBuddy(editor)
        layout.addWidget(self.caption)
        layout.addWidget(editor)
        self.hint = label(hint, "hint")
        layout.addWidget(self.hint)
        self.error = label("", "error")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        editor.setAccessibleName(caption)
        editor.setAccessibleDescription(hint)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        invalid = bool(message)
        if bool(self.editor.property("invalid")) != invalid:  # style sheets are slow to set
            self.editor.setProperty("invalid", invalid)
            self.editor.setStyleSheet("border: 2px solid #D55E00;" if invalid else "")
