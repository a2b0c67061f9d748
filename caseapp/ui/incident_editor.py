"""The 事件 view's side panel: every field of an incident — kind, when, when
you learned of it, who and for which side, channel, written or oral, stamped,
what happened, the exact words, the kind's own fields, and the evidence it
rests on. A new name under "who" becomes a person."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Incident, Person
from caseapp.domain.vocab import Channel, Form, IncidentKind, Party
from caseapp.ui import words
from caseapp.ui.formparse import read_date
from caseapp.ui.incident_extra import IncidentExtra
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, label


def _vocab_combo(vocabulary: str, codes: list[str]) -> QComboBox:
    box = QComboBox()
    box.addItem("—", None)
    for code in codes:
        box.addItem(words.vocab_label(vocabulary, code), code)
    return box


class IncidentEditor(QWidget):
    closed = Signal()
    savedIncident = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: Incident | None = None
        self.setMinimumWidth(400)
        self.setMaximumWidth(480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label(self.tr("Record what happened"), "title")
        layout.addWidget(self.heading)

        self.kind = QComboBox()
        for kind in IncidentKind:
            self.kind.addItem(words.incident_label(kind), kind.value)
        self.date = QLineEdit()
        self.time = QLineEdit()
        self.time.setPlaceholderText("14:30")
        self.known_on = QLineEdit()
        self.who = QComboBox()
        self.who.setEditable(True)
        self.party = _vocab_combo("party", [p.value for p in Party])
        self.channel = _vocab_combo("channel", [c.value for c in Channel])
        self.form = _vocab_combo("form", [f.value for f in Form])
        self.stamped = QCheckBox(self.tr("It carries the company's stamp (盖章)"))
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(64)
        self.quote = QPlainTextEdit()
        self.quote.setFixedHeight(56)
        self.fields = {
            "kind": Field(
                self.tr("What happened"), self.kind, self.tr('Pick the closest; "Other" is fine.')
            ),
            "date": Field(self.tr("Date"), self.date, self.tr("Year-month-day.")),
            "time": Field(self.tr("Time (optional)"), self.time, self.tr("Hours:minutes.")),
            "known_on": Field(
                self.tr("You learned of it on"), self.known_on, self.tr("If later than the date.")
            ),
            "who": Field(
                self.tr("Who (optional)"),
                self.who,
                self.tr('A name or a role, e.g. "Manager Wang".'),
            ),
            "party": Field(
                self.tr("On whose side"), self.party, self.tr("Employer, client or agency.")
            ),
            "channel": Field(self.tr("How"), self.channel, ""),
            "form": Field(self.tr("Written or oral"), self.form, ""),
            "summary": Field(
                self.tr("What happened, in your words"),
                self.summary,
                self.tr("Facts: who, what, where."),
            ),
            "quote": Field(
                self.tr("Exact words (optional)"),
                self.quote,
                self.tr("Word for word, as far as you remember."),
            ),
        }
        grid = QGridLayout()
        grid.addWidget(self.fields["kind"], 0, 0, 1, 2)
        grid.addWidget(self.fields["date"], 1, 0)
        grid.addWidget(self.fields["time"], 1, 1)
        grid.addWidget(self.fields["known_on"], 2, 0, 1, 2)
        grid.addWidget(self.fields["who"], 3, 0)
        grid.addWidget(self.fields["party"], 3, 1)
        grid.addWidget(self.fields["channel"], 4, 0)
        grid.addWidget(self.fields["form"], 4, 1)
        layout.addLayout(grid)
        layout.addWidget(self.stamped)
        layout.addWidget(self.fields["summary"])
        layout.addWidget(self.fields["quote"])
        self.extra = IncidentExtra()
        layout.addWidget(self.extra)
        layout.addWidget(label(self.tr("Evidence it rests on"), "subtitle"))
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(110)
        self.evidence.setAccessibleName(self.tr("Evidence it rests on"))
        layout.addWidget(self.evidence)
        layout.addWidget(
            label(self.tr("Add files under Evidence first, then tick them here."), "hint")
        )
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 6, 16, 10)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.error = label("", "error")
        self.error.setContentsMargins(16, 0, 16, 8)
        outer.addWidget(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.closed)

    def _kind_changed(self) -> None:
        self.extra.show_for(IncidentKind(self.kind.currentData()))

    # --- filling -------------------------------------------------------------------------
    def _reset(self) -> None:
        case = self.session.case
        self.who.clear()
        self.who.addItem("", None)
        for person in case.people if case else ():
            self.who.addItem(person.name, person.id)
        self.evidence.clear()
        for item in case.evidence if case else ():
            row = QListWidgetItem(item.title)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(row)
        for field in self.fields.values():
            field.set_error(None)
        self.error.setText("")
        self.extra.clear()

    def start_new(self, kind: IncidentKind = IncidentKind.OTHER) -> None:
        self.editing = None
        self.heading.setText(self.tr("Record what happened"))
        self._reset()
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self._kind_changed()
        self.date.setText(dt.date.today().isoformat())
        for edit in (self.time, self.known_on):
            edit.clear()
        for box in (self.party, self.channel, self.form):
            box.setCurrentIndex(0)
        self.stamped.setChecked(False)
        self.summary.setPlainText("")
        self.quote.setPlainText("")
        self.kind.setFocus()

    def edit(self, incident: Incident) -> None:
        self.start_new(IncidentKind(incident.kind))
        self.editing = incident
        self.heading.setText(self.tr("Change this record"))
        self.date.setText(incident.date.isoformat())
        self.time.setText(incident.time or "")
        self.known_on.setText(incident.known_on.isoformat() if incident.known_on else "")
        index = self.who.findData(incident.actor) if incident.actor else 0
        self.who.setCurrentIndex(max(index, 0))
        for box, value in (
            (self.party, incident.actor_party),
            (self.channel, incident.channel),
            (self.form, incident.form),
        ):
            box.setCurrentIndex(max(box.findData(None if value is None else str(value)), 0))
        self.stamped.setChecked(bool(incident.stamped))
        self.summary.setPlainText(incident.summary)
        self.quote.setPlainText(incident.quote or "")
        self.extra.load(incident)
        for i in range(self.evidence.count()):
            row = self.evidence.item(i)
            on = row.data(Qt.ItemDataRole.UserRole) in incident.evidence
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # --- saving ----------------------------------------------------------------------------
    def read(self) -> tuple[Incident | None, dict[str, str]]:
        errors: dict[str, str] = {}
        date, problem = read_date(self.date.text())
        if problem:
            errors["date"] = problem
        known_on = None
        if self.known_on.text().strip():
            known_on, problem = read_date(self.known_on.text())
            if problem:
                errors["known_on"] = problem
            elif date and known_on and known_on < date:
                errors["known_on"] = self.tr("You cannot learn of it before it happened.")
        t = self.time.text().strip()
        if t:
            try:
                t = dt.time.fromisoformat(t).strftime("%H:%M")
            except ValueError:
                errors["time"] = self.tr("Write the time as hours:minutes, e.g. 14:30.")
        summary, quote = self.summary.toPlainText().strip(), self.quote.toPlainText().strip()
        if not summary and not quote:
            errors["summary"] = self.tr("Write a line about what happened.")
        extra, extra_errors = self.extra.read()
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if errors or extra_errors or date is None:
            return None, {**errors, **extra_errors}
        party, channel, form = (b.currentData() for b in (self.party, self.channel, self.form))
        evidence = tuple(
            self.evidence.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.evidence.count())
            if self.evidence.item(i).checkState() == Qt.CheckState.Checked
        )
        base = self.editing or Incident(id="", date=date, kind=IncidentKind.OTHER, summary="")
        cleared = {
            name: None
            for name in (
                "scope",
                "stated_reason",
                "ground",
                "terms",
                "terms_text",
                "response",
                "subject",
                "new_post",
                "new_city",
                "period_start",
                "period_end",
                "result",
                "stated_ground_text",
                "union_notified",
                "affected_count",
                "reason",
            )
        }
        incident = dataclasses.replace(
            base,
            **cleared,  # type: ignore[arg-type]
            date=date,
            kind=IncidentKind(self.kind.currentData()),
            time=t or None,
            known_on=known_on,
            actor_party=Party(party) if party else None,
            channel=Channel(channel) if channel else None,
            form=Form(form) if form else None,
            stamped=True if self.stamped.isChecked() else None,
            summary=summary or quote,
            quote=quote or None,
            evidence=evidence,
            asserts=(),
        )
        return dataclasses.replace(incident, **extra), {}

    def save(self) -> None:
        incident, _errors = self.read()
        if incident is None:
            self.error.setText(self.tr("Nothing was saved: check the fields marked above."))
            return
        self.error.setText("")
        self.save_button.setEnabled(False)
        who = self.who.currentText().strip()
        index = self.who.findText(who) if who else -1
        person_id = self.who.itemData(index) if index > 0 else None
        if who and person_id is None:
            party = incident.actor_party or Party.EMPLOYER
            person = Person(id="", name=who, party=party)
            self.session.save_record(
                person,
                done=lambda p: self._save(dataclasses.replace(incident, actor=p.id)),
                error=self._failed,
            )
        else:
            self._save(dataclasses.replace(incident, actor=person_id))

    def _save(self, incident: Incident) -> None:
        self.session.save_record(incident, done=self._saved, error=self._failed)

    def _saved(self, incident: Incident) -> None:
        self.save_button.setEnabled(True)
        self.editing = incident
        self.savedIncident.emit(incident)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
