"""案件设置 Case settings: the case's details (the create form, filled in and
saved as a change to the case), the history of the case or of any record
with undo, encryption at rest (ui/encryption_panel.py), the backups and
restoring one (备份与恢复, ``backup_panel``), and a warning when the data
directory is in a cloud-sync folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from caseapp import i18n
from caseapp.domain.changes import Changes
from caseapp.domain.model import Case, CaseInfo, Organisation
from caseapp.ui import words
from caseapp.ui.arbitration_choices import ArbitrationChoices, company_ended
from caseapp.ui.backup_panel import BackupPanel
from caseapp.ui.cloud_banner import cloud_banner
from caseapp.ui.create_form import CreateCaseForm
from caseapp.ui.employment_end import EmploymentEndForm
from caseapp.ui.encryption_panel import EncryptionPanel
from caseapp.ui.history_panel import HistoryPanel
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.statement_review import StatementReview, open_review
from caseapp.ui.widgets import label


class CaseDetailsForm(CreateCaseForm):
    """The create form, filled from the open case; saving keeps every field
    the form does not show (prior service, wage history, …)."""

    def __init__(
        self, today: Callable[[], dt.date] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(today, parent)
        for lab in self.findChildren(QLabel):
            if lab.property("role") == "title":
                lab.setText(self.tr("Case details"))
                break
        self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.setText(self.tr("Undo my edits"))
        self.details.set_open(True)  # here is where they are filled in
        self.details.note.setText(
            self.tr(
                "An arbitration application asks for these; under each is where to find it. "
                "Nothing else in the app needs them."
            )
        )
        # 申请仲裁: the worker's choices for filing, under the parties' details
        self.arbitration = ArbitrationChoices()
        page = self.details.parentWidget()
        assert page is not None and page.layout() is not None
        page_layout = page.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.insertWidget(page_layout.indexOf(self.details) + 1, self.arbitration)
        self.review_button = self.arbitration.review_button
        self.info: CaseInfo | None = None

    def load(self, info: CaseInfo) -> None:
        self.info = info
        self.worker.setText(info.worker.name)
        self.employer.setText(info.employer.name)
        self.client.setText(info.client.name if info.client else "")
        self.arrangement.setCurrentIndex(max(self.arrangement.findData(str(info.arrangement)), 0))
        index = self.city.findData(info.city)
        if index < 0:
            self.city.addItem(info.city, info.city)
            index = self.city.count() - 1
        self.city.setCurrentIndex(index)
        self.kind.setCurrentIndex(max(self.kind.findData(str(info.contract.kind)), 0))
        self.start.setText(info.contract.start.isoformat())
        self.end.setText(info.contract.end.isoformat() if info.contract.end else "")
        self.written.setCurrentIndex(self.written.findData(bool(info.contract.written)))
        self.pay_basis.setCurrentIndex(max(self.pay_basis.findData(str(info.pay_basis)), 0))
        self.hourly_wage.setText("" if info.hourly_wage is None else str(info.hourly_wage))
        self.wage.setText("" if info.monthly_wage is None else str(info.monthly_wage))
        self.payday.setText(str(info.payday))
        self.details.load(info.worker, info.employer, info.client)
        self.details.set_client_shown(info.client is not None)
        self.arbitration.load(info.arbitration)
        for field in self.fields.values():
            field.set_error(None)
        self.form_error.setText("")

    def merged(self) -> CaseInfo | None:
        """The open case's details with the form's values, or None (errors shown)."""
        read = self.validate()
        if read is None or self.info is None:
            return None
        old = self.info
        client = read.client
        if client is not None and old.client is not None:
            client = self.details.client.apply(dataclasses.replace(old.client, name=client.name))
        worker = read.worker
        return dataclasses.replace(
            old,
            worker=dataclasses.replace(
                old.worker,
                name=worker.name,
                id_number=worker.id_number,
                gender=worker.gender,
                birth_date=worker.birth_date,
                phone=worker.phone,
                address=worker.address,
                service_address=worker.service_address,
                student=worker.student,
                pensioner=worker.pensioner,
            ),
            employer=self.details.employer.apply(
                dataclasses.replace(old.employer, name=read.employer.name)
                if old.employer
                else Organisation(name=read.employer.name)
            ),
            client=client,
            arrangement=read.arrangement,
            city=read.city,
            contract=dataclasses.replace(
                old.contract,
                kind=read.contract.kind,
                start=read.contract.start,
                end=read.contract.end,
                written=read.contract.written,
            ),
            monthly_wage=read.monthly_wage,
            pay_basis=read.pay_basis,
            hourly_wage=read.hourly_wage,
            payday=read.payday,
            arbitration=self.arbitration.apply(old.arbitration),
        )


class CaseSettingsView(QWidget):
    def __init__(self, session: CaseSession, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.cloud_banner, self.cloud_text = cloud_banner(data_dir)
        layout.addWidget(self.cloud_banner)
        self.tabs = QTabWidget()
        self.form = CaseDetailsForm(session.clock.today)
        self.form.save_button.clicked.disconnect()
        self.form.save_button.clicked.connect(self.save)
        self.form.cancelled.connect(self._reload_form)
        self.history = HistoryPanel(session)
        self.ending = EmploymentEndForm(session)  # 工作结束了: case.employment_ended
        self.tabs.addTab(self.form, self.tr("Case details"))
        self.tabs.addTab(self.ending, i18n.text("ui.ending.tab", words.lang()))
        self.tabs.addTab(self.history, self.tr("History and undo"))
        self.encryption = EncryptionPanel(session, data_dir)
        self.tabs.addTab(self.encryption, self.tr("Encryption"))
        self.backups = BackupPanel(session)
        self.tabs.addTab(self.backups, self.tr("Backups and restore"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.form.review_button.clicked.connect(self.review_statement)
        layout.addWidget(self.tabs, 1)
        self.status = label("", "hint")
        layout.addWidget(self.status)
        session.follow(self, self.show_case)
        if session.case is not None:  # views are built on first use, after the case opened
            self.show_case(session.case)

    def show_case(self, case: Case) -> None:
        self.form.load(case.info)
        self.form.arbitration.show_ending(company_ended(case))
        self.ending.show_case(case)
        self.history.fill_records(case)
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def review_statement(self) -> StatementReview | None:
        """事实与理由：逐段确认, in the app's language."""
        if self.session.case is None:
            return None
        return open_review(self.session, words.lang(), self)

    def _reload_form(self) -> None:
        if self.session.case is not None:
            self.form.load(self.session.case.info)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()
        elif self.tabs.currentWidget() is self.backups:
            self.backups.refresh()

    def save(self) -> None:
        info = self.form.merged()
        case_id = self.session.case_id
        if info is None or case_id is None:
            return
        self.form.save_button.setEnabled(False)

        def done(changes: Changes) -> None:
            self.form.save_button.setEnabled(True)
            self.status.setText(self.tr("Saved."))
            self.session.apply(case_id, changes)
            self.session.saved.emit()

        def failed(exc: BaseException) -> None:
            self.form.save_button.setEnabled(True)
            self.form.show_service_error(error_text(exc))

        self.session.bridge.call(
            lambda s: s.update_case_info(case_id, info), done=done, error=failed
        )
