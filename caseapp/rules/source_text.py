"""How a legal figure's source is printed (issue 11 item 3; docs/report.md,
"Sources shown to readers").

A figure marked `statute`, `local_rule` or `practice` — or `contested` where
its document is named (the reading is in doubt, not the document) — is printed
with its document only — authority《title》（number，date）url, from the law data's
`document` fields; its secondary reports are never shown. Any other figure is
printed as "文号未核实，据……报道" with the reports it rests on, after the
partial document when one is known. The PDF, `caseapp check`,
`caseapp law show` and the app's finding detail all print through here.
"""

from __future__ import annotations

from caseapp.domain.citation import Source, format_document, format_reports
from caseapp.domain.vocab import Confidence
from caseapp.i18n import Lang, text

#: Confidences whose source is the document that sets the figure.
DOCUMENTED = frozenset({Confidence.STATUTE, Confidence.LOCAL_RULE, Confidence.PRACTICE})


def shows_document(source: Source, confidence: Confidence) -> bool:
    """Whether the figure is printed with its document only (see the module rule):
    a contested reading of a named document doubts the reading, not the document."""
    cited = source.document is not None and source.document.cited
    return confidence in DOCUMENTED or (confidence is Confidence.CONTESTED and cited)


def printed_source(source: Source, confidence: Confidence, lang: Lang) -> str:
    """The source of a figure as a reader sees it (see the module rule)."""
    doc = format_document(source.document, lang)
    if shows_document(source, confidence):
        return doc or text("report.source.none", lang)
    reports = format_reports(source, lang)
    if reports and doc:
        return text("report.source.unverified_document", lang, document=doc, source=reports)
    if reports:
        return text("report.source.unverified", lang, source=reports)
    if doc:
        return text("report.source.unverified_document_only", lang, document=doc)
    return text("report.source.unverified_none", lang)


def source_line(source: Source) -> str:
    """One language-neutral line for machines (the findings JSON `source`):
    the document as cited, then "reported by …" when it rests on reports."""
    parts = [format_document(source.document, "zh")]
    if source.reported_by:
        parts.append("reported_by: " + "; ".join(source.reported_by))
    return " | ".join(p for p in parts if p) or "-"
