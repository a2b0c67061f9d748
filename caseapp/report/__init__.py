"""The PDF: a consultation brief for the worker's lawyer and a filing pack for
the arbitration commission (reportlab; domain + rules only, no Qt, no SQL).

    from caseapp.report import build_report, ReportResult
"""

from caseapp.report.rlimport import import_platypus

import_platypus()  # before any module of the package imports reportlab.platypus

from caseapp.report.build import ReportResult, build_report  # noqa: E402

__all__ = ["ReportResult", "build_report"]
