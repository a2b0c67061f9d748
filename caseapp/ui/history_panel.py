"""The history of the case or of one record, read from the journal: when,
what kind of change, which records, and field by field what it was before
and after; with "undo the last change" (the service's undo, journaled too)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.kinds import ref_of
from caseapp.domain.model import Case
from caseapp.services.api import JournalEntry
from caseapp.ui import words
from caseapp.ui.history_words import changed_lines
from caseapp.ui.reflabels import RefLabels, ref_label
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import label

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1


def _law() -> Any:
    """The law data if already loaded (for city names), else None; never waits."""
    from caseapp.ui import lawdata

    loader = lawdata._loader
    return loader.law if loader is not None and loader.done else None


class JournalModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[JournalEntry] = []
        self.case: Case | None = None
        self._labels = RefLabels(None)

    def set_entries(self, entries: list[JournalEntry], case: Case | None) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda e: e.seq, reverse=True)
        self.case = case
        self._labels = RefLabels(case)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == EntryRole:
            return e
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        when = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
        op = words.vocab_label("journal_op", str(e.op))
        refs = [self._labels.label(c.ref) for c in e.changes[:2]]
        more = f" +{len(e.changes) - 2}" if len(e.changes) > 2 else ""
        return f"{when} · {op}\n{'; '.join(refs)}{more}"


class HistoryPanel(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.record = QComboBox()
        self.record.setAccessibleName(self.tr("Whose history"))
        self.record.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(self.record, 1)
        self.undo_button = QPushButton(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        layout.addWidget(
            label(
                self.tr(
                    "Every change is kept in the journal, with a fingerprint chain a lawyer can "
                    "check. Undo adds a new entry; nothing is erased."
                ),
                "hint",
            )
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = JournalModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.selectionModel().currentChanged.connect(self._selected)
        split.addWidget(self.list)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Change in full"))
        split.addWidget(self.detail)
        layout.addWidget(split, 1)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        self._refs: list[str | None] = []
        self._entries: list[tuple[str, str]] | None = None  # the records listed (label, ref)

    def fill_records(self, case: Case) -> None:
        """The records to choose from, each labelled once per case (indexed:
        O(records)); the list is left as it is when nothing in it changed."""
        labels = RefLabels(case)
        entries = [
            (labels.label(ref), ref)
            for group in (case.incidents, case.payments, case.tasks, case.people, case.evidence)
            for ref in map(ref_of, group)
        ]
        if entries == self._entries:
            return
        self._entries = entries
        current = self.record.currentData()
        self.record.blockSignals(True)
        self.record.clear()
        self.record.addItem(self.tr("The whole case"), None)
        self._refs = [None]
        for text, ref in entries:
            self.record.addItem(text, ref)
        index = self.record.findData(current)
        self.record.setCurrentIndex(max(index, 0))
        self.record.blockSignals(False)

    def show_ref(self, ref: str | None) -> None:
        index = self.record.findData(ref)
        if index < 0 and ref is not None and self.session.case is not None:
            self.record.addItem(ref_label(self.session.case, ref), ref)
            self._entries = None  # an item beyond the records: the next refill rebuilds
            index = self.record.count() - 1
        self.record.setCurrentIndex(max(index, 0))
        self.refresh()

    def refresh(self) -> None:
        case_id = self.session.case_id
        if case_id is None:
            return
        ref = self.record.currentData()
        self.session.bridge.call(
            lambda s: s.history(case_id, ref),
            done=lambda entries: self.model.set_entries(entries, self.session.case),
            error=lambda exc: self.status.setText(error_text(exc)),
        )

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        e = current.data(EntryRole) if current.isValid() else None
        self.detail.setHtml(self.entry_html(e) if e is not None else "")

    def entry_html(self, e: JournalEntry) -> str:
        esc = html.escape
        when = e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        parts = [f"<h3>{esc(when)} · {esc(words.vocab_label('journal_op', str(e.op)))}</h3>"]
        if e.undoes is not None:
            undoes = self.tr("This undid change no. %1").replace("%1", str(e.undoes))
            parts.append(f"<p>{esc(undoes)}</p>")
        case, law = self.session.case, _law()
        for change in e.changes[:50]:
            parts.append(f"<p><b>{esc(ref_label(self.session.case, change.ref))}</b></p><ul>")
            lines = changed_lines(change.ref, change.before, change.after, case, law)
            for _path, name, was, now in lines[:60]:
                if change.before is None:  # created: the values as entered
                    parts.append(f"<li>{esc(name)}: {esc(now)}</li>")
                elif change.after is None:  # deleted: what it was
                    parts.append(f"<li>{esc(name)}: {esc(was)}</li>")
                else:
                    parts.append(f"<li>{esc(name)}: {esc(was)} → {esc(now)}</li>")
            parts.append("</ul>")
        parts.append(f"<p style='font-size:12px; color:#5F6368'>SHA-256 {esc(e.line_sha256)}</p>")
        return "".join(parts)

    def undo(self) -> None:
        def undone(entry: object) -> None:
            self.status.setText(
                self.tr("Nothing to undo.")
                if entry is None
                else self.tr("The last change was undone.")
            )
            self.refresh()

        self.session.undo(done=undone)
