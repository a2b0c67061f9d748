"""The findings as a list model, and the plain texts the findings view shows
(a one-line meaning, an amount as a range with how sure it is, the basis,
the deadline). Texts come from the non-Qt catalogue through `caseapp.i18n`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caseapp import i18n
from caseapp.domain.findings import Basis, Deadline, Finding, FindingsReport
from caseapp.domain.money import fmt_money
from caseapp.rules.output import cite
from caseapp.ui import theme, words

SEVERITY_COLOUR = {"high": theme.HIGH, "medium": theme.MEDIUM, "low": "#9AA0A6", "info": "#C9CDD3"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}

FindingRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def out(key: str, **params: object) -> str:
    return i18n.text(f"rules.out.{key}", words.lang(), **params)


def money_range(f: Finding) -> str | None:
    """The text "¥a – ¥b" over the amount and its alternative readings; None if none."""
    amounts = [a for a in [f.amount, *(alt.amount for alt in f.alternatives)] if a is not None]
    if not amounts:
        return None
    low, high = min(amounts), max(amounts)
    if low == high:
        return "¥" + fmt_money(low)
    return f"¥{fmt_money(low)} – ¥{fmt_money(high)}"


def confidence_text(f: Finding) -> str:
    return out(f"confidence.{f.confidence}")


def severity_text(f: Finding) -> str:
    return out(f"severity.{f.severity}")


def basis_text(item: Basis, law: Any = None) -> str:
    name = item.law
    if law is not None:
        try:
            article = law.article(item.law, item.article, item.paragraph, item.item)
            name = str(getattr(article, "law_zh" if words.lang() == "zh" else "law_en", name))
        except (KeyError, ValueError, LookupError):
            pass
    special = cite(item, words.lang(), name)
    if special is not None:  # a question, a case, the instrument as a whole
        return special
    para = "" if item.paragraph is None else out("paragraph", n=item.paragraph)
    it = "" if item.item is None else out("item", n=item.item)
    return out("article", law=name, article=item.article, paragraph=para, item=it)


def deadlines_of(report: FindingsReport | None, f: Finding) -> list[Deadline]:
    if report is None:
        return []
    return [d for d in report.deadlines if d.claim in (f.rule, f.key)]


def render(msg: Any) -> str:
    return i18n.render(msg, words.lang())


def sort_findings(findings: tuple[Finding, ...]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (SEVERITY_ORDER.get(str(f.severity), 9), -(f.amount or Decimal(0))),
    )


# The newest report per case uid, so a view built after it arrived (views are
# built on first use) shows it at once while a fresh one is computed.
_LATEST: dict[str, Any] = {}


def remember(report: object) -> None:
    uid = getattr(report, "case_uid", None)
    if isinstance(uid, str):
        _LATEST[uid] = report


def latest(case_uid: str) -> Any:
    return _LATEST.get(case_uid)


def needs_attention(finding: Finding) -> bool:
    """The one definition of a note that counts: any severity above "info"."""
    return str(finding.severity) != "info"


def attention_count(report: object) -> int | None:
    """The count on the rail item, and the count the 风险提示 page's status
    line gives: the findings that need attention (`needs_attention`)."""
    findings = getattr(report, "findings", None)
    if findings is None:
        return None
    return sum(1 for f in findings if needs_attention(f)) or None


class FindingsModel(QAbstractListModel):
    """One row per finding, most serious first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []
        self.report: FindingsReport | None = None

    def set_report(self, report: FindingsReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = sort_findings(report.findings) if report is not None else []
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        for row, f in enumerate(self._rows):
            if f.key == key:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(f)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{severity_text(f)}: {self.line(f)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(SEVERITY_COLOUR.get(str(f.severity), "#C9CDD3"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return render(f.explanation)
        if role == FindingRole:
            return f
        if role == KeyRole:
            return f.key
        return None

    def line(self, f: Finding) -> str:
        parts = [render(f.title)]
        if f.summary is not None:
            parts.append(render(f.summary))
        amount = money_range(f)
        tail = [amount] if amount else []
        tail.append(confidence_text(f))
        for d in deadlines_of(self.report, f):
            if d.last_day is not None:
                tail.append(words_deadline(d.last_day.isoformat()))
        parts.append(" · ".join(tail))
        return "\n".join(parts)


def words_deadline(day: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Findings", "apply by %1").replace("%1", day)
