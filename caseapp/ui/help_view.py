"""文书与求助 Letters and help: the three letters (ask for work, object to a pay
cut or transfer, demand unpaid pay) filled with the case's names and dates —
copied to the clipboard and logged as the matching incident when used; a
checklist of official records to fetch with how-tos; whom to call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.casework.letters import LETTERS, Letter, fill, incident_for, wage_claims_found
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Incident
from caseapp.rules.calc_deadline import WAGE_CLAIMS
from caseapp.ui import lawdata, words
from caseapp.ui.checklist_store import ChecklistStore
from caseapp.ui.letter_editor import LetterEditor, chosen_lang, language_box
from caseapp.ui.reminders import DailyReminder, RemindersPanel
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import card, label

RECORDS = ("iit", "si", "bank", "attendance")
RECORDS_LIST = "records"
CONTACTS = ("12348", "12333", "arbitration", "inspection")


def t(key: str, **params: object) -> str:
    return i18n.text(f"uihelp.{key}", words.lang(), **params)


class HelpView(QWidget):
    def __init__(
        self,
        session: CaseSession,
        data_dir: Path,
        reminder: DailyReminder | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.store = ChecklistStore(data_dir)
        self.report: FindingsReport | None = None
        self.city_name = t("your_city")
        self.today = session.clock.today  # the one clock (ui/clock.py); tests may fix it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.addWidget(label(self.tr("Letters and help"), "title"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._letters_tab(), self.tr("Letters to send"))
        self.tabs.addTab(self._records_tab(), self.tr("Records to fetch"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Who can help"))
        from caseapp.ui.road_view import RoadView

        self.road = RoadView(session)
        self.tabs.addTab(self.road, self.tr("The road to the money"))
        self.reminders = RemindersPanel(session, data_dir, reminder)
        self.tabs.addTab(self.reminders, self.tr("Reminders"))
        self._add_exit_tabs()
        outer.addWidget(self.tabs, 1)
        session.follow(self, self._case_changed)
        session.bridge.findingsReady.connect(self._findings)
        if session.case is not None:  # views are built on first use, after the case opened
            from caseapp.ui.findings_model import latest

            known = latest(session.case.info.uid)
            if known is not None:
                self._findings(known)
            self._case_changed(session.case)
        lawdata.when_loaded(self._law_ready)

    def _add_exit_tabs(self) -> None:
        """The exit offer and the notice of resignation with cause (issue 16)."""
        from caseapp.ui.art38_view import Art38NoticePanel
        from caseapp.ui.offer_review import OfferReviewPanel

        self.offer_panel = OfferReviewPanel(self.session)
        self.tabs.addTab(self.offer_panel, self.tr("An exit offer"))
        self.notice_panel = Art38NoticePanel(self.session)
        self.tabs.addTab(self.notice_panel, self.tr("Resign with cause"))

    # --- letters -------------------------------------------------------------------
    def _letters_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.letter_list = QListWidget()
        self.letter_list.setAccessibleName(self.tr("Letters"))
        self.letter_list.setMaximumWidth(280)
        self.letter_list.setWordWrap(True)  # long English names: no horizontal scroll bar
        for letter in LETTERS:
            item = QListWidgetItem(letter.name(words.lang()))
            item.setData(Qt.ItemDataRole.UserRole, letter.key)
            self.letter_list.addItem(item)
        self.letter_list.setSpacing(4)
        self.letter_list.setMaximumHeight(130)
        self.letter_list.currentRowChanged.connect(lambda _row: self.refill())
        left.addWidget(self.letter_list)
        self.letter_lang = language_box(self.tr("Language of the letter"), self.refill)
        left.addWidget(label(self.tr("Language of the letter"), "subtitle"))
        left.addWidget(self.letter_lang)
        self.claims_caption = label(self.tr("What the letter demands"), "subtitle")
        left.addWidget(self.claims_caption)
        self.claims = QListWidget()
        self.claims.setAccessibleName(self.tr("Claims the letter demands"))
        self.claims.setMaximumWidth(280)
        self.claims.setWordWrap(True)
        for claim in WAGE_CLAIMS:
            item = QListWidgetItem(i18n.text(f"rules.{claim}.title", words.lang()))
            item.setData(Qt.ItemDataRole.UserRole, claim)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.claims.addItem(item)
        self.claims.itemChanged.connect(lambda _item: self.refill(keep_edits=False))
        left.addWidget(self.claims)
        left.addStretch(1)
        layout.addLayout(left)

        self.editor = LetterEditor(
            self.tr("Letter text"),
            use=(self.tr("Copy, and log that I sent it"), self.use_letter),
            buttons=("use", "copy"),
            paste_note=True,
            hint=self.tr(
                "Read it, change anything that is not right, then copy it. Send it where the "
                "company will see it in writing — work email, or the work chat — and keep the "
                "sent copy and any reply."
            ),
        )
        ed = self.editor
        self.text, self.use_button, self.result = ed.text, ed.use_button, ed.result
        self.copy_button = ed.copy_button
        layout.addWidget(self.editor, 1)
        self.letter_list.setCurrentRow(0)
        return page

    def letter_lang_code(self) -> i18n.Lang:
        return chosen_lang(self.letter_lang)

    def letter(self) -> Letter:
        return LETTERS[max(self.letter_list.currentRow(), 0)]

    def chosen_claims(self) -> tuple[str, ...]:
        out = []
        for i in range(self.claims.count()):
            item = self.claims.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def refill(self, keep_edits: bool = False) -> None:
        case = self.session.case
        letter = self.letter()
        demand = letter.key == "demand"
        self.claims_caption.setVisible(demand)
        self.claims.setVisible(demand)
        self.result.setText("")
        if case is None or keep_edits:
            return
        self.text.setPlainText(
            fill(
                letter,
                case,
                self.letter_lang_code(),
                self.today(),
                self.report,
                self.chosen_claims(),
            )
        )

    def _case_changed(self, case: Case) -> None:
        self.refill()
        self._fill_records_ticks()

    def _findings(self, report: Any) -> None:
        self.report = report if isinstance(report, FindingsReport) else None
        found = set(wage_claims_found(self.report))
        self.claims.blockSignals(True)
        for i in range(self.claims.count()):
            item = self.claims.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in found
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.claims.blockSignals(False)
        self.refill()

    def use_letter(self) -> None:
        if self.session.case is None:
            return
        letter = self.letter()
        claims = self.chosen_claims() if letter.key == "demand" else ()
        if letter.key == "demand" and not claims:
            self.result.setProperty("role", "error")
            self.result.setText(self.tr("Tick at least one thing the letter demands."))
            self.result.setStyleSheet("color: #D55E00;")
            return
        self.result.setStyleSheet("")
        body = self.editor.take()
        incident = incident_for(letter, body, words.lang(), self.today(), claims)
        self.use_button.setEnabled(False)
        self.session.save_record(incident, done=self._logged, error=self._failed)

    def _logged(self, incident: Incident) -> None:
        self.use_button.setEnabled(True)
        self.result.setText(
            self.tr(
                "Copied, and logged under Incidents for %1. Send it today and keep the sent copy."
            ).replace("%1", incident.date.isoformat())
        )

    def _failed(self, exc: BaseException) -> None:
        self.use_button.setEnabled(True)
        self.result.setText(error_text(exc))

    # --- records to fetch -------------------------------------------------------------
    def _records_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            label(
                self.tr(
                    "Official records carry weight because the company cannot change them. "
                    "Fetch these now, while you still have access, and add them under Evidence."
                ),
                "hint",
            )
        )
        self.records = QListWidget()
        self.records.setAccessibleName(self.tr("Records to fetch"))
        self.records.setWordWrap(True)
        self.records.setSpacing(4)
        for key in RECORDS:
            item = QListWidgetItem(f"{t(f'record.{key}.name')}\n{t(f'record.{key}.how')}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.records.addItem(item)
        self.records.itemChanged.connect(self._record_ticked)
        layout.addWidget(self.records, 1)
        return page

    def _fill_records_ticks(self) -> None:
        ticked = self.store.checked(self.session.case_id or "", RECORDS_LIST)
        self.records.blockSignals(True)
        for i in range(self.records.count()):
            item = self.records.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.records.blockSignals(False)

    def _record_ticked(self, item: QListWidgetItem) -> None:
        if self.session.case_id is not None:
            on = item.checkState() == Qt.CheckState.Checked
            key = item.data(Qt.ItemDataRole.UserRole)
            self.store.set(self.session.case_id, RECORDS_LIST, key, on)

    # --- contacts ------------------------------------------------------------------------
    def _contacts_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contact_names: dict[str, Any] = {}
        for key in CONTACTS:
            frame, box = card("panel")
            name = label(t(f"contact.{key}.name", city=self.city_name), "subtitle")
            self.contact_names[key] = name
            box.addWidget(name)
            box.addWidget(label(t(f"contact.{key}.what")))
            layout.addWidget(frame)
        layout.addWidget(
            label(
                self.tr(
                    "Ask 12333 for the address of the commission and the inspection office "
                    "responsible for your employer."
                ),
                "hint",
            )
        )
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _law_ready(self, law: Any) -> None:
        case = self.session.case
        if law is None:
            return
        self._law = law
        self._set_city(case)

    def _set_city(self, case: Case | None) -> None:
        law = getattr(self, "_law", None)
        if case is None or law is None:
            return
        try:
            self.city_name = law.city_name(case.info.city, words.lang())
        except (KeyError, LookupError):
            self.city_name = t("your_city")
        for key in ("inspection", "arbitration"):
            self.contact_names[key].setText(t(f"contact.{key}.name", city=self.city_name))

    def showEvent(self, event: Any) -> None:
        self._set_city(self.session.case)
        super().showEvent(event)
