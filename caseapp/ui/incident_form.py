"""The "something happened" side panel: kind (in the worker's words), when,
who, by which channel, written or oral, what was said (with a quote field),
and the evidence attached — pasted, dropped or picked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Evidence, Incident, Person
from caseapp.domain.vocab import Channel, Form, IncidentKind, Party
from caseapp.ui import words
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, label
from caseapp.ui.words import QT_TRANSLATE_NOOP

_FORM = {
    Form.ORAL.value: QT_TRANSLATE_NOOP("Words", "Said aloud (oral)"),
    Form.WRITTEN_ELECTRONIC.value: QT_TRANSLATE_NOOP(
        "Words", "In writing, electronic (chat, email)"
    ),
    Form.WRITTEN_PAPER.value: QT_TRANSLATE_NOOP("Words", "In writing, on paper"),
}


class IncidentForm(QWidget):
    closed = Signal()
    savedIncident = Signal(object)  # Incident
    addFilesRequested = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.evidence: list[Evidence] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 12)
        root.addWidget(label(self.tr("Something happened"), "title"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 8, 0)

        self.kind = QComboBox()
        for kind in IncidentKind:
            self.kind.addItem(words.incident_label(kind), kind.value)
        self.date = QLineEdit()
        self.time = QLineEdit()
        self.time.setPlaceholderText("14:30")
        self.who = QComboBox()
        self.who.setEditable(True)
        self.channel = QComboBox()
        self.channel.addItem("—", None)
        for channel in Channel:
            self.channel.addItem(words.channel_label(channel), channel.value)
        self.form = QComboBox()
        self.form.addItem("—", None)
        for form in Form:
            self.form.addItem(words.vocab_label("form", form.value, _FORM), form.value)
        for combo in (self.kind, self.who, self.channel, self.form):
            # do not measure every item to size the box (slow with CJK fallback fonts)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(72)
        self.summary.setMaximumHeight(110)
        self.quote = QPlainTextEdit()
        self.quote.setMinimumHeight(56)
        self.quote.setMaximumHeight(84)

        self.fields = {
            "kind": Field(
                self.tr("What happened"), self.kind, self.tr('Pick the closest; "Other" is fine.')
            ),
            "date": Field(self.tr("Date"), self.date, self.tr("Year-month-day.")),
            "time": Field(self.tr("Time (optional)"), self.time, self.tr("Hours:minutes.")),
            "who": Field(
                self.tr("Who (optional)"),
                self.who,
                self.tr('A name or a role, e.g. "Manager Wang"; pick one you recorded before.'),
            ),
            "channel": Field(self.tr("How"), self.channel, self.tr("Where it was said or sent.")),
            "form": Field(
                self.tr("Written or oral"),
                self.form,
                self.tr("Written notices carry more weight; keep them."),
            ),
            "summary": Field(
                self.tr("What happened, in your words"),
                self.summary,
                self.tr("Facts: who, what, where. Feelings can wait."),
            ),
            "quote": Field(
                self.tr("Exact words (optional)"),
                self.quote,
                self.tr("What they said or wrote, word for word, as far as you remember."),
            ),
        }
        grid = QGridLayout()
        grid.addWidget(self.fields["kind"], 0, 0, 1, 2)
        grid.addWidget(self.fields["date"], 1, 0)
        grid.addWidget(self.fields["time"], 1, 1)
        grid.addWidget(self.fields["who"], 2, 0, 1, 2)
        grid.addWidget(self.fields["channel"], 3, 0)
        grid.addWidget(self.fields["form"], 3, 1)
        grid.addWidget(self.fields["summary"], 4, 0, 1, 2)
        grid.addWidget(self.fields["quote"], 5, 0, 1, 2)
        outer.addLayout(grid)

        outer.addWidget(label(self.tr("Evidence"), "subtitle"))
        self.evidence_list = QListWidget()
        self.evidence_list.setMaximumHeight(70)
        self.evidence_list.setAccessibleName(self.tr("Evidence attached"))
        outer.addWidget(self.evidence_list)
        files_row = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.clicked.connect(self.addFilesRequested)
        files_row.addWidget(self.add_files_button)
        files_row.addWidget(label(self.tr("or Ctrl+V to paste a screenshot"), "hint"), 1)
        outer.addLayout(files_row)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        outer.addStretch(1)
        self.error = label("", "error")
        root.addWidget(self.error)
        root.addLayout(buttons)  # always in view, below the scrolling fields
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.closed)

    # --- filling -------------------------------------------------------------
    def start(self, kind: IncidentKind | None = None, when: dt.datetime | None = None) -> None:
        """A fresh draft, stamped ``when`` (now by default)."""
        when = when or dt.datetime.now()
        self.evidence = []
        self.evidence_list.clear()
        self.kind.setCurrentIndex(self.kind.findData((kind or IncidentKind.OTHER).value))
        self.date.setText(when.date().isoformat())
        self.time.setText(when.strftime("%H:%M"))
        self.who.clear()
        self.who.addItem("", None)
        case = self.session.case
        for person in case.people if case else ():
            self.who.addItem(person.name, person.id)
        self.who.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.form.setCurrentIndex(0)
        self.summary.setPlainText("")
        self.quote.setPlainText("")
        self.error.setText("")
        for field in self.fields.values():
            field.set_error(None)
        self.kind.setFocus()

    def attach(self, evidence: Evidence) -> None:
        self.evidence.append(evidence)
        names = ", ".join(f.original_name or f.sha256[:8] for f in evidence.files)
        self.evidence_list.addItem(f"{evidence.title}  {names}".strip())

    def add_text(self, text: str) -> None:
        if not self.quote.toPlainText().strip():
            self.quote.setPlainText(text)

    # --- saving ----------------------------------------------------------------
    def _validate(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            dt.date.fromisoformat(self.date.text().strip())
        except ValueError:
            errors["date"] = self.tr("Write the date as year-month-day, e.g. 2024-03-01.")
        t = self.time.text().strip()
        if t:
            try:
                dt.time.fromisoformat(t)
            except ValueError:
                errors["time"] = self.tr("Write the time as hours:minutes, e.g. 14:30.")
        if not self.summary.toPlainText().strip() and not self.quote.toPlainText().strip():
            errors["summary"] = self.tr("Write a line about what happened.")
        return errors

    def save(self) -> None:
        errors = self._validate()
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if errors:
            return
        self.save_button.setEnabled(False)
        who_text = self.who.currentText().strip()
        index = self.who.findText(who_text) if who_text else -1
        person_id = self.who.itemData(index) if index > 0 else None
        if who_text and person_id is None:
            person = Person(id="", name=who_text, party=Party.EMPLOYER)
            self.session.save_record(
                person, done=lambda p: self._save_incident(p.id), error=self._failed
            )
        else:
            self._save_incident(person_id)

    def _save_incident(self, person_id: str | None) -> None:
        t = self.time.text().strip()
        channel, form = self.channel.currentData(), self.form.currentData()
        summary = self.summary.toPlainText().strip()
        quote = self.quote.toPlainText().strip() or None
        incident = Incident(
            id="",
            date=dt.date.fromisoformat(self.date.text().strip()),
            kind=IncidentKind(self.kind.currentData()),
            summary=summary or (quote or ""),
            time=dt.time.fromisoformat(t).strftime("%H:%M") if t else None,
            actor=person_id,
            channel=Channel(channel) if channel else None,
            form=Form(form) if form else None,
            quote=quote,
            evidence=tuple(e.id for e in self.evidence),
        )
        self.session.save_record(incident, done=self._saved, error=self._failed)

    def _saved(self, incident: Incident) -> None:
        self.save_button.setEnabled(True)
        self.savedIncident.emit(incident)
        self.closed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
