"""The "they want me to sign / to leave" card at the bottom of the rail, and
the advice panel it opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from caseapp.ui.widgets import card, label


class SignCard(QFrame):
    """Always one click away, at the bottom of the rail."""

    opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        title = label(self.tr("They want me to sign / to leave"), "subtitle")
        layout.addWidget(title)
        self.button = QPushButton(self.tr("What to do now"))
        self.button.setAccessibleName(self.tr("They want me to sign / to leave: what to do now"))
        self.button.clicked.connect(self.opened)
        layout.addWidget(self.button)


class SignAdvice(QWidget):
    """What to do when pressed to sign or resign, and "log it now"."""

    logRequested = Signal()
    offerRequested = Signal()  # review an exit offer (ui/offer_review.py)
    noticeRequested = Signal()  # resign with cause (ui/art38_view.py)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(360)
        self.setMaximumWidth(460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(label(self.tr("They want me to sign / to leave"), "title"))
        frame, box = card()
        for line in (
            self.tr("Do not sign on the spot. You may take the paper home and think it over."),
            self.tr("Ask for a copy of anything you are given or have signed."),
            self.tr(
                "If you are forced to sign, write next to your signature "
                '"本人不同意" (I do not agree) or "非本人意愿" (not my own wish).'
            ),
            self.tr("Note who asked, when and where, and who else was there."),
            self.tr(
                "Talk to a lawyer or to legal aid first: call 12348. "
                "Labour arbitration is free of charge."
            ),
        ):
            item = label("•  " + line)
            item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(item)
        outer.addWidget(frame)
        self.log_button = QPushButton(self.tr("Log it now"))
        self.log_button.setProperty("role", "primary")
        self.log_button.clicked.connect(self.logRequested)
        outer.addWidget(self.log_button)
        self.offer_button = QPushButton(self.tr("They offered an agreement: what would I give up?"))
        self.offer_button.clicked.connect(self.offerRequested)
        outer.addWidget(self.offer_button)
        self.notice_button = QPushButton(self.tr("Resigning with cause (art. 38)"))
        self.notice_button.clicked.connect(self.noticeRequested)
        outer.addWidget(self.notice_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.closed)
        outer.addWidget(close)
        outer.addStretch(1)
