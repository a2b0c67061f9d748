"""Resigning with cause (被迫解除劳动合同通知书, LCL art. 38): the lawyer gate
first, then — only where `art38-grounds-recorded` holds — the notice drafted
from the findings (casework/art38_notice.py), how to serve it so that it can
be proven, what it means for unemployment insurance, and, on the worker's
act, the `resignation_submitted` incident with reason `art38`. Where the
grounds are not on record the panel says why, in words, and drafts nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.casework import art38_notice as notice
from caseapp.domain.model import Case, Incident
from caseapp.ui import words
from caseapp.ui.letter_editor import LetterEditor
from caseapp.ui.offer_review import FindingsFollower
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.widgets import card, label


def t(key: str, **params: object) -> str:
    return i18n.text(key, words.lang(), **params)


class Art38NoticePanel(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = session.clock.today  # the one clock (ui/clock.py); tests may fix it
        self.found: notice.Grounds | notice.Refusal = notice.Refusal("no_findings")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(label(self.tr("Resign with cause: the written notice"), "title"))
        gate, box = card()
        box.addWidget(label(t("art38n.gate"), "warning"))
        self.gate_box = QCheckBox(self.tr("I have talked to a lawyer or legal aid (12348)"))
        self.gate_box.toggled.connect(lambda _on: self._enable())
        box.addWidget(self.gate_box)
        outer.addWidget(gate)
        self.status = label("", "subtitle")
        self.status.setAccessibleName(self.tr("Whether the notice can be drafted"))
        outer.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._notice_tab(), self.tr("The notice"))
        serve = QWidget()
        serve_layout = QVBoxLayout(serve)
        self.serve = label(t("art38n.serve"))
        serve_layout.addWidget(self.serve)
        self.unemployment = label(t("art38n.unemployment"))
        serve_layout.addWidget(self.unemployment)
        serve_layout.addStretch(1)
        self.tabs.addTab(serve, self.tr("Serving it, and unemployment insurance"))
        outer.addWidget(self.tabs, 1)
        self.findings = FindingsFollower(session, self.recompute, self)
        session.follow(self, lambda _case: self.recompute())
        self.recompute()

    def _notice_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.editor = LetterEditor(
            self.tr("Notice text"),
            use=(self.tr("Copy, and log that I served it"), self.use_notice),
            file_name="art38-notice.txt",
            language=self.tr("Language of the notice"),
            changed=self.refill,
        )
        layout.addWidget(self.editor, 1)
        ed = self.editor
        self.text, self.use_button, self.result = ed.text, ed.use_button, ed.result
        self.copy_button, self.save_button = ed.copy_button, ed.save_button
        return page

    def drafted(self) -> bool:
        return isinstance(self.found, notice.Grounds)

    def recompute(self) -> None:
        case = self.session.case
        if case is None:
            return
        self.found = notice.grounds(case, self.findings.report)
        if isinstance(self.found, notice.Refusal):
            self.status.setText(t(f"art38n.refused.{self.found.reason}"))
            self.status.setProperty("role", "error")
        else:
            items = ", ".join(
                i18n.text(f"art38n.item.{i}", words.lang(), zh_item=notice.ZH_ITEM[i], item=i)
                for i in self.found.items
            )
            self.status.setText(
                self.tr("The records show grounds under LCL art. 38(1): %1.").replace("%1", items)
            )
            self.status.setProperty("role", "subtitle")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.refill()

    def refill(self) -> None:
        case = self.session.case
        if case is None or not isinstance(self.found, notice.Grounds):
            self.text.setPlainText("")
        else:
            self.text.setPlainText(
                notice.fill_notice(case, self.found, self.editor.lang(), self.today())
            )
        self._enable()

    def _enable(self) -> None:
        drafted = self.drafted()
        self.text.setEnabled(drafted)
        self.copy_button.setEnabled(drafted)
        self.save_button.setEnabled(drafted)
        self.use_button.setEnabled(drafted and self.gate_box.isChecked())

    def use_notice(self) -> None:
        if self.session.case is None or not self.drafted() or not self.gate_box.isChecked():
            return
        body = self.editor.take()
        incident = notice.resignation_incident(body, words.lang(), self.today())
        self.use_button.setEnabled(False)
        self.session.save_record(incident, done=self._logged, error=self._failed)

    def _logged(self, incident: Incident) -> None:
        self.result.setText(
            self.tr(
                "Copied, and logged under Incidents for %1 as your resignation under art. 38. "
                "Serve it today by EMS, WeChat and e-mail, and keep every receipt."
            ).replace("%1", incident.date.isoformat())
        )

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.result.setText(error_text(exc))

    def case_changed(self, case: Case) -> None:
        self.recompute()


class Art38NoticeDialog(QDialog):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resign with cause"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = Art38NoticePanel(session)
        layout.addWidget(self.panel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.setContentsMargins(16, 0, 16, 12)
        layout.addLayout(row)
        self.resize(900, 660)
