"""The PDF: a consultation brief for the worker's lawyer and a filing pack for
the arbitration commission (reportlab; domain + rules only, no Qt, no SQL).

    from caseapp.report import build_report, ReportResult
"""

from caseapp.report.build import ReportResult, build_report

__all__ = ["ReportResult", "build_report"]
