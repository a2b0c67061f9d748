"""拿回钱的路 The road to the money (a tab of 文书与求助): the steps after the
worker decides to act (rules/road.py), each marked done from the records, the
next one selected, each with its dates and how they are counted; the
labour-inspection complaint to copy and log; a quick record of each step the
worker took (complaint, the inspection's order, mediation, filing, the
award); the filing and hearing checklists and the sheet for answering the
employer's evidence. `RoadNote` is Today's line of road dates that are near."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Incident
from caseapp.domain.vocab import IncidentKind, Party
from caseapp.rules.road import STEPS, Road, RoadDate, award_incident, final_note_key, road
from caseapp.ui import lawdata, words
from caseapp.ui.letter_editor import LetterEditor
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import card, label

ANSWER_ITEMS = ("attendance", "resignation", "assessment", "standby")
ANSWER_POINTS = ("truth", "legality", "relevance")
# The steps the worker logs from this page, and the incident kind of each.
LOGGED = {
    "mediation": IncidentKind.MEDIATION_APPLIED,
    "filing": IncidentKind.ARBITRATION_FILED,
}
PASSED_COLOUR = "#D55E00"
NOTE_LINES = 3  # Today has room for three lines (the nearest dates)


def t(key: str, **params: object) -> str:
    return i18n.text(key, words.lang(), **params)


def date_lines(r: RoadDate, as_of: dt.date) -> list[tuple[str, bool]]:
    """A road date in words: (text, passed) lines — never "expired"."""
    colon = "：" if words.lang() == "zh" else ": "
    out = [(f"{t(f'road.date.{r.kind}.label')}{colon}{r.day.isoformat()}", False)]
    out.append((i18n.render(r.computation, words.lang()), False))
    if r.moved_to is not None:
        out.append(
            (t("road.date.moved", day=r.day.isoformat(), moved=r.moved_to.isoformat()), False)
        )
    if r.passed(as_of):
        out.append((t("road.date.passed", day=r.day.isoformat()), True))
    return out


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _Source:
    """The case, the law data and the findings a road is computed from."""

    def __init__(self, session: CaseSession) -> None:
        self.session = session
        self.law: Any = None
        self.report: FindingsReport | None = None
        self.today = session.clock.today  # the one clock (ui/clock.py); tests may fix it

    def road(self) -> Road | None:
        case = self.session.case
        if case is None or self.law is None:
            return None
        return road(case, self.law, self.today(), self.report)


class RoadView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source = _Source(session)
        self.current: Road | None = None
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(label(t("road.intro"), "hint"))
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps on the road to the money"))
        self.steps.setWordWrap(True)
        self.steps.setSpacing(3)
        self.steps.setMaximumWidth(330)
        self.steps.setMinimumWidth(220)
        for key in STEPS:
            item = QListWidgetItem(t(f"road.step.{key}.title"))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.steps.addItem(item)
        self.steps.currentRowChanged.connect(lambda _row: self._step_chosen())
        left.addWidget(self.steps, 1)
        outer.addLayout(left, 2)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        self.detail = QVBoxLayout(page)
        self.title = label("", "subtitle")
        self.status = label("", "hint")
        self.what = label("")
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        frame, self.dates_box = card("panel")
        self.dates_frame = frame
        for widget in (self.title, self.status, self.what, frame):
            self.detail.addWidget(widget)
        self.result = label("", "hint")  # below the step's own widgets, shared by them
        self._build_certificate()
        self._build_complaint()
        self._build_order()
        self._build_logged()
        self._build_award()
        self._build_lists()
        self.detail.addWidget(self.result)
        self.detail.addStretch(1)
        scroll.setWidget(page)
        outer.addWidget(scroll, 5)

        session.follow(self, lambda _case: self.refresh())
        session.bridge.findingsReady.connect(self._findings)
        if session.case is not None:
            from caseapp.ui.findings_model import latest

            known = latest(session.case.info.uid)
            if known is not None:
                self._findings(known)
        lawdata.when_loaded(self._law)

    # --- building -------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        inner = edit.findChild(QLineEdit)
        if inner is not None:  # the box's own line, read by screen readers too
            inner.setAccessibleName(name)
        edit.setDate(_qdate(self.source.today()))
        return edit

    def _row(self, *widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        self.detail.addWidget(holder)
        return holder

    def _build_certificate(self) -> None:
        self.certificate = QComboBox()
        self.certificate.setAccessibleName(
            self.tr("Did you receive the certificate of termination?")
        )
        self.certificate.addItem(self.tr("Not recorded"), None)
        self.certificate.addItem(self.tr("Yes, I received it"), True)
        self.certificate.addItem(self.tr("No, not received"), False)
        self.save_certificate = QPushButton(self.tr("Save"))
        self.save_certificate.setProperty("role", "primary")
        self.save_certificate.clicked.connect(self.save_certificate_issued)
        self.certificate_row = self._row(
            QLabel(self.tr("Certificate of termination")), self.certificate, self.save_certificate
        )
        self.no_end = label(t("road.certificate.no_end"), "hint")
        self.detail.addWidget(self.no_end)

    def _build_complaint(self) -> None:
        self.complaint_date = self._date_edit(self.tr("Day I handed in the complaint"))
        self.complaint = LetterEditor(
            self.tr("Complaint letter text"),
            use=(self.tr("I have complained — log it"), self.save_complaint),
            buttons=("copy", "use"),
            copy_label=self.tr("Copy the letter"),
            lead=(QLabel(self.tr("Handed in on")), self.complaint_date),
            result=self.result,
        )
        self.complaint_text = self.complaint.text
        self.complaint_text.setMinimumHeight(220)
        self.copy_complaint = self.complaint.copy_button
        self.log_complaint = self.complaint.use_button
        self.detail.addWidget(self.complaint)

    def _build_order(self) -> None:
        self.order_date = self._date_edit(self.tr("Date of the order"))
        self.order_due = self._date_edit(self.tr("Date the employer must pay by"))
        self.order_amount = QLineEdit()
        self.order_amount.setAccessibleName(self.tr("Amount ordered (CNY)"))
        self.order_amount.setPlaceholderText(self.tr("Amount ordered (CNY)"))
        self.order_amount.setMaximumWidth(160)
        self.log_order = QPushButton(self.tr("Log the order"))
        self.log_order.setProperty("role", "primary")
        self.log_order.clicked.connect(self.save_order)
        self.order_row = self._row(
            QLabel(self.tr("Order of")),
            self.order_date,
            QLabel(self.tr("pay by")),
            self.order_due,
            self.order_amount,
            self.log_order,
        )

    def _build_logged(self) -> None:
        self.step_date = self._date_edit(self.tr("Day I did this"))
        self.log_step = QPushButton(self.tr("I did this — log it"))
        self.log_step.setProperty("role", "primary")
        self.log_step.clicked.connect(self.save_step)
        self.step_row = self._row(QLabel(self.tr("On")), self.step_date, self.log_step)

    def _build_award(self) -> None:
        self.award_date = self._date_edit(self.tr("Day I received the award"))
        self.award_final = QComboBox()
        self.award_final.setAccessibleName(self.tr("What the award says about being final"))
        self.award_final.addItem(self.tr("It does not say / I am not sure"), None)
        self.award_final.addItem(self.tr("It says it is final"), True)
        self.award_final.addItem(self.tr("It says it is not final"), False)
        self.award_has_pay_by = QCheckBox(self.tr("It gives a date to pay by"))
        self.award_pay_by = self._date_edit(self.tr("Date the award gives to pay by"))
        self.award_pay_by.setEnabled(False)
        self.award_has_pay_by.toggled.connect(self.award_pay_by.setEnabled)
        self.log_award = QPushButton(self.tr("Log the award"))
        self.log_award.setProperty("role", "primary")
        self.log_award.clicked.connect(self.save_award)
        first = self._row(QLabel(self.tr("Received on")), self.award_date, self.award_final)
        second = self._row(self.award_has_pay_by, self.award_pay_by, self.log_award)
        self.award_widgets: list[QWidget] = [first, second]

    def _build_lists(self) -> None:
        self.filing_list = label("\n".join(f"• {t(f'road.filing.{n}')}" for n in range(1, 6)))
        self.filing_title = label(t("road.filing.title"), "subtitle")
        self.hearing_title = label(t("road.hearing.title"), "subtitle")
        self.hearing_list = label("\n".join(f"• {t(f'road.hearing.{n}')}" for n in range(1, 6)))
        self.answer_title = label(t("road.answer.title"), "subtitle")
        self.answer_intro = label(t("road.answer.intro"), "hint")
        self.answers = label(self._answer_text())
        self.answers.setTextFormat(Qt.TextFormat.RichText)
        for widget in (
            self.filing_title,
            self.filing_list,
            self.hearing_title,
            self.hearing_list,
            self.answer_title,
            self.answer_intro,
            self.answers,
        ):
            self.detail.addWidget(widget)

    def _answer_text(self) -> str:
        """The answer sheet as paragraphs (a rich-text table re-wraps badly in a
        scroll area): each item in bold, then its three points."""
        from html import escape

        colon = "：" if words.lang() == "zh" else ": "
        parts = []
        for item in ANSWER_ITEMS:
            lines = [f"<b>{escape(t(f'road.answer.{item}.item'))}</b>"]
            lines += [
                f"{escape(t(f'road.answer.heading.{p}'))}{colon}{escape(t(f'road.answer.{item}.{p}'))}"
                for p in ANSWER_POINTS
            ]
            parts.append("<p>" + "<br/>".join(lines) + "</p>")
        return "".join(parts)

    # --- showing ----------------------------------------------------------------------
    def _findings(self, report: Any) -> None:
        self.source.report = report if isinstance(report, FindingsReport) else None
        self.refresh()

    def _law(self, law: Any) -> None:
        self.source.law = law
        self.refresh(select_next=True)

    def refresh(self, select_next: bool = False) -> None:
        self.current = self.source.road()
        the = self.current
        for i, key in enumerate(STEPS):
            item = self.steps.item(i)
            mark = "○"
            if the is not None:
                step = the.step(key)
                mark = "✓" if step.done else ("→" if the.next_step == key else "○")
            item.setText(f"{mark}  {t(f'road.step.{key}.title')}")
        if select_next and the is not None:
            self.steps.setCurrentRow(STEPS.index(the.next_step))
        elif self.steps.currentRow() < 0:
            self.steps.setCurrentRow(0)
        self.show_step()

    def _step_chosen(self) -> None:
        self.result.setText("")  # a message about another step's record
        self.show_step()

    def step_key(self) -> str:
        return STEPS[max(self.steps.currentRow(), 0)]

    def show_step(self) -> None:
        key = self.step_key()
        the = self.current
        self.title.setText(t(f"road.step.{key}.title"))
        self.what.setText(t(f"road.step.{key}.what"))
        self.status.setText(self._status(key))
        self._show_dates(key)
        ended = self.session.case.info.employment_ended if self.session.case else None
        self.certificate_row.setVisible(key == "certificate" and ended is not None)
        self.no_end.setVisible(key == "certificate" and ended is None)
        if key == "certificate" and ended is not None:
            self.certificate.setCurrentIndex(self.certificate.findData(ended.certificate_issued))
        self.complaint.setVisible(key == "complaint")
        self.order_row.setVisible(key == "inspection_order")
        self.step_row.setVisible(key in LOGGED)
        for widget in self.award_widgets:
            widget.setVisible(key == "award")
        for widget in (self.filing_title, self.filing_list):
            widget.setVisible(key in ("filing", "advance"))
        for widget in (
            self.hearing_title,
            self.hearing_list,
            self.answer_title,
            self.answer_intro,
            self.answers,
        ):
            widget.setVisible(key == "hearing")
        if key == "complaint" and the is not None:
            self.refill_complaint()

    def _status(self, key: str) -> str:
        the = self.current
        if the is None:
            return ""
        step = the.step(key)
        if step.done_on is not None:
            return t("road.status.done", day=step.done_on.isoformat())
        if step.recorded:
            return t("road.status.recorded")
        if the.next_step == key:
            return t("road.status.next")
        return t("road.status.optional" if key == "advance" else "road.status.open")

    def _show_dates(self, key: str) -> None:
        while self.dates_box.count():
            item = self.dates_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        the = self.current
        lines: list[tuple[str, bool]] = []
        if the is not None:
            for r in the.step(key).dates:
                lines += date_lines(r, the.as_of)
            if key == "enforcement" and the.award is not None and the.award.pay_by is None:
                lines.append((t("road.award.no_pay_by"), False))
            if key == "court":
                note = final_note_key(the)
                if note is not None:
                    lines.append((t(note), False))
        for text, passed in lines:
            line = label(text)
            if passed:
                line.setStyleSheet(f"color: {PASSED_COLOUR};")
            self.dates_box.addWidget(line)
        self.dates_frame.setVisible(bool(lines))

    def refill_complaint(self) -> None:
        case = self.session.case
        if case is None:
            return
        from caseapp.casework import complaint_letter  # the rules' tables: on use only

        self.complaint_text.setPlainText(
            complaint_letter.fill(case, words.lang(), self.source.today(), self.source.report)
        )

    # --- logging ----------------------------------------------------------------------
    def _save(self, incident: Incident) -> None:
        self.result.setStyleSheet("")
        self.session.save_record(incident, done=self._logged, error=self._failed)

    def save_complaint(self) -> None:
        text = self.complaint.take()
        day = _pydate(self.complaint_date.date())
        from caseapp.casework import complaint_letter

        self._save(complaint_letter.incident_for(text, words.lang(), day, self.source.report))

    def save_order(self) -> None:
        amount: Decimal | None = None
        raw = self.order_amount.text().strip().replace(",", "")
        if raw:
            try:
                amount = Decimal(raw).quantize(Decimal("0.01"))
            except InvalidOperation:
                self.result.setText(self.tr("Write the amount as a number, e.g. 6000.00."))
                self.result.setStyleSheet(f"color: {PASSED_COLOUR};")
                return
        self._save(
            Incident(
                id="",
                date=_pydate(self.order_date.date()),
                kind=IncidentKind.INSPECTION_ORDER,
                summary=t("road.step.inspection_order.title"),
                actor_party=Party.AUTHORITY,
                amount=amount,
                due_by=_pydate(self.order_due.date()),
            )
        )

    def save_step(self) -> None:
        key = self.step_key()
        kind = LOGGED.get(key)
        if kind is None:
            return
        self._save(
            Incident(
                id="",
                date=_pydate(self.step_date.date()),
                kind=kind,
                summary=t(f"road.step.{key}.title"),
                actor_party=Party.WORKER,
            )
        )

    def save_award(self) -> None:
        pay_by = _pydate(self.award_pay_by.date()) if self.award_has_pay_by.isChecked() else None
        self._save(
            award_incident(
                _pydate(self.award_date.date()),
                t("road.award.summary"),
                self.award_final.currentData(),
                pay_by,
            )
        )

    def save_certificate_issued(self) -> None:
        """Record `employment_ended.certificate_issued` — the worker's act, never a default."""
        case, case_id = self.session.case, self.session.case_id
        if case is None or case_id is None or case.info.employment_ended is None:
            return
        ended = dataclasses.replace(
            case.info.employment_ended, certificate_issued=self.certificate.currentData()
        )
        info = dataclasses.replace(case.info, employment_ended=ended)

        def done(changes: Any) -> None:
            self.session.apply(case_id, changes)
            self.session.saved.emit()
            self.result.setText(self.tr("Saved."))

        self.session.bridge.call(
            lambda s: s.update_case_info(case_id, info), done=done, error=self._failed
        )

    def _logged(self, incident: Incident) -> None:
        self.result.setText(
            self.tr("Logged under Incidents for %1.").replace("%1", incident.date.isoformat())
        )

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(error_text(exc))


class RoadNote(QWidget):
    """Today's line: the road dates from a week ago to 30 days ahead, hidden
    when there are none."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source = _Source(session)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.heading = label(t("road.title"), "subtitle")
        self.text = label("")
        box.addWidget(self.heading)
        box.addWidget(self.text)
        self.setVisible(False)
        session.follow(self, lambda _case: self.refresh())
        session.bridge.findingsReady.connect(self._findings)
        lawdata.when_loaded(self._law)

    def _findings(self, report: Any) -> None:
        self.source.report = report if isinstance(report, FindingsReport) else None
        self.refresh()

    def _law(self, law: Any) -> None:
        self.source.law = law
        self.refresh()

    def refresh(self, _case: Case | None = None) -> None:
        the = self.source.road()
        near = (the.near() if the is not None else ())[:NOTE_LINES]
        lines = []
        for r in near:
            name = t(f"road.date.{r.kind}.label")
            assert the is not None
            left = (r.day - the.as_of).days
            if left > 0:
                lines.append(t("road.date.near", label=name, day=r.day.isoformat(), n=left))
            elif left == 0:
                lines.append(t("road.date.today", label=name, day=r.day.isoformat()))
            else:
                lines.append(f"{name}: {t('road.date.passed', day=r.day.isoformat())}")
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))
