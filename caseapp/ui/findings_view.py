"""风险提示 Findings: what each finding means in one sentence, the amount as a
range with how sure it is, the basis and the deadline; the selected one in
full (explanation, calculation, next steps, counter-arguments, what would
strengthen it, the records it concerns); and a 下一步 checklist gathered
from every finding, ticked state kept per case.

The findings are computed by the bridge on its rules thread (debounced after
every change, stale results dropped); this view only shows what arrives.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n
from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.money import fmt_money
from caseapp.rules import calc_text
from caseapp.rules.source_text import printed_source
from caseapp.ui import lawdata, words
from caseapp.ui.checklist_store import ChecklistStore
from caseapp.ui.findings_model import (
    FindingRole,
    FindingsModel,
    attention_count,
    basis_text,
    confidence_text,
    deadlines_of,
    latest,
    money_range,
    out,
    render,
    severity_text,
)
from caseapp.ui.reflabels import ref_label
from caseapp.ui.session import CaseSession
from caseapp.ui.widgets import label

NEXT_LIST = "next_steps"


def totals_text(report: FindingsReport, lang: i18n.Lang) -> str:
    """The findings document's headline (`totals`, computed once by the rules):
    the amount on a firm ground and the amount arguable on top of it, the same
    money counted once — in the words `caseapp check` prints first."""
    totals = report.totals
    if totals is None:
        return ""
    if not totals.firm and not totals.arguable:
        return i18n.text("rules.out.totals.none", lang)
    lines = [
        i18n.text("rules.out.totals.title", lang),
        i18n.text("rules.out.totals.firm_none", lang, amount=fmt_money(totals.firm)),
    ]
    if totals.arguable:
        amount = fmt_money(totals.arguable)
        lines.append(i18n.text("rules.out.totals.arguable_none", lang, amount=amount))
    lines.append(i18n.text("rules.out.totals.once", lang))
    return "\n".join(lines)


class FindingsView(QWidget):
    highlightRequested = Signal(object)  # tuple[str, ...] of record refs

    def __init__(self, session: CaseSession, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.store = ChecklistStore(data_dir)
        self.report: FindingsReport | None = None
        self._law: Any = None  # statute ids are shown until the law data is loaded

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.addWidget(label(self.tr("Risk notes"), "title"))
        self.status = label(self.tr("Working out what your records mean…"), "hint")
        outer.addWidget(self.status)
        self.totals = label("", "subtitle")  # the headline: what the claims come to
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("What the claims come to"))
        self.totals.setVisible(False)
        outer.addWidget(self.totals)
        outer.addWidget(
            label(
                self.tr(
                    "These are estimates from your own records, compared with the law; not a "
                    "verdict. Before any step you cannot take back — signing, resigning, "
                    "applying — talk to a lawyer or legal aid (12348) first."
                ),
                "hint",
            )
        )

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = FindingsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(4)
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.selectionModel().selectionChanged.connect(self._selected)
        left_layout.addWidget(self.list, 3)
        left_layout.addWidget(label(self.tr("Next steps"), "subtitle"))
        self.next_list = QListWidget()
        self.next_list.setAccessibleName(self.tr("Next steps checklist"))
        self.next_list.setWordWrap(True)
        self.next_list.itemChanged.connect(self._ticked)
        left_layout.addWidget(self.next_list, 2)
        split.addWidget(left)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Finding in full"))
        split.addWidget(self.detail)
        split.setSizes([420, 520])
        outer.addWidget(split, 1)

        row = QHBoxLayout()
        self.empty = label("", "hint")
        row.addWidget(self.empty, 1)
        outer.addLayout(row)

        session.bridge.findingsReady.connect(self.set_report)
        session.caseChanged.connect(self._case_changed)
        lawdata.when_loaded(self._law_ready)
        if session.case is not None:  # built on first use: show the newest report, ask anew
            known = latest(session.case.info.uid)
            if known is not None:
                self.set_report(known)
            session.bridge.request_rules(session.case)

    # --- data ------------------------------------------------------------------
    def law(self) -> Any:
        return self._law

    def _law_ready(self, law: Any) -> None:
        if not shiboken6.isValid(self):  # the view was closed before the law data loaded
            return
        self._law = law
        if self.current() is not None:
            self._selected(QItemSelection(), QItemSelection())

    def _case_changed(self, _case: object) -> None:
        self.status.setText(self.tr("Working out what your records mean…"))

    def set_report(self, report: FindingsReport | None) -> None:
        selected = self.current()
        self.report = report
        self.model.set_report(report)
        if report is None:
            return
        count = len(report.findings)
        headline = totals_text(report, words.lang())
        self.totals.setText(headline)
        self.totals.setVisible(bool(headline))
        attention = attention_count(report) or 0  # the rail's badge: the same count
        status = (
            self.tr("Checked against your records up to %1: %2 notes need your attention.")
            .replace("%1", report.as_of.isoformat())
            .replace("%2", str(attention))
        )
        if count > attention:
            status += " " + self.tr("%1 more for information.").replace(
                "%1", str(count - attention)
            )
        self.status.setText(status)
        self.empty.setText(
            ""
            if count
            else self.tr(
                "Nothing stands out so far. Keep logging each day: the notes update by themselves."
            )
        )
        row = self.model.row_of(selected.key) if selected is not None else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.detail.clear()
        self._fill_next_steps()

    def current(self) -> Finding | None:
        index = self.list.currentIndex()
        return index.data(FindingRole) if index.isValid() else None

    def current_refs(self) -> tuple[str, ...]:
        f = self.current()
        return tuple(f.refs) if f is not None else ()

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        f = self.current()
        if f is None:
            self.detail.clear()
            return
        self.detail.setHtml(self.detail_html(f))
        self.highlightRequested.emit(tuple(f.refs))

    # --- next steps --------------------------------------------------------------
    def _fill_next_steps(self) -> None:
        self.next_list.blockSignals(True)
        self.next_list.clear()
        case_id = self.session.case_id or ""
        ticked = self.store.checked(case_id, NEXT_LIST)
        seen: set[str] = set()
        for f in self.model._rows:
            for msg in f.next_steps:
                key, shown = msg.key, render(msg)
                if key in seen or shown in seen:
                    continue
                seen.update((key, shown))
                item = QListWidgetItem(shown)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked
                )
                self.next_list.addItem(item)
        self.next_list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        if self.session.case_id is None:
            return
        on = item.checkState() == Qt.CheckState.Checked
        self.store.set(self.session.case_id, NEXT_LIST, item.data(Qt.ItemDataRole.UserRole), on)

    def next_step_texts(self) -> list[str]:
        return [self.next_list.item(i).text() for i in range(self.next_list.count())]

    # --- the detail ----------------------------------------------------------------
    def detail_html(self, f: Finding) -> str:
        e = html.escape
        important, estimated = self.tr("How important"), self.tr("Estimated amount")
        sure, basis, deadline = self.tr("How sure"), self.tr("Basis"), self.tr("Deadline")
        calculated, rests_on = self.tr("How it is calculated"), self.tr("Your records it rests on")
        parts = [f"<h2>{e(render(f.title))}</h2>"]
        if f.summary is not None:
            parts.append(f"<p><b>{e(render(f.summary))}</b></p>")
        parts.append(f"<p>{e(render(f.explanation))}</p>")
        facts = [f"{e(important)}: {e(severity_text(f))}"]
        amount = money_range(f)
        if amount:
            facts.append(f"{e(estimated)}: {e(amount)}")
        facts.append(f"{e(sure)}: {e(confidence_text(f))}")
        if f.period is not None:
            facts.append(
                e(out("period", start=f.period.start.isoformat(), end=f.period.end.isoformat()))
            )
        if f.basis:
            facts.append(f"{e(basis)}: " + e("; ".join(basis_text(b, self.law()) for b in f.basis)))
        for d in deadlines_of(self.report, f):
            facts.append(f"{e(deadline)}: {e(render(d.computation))}")
        parts.append("<p>" + "<br>".join(facts) + "</p>")
        for alt in f.alternatives:
            money = f" ¥{alt.amount}" if alt.amount is not None else ""
            parts.append(f"<p><i>{e(render(alt.reading))}{e(money)}</i></p>")
        if f.calculation is not None:
            lang, case = words.lang(), self.session.case

            def refs(ref: str) -> str:
                return ref_label(case, ref)

            rows = [f"<b>{e(calculated)}</b>", e(calc_text.formula_text(f.calculation, lang))]
            rows += [f"{e(k)}: {e(v)}" for k, v in calc_text.input_rows(f.calculation, lang, refs)]
            for p in f.calculation.parameters:
                since = p.effective_from.isoformat() if p.effective_from else "?"
                rows.append(
                    e(f"{i18n.param_label(p.name, words.lang())} = {p.value} ({since})")
                    + "<br><span style='color:#5F6368; font-size:12px'>"
                    + f"{e(printed_source(p.source, p.confidence, lang))}</span>"
                )
            parts.append("<p>" + "<br>".join(rows) + "</p>")
            table = calc_text.table_text(f.calculation.table, lang, refs)
            if table is not None:
                cell = "<td style='padding:1px 6px'>{}</td>"
                parts.append("<table style='border-collapse:collapse'>")
                parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in table.header) + "</tr>")
                parts += [
                    "<tr>" + "".join(cell.format(e(v)) for v in row) + "</tr>" for row in table.rows
                ]
                parts.append("</table>")
        for title, items in (
            (self.tr("What to do next"), f.next_steps),
            (self.tr("What the company may say"), f.counter_arguments),
            (self.tr("What would make it stronger"), f.strengthen),
        ):
            if items:
                parts.append(f"<h3>{e(title)}</h3><ul>")
                parts += [f"<li>{e(render(m))}</li>" for m in items]
                parts.append("</ul>")
        if f.refs:
            parts.append(f"<h3>{e(rests_on)}</h3><ul>")
            shown = f.refs[:30]
            parts += [f"<li>{e(ref_label(self.session.case, r))}</li>" for r in shown]
            if len(f.refs) > len(shown):
                more = self.tr("… and %1 more").replace("%1", str(len(f.refs) - len(shown)))
                parts.append(f"<li>{e(more)}</li>")
            parts.append("</ul>")
        parts.append(
            "<p style='color:#5F6368'>"
            + e(
                self.tr(
                    "Talk to a lawyer or legal aid (12348) before you sign, resign or apply. "
                    "Labour arbitration is free."
                )
            )
            + "</p>"
        )
        return "".join(parts)
