"""事实与理由：逐段确认 — the worker's say on the application's facts and
reasons, before the filing pack is made (issue 10, item 5).

What an application states counts as the worker's own admission (最高人民法院
关于民事诉讼证据的若干规定 art. 3). The dialog lists each paragraph the app drafts
(`caseapp report CASE -o OUT.json` in a subprocess: reportlab and the drafting
stay out of the app's process), in date order, to keep, edit in the worker's
own words, or drop; then, apart, the paragraphs the app leaves out by itself,
each with why, to include. Saving records `case.arbitration.statement` through
the service (`update_case_info`: one journal entry, undoable). A choice is
recorded only where the worker's selection differs from what the app does by
itself, or where a choice was recorded before (its fingerprint renewed). A
stale choice (the record changed since) is shown with a note and the app's own
default selected, except a drop, which stays (docs/format.md).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.changes import Changes
from caseapp.domain.model import Arbitration, StatementChoice
from caseapp.domain.vocab import StatementAction
from caseapp.scratch import private_tempdir
from caseapp.ui.report_job import PdfOrder, ReportJob
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import label

# the selections of a row: what the radio buttons stand for
KEEP, EDIT, DROP, LEAVE, INCLUDE, INCLUDE_EDIT = range(6)


class ParagraphRow(QFrame):
    """One paragraph: its date, what the application states, the controls."""

    def __init__(self, p: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.p = p
        self.key: str = p["key"]
        self.setProperty("role", "card")
        self.left_out = p["left_out"] is not None
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(4)
        self.date = label(p["date"], "hint")
        self.date.setVisible(self.key != "closing")  # the closing paragraph has no date of its own
        box.addWidget(self.date)
        self.text = label(p["drafted"])
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.text)
        if self.left_out:
            box.addWidget(label(p["why"] or "", "warning"))
        self.stale = label("", "warning")
        box.addWidget(self.stale)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        names = (
            [
                (LEAVE, self.tr("Leave out")),
                (INCLUDE, self.tr("Include")),
                (INCLUDE_EDIT, self.tr("Include, in my words")),
            ]
            if self.left_out
            else [(KEEP, self.tr("Keep")), (EDIT, self.tr("Edit")), (DROP, self.tr("Drop"))]
        )
        for code, text in names:
            button = QRadioButton(text)
            button.setAccessibleDescription(p["drafted"][:60])
            self.group.addButton(button, code)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("The paragraph in your words"))
        self.editor.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.editor.setPlainText(p["body"])
        box.addWidget(self.editor)
        self.group.idToggled.connect(self._toggled)
        self._load()

    def _load(self) -> None:
        p, chosen = self.p, self.p["choice"]
        default = LEAVE if self.left_out else KEEP
        selected = default
        if chosen is not None:
            action = chosen["choice"]
            if chosen.get("text"):
                self.editor.setPlainText(chosen["text"])
            if p["stale"]:
                self.stale.setText(
                    self.tr(
                        "The record changed after you chose \u201c%1\u201d. Look at it again: "
                        "your earlier choice is not used."
                    ).replace("%1", self._action_name(action))
                    if action != "drop"
                    else self.tr(
                        "The record changed after you dropped this paragraph. "
                        "It stays out until you choose again."
                    )
                )
                selected = DROP if action == "drop" and not self.left_out else default
            elif action == "edit":
                selected = INCLUDE_EDIT if self.left_out else EDIT
            elif action == "include":
                selected = INCLUDE
            elif action == "drop":
                selected = LEAVE if self.left_out else DROP
        self.stale.setVisible(bool(self.stale.text()))
        self.buttons[selected].setChecked(True)
        self._toggled(selected, True)

    def _action_name(self, action: str) -> str:
        return {
            "keep": self.tr("Keep"),
            "edit": self.tr("Edit"),
            "drop": self.tr("Drop"),
            "include": self.tr("Include"),
        }.get(action, action)

    def _toggled(self, code: int, on: bool) -> None:
        if on:
            self.editor.setVisible(code in (EDIT, INCLUDE_EDIT))
            self.text.setEnabled(code not in (DROP, LEAVE))

    def select(self, code: int, text: str | None = None) -> None:
        """Choose as the worker would (tests, keyboard)."""
        self.buttons[code].click()
        if text is not None:
            self.editor.setPlainText(text)

    def choice(self) -> StatementChoice | None:
        """What to record for this paragraph (None: nothing)."""
        code = self.group.checkedId()
        text = self.editor.toPlainText().strip()
        action: StatementAction | None = {
            KEEP: StatementAction.KEEP,
            EDIT: StatementAction.EDIT,
            DROP: StatementAction.DROP,
            INCLUDE: StatementAction.INCLUDE,
            INCLUDE_EDIT: StatementAction.EDIT,
            LEAVE: None,
        }[code]
        if action == StatementAction.EDIT and (not text or text == self.p["body"].strip()):
            action = StatementAction.INCLUDE if self.left_out else StatementAction.KEEP
        default = action is None or (action == StatementAction.KEEP and not self.left_out)
        if action is None or (default and self.p["choice"] is None):
            return None  # what the app does by itself: nothing recorded
        return StatementChoice(
            action, self.p["facts"], text if action == StatementAction.EDIT else None
        )


class StatementReview(QDialog):
    """The review: drafted paragraphs, then the left-out ones; Save records."""

    loaded = Signal()  # the paragraphs are shown
    saved = Signal()  # the choices reached the disk

    def __init__(self, session: CaseSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.rows: list[ParagraphRow] = []
        self.orphans: list[str] = []
        self.setWindowTitle(self.tr("Facts and reasons: your say"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr("Facts and reasons: your say"), "title"))
        outer.addWidget(
            label(
                self.tr(
                    "What the application states counts as your own admission (Supreme "
                    "People's Court, Provisions on Evidence in Civil Procedure, art. 3). Keep, "
                    "edit in your own words, or drop each paragraph. Paragraphs the app leaves "
                    "out for you are listed apart, with why; include one only after talking to "
                    "a lawyer or legal aid (12348)."
                ),
                "hint",
            )
        )
        self.status = label(self.tr("Drafting the paragraphs…"), "hint")
        self.status.setAccessibleName(self.tr("Review status"))
        outer.addWidget(self.status)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.list = QVBoxLayout(self.content)
        self.list.setContentsMargins(0, 0, 8, 0)
        self.area.setWidget(self.content)
        outer.addWidget(self.area, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save my choices"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self._tmp = private_tempdir(_data_dir(self), "statement-")
        self.job = ReportJob(session, self)
        self.job.finished.connect(self._drafted)
        self.job.failed.connect(self._failed)
        self._fit()

    def _fit(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 900, 700
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)

    # --- drafting -------------------------------------------------------------------------
    def start(self) -> None:
        """Draft the paragraphs (`caseapp report -o statement.json`)."""
        out = Path(self._tmp.name) / "statement.json"
        self.job.start([PdfOrder(out, "filing", self.lang, False)])

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _drafted(self, paths: list[Path]) -> None:
        document = json.loads(paths[0].read_text("utf-8"))
        self.show_paragraphs(document)

    def show_paragraphs(self, document: dict[str, Any]) -> None:
        while self.list.count():
            item = self.list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        paragraphs = document["paragraphs"]
        self.orphans = list(document.get("orphans", []))
        stated = [p for p in paragraphs if p["left_out"] is None]
        left = [p for p in paragraphs if p["left_out"] is not None]
        self.list.addWidget(label(self.tr("In the application"), "subtitle"))
        for p in stated:
            self._add(p)
        if left:
            self.list.addWidget(label(self.tr("Left out by the app"), "subtitle"))
            self.list.addWidget(
                label(
                    self.tr(
                        "These records could count against you if the application stated "
                        "them. They stay out unless you include them."
                    ),
                    "hint",
                )
            )
            for p in left:
                self._add(p)
        self.list.addStretch(1)
        stale = sum(1 for p in paragraphs if p["stale"])
        note = self.tr("%n paragraph(s) to keep, edit or drop.", "", len(stated))
        if stale:
            note += " " + self.tr("%n choice(s) to look at again.", "", stale)
        if self.orphans:
            note += " " + self.tr(
                "%n choice(s) were about records since deleted; saving forgets them.",
                "",
                len(self.orphans),
            )
        self.status.setText(note)
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _add(self, p: dict[str, Any]) -> None:
        row = ParagraphRow(p)
        self.rows.append(row)
        self.list.addWidget(row)

    def row(self, key: str) -> ParagraphRow:
        return next(r for r in self.rows if r.key == key)

    # --- saving ---------------------------------------------------------------------------
    def choices(self) -> dict[str, StatementChoice]:
        out: dict[str, StatementChoice] = {}
        for row in self.rows:
            chosen = row.choice()
            if chosen is not None:
                out[row.key] = chosen
        return out

    def arbitration(self, old: Arbitration | None) -> Arbitration | None:
        """`case.arbitration` with these choices; None if nothing is chosen at all
        (and no key was there before)."""
        new = dataclasses.replace(old or Arbitration(), statement=self.choices())
        bare = Arbitration(extra=new.extra)
        if new == bare and (old is None or old.statement):  # nothing chosen any more
            return bare if new.extra else None
        return new

    def save(self) -> None:
        case, case_id = self.session.case, self.session.case_id
        if case is None or case_id is None:
            return
        info = dataclasses.replace(case.info, arbitration=self.arbitration(case.info.arbitration))
        self.save_button.setEnabled(False)

        def done(changes: Changes) -> None:
            self.session.apply(case_id, changes)
            self.session.saved.emit()
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(error_text(exc))

        self.session.bridge.call(
            lambda s: s.update_case_info(case_id, info), done=done, error=failed
        )

    def done(self, result: int) -> None:  # closing, by any button
        self.job.close()
        self._tmp.cleanup()
        super().done(result)


def _data_dir(widget: QWidget) -> Path | None:
    """The data directory of the main window `widget` belongs to, if any."""
    found = getattr(widget.window(), "data_dir", None)
    return found if isinstance(found, Path) else None


def open_review(session: CaseSession, lang: str, parent: QWidget | None = None) -> StatementReview:
    """Open the review (window-modal, not blocking) and start drafting."""
    dialog = StatementReview(session, lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog
