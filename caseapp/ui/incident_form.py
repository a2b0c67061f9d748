"""The one incident form, used in two places: compact on 今日 Today (the
quick path — kind in the worker's words, who, channel, written or oral, what
was said and the exact words, evidence pasted, dropped or picked, stamped
now — with "more fields" behind an expander) and full beside the 事件 list
(every field: learned-on, for which side, stamped, the kind's own fields).
Same fields, words, checks and save path in both; a new name under "who"
becomes a person."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Evidence, Incident
from caseapp.domain.vocab import Channel, Form, IncidentKind, Party
from caseapp.ui import words
from caseapp.ui.incident_extra import EXTRA_FIELDS, IncidentExtra, set_choice
from caseapp.ui.record_list import enter_saves, on_keys, read_span
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.who_box import WhoBox
from caseapp.ui.widgets import Field, label


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.addItem("—", None)
    for text, code in items:
        box.addItem(text, code)
    # do not measure every item to size the box (slow with CJK fallback fonts)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


class IncidentForm(QWidget):
    closed = Signal()
    savedIncident = Signal(object)  # Incident
    addFilesRequested = Signal()

    def __init__(
        self, session: CaseSession, compact: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.compact = compact
        self.editing: Incident | None = None
        self.confirm: QMessageBox | None = None  # the open "dated after today?" question
        self.evidence: list[Evidence] = []  # attached to this draft (pasted, dropped, picked)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 16, 16, 12)
        self.heading = label(self.tr("Record what happened"), "title")
        root.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        root.addWidget(scroll, 1)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 8, 0)
        self._build_fields()

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

        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More fields"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.toggled.connect(self.show_more)
        outer.addWidget(self.more_button)
        self.more_button.setVisible(compact)  # once in the layout: never a window of its own
        self.more = QWidget()
        more = QVBoxLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        more_grid = QGridLayout()
        more_grid.addWidget(self.fields["known_on"], 0, 0)
        more_grid.addWidget(self.fields["party"], 0, 1)
        more.addLayout(more_grid)
        more.addWidget(self.stamped)
        self.extra = IncidentExtra()
        more.addWidget(self.extra)
        outer.addWidget(self.more)
        self.more.setVisible(not compact)

        outer.addWidget(label(self.tr("Evidence it rests on"), "subtitle"))
        self.evidence_list = QListWidget()
        self.evidence_list.setMaximumHeight(70 if compact else 110)
        self.evidence_list.setAccessibleName(self.tr("Evidence it rests on"))
        outer.addWidget(self.evidence_list)
        files_row = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.clicked.connect(self.addFilesRequested)
        files_row.addWidget(self.add_files_button)
        files_row.addWidget(label(self.tr("or Ctrl+V to paste a screenshot"), "hint"), 1)
        outer.addLayout(files_row)
        outer.addStretch(1)

        self.error = label("", "error")
        root.addWidget(self.error)
        buttons = QHBoxLayout()  # always in view, below the scrolling fields
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close without saving (Esc)"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        root.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.closed)
        enter_saves([*self.fields.values(), *self.extra.fields.values()], self.save)
        on_keys(self, ["Ctrl+Return", "Ctrl+Enter"], self.save)
        on_keys(self, ["Esc"], self.closed.emit)

    def _build_fields(self) -> None:
        self.kind = QComboBox()
        for kind in IncidentKind:
            self.kind.addItem(words.incident_label(kind), kind.value)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(8)
        self.date = QLineEdit()
        self.time = QLineEdit()
        self.time.setPlaceholderText("14:30")
        self.known_on = QLineEdit()
        self.who = WhoBox()
        self.party = _combo([(words.vocab_label("party", p.value), p.value) for p in Party])
        self.channel = _combo([(words.channel_label(c), c.value) for c in Channel])
        self.form = _combo([(words.vocab_label("form", f.value), f.value) for f in Form])
        self.stamped = QCheckBox(self.tr("It carries the company's stamp (盖章)"))
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(64)
        self.summary.setMaximumHeight(80 if self.compact else 110)
        self.quote = QPlainTextEdit()
        self.quote.setMinimumHeight(52)
        self.quote.setMaximumHeight(64 if self.compact else 84)
        for edit in (self.summary, self.quote):
            edit.setTabChangesFocus(True)
            edit.installEventFilter(self)  # Ctrl+Enter saves from inside the text too
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
            "known_on": Field(
                self.tr("You learned of it on"), self.known_on, self.tr("If later than the date.")
            ),
            "party": Field(
                self.tr("On whose side"), self.party, self.tr("Employer, client or agency.")
            ),
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def show_more(self, on: bool) -> None:
        self.more.setVisible(on)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _kind_changed(self) -> None:
        self.extra.show_for(IncidentKind(self.kind.currentData()))

    # --- filling -------------------------------------------------------------------------
    def start(self, kind: IncidentKind | None = None, when: dt.datetime | None = None) -> None:
        """A fresh draft dated ``when`` (today by default). The time is filled
        in only from a given ``when``: the moment she opens the form is not the
        moment it happened, so it is never a default."""
        self.editing = None
        self.heading.setText(self.tr("Record what happened"))
        self.evidence = []
        case = self.session.case
        self.who.fill(case)
        self.evidence_list.clear()
        for item in case.evidence if case else ():
            self._evidence_row(item.id, item.title, checked=False)
        for field in self.fields.values():
            field.set_error(None)
        self.error.setText("")
        self.extra.clear()
        self.kind.setCurrentIndex(self.kind.findData((kind or IncidentKind.OTHER).value))
        self._kind_changed()
        stamp = when or dt.datetime.now()
        self.date.setText(stamp.date().isoformat())
        self.time.setText(stamp.strftime("%H:%M") if when else "")
        self.known_on.clear()
        for box in (self.party, self.channel, self.form):
            box.setCurrentIndex(0)
        self.stamped.setChecked(False)
        self.summary.setPlainText("")
        self.quote.setPlainText("")
        if self.compact:
            self.more_button.setChecked(False)
        self.kind.setFocus()

    def start_new(self, kind: IncidentKind = IncidentKind.OTHER) -> None:
        self.start(kind)

    def edit(self, incident: Incident) -> None:
        self.start(IncidentKind(incident.kind))
        self.editing = incident
        self.heading.setText(self.tr("Change this record"))
        self.date.setText(incident.date.isoformat())
        self.time.setText(incident.time or "")
        self.known_on.setText(incident.known_on.isoformat() if incident.known_on else "")
        self.who.select(incident.actor)
        set_choice(self.party, incident.actor_party)
        set_choice(self.channel, incident.channel)
        set_choice(self.form, incident.form)
        self.stamped.setChecked(bool(incident.stamped))
        self.summary.setPlainText(incident.summary)
        self.quote.setPlainText(incident.quote or "")
        self.extra.load(incident)
        for i in range(self.evidence_list.count()):
            row = self.evidence_list.item(i)
            on = row.data(Qt.ItemDataRole.UserRole) in incident.evidence
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if self.compact:
            self.more_button.setChecked(True)

    def _evidence_row(self, evidence_id: str, title: str, checked: bool, top: bool = False) -> None:
        row = QListWidgetItem(title)
        row.setData(Qt.ItemDataRole.UserRole, evidence_id)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if top:
            self.evidence_list.insertItem(0, row)
        else:
            self.evidence_list.addItem(row)

    def attach(self, evidence: Evidence) -> None:
        """Evidence just pasted, dropped or picked: listed first, ticked."""
        self.evidence.append(evidence)
        for i in reversed(range(self.evidence_list.count())):
            if self.evidence_list.item(i).data(Qt.ItemDataRole.UserRole) == evidence.id:
                self.evidence_list.takeItem(i)
        names = ", ".join(f.original_name or f.sha256[:8] for f in evidence.files)
        self._evidence_row(evidence.id, f"{evidence.title}  {names}".strip(), True, top=True)

    def add_text(self, text: str) -> None:
        if not self.quote.toPlainText().strip():
            self.quote.setPlainText(text)

    # --- reading and saving -------------------------------------------------------------------
    def _ticked(self) -> tuple[str, ...]:
        ticked = [
            self.evidence_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.evidence_list.count())
            if self.evidence_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        before = [e for e in (self.editing.evidence if self.editing else ()) if e in ticked]
        return tuple(dict.fromkeys([*before, *ticked]))  # the stored order kept, once each

    def read(self) -> tuple[Incident | None, dict[str, str]]:
        """The incident as filled in (without its person), or the field errors."""
        errors: dict[str, str] = {}
        date, known_on = read_span(
            ("date", self.date.text()),
            ("known_on", self.known_on.text()),
            self.tr("You cannot learn of it before it happened."),
            errors,
        )
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
        if (errors.keys() & {"known_on"} or extra_errors) and self.compact:
            self.more_button.setChecked(True)  # the marked field must be in view
        if errors or extra_errors or date is None:
            return None, {**errors, **extra_errors}
        party, channel, form = (b.currentData() for b in (self.party, self.channel, self.form))
        base = self.editing or Incident(id="", date=date, kind=IncidentKind.OTHER, summary="")
        cleared: dict[str, object] = {
            name: () if name == "asserts" else None for name in EXTRA_FIELDS
        }
        if self.kind.currentData() != IncidentKind.MUTUAL_TERMINATION_OFFER.value:
            # the exit offer's keys (set in the offer review) belong to that kind only
            cleared.update(offer_amount=None, last_day=None, clauses=())
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
            evidence=self._ticked(),
        )
        return dataclasses.replace(incident, **extra), {}

    def save(self) -> None:
        incident, _errors = self.read()
        if incident is None:
            self.error.setText(self.tr("Nothing was saved: check the fields marked above."))
            return
        self.error.setText("")
        if incident.date > self.session.clock.today():
            self._ask_future(incident)
            return
        self._resolve(incident)

    def _ask_future(self, incident: Incident) -> None:
        """Something that happened, dated after today: saved only when the
        worker says so."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A date after today"),
            self.tr("This is dated %1, after today (%2). Save it with this date?")
            .replace("%1", incident.date.isoformat())
            .replace("%2", self.session.clock.today().isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Save with this date"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Let me correct it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._future_answered(incident, result))
        self.confirm = box
        box.open()  # not modal to the event loop

    def _future_answered(self, incident: Incident, result: int) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes:
            self._resolve(incident)
        else:
            self.date.setFocus()

    def _resolve(self, incident: Incident) -> None:
        self.save_button.setEnabled(False)
        self.who.resolve(
            self.session,
            incident.actor_party or Party.EMPLOYER,
            lambda person_id: self._store(dataclasses.replace(incident, actor=person_id)),
            self._failed,
        )

    def _store(self, incident: Incident) -> None:
        self.session.save_record(incident, done=self._saved, error=self._failed)

    def _saved(self, incident: Incident) -> None:
        self.save_button.setEnabled(True)
        self.editing = incident
        self.heading.setText(self.tr("Change this record"))
        self.savedIncident.emit(incident)
        if self.compact:
            self.closed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
