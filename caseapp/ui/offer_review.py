"""Reviewing an exit offer (协商解除方案): what was offered, set beside what the
records support, what signing would give up clause by clause with the risk
of each, and the counter-proposal letter (casework/offer.py). Reached from
the "they want me to sign" card, from an incident of kind
`mutual_termination_offer`, and from Letters and help. Never advice to accept
or to refuse; the gate "talk to legal aid (12348) before signing" stays above
every tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.casework import offer
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Incident
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import IncidentKind, OfferClause, Party
from caseapp.ui import words
from caseapp.ui.formparse import read_date, read_money
from caseapp.ui.letter_editor import LetterEditor
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import Field, card, label


def t(key: str, **params: object) -> str:
    return i18n.text(key, words.lang(), **params)


def clause_label(clause: OfferClause) -> str:
    return i18n.label("offer_clause", clause.value, words.lang())


class FindingsFollower(QObject):
    """The latest findings of the session's case, kept current; a child of the
    panel it serves, so the connection ends when the panel is deleted."""

    def __init__(self, session: CaseSession, changed: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self.report: FindingsReport | None = None
        self._changed = changed
        session.bridge.findingsReady.connect(self._ready)
        if session.case is not None:
            from caseapp.ui.findings_model import latest

            known = latest(session.case.info.uid)
            if isinstance(known, FindingsReport):
                self.report = known

    def _ready(self, report: Any) -> None:
        case = self.session.case
        if not isinstance(report, FindingsReport):
            return
        if case is not None and report.case_uid and report.case_uid != case.info.uid:
            return
        self.report = report
        self._changed()


def grid_table(headers: list[str]) -> tuple[QFrame, QGridLayout]:
    """A table of wrapping labels (long risk texts wrap at any width or scale)."""
    frame = QFrame()
    frame.setProperty("role", "panel")
    grid = QGridLayout(frame)
    grid.setContentsMargins(10, 8, 10, 8)
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(8)
    for col, text in enumerate(headers):
        grid.addWidget(label(text, "subtitle"), 0, col)
    return frame, grid


def clear_rows(grid: QGridLayout) -> None:
    """Remove every row but the header."""
    for i in reversed(range(grid.count())):
        item = grid.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        position: Any = grid.getItemPosition(i)
        if int(position[0]) > 0:
            grid.removeWidget(widget)
            widget.deleteLater()


def cell(text: str, role: str | None = None, right: bool = False) -> QLabel:
    lab = label(text, role)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if right:
        lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    else:
        lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return lab


class OfferReviewPanel(QWidget):
    """The whole review: the offer, what is at stake, the counter-proposal."""

    def __init__(
        self,
        session: CaseSession,
        incident: Incident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.incident = incident
        self.today = session.clock.today  # the one clock (ui/clock.py); tests may fix it
        self.review: offer.OfferReview | None = None
        self.suggested: tuple[OfferClause, ...] = ()
        self.suggested_amount: Decimal | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(label(self.tr("Review an exit offer"), "title"))
        gate, gate_box = card()
        self.gate = label(t("offer.gate"), "warning")
        gate_box.addWidget(self.gate)
        gate_box.addWidget(label(t("offer.head.not_advice"), "hint"))
        outer.addWidget(gate)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._offer_tab(), self.tr("1. What they offered"))
        self.tabs.addTab(self._stake_tab(), self.tr("2. What signing gives up"))
        self.tabs.addTab(self._letter_tab(), self.tr("3. Counter-proposal"))
        outer.addWidget(self.tabs, 1)
        self.findings = FindingsFollower(session, self.recompute, self)
        session.follow(self, self.case_changed)
        if incident is None and session.case is not None:
            self.incident = offer.latest_offer(session.case)
        self._load(self.incident)
        self.recompute()

    # --- tab 1: the offer --------------------------------------------------------------
    def _offer_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.offered_on = QLineEdit(self.today().isoformat())
        self.offered_on_field = Field(
            self.tr("Offered on"),
            self.offered_on,
            self.tr("The day they gave you the offer."),
        )
        row.addWidget(self.offered_on_field, 1)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("20000")
        self.amount_field = Field(
            self.tr("Sum offered (yuan)"),
            self.amount,
            self.tr("The total they will pay, as written on the paper."),
        )
        row.addWidget(self.amount_field, 1)
        self.last_day = QLineEdit()
        self.last_day.setPlaceholderText("2025-07-31")
        self.last_day_field = Field(
            self.tr("Last working day"),
            self.last_day,
            self.tr("The day the paper says the job ends, if it says one."),
        )
        row.addWidget(self.last_day_field, 1)
        layout.addLayout(row)
        layout.addWidget(label(self.tr("What the paper says besides the sum"), "subtitle"))
        self.clause_boxes: dict[OfferClause, QCheckBox] = {}
        boxes = QGridLayout()
        for n, clause in enumerate(OfferClause):
            box = QCheckBox(clause_label(clause))
            box.toggled.connect(lambda _on: self.recompute())
            self.clause_boxes[clause] = box
            boxes.addWidget(box, n // 2, n % 2)
        layout.addLayout(boxes)
        self.terms = QPlainTextEdit()
        self.terms.setPlaceholderText(self.tr("Paste or type the agreement's text here."))
        self.terms.setAccessibleName(self.tr("The agreement's text"))
        self.terms.setMinimumHeight(80)
        self.terms.setMaximumHeight(150)
        layout.addWidget(label(self.tr("The agreement's text (optional)"), "subtitle"))
        layout.addWidget(self.terms)
        find_row = QHBoxLayout()
        self.find_button = QPushButton(self.tr("Look for clauses in the text"))
        self.find_button.clicked.connect(self.find_clauses)
        find_row.addWidget(self.find_button)
        self.use_found = QPushButton(self.tr("Tick what was found"))
        self.use_found.setVisible(False)
        self.use_found.clicked.connect(self.use_suggestions)
        find_row.addWidget(self.use_found)
        find_row.addStretch(1)
        layout.addLayout(find_row)
        self.found = label("", "hint")
        layout.addWidget(self.found)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the offer to my records"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_offer)
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        self.saved = label("", "hint")
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.amount.textChanged.connect(lambda _t: self.recompute())
        self.offered_on.textChanged.connect(lambda _t: self.refill())
        scroll.setWidget(page)
        return scroll

    def _load(self, incident: Incident | None) -> None:
        if incident is None:
            return
        self.offered_on.setText(incident.date.isoformat())
        self.amount.setText(fmt_money(incident.offer_amount) if incident.offer_amount else "")
        self.last_day.setText(incident.last_day.isoformat() if incident.last_day else "")
        for clause, box in self.clause_boxes.items():
            box.setChecked(clause in incident.clauses)
        self.terms.setPlainText(incident.terms_text or "")

    def offered(self) -> Decimal | None:
        value, _problem = read_money(self.amount.text(), required=False)
        return value

    def clauses(self) -> tuple[OfferClause, ...]:
        return tuple(c for c, box in self.clause_boxes.items() if box.isChecked())

    def find_clauses(self) -> None:
        text = self.terms.toPlainText()
        self.suggested = offer.suggest_clauses(text)
        self.suggested_amount = offer.suggest_amount(text)
        parts = [clause_label(c) for c in self.suggested]
        if self.suggested_amount is not None:
            parts.insert(
                0, self.tr("a sum of %1 yuan").replace("%1", fmt_money(self.suggested_amount))
            )
        if parts:
            self.found.setText(
                self.tr(
                    "Found in the text: %1. Check each against the paper before ticking."
                ).replace("%1", "; ".join(parts))
            )
        else:
            self.found.setText(
                self.tr("No usual clause wording found. Read the paper and tick what it says.")
            )
        self.use_found.setVisible(bool(parts))

    def use_suggestions(self) -> None:
        """The worker's act: tick the suggested clauses (and the sum if empty)."""
        for clause in self.suggested:
            self.clause_boxes[clause].setChecked(True)
        if self.suggested_amount is not None and not self.amount.text().strip():
            self.amount.setText(fmt_money(self.suggested_amount))
        self.use_found.setVisible(False)

    def offer_record(self) -> Incident | None:
        amount, problem = read_money(self.amount.text(), required=False)
        self.amount_field.set_error(problem)
        last: dt.date | None = None
        if self.last_day.text().strip():
            last, bad = read_date(self.last_day.text())
            self.last_day_field.set_error(bad)
            if bad:
                return None
        else:
            self.last_day_field.set_error(None)
        on, bad_on = read_date(self.offered_on.text())
        self.offered_on_field.set_error(bad_on)
        if problem or on is None:
            return None
        text = self.terms.toPlainText().strip() or None
        if self.incident is not None:
            return replace(
                self.incident,
                date=on,
                offer_amount=amount,
                last_day=last,
                clauses=self.clauses(),
                terms_text=text,
            )
        return Incident(
            id="",
            date=on,
            kind=IncidentKind.MUTUAL_TERMINATION_OFFER,
            summary=t("offer.incident.summary"),
            actor_party=Party.EMPLOYER,
            offer_amount=amount,
            last_day=last,
            clauses=self.clauses(),
            terms_text=text,
        )

    def save_offer(self) -> None:
        record = self.offer_record()
        if record is None or self.session.case is None:
            return
        self.save_button.setEnabled(False)
        self.session.save_record(record, done=self._offer_saved, error=self._failed)

    def _offer_saved(self, incident: Incident) -> None:
        self.incident = incident
        self.save_button.setEnabled(True)
        self.saved.setText(
            self.tr("Saved under Incidents, dated %1.").replace("%1", incident.date.isoformat())
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.use_button.setEnabled(True)
        self.saved.setText(error_text(exc))
        self.result.setText(error_text(exc))

    # --- tab 2: what is at stake ----------------------------------------------------------
    def _stake_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.headline = label("", "subtitle")
        self.headline.setAccessibleName(self.tr("What is at stake"))
        layout.addWidget(self.headline)
        self.headline_more = label("", "hint")
        layout.addWidget(self.headline_more)
        layout.addWidget(label(self.tr("What signing would give up"), "subtitle"))
        self.give_frame, self.give_grid = grid_table(
            [self.tr("In the paper"), self.tr("At stake (yuan)"), self.tr("Risk")]
        )
        self.give_grid.setColumnStretch(0, 2)
        self.give_grid.setColumnStretch(2, 5)
        layout.addWidget(self.give_frame)
        layout.addWidget(label(t("offer.not_additive"), "hint"))
        layout.addWidget(label(self.tr("What your records support"), "subtitle"))
        self.ent_frame, self.ent_grid = grid_table(
            [self.tr("Claim"), self.tr("Amount (yuan)"), self.tr("Ground")]
        )
        self.ent_grid.setColumnStretch(0, 5)
        layout.addWidget(self.ent_frame)
        self.notes = label("", "hint")
        layout.addWidget(self.notes)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def recompute(self) -> None:
        case = self.session.case
        if case is None or not hasattr(self, "give_grid"):
            return
        self.review = offer.review(case, self.findings.report, self.offered(), self.clauses())
        self._show_review(self.review)
        if hasattr(self, "text"):
            self.refill()

    def _show_review(self, r: offer.OfferReview) -> None:
        money = fmt_money
        if not r.entitlements:
            self.headline.setText(t("offer.head.no_records"))
            self.headline_more.setText("")
        elif r.covers_all:
            assert r.offered is not None
            self.headline.setText(
                t("offer.head.covers_all", offered=money(r.offered), whole=money(r.whole))
            )
            self.headline_more.setText("")
        elif r.offered is None:
            self.headline.setText(t("offer.head.no_amount", firm=money(r.firm)))
            self.headline_more.setText("")
        else:
            if r.waives or not r.ending_firm:
                head = t(
                    "offer.head.given_up",
                    offered=money(r.offered),
                    firm=money(r.firm),
                    given_up=money(r.given_up),
                )
            else:
                head = t(
                    "offer.head.given_up_ending",
                    offered=money(r.offered),
                    ending=money(r.ending_firm),
                    given_up=money(r.given_up),
                )
            self.headline.setText(head)
            more = []
            if r.given_up_arguable > 0:
                more.append(t("offer.head.arguable", arguable=money(r.given_up_arguable)))
            if r.left_open > 0:
                more.append(t("offer.head.left_open", left=money(r.left_open)))
            self.headline_more.setText("\n".join(more))
        clear_rows(self.give_grid)
        for n, row in enumerate(r.rows, 1):
            name = t("offer.clause.sum") if row.clause is None else clause_label(row.clause)
            if row.at_stake is not None:
                stake = money(row.at_stake)
                if row.clause is OfferClause.PERSONAL_REASONS_WORDING:
                    stake += " " + t("offer.stake.unemployment")
            else:
                stake = t("offer.stake.words")
            risk = t(row.risk_key, months=r.si_months)
            self.give_grid.addWidget(cell(name), n, 0)
            self.give_grid.addWidget(cell(stake, "subtitle", right=True), n, 1)
            self.give_grid.addWidget(cell(risk), n, 2)
        clear_rows(self.ent_grid)
        lang = words.lang()
        for n, e in enumerate(r.entitlements, 1):
            self.ent_grid.addWidget(cell(e.title[lang]), n, 0)
            self.ent_grid.addWidget(cell(money(e.amount), right=True), n, 1)
            ground = self.tr("firm") if e.firm else self.tr("arguable")
            self.ent_grid.addWidget(cell(ground), n, 2)
        if r.entitlements:
            n = len(r.entitlements) + 1
            self.ent_grid.addWidget(cell(self.tr("Firm, in all"), "subtitle"), n, 0)
            self.ent_grid.addWidget(cell(money(r.firm), "subtitle", right=True), n, 1)
            if r.arguable > 0:
                self.ent_grid.addWidget(cell(self.tr("Arguable on top"), "subtitle"), n + 1, 0)
                self.ent_grid.addWidget(cell(money(r.arguable), "subtitle", right=True), n + 1, 1)
        notes = [t(f"offer.beside.{b.key}", amount=money(b.amount)) for b in r.beside]
        if r.si_months:
            notes.append(t("offer.si_months", months=r.si_months))
        notes.append(t("offer.annual_leave"))
        self.notes.setText("\n".join(notes))

    # --- tab 3: the counter-proposal -----------------------------------------------------
    def _letter_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.editor = LetterEditor(
            self.tr("Counter-proposal text"),
            use=(self.tr("Copy, and log that I sent it"), self.use_letter),
            file_name="counter-proposal.txt",
            paste_note=True,
            language=self.tr("Language of the letter"),
            changed=self.refill,
            hint=self.tr(
                "Filled from your records and the offer. Read it, change anything that is "
                "not right, then send it in writing (work email or chat) and keep the sent "
                "copy. Sending it is not signing anything."
            ),
        )
        layout.addWidget(self.editor, 1)
        ed = self.editor
        self.text, self.use_button, self.result = ed.text, ed.use_button, ed.result
        self.copy_button, self.save_letter_button = ed.copy_button, ed.save_button
        return page

    def refill(self) -> None:
        case = self.session.case
        if case is None or self.review is None:
            return
        when, _bad = read_date(self.offered_on.text())
        self.text.setPlainText(
            offer.fill_counter(case, self.review, self.editor.lang(), self.today(), when)
        )

    def use_letter(self) -> None:
        if self.session.case is None or self.review is None:
            return
        if not self.review.asserts():
            self.result.setText(
                self.tr("The records support no claim yet: there is nothing for it to demand.")
            )
            return
        body = self.editor.take()
        incident = offer.counter_incident(self.review, body, words.lang(), self.today())
        self.use_button.setEnabled(False)
        self.session.save_record(incident, done=self._logged, error=self._failed)

    def _logged(self, incident: Incident) -> None:
        self.use_button.setEnabled(True)
        self.result.setText(
            self.tr(
                "Copied, and logged under Incidents for %1 as a written demand. Send it today "
                "and keep the sent copy."
            ).replace("%1", incident.date.isoformat())
        )

    def case_changed(self, case: Case) -> None:
        if self.incident is None and not self.amount.text().strip():
            self.incident = offer.latest_offer(case)
            self._load(self.incident)
        self.recompute()


class OfferReviewDialog(QDialog):
    def __init__(
        self, session: CaseSession, incident: Incident | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review an exit offer"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = OfferReviewPanel(session, incident)
        layout.addWidget(self.panel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.setContentsMargins(16, 0, 16, 12)
        layout.addLayout(row)
        self.resize(980, 680)
