"""Registrations of the views beyond 今日 and 日历 (findings, pay, templates,
report …), kept apart from `views.py` so each view adds one line here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from caseapp.ui.views import ORDER, ViewSpec, register
from caseapp.ui.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from caseapp.ui.main_window import MainWindow
    from caseapp.ui.session import CaseSession


def _findings(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.findings_view import FindingsView

    return FindingsView(session, window.data_dir)


def _pay(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.pay_view import PayView

    return PayView(session)


def _help(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.help_view import HelpView

    return HelpView(session, window.data_dir)


def _report(session: CaseSession, window: MainWindow) -> QWidget:
    from caseapp.ui.report_view import ReportView

    return ReportView(session)


def _badge(report: object) -> int | None:
    from caseapp.ui.findings_model import attention_count

    return attention_count(report)


register(ViewSpec("findings", QT_TRANSLATE_NOOP("Views", "Risk notes"), "findings.svg",
                  ORDER["findings"], _findings, "Ctrl+8", _badge))  # fmt: skip
register(ViewSpec("pay", QT_TRANSLATE_NOOP("Views", "Pay"), "pay.svg", ORDER["pay"], _pay,
                  "Ctrl+3"))  # fmt: skip
register(ViewSpec("help", QT_TRANSLATE_NOOP("Views", "Letters and help"), "letters.svg", 85,
                  _help, "Ctrl+9"))  # fmt: skip
register(ViewSpec("report", QT_TRANSLATE_NOOP("Views", "Report"), "report.svg", ORDER["report"],
                  _report, "Ctrl+0"))  # fmt: skip
