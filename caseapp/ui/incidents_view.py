"""事件 Incidents: everything that happened, newest first, with the side panel
to record a new one or change one; records a finding rests on are shaded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Case, Incident
from caseapp.domain.vocab import IncidentKind
from caseapp.ui import words
from caseapp.ui.incident_editor import IncidentEditor
from caseapp.ui.records_model import RecordRole, RecordsModel
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import label


class IncidentsView(QWidget):
    historyRequested = Signal(str)  # a record ref

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        main = QWidget()
        layout = QVBoxLayout(main)
        layout.setContentsMargins(20, 16, 20, 16)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Incidents"), "title"), 1)
        self.add_button = QPushButton(self.tr("Record what happened"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every change to the selected record, with undo"))
        self.history_button.clicked.connect(self._history)
        head.addWidget(self.history_button)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        layout.addWidget(
            label(
                self.tr(
                    "What was said and done, in your words, with the exact words where you "
                    "have them. Double-click one to change it."
                ),
                "hint",
            )
        )
        self.model: RecordsModel[Incident] = RecordsModel(
            [
                (
                    lambda: QCoreApplication.translate("IncidentsView", "Date"),
                    lambda i: i.date.isoformat(),
                ),
                (
                    lambda: QCoreApplication.translate("IncidentsView", "What happened"),
                    lambda i: words.incident_label(IncidentKind(i.kind)),
                ),
                (lambda: QCoreApplication.translate("IncidentsView", "Who"), self._who),
                (lambda: QCoreApplication.translate("IncidentsView", "How"), self._how),
                (
                    lambda: QCoreApplication.translate("IncidentsView", "In your words"),
                    lambda i: i.summary,
                ),
                (
                    lambda: QCoreApplication.translate("IncidentsView", "Evidence"),
                    lambda i: str(len(i.evidence)) if i.evidence else "",
                ),
            ],
            sort_key=lambda i: (i.date, i.time or ""),
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()  # fixed widths: sizing to contents is slow
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((95, 170, 90, 120, 240, 70)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.doubleClicked.connect(self._edit_row)
        layout.addWidget(self.table, 1)
        self.empty = label(
            self.tr("Nothing recorded yet. When something happens, record it the same day."), "hint"
        )
        layout.addWidget(self.empty)
        outer.addWidget(main, 1)

        self._outer = outer
        self._editor: IncidentEditor | None = None  # built on first use (it is a big form)
        session.caseChanged.connect(self.show_case)
        if session.case is not None:  # views are built on first use, after the case opened
            self.show_case(session.case)

    @property
    def editor(self) -> IncidentEditor:
        if self._editor is None:
            editor = IncidentEditor(self.session)
            editor.setVisible(False)
            editor.closed.connect(lambda: editor.setVisible(False))
            self._outer.addWidget(editor)
            self._editor = editor
        return self._editor

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

    def show_case(self, case: Case) -> None:
        self.model.set_records(case.incidents)
        self.empty.setVisible(not case.incidents)

    def add(self) -> None:
        if self.session.case is None:
            return
        self.editor.start_new()
        self.editor.setVisible(True)

    def _edit_row(self, index: QModelIndex) -> None:
        incident = self.model.index(index.row(), 0).data(RecordRole)
        if incident is not None:
            self.editor.edit(incident)
            self.editor.setVisible(True)

    def _history(self) -> None:
        index = self.table.currentIndex()
        incident = self.model.index(index.row(), 0).data(RecordRole) if index.isValid() else None
        self.historyRequested.emit(f"incident:{incident.id}" if incident else "")

    def highlight(self, refs: Sequence[str]) -> None:
        ids = {r.split(":", 1)[1] for r in refs if r.startswith("incident:")}
        self.model.highlight({row for row, i in enumerate(self.model.records()) if i.id in ids})
