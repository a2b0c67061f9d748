"""The card on Today that offers the daily reminder and the phone calendar
once the worker has logged for a week (casework/reminder_offer.py): a button
to set them up (the Reminders panel) and "no, thanks" (never shown again for
this data directory). Hidden while the reminder is on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from caseapp.casework.reminder_offer import offer_reminder
from caseapp.domain.model import Case
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import label


class ReminderOffer(QFrame):
    openRequested = Signal()
    dismissed = Signal()

    def __init__(
        self, session: CaseSession, wanted: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.wanted = wanted
        self.setProperty("role", "card")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = label(
            self.tr(
                "You have been logging for a week. Want a reminder every evening, "
                "and the deadlines in your phone's calendar?"
            )
        )
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Set up the reminder…"))
        self.no_button = QPushButton(self.tr("No, thanks"))
        self.open_button.clicked.connect(self.openRequested)
        self.no_button.clicked.connect(self._no)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.no_button)
        self.setVisible(False)
        # not session.follow: that waits for a hidden widget to be shown, and
        # this card is hidden until it has something to offer (the day change
        # shows the case again, so a new day is seen here too)
        session.caseChanged.connect(self.show_case)
        if session.case is not None:
            self.show_case(session.case)

    def show_case(self, case: Case) -> None:
        self.setVisible(self.wanted() and offer_reminder(case, self.session.clock.now()))

    def refresh(self) -> None:
        if self.session.case is not None:
            self.show_case(self.session.case)
        else:
            self.setVisible(False)

    def _no(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()
