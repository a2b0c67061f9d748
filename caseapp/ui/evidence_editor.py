"""The evidence item's editor (证据 → the side panel): its name, kind, the
date it bears, how and when it was obtained, what it proves (the codes the
filing pack groups by, with the purpose in the worker's words), where the
original is, a witness; its files, each openable, with a mark when a file is
missing or changed and what to do; a file attached to an item without one.

Saving goes through the session (one journal entry; Ctrl+Z undoes it).
Nothing is filled in for the worker: an empty date stays empty, and the
kind the app guessed from a new file's format is shown as a guess to
confirm. Stored files are never altered (the service refuses it): a new
version of a file is a new item."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Evidence
from caseapp.domain.vocab import EvidenceKind, OriginalStatus, Proves
from caseapp.ui import words
from caseapp.ui.formparse import read_date
from caseapp.ui.share import human_size
from caseapp.ui.widgets import Field, label

FIRST_DAY = dt.date(1990, 1, 1)  # the spec's earliest event date
APPS = ("微信", "企业微信", "钉钉", "飞书", "QQ", "短信", "邮件")  # typed suggestions, not choices

# the files' marks (ui.evidence_check): what is wrong, and what to do
FILE_OK, FILE_MISSING, FILE_CHANGED = "ok", "missing", "changed"


class EvidenceEditor(QScrollArea):
    """The form, in a scroll area (a long form scrolls at 1366×768 and 2×,
    it is never squeezed). ``load(record)`` fills it; Save emits
    ``saveRequested(record)``; the buttons by the files ask the view to
    attach, open or restore a file."""

    saveRequested = Signal(object)  # Evidence as edited
    attachRequested = Signal(object)  # Evidence as edited (form read first)
    openRequested = Signal(str, str)  # sha256, original name
    restoreRequested = Signal(str)  # sha256 of a missing or changed file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.box = box = QVBoxLayout(body)
        box.setContentsMargins(0, 16, 16, 16)
        self.heading = label(self.tr("About this evidence"), "subtitle")
        box.addWidget(self.heading)
        self.banner = label("", "hint")
        self.banner.setVisible(False)
        box.addWidget(self.banner)
        self._build_inputs()
        self._build_fields(box)
        self._build_proves(box)
        self._build_actions(box)
        self._build_files(box)
        box.addStretch(1)
        self.setWidget(body)

        self.record: Evidence | None = None
        self.marks: dict[str, str] = {}  # sha256 -> FILE_OK / FILE_MISSING / FILE_CHANGED
        for line in (self.title, self.created, self.obtained, self.source, self.account):
            line.returnPressed.connect(self.save)
        self.setEnabled(False)

    def _build_inputs(self) -> None:
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in EvidenceKind:
            self.kind.addItem(words.vocab_label("evidence_kind", str(kind)), str(kind))
        self.kind.setMinimumContentsLength(10)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.created = QLineEdit()
        self.created.setPlaceholderText(self.tr("e.g. 2025-03-04 (may stay empty)"))
        self.obtained = QLineEdit()
        self.obtained.setPlaceholderText(self.tr("e.g. 2025-03-04 (may stay empty)"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. I took the screenshot on my phone"))
        self.source_app = QComboBox()
        self.source_app.setEditable(True)
        self.source_app.addItems(["", *APPS])
        self.source_app.setMinimumContentsLength(8)
        self.account = QLineEdit()
        self.status = QComboBox()
        for status in OriginalStatus:
            self.status.addItem(words.vocab_label("original_status", str(status)), str(status))
        self.status.setMinimumContentsLength(10)
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMinimumHeight(72)
        self.purpose.setMaximumHeight(110)  # a few lines; the panel scrolls, the box stays small
        self.witness = QLineEdit()

    def _build_fields(self, box: QVBoxLayout) -> None:
        self.fields: dict[str, Field] = {
            "title": Field(
                self.tr("Name"),
                self.title,
                self.tr(
                    "Say what it is, e.g. Team lead on WeChat: no need to come in from tomorrow"
                ),
            ),
            "kind": Field(self.tr("Kind"), self.kind, ""),
            "created_on": Field(
                self.tr("Date it bears"),
                self.created,
                self.tr("The date on the item itself (a message, a notice). Leave empty if none."),
            ),
            "obtained_on": Field(
                self.tr("When you got it"),
                self.obtained,
                self.tr("The day you took, received or copied it. Not the day you added it here."),
            ),
            "source": Field(self.tr("How you got it"), self.source, ""),
            "source_app": Field(
                self.tr("App or channel"), self.source_app, self.tr("Where it was sent or kept")
            ),
            "counterparty_account": Field(
                self.tr("The other side's account"),
                self.account,
                self.tr("Their WeChat id or e-mail address (not the nickname)"),
            ),
        }
        for key in ("title", "kind"):
            box.addWidget(self.fields[key])
        self.kind_guess = label("", "hint")
        self.kind_guess.setVisible(False)
        box.addWidget(self.kind_guess)
        for key in ("created_on", "obtained_on", "source", "source_app", "counterparty_account"):
            box.addWidget(self.fields[key])

    def _build_proves(self, box: QVBoxLayout) -> None:
        box.addWidget(label(self.tr("What it proves"), "subtitle"))
        box.addWidget(
            label(self.tr("Tick what it shows; the filing pack lists it under that."), "hint")
        )
        grid = QGridLayout()
        self.proves: dict[Proves, QCheckBox] = {}
        for n, code in enumerate(Proves):
            check = QCheckBox(words.vocab_label("proves", str(code)))
            self.proves[code] = check
            grid.addWidget(check, n // 2, n % 2)
        box.addLayout(grid)
        self.fields["purpose"] = Field(
            self.tr("In your own words"),
            self.purpose,
            self.tr(
                "e.g. Shows the company told me on 3 March, by word of mouth only, to stay home"
            ),
        )
        self.fields["original_status"] = Field(self.tr("The original"), self.status, "")
        self.fields["witness"] = Field(
            self.tr("Witness"),
            self.witness,
            self.tr("Someone who saw or heard it and could say so (may stay empty)"),
        )
        for key in ("purpose", "original_status", "witness"):
            box.addWidget(self.fields[key])
        for field in self.fields.values():
            field.hint.setVisible(bool(field.hint.text()))  # no empty line under a box

    def _build_actions(self, box: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo my edits"))
        self.revert_button.setToolTip(self.tr("Show the item as it was last saved"))
        self.revert_button.clicked.connect(self.revert)
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        box.addLayout(row)
        self.error = label("", "error")
        self.error.setVisible(False)
        box.addWidget(self.error)

    def _build_files(self, box: QVBoxLayout) -> None:
        box.addWidget(label(self.tr("Files"), "subtitle"))
        self.files_box = QVBoxLayout()
        box.addLayout(self.files_box)
        self.attach_button = QPushButton(self.tr("Add a file…"))
        self.attach_button.setToolTip(
            self.tr("This item has no file yet: add the scan, photo or recording of it")
        )
        self.attach_button.clicked.connect(self._attach)
        box.addWidget(self.attach_button)
        self.files_hint = label("", "hint")
        box.addWidget(self.files_hint)

    # --- filling and reading ---------------------------------------------------------------
    def load(self, record: Evidence | None, guessed_kind: bool = False) -> None:
        """Show ``record`` (None: nothing selected). ``guessed_kind``: the
        item was just added and its kind was taken from the files' format."""
        self.record = record
        self.setEnabled(record is not None)
        for field in self.fields.values():
            field.set_error(None)
        self.error.setVisible(False)
        self.banner.setVisible(False)
        self.kind_guess.setVisible(False)
        if record is None:
            self._clear()
            self._show_files()
            return
        self.title.setText(record.title)
        self._choose(self.kind, str(record.kind))
        self.created.setText(record.created_on.isoformat() if record.created_on else "")
        self.obtained.setText(record.obtained_on.isoformat() if record.obtained_on else "")
        self.source.setText(record.source or "")
        self.source_app.setCurrentText(record.source_app or "")
        self.account.setText(record.counterparty_account or "")
        for code, check in self.proves.items():
            check.setChecked(code in record.proves)
        self.purpose.setPlainText(record.purpose or "")
        self._choose(self.status, str(record.original_status))
        self.witness.setText(record.witness or "")
        if guessed_kind and record.kind != EvidenceKind.OTHER:
            kind = words.vocab_label("evidence_kind", str(record.kind))
            self.kind_guess.setText(
                self.tr(
                    "“%1” was guessed from the file's format: change it if it is wrong."
                ).replace("%1", kind)
            )
            self.kind_guess.setVisible(True)
        self._show_files()

    def offer(self, record: Evidence, guessed_kind: bool) -> None:
        """A file was just added: show it, say what to check, and put the
        cursor in its name so the worker can name it at once."""
        self.load(record, guessed_kind)
        self.banner.setText(
            self.tr(
                "Added. Give it a name that says what it is, and what it proves; "
                "then Save. Dates stay empty until you write them."
            )
        )
        self.banner.setVisible(True)
        self.verticalScrollBar().setValue(0)  # the note and the name at the top, in view
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def set_marks(self, marks: dict[str, str]) -> None:
        self.marks = dict(marks)
        self._show_files()

    def _clear(self) -> None:
        for line in (self.title, self.created, self.obtained, self.source, self.account):
            line.clear()
        self.source_app.setCurrentText("")
        self.purpose.clear()
        self.witness.clear()
        for check in self.proves.values():
            check.setChecked(False)

    @staticmethod
    def _choose(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def read(self) -> tuple[Evidence | None, dict[str, str]]:
        """The record as the form says, or None and a message per field."""
        if self.record is None:
            return None, {}
        errors: dict[str, str] = {}
        title = " ".join(self.title.text().split())
        if not title:
            errors["title"] = self.tr("Give it a name that says what it is.")
        dates: dict[str, dt.date | None] = {}
        for key, line in (("created_on", self.created), ("obtained_on", self.obtained)):
            dates[key] = None
            if not line.text().strip():
                continue
            value, problem = read_date(line.text())
            if problem is None and value is not None and not FIRST_DAY <= value <= dt.date.today():
                problem = self.tr("The date must lie between 1990-01-01 and today.")
            if problem:
                errors[key] = problem
            dates[key] = value
        if errors:
            return None, errors

        def text_or_none(value: str) -> str | None:
            value = value.strip()
            return value or None

        record = dataclasses.replace(
            self.record,
            title=title,
            kind=EvidenceKind(str(self.kind.currentData())),
            created_on=dates["created_on"],
            obtained_on=dates["obtained_on"],
            source=text_or_none(self.source.text()),
            source_app=text_or_none(self.source_app.currentText()),
            counterparty_account=text_or_none(self.account.text()),
            proves=tuple(code for code, check in self.proves.items() if check.isChecked()),
            purpose=text_or_none(self.purpose.toPlainText()),
            original_status=OriginalStatus(str(self.status.currentData())),
            witness=text_or_none(self.witness.text()),
        )
        return record, {}

    def dirty(self) -> bool:
        record, errors = self.read()
        return bool(errors) or (record is not None and record != self.record)

    # --- actions -----------------------------------------------------------------------------
    def save(self) -> None:
        record, errors = self.read()
        self._show_errors(errors)
        if record is None:
            return
        if record == self.record:
            self.show_error(self.tr("Nothing changed."))
            return
        self.save_button.setEnabled(False)
        self.saveRequested.emit(record)

    def saved(self, record: Evidence) -> None:
        self.save_button.setEnabled(True)
        self.load(record)

    def failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_error(message)

    def revert(self) -> None:
        self.load(self.record)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        if errors:
            self.show_error("")

    def _attach(self) -> None:
        record, errors = self.read()
        self._show_errors(errors)
        if record is not None:
            self.attachRequested.emit(record)

    # --- the files ---------------------------------------------------------------------------
    def _show_files(self) -> None:
        while self.files_box.count():
            item = self.files_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        record = self.record
        files = record.files if record is not None else ()
        self.attach_button.setVisible(record is not None and not files)
        if record is None:
            self.files_hint.setText("")
            return
        if not files:
            self.files_hint.setText(
                self.tr(
                    "No file yet: a paper in a drawer or a witness is evidence too. "
                    "When you have a scan or photo of it, add it here."
                )
            )
            return
        self.files_hint.setText(
            self.tr(
                "Files are kept exactly as added, with their fingerprint. "
                "A new version of a file goes in as a new item (Add files…)."
            )
        )
        for f in files:
            self.files_box.addWidget(self._file_row(f.sha256, f.original_name or "", f.size))

    def _file_row(self, sha256: str, name: str, size: int) -> QWidget:
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 6)
        box.setSpacing(2)
        line = QHBoxLayout()
        text = label(f"{name or sha256[:12]} ({human_size(size)})")
        text.setToolTip(sha256)
        line.addWidget(text, 1)
        mark = self.marks.get(sha256, FILE_OK)
        open_button = QPushButton(self.tr("Open"))
        open_button.setToolTip(self.tr("Open a copy with the usual program"))
        open_button.setAccessibleName(self.tr("Open %1").replace("%1", name or sha256[:12]))
        open_button.setEnabled(mark == FILE_OK)
        open_button.clicked.connect(self._emit_open(sha256, name))
        line.addWidget(open_button)
        box.addLayout(line)
        if mark != FILE_OK:
            box.addWidget(self._mark_label(mark))
            restore = QPushButton(self.tr("Find the original…"))
            restore.setToolTip(
                self.tr("Choose the original file: if its fingerprint matches, it is put back")
            )
            restore.clicked.connect(self._emit_restore(sha256))
            box.addWidget(restore)
        return row

    def _mark_label(self, mark: str) -> QWidget:
        if mark == FILE_MISSING:
            text = self.tr(
                "⚠ This file is missing from this computer's evidence store. A report or an "
                "export still goes ahead and says so. If you still have the original (on your "
                "phone, in Downloads), choose it with “Find the original…”."
            )
        else:
            text = self.tr(
                "⚠ This file has changed since it was added: it no longer matches its "
                "fingerprint. A report or an export still goes ahead, leaves it out and says "
                "so. If you still have the original, choose it with “Find the original…”."
            )
        warning = label(text, "error")
        warning.setAccessibleName(text)
        return warning

    def _emit_open(self, sha256: str, name: str) -> Callable[[], None]:
        return lambda: self.openRequested.emit(sha256, name)

    def _emit_restore(self, sha256: str) -> Callable[[], None]:
        return lambda: self.restoreRequested.emit(sha256)
