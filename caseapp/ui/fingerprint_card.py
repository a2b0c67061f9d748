"""Today's "send today's fingerprint to yourself" card (issue 12 item 7).

Offered on Today when no fingerprint was sent in the last seven days: one
click copies a short text with the journal's head hash and the date, to paste
into WeChat or an e-mail to oneself; the app records it as a journal `anchor`
entry. The card says plainly what that proves and what it does not
(casefile/anchors.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import card, label


class FingerprintCard(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._checked: str | None = None  # the case the offer was last looked up for
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, box = card("card")
        outer.addWidget(frame)
        box.addWidget(label(self.tr("Send today's fingerprint to yourself"), "subtitle"))
        self.explain = label(
            self.tr(
                "A short text with your record's fingerprint (its hash) and today's date. "
                "Send it to yourself by WeChat or e-mail: the message's time, kept by "
                "WeChat or the mail server, shows that your record existed like this by "
                "then and was not changed later. It does not show that what you recorded "
                "is true. Once a week is enough."
            )
        )
        self.explain.setWordWrap(True)
        box.addWidget(self.explain)
        row = QHBoxLayout()
        self.wechat = QPushButton(self.tr("Copy for WeChat"))
        self.wechat.setProperty("role", "primary")
        self.wechat.clicked.connect(lambda: self.copy("wechat"))
        self.email = QPushButton(self.tr("Copy for e-mail"))
        self.email.clicked.connect(lambda: self.copy("email"))
        self.later = QPushButton(self.tr("Not now"))
        self.later.clicked.connect(lambda: self.setVisible(False))
        for button in (self.wechat, self.email, self.later):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.status = label("", "hint")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.copied = ""  # the last text put on the clipboard
        self.setVisible(False)

    def refresh(self) -> None:
        """Look up (once per case) whether a fingerprint is due this week: on
        the next turn of the event loop, so the case is painted first (the
        lookup needs the service, which then starts opening — SQLAlchemy)."""
        case_id = self.session.case_id
        if case_id is None or case_id == self._checked:
            return
        self._checked = case_id
        QTimer.singleShot(0, self, lambda: self._look_up(case_id))

    def _look_up(self, case_id: str) -> None:
        if self.session.bridge.closed or self.session.case_id != case_id:
            return  # the window closed (or another case opened) in the meantime
        self.session.bridge.call(
            lambda s: s.fingerprint_due(case_id),
            done=lambda due: self.setVisible(bool(due) and self.session.case_id == case_id),
            error=lambda _exc: None,
        )

    def copy(self, channel: str) -> None:
        case_id = self.session.case_id
        if case_id is None:
            return

        def done(fingerprint: object) -> None:
            self.copied = str(getattr(fingerprint, "text", ""))
            QGuiApplication.clipboard().setText(self.copied)
            self.status.setText(
                self.tr(
                    "Copied. Paste it into a chat with yourself (WeChat: File Transfer) "
                    "or an e-mail to yourself, and send it."
                )
            )
            self.wechat.setEnabled(False)
            self.email.setEnabled(False)

        self.session.bridge.call(
            lambda s: s.send_fingerprint(case_id, channel),
            done=done,
            error=lambda exc: self.status.setText(error_text(exc)),
        )
