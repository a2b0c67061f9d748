"""工作结束了 The job ended: the form that records `case.employment_ended`
(`{date, ground, resignation_reason_text?, written?, certificate_issued?}`,
docs/format.md) — a tab of 案件设置.

Nothing is recorded until the worker presses Save, and no default becomes a
fact: the date starts empty, the way it ended starts at "— 请选择 —", whether
it was in writing and the termination certificate start at "not known"
(absent from the record). Choosing a resignation-type ending (agreement on
the worker's proposal, LCL arts. 37, 38) shows the lawyer gate: the worker may
be recording what already happened, so it never blocks, but says to talk to
a lawyer or legal aid (12348) first if she has not resigned yet.

Saving goes through `update_case_info` (one journal entry, undone by undo);
so does removing the record.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.domain.model import Case, EmploymentEnded
from caseapp.domain.vocab import EndGround
from caseapp.ui import words
from caseapp.ui.formparse import read_date
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, card, label

# the order shown: endings by agreement, the worker's, the company's, by law
GROUNDS: tuple[EndGround, ...] = (
    EndGround.ART36_EMPLOYER_PROPOSED,
    EndGround.ART36_WORKER_PROPOSED,
    EndGround.ART37,
    EndGround.ART38,
    EndGround.ART39,
    EndGround.ART39_PROBATION,
    EndGround.ART40_1,
    EndGround.ART40_2,
    EndGround.ART40_3,
    EndGround.ART41,
    EndGround.ART44,
    EndGround.EXPIRY,
    EndGround.OTHER,
)
# the worker's own act: a resignation, or an agreement she proposed (rules/endings.py)
RESIGNATION_GROUNDS = frozenset({EndGround.ART36_WORKER_PROPOSED, EndGround.ART37, EndGround.ART38})
ERROR_COLOUR = "#D55E00"


def t(key: str, **params: object) -> str:
    return i18n.text(key, words.lang(), **params)


def ground_words(ground: EndGround) -> str:
    return t(f"ui.ending.ground.{ground.value}")


def _yes_no(box: QComboBox, unknown: str, yes: str, no: str) -> None:
    box.addItem(t(unknown), None)
    box.addItem(t(yes), True)
    box.addItem(t(no), False)


class EmploymentEndForm(QWidget):
    """The form; `show_case` fills it from the record (or empties it)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.date = QLineEdit()
        self.date.setPlaceholderText(t("ui.ending.date.placeholder"))
        self.date.setMaximumWidth(260)
        self.ground = QComboBox()
        self.ground.addItem(t("ui.ending.ground.unchosen"), None)
        for ground in GROUNDS:
            self.ground.addItem(ground_words(ground), ground.value)
        self.ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground.setMinimumContentsLength(16)
        self.written = QComboBox()
        _yes_no(
            self.written,
            "ui.ending.written.unknown",
            "ui.ending.written.yes",
            "ui.ending.written.no",
        )
        self.reason = QLineEdit()
        self.certificate = QComboBox()
        _yes_no(
            self.certificate,
            "ui.ending.certificate.unknown",
            "ui.ending.certificate.yes",
            "ui.ending.certificate.no",
        )
        for small in (self.written, self.certificate):
            small.setMaximumWidth(420)
        self.ground.setMaximumWidth(720)
        self.fields: dict[str, Field] = {
            "date": Field(t("ui.ending.date"), self.date, t("ui.ending.date.hint")),
            "ground": Field(t("ui.ending.ground"), self.ground, t("ui.ending.ground.hint")),
            "written": Field(t("ui.ending.written"), self.written, t("ui.ending.written.hint")),
            "reason": Field(t("ui.ending.reason"), self.reason, t("ui.ending.reason.hint")),
            "certificate": Field(
                t("ui.ending.certificate"), self.certificate, t("ui.ending.certificate.hint")
            ),
        }
        self.gate_frame, gate_box = card("panel")
        self.gate = label(t("ui.ending.gate"))
        gate_box.addWidget(self.gate)
        self.gate_frame.setVisible(False)
        self.ground.currentIndexChanged.connect(lambda _i: self._ground_changed())

        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(12, 4, 12, 0)
        box.addWidget(label(t("ui.ending.title"), "title"))
        box.addWidget(label(t("ui.ending.intro"), "hint"))
        self.state = label("", "subtitle")
        box.addWidget(self.state)
        box.addWidget(self.fields["date"])
        box.addWidget(self.fields["ground"])
        box.addWidget(self.gate_frame)
        box.addWidget(self.fields["written"])
        box.addWidget(self.fields["reason"])
        box.addWidget(self.fields["certificate"])
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)

        self.save_button = QPushButton(t("ui.ending.save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(t("ui.ending.remove"))
        self.remove_button.clicked.connect(self.remove)
        self.message = label("", "hint")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 0, 12, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.message, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 8)
        outer.addWidget(scroll, 1)  # the fields scroll; Save stays in view
        outer.addLayout(buttons)
        self.ended: EmploymentEnded | None = None

    # --- showing -----------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        ended = case.info.employment_ended
        self.ended = ended
        self.date.setText(ended.date.isoformat() if ended else "")
        self.ground.setCurrentIndex(
            max(self.ground.findData(ended.ground.value if ended else None), 0)
        )
        self.written.setCurrentIndex(self.written.findData(ended.written if ended else None))
        self.reason.setText((ended.resignation_reason_text or "") if ended else "")
        self.certificate.setCurrentIndex(
            self.certificate.findData(ended.certificate_issued if ended else None)
        )
        self.state.setText(
            t("ui.ending.recorded", day=ended.date.isoformat(), ground=ground_words(ended.ground))
            if ended
            else t("ui.ending.none")
        )
        self.remove_button.setVisible(ended is not None)
        for field in self.fields.values():
            field.set_error(None)
        self._ground_changed()

    def _ground_changed(self) -> None:
        value = self.ground.currentData()
        self.gate_frame.setVisible(value is not None and EndGround(value) in RESIGNATION_GROUNDS)
        if value is not None:
            self.fields["ground"].set_error(None)

    # --- reading -----------------------------------------------------------------------
    def read(self) -> EmploymentEnded | None:
        """The record as the form says, or None (each problem shown at its field)."""
        case = self.session.case
        day, problem = read_date(self.date.text())
        if problem is None and day is not None and case is not None:
            start = case.info.contract.start
            if day < start:
                problem = t("ui.ending.too_early", start=start.isoformat())
        self.fields["date"].set_error(problem)
        value = self.ground.currentData()
        self.fields["ground"].set_error(None if value is not None else t("ui.ending.need_ground"))
        if day is None or problem is not None or value is None:
            return None
        old = self.ended
        return EmploymentEnded(
            date=day,
            ground=EndGround(value),
            resignation_reason_text=self.reason.text().strip() or None,
            written=self.written.currentData(),
            certificate_issued=self.certificate.currentData(),
            extra=old.extra if old is not None else {},
        )

    # --- saving ------------------------------------------------------------------------
    def save(self) -> None:
        ended = self.read()
        if ended is None:
            self.message.setText("")
            return
        self._store(ended, t("ui.ending.saved"))

    def remove(self) -> None:
        if self.ended is not None:
            self._store(None, t("ui.ending.removed"))

    def _store(self, ended: EmploymentEnded | None, said: str) -> None:
        case, case_id = self.session.case, self.session.case_id
        if case is None or case_id is None:
            return
        info = dataclasses.replace(case.info, employment_ended=ended)
        self.save_button.setEnabled(False)
        self.message.setStyleSheet("")

        def done(changes: Any) -> None:
            self.save_button.setEnabled(True)
            self.session.apply(case_id, changes)
            self.session.saved.emit()
            self.message.setText(said)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.message.setText(error_text(exc))

        self.session.bridge.call(
            lambda s: s.update_case_info(case_id, info), done=done, error=failed
        )
