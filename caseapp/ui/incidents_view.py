"""事件 Incidents: everything that happened, newest first, with the incident
form (the same one as on 今日 Today, every field shown) beside the list to
record a new one or change one; records a finding rests on are shaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from caseapp.domain.model import Incident
from caseapp.domain.vocab import EvidenceKind, IncidentKind
from caseapp.ui import start_dirs, words
from caseapp.ui.capture import new_evidence
from caseapp.ui.incident_form import IncidentForm
from caseapp.ui.record_list import RecordListView
from caseapp.ui.session import CaseSession


class IncidentsView(RecordListView[Incident]):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=self.tr("Incidents"),
            hint=self.tr(
                "What was said and done, in your words, with the exact words where you "
                "have them. Double-click one to change it."
            ),
            records=lambda case: case.incidents,
            columns=[
                (lambda: self.tr("Date"), lambda i: i.date.isoformat()),
                (
                    lambda: self.tr("What happened"),
                    lambda i: words.incident_label(IncidentKind(i.kind)),
                ),
                (lambda: self.tr("Who"), self._who),
                (lambda: self.tr("How"), self._how),
                (lambda: self.tr("In your words"), lambda i: i.summary),
                (lambda: self.tr("Evidence"), lambda i: str(len(i.evidence)) if i.evidence else ""),
            ],
            sort_key=lambda i: (i.date, i.time or ""),
            widths=(95, 170, 90, 120, 240, 70),
            stretch=4,
            empty_text=self.tr(
                "Nothing recorded yet. When something happens, record it the same day."
            ),
            parent=parent,
        )
        self.add_button = QPushButton(self.tr("Record what happened"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        self.head.addWidget(self.add_button)
        # An exit offer selected: review what signing it would give up (issue 16).
        self.offer_button = QPushButton(self.tr("Review this offer…"))
        self.offer_button.setToolTip(
            self.tr("What the records support, and what signing this offer would give up")
        )
        self.offer_button.setVisible(False)
        self.offer_button.clicked.connect(self.review_offer)
        self.head.insertWidget(1, self.offer_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._offer_shown())
        self._connect_case()

    def _offer_shown(self) -> None:
        chosen = self.selected()
        self.offer_button.setVisible(
            chosen is not None and chosen.kind == IncidentKind.MUTUAL_TERMINATION_OFFER
        )

    def review_offer(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.kind != IncidentKind.MUTUAL_TERMINATION_OFFER:
            return
        window = self.window()
        opener = getattr(window, "open_offer_review", None)
        if opener is not None:
            opener(chosen)
        else:  # the view shown on its own (tests)
            from caseapp.ui.offer_review import OfferReviewDialog

            self.offer_dialog = OfferReviewDialog(self.session, chosen, self)
            self.offer_dialog.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._side is None:  # build the big form at idle, not on the first click
            QTimer.singleShot(200, self, self._prebuild)

    def _prebuild(self) -> None:
        if self.isVisible() and self._side is None:
            self.side.setVisible(False)

    @property
    def editor(self) -> IncidentForm:
        """The full incident form, built on first use (it is a big form)."""
        return self.side  # type: ignore[return-value]

    def build_side(self) -> QWidget:
        editor = IncidentForm(self.session, compact=False)
        editor.setMinimumWidth(400)
        editor.setMaximumWidth(480)
        editor.setVisible(False)
        editor.closed.connect(lambda: editor.setVisible(False))
        editor.addFilesRequested.connect(self.pick_files)
        return editor

    def start_new(self) -> None:
        self.editor.start_new()

    def load(self, record: Incident) -> None:
        self.editor.edit(record)

    def save(self) -> None:
        self.editor.save()

    def pick_files(self) -> None:
        """Files picked here become evidence ticked on the incident shown."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), start_dirs.for_evidence()
        )
        paths = [Path(n) for n in names if Path(n).is_file()]
        if paths:
            title = ", ".join(p.name for p in paths[:3])
            evidence = new_evidence(title, EvidenceKind.OTHER)
            self.session.add_evidence_files(evidence, paths, done=self.editor.attach)

    def _who(self, incident: Incident) -> str:
        case = self.session.case
        for person in case.people if case else ():
            if person.id == incident.actor:
                return person.name
        return words.vocab_label("party", str(incident.actor_party)) if incident.actor_party else ""

    def _how(self, incident: Incident) -> str:
        parts = []
        if incident.channel:
            parts.append(words.vocab_label("channel", str(incident.channel)))
        if incident.form:
            parts.append(words.vocab_label("form", str(incident.form)))
        return " · ".join(parts)
