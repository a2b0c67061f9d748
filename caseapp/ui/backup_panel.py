"""备份与恢复 (案件设置): the data directory's automatic backups, newest
first, each with when it was made, why, what it holds (cases and records),
its size and whether it is whole (SQLite's quick check, as ``caseapp backup
list``); "Back up now"; and
"Restore this backup…" after a confirmation that says what happens — the
same restore as ``caseapp backup restore NAME``: the current database is
first kept as a backup of its own, and each case gets a journal ``restore``
entry. Everything runs on the writer thread; the window reopens the case
after (``restored``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.services.recovery import BackupInfo, backup_time
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import label

NameRole = Qt.ItemDataRole.UserRole + 1


def _list(svc: object) -> list[BackupInfo]:
    from caseapp.services.recovery import list_backups

    return list_backups(Path(svc.data_dir))  # type: ignore[attr-defined]


class BackupPanel(QWidget):
    restored = Signal(object)  # the restored cases' ids

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.backups: list[BackupInfo] = []
        self.confirm: QMessageBox | None = None  # the open "restore?" question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.intro = label(
            self.tr(
                "The app copies your data on its own: once a day when it opens, and before "
                "an import, a deletion or a restore. A backup holds every case in this data "
                "directory. Evidence files are kept apart and are not part of it."
            ),
            "hint",
        )
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Holds"), self.tr("Size"), self.tr("State")]
        )
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.clicked.connect(self.ask_restore)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.restore_button)
        row.addWidget(self.backup_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: a restore has no steps to count
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Working"))
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.status = label("", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._busy = False
        self._update_buttons()

    # --- listing ------------------------------------------------------------
    def refresh(self) -> None:
        """List the backups (each checked) on the writer thread."""
        self.refresh_button.setEnabled(False)
        self.session.bridge.call(_list, done=self._listed, error=self._failed)

    def _listed(self, found: list[BackupInfo]) -> None:
        self.refresh_button.setEnabled(True)
        selected = self.selected()  # before the rows change: the one chosen so far
        self.backups = list(found)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = [
                self.made_text(info),
                self.reason_text(info.name),
                self.holds_text(info),
                size_text(info.size),
                self.tr("✓ Whole") if info.good else self.tr("✗ Damaged, cannot be restored"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NameRole, info.name)
                if column == 0:
                    item.setToolTip(info.name)
                self.table.setItem(row, column, item)
        if not found:
            self.status.setText(
                self.tr("No backup yet. One is made once a day when the app opens.")
            )
        keep = next((i for i, b in enumerate(found) if selected and b.name == selected.name), None)
        if keep is None:
            keep = next((i for i, b in enumerate(found) if b.good), None)
        if keep is not None:
            self.table.selectRow(keep)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def select(self, name: str) -> None:
        for row, info in enumerate(self.backups):
            if info.name == name:
                self.table.selectRow(row)
                return
        raise KeyError(name)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(not self._busy and chosen is not None and chosen.good)
        self.backup_button.setEnabled(not self._busy)

    def made_text(self, info: BackupInfo) -> str:
        when = backup_time(info)
        if when is None:
            return info.name
        return when.astimezone().strftime("%Y-%m-%d %H:%M")

    def holds_text(self, info: BackupInfo) -> str:
        if info.cases is None or info.records is None:
            return "—"
        return (
            self.tr("%1 case(s), %2 record(s)")
            .replace("%1", str(info.cases))
            .replace("%2", str(info.records))
        )

    def reason_text(self, name: str) -> str:
        reason = name[24:].removesuffix(".sqlite3") if len(name) > 24 else ""
        if reason.startswith("pre-migration"):
            return self.tr("Before an upgrade of the app")
        words = {
            "daily": self.tr("Daily, when the app opened"),
            "manual": self.tr("You asked for it"),
            "pre-import": self.tr("Before an import"),
            "pre-purge": self.tr("Before a deletion"),
            "pre-delete": self.tr("Before a deletion"),
            "pre-restore": self.tr("Before a restore: the data as it was then"),
        }
        for key, text in words.items():
            if reason == key or reason.startswith(key + "-"):
                return text
        return reason

    # --- backing up -----------------------------------------------------------
    def back_up_now(self) -> None:
        self._set_busy(True, self.tr("Backing up…"))

        def done(path: Path) -> None:
            self._set_busy(False, self.tr("Backed up."))
            self.refresh()

        self.session.bridge.call(lambda s: s.backup(), done=done, error=self._failed)

    # --- restoring --------------------------------------------------------------
    def ask_restore(self) -> None:
        """Ask first, saying what happens; restore only on "Restore"."""
        chosen = self.selected()
        if chosen is None or not chosen.good or self._busy:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Restore the backup made %1?").replace("%1", self.made_text(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Every case in this data directory goes back to how it was at that moment. "
                "Anything recorded after it will not be there.\n\n"
                "Your data as it is now is not deleted, so nothing is lost: it is first kept "
                'aside as a backup of its own ("Before a restore"), which you can restore '
                "the same way. Evidence files are not changed.\n\n"
                'Each case\'s history gets a "restore" entry that names this backup.'
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._answered(result, chosen))
        self.confirm = box
        box.open()

    def _answered(self, result: int, chosen: BackupInfo) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes:
            self.restore(chosen)

    def restore(self, chosen: BackupInfo) -> None:
        """Restore ``chosen`` on the writer thread (the service's own restore)."""
        self._set_busy(True, self.tr("Restoring… Keep the app open."))
        path = chosen.path

        def done(case_ids: list[str]) -> None:
            self._set_busy(
                False,
                self.tr(
                    'Restored the backup made %1. The case history shows a "restore" entry.'
                ).replace("%1", self.made_text(chosen)),
            )
            self.refresh()
            self.session.saved.emit()
            self.restored.emit(list(case_ids))

        self.session.bridge.call(lambda s: s.restore_backup(path), done=done, error=self._failed)

    def _set_busy(self, busy: bool, text: str) -> None:
        self._busy = busy
        self.bar.setVisible(busy)
        self.status.setText(text)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._set_busy(False, error_text(exc))


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
