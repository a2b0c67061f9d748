"""The filing pack's sections on evidence: the evidence list by purpose and
the request to order the records the employer holds (申请责令被申请人提供证据).

Both speak to the tribunal in the third person (申请人 / 被申请人); the
advice to the worker about these records stays in the brief's findings.

The evidence list (docs/report.md, "The evidence list"):

* one table per group (what the items prove, `evidence_list.group_of`);
* 证明对象及内容: the worker's own `purpose` when written, then what the
  linked records show, in words (an incident's date and summary, a
  payment's period and amounts, a run of days with its status, …; at most
  `MAX_LINKED` lines) — never a hash;
* 证据来源: how and when the worker obtained the item (`source`,
  `source_app`, `witness`, `obtained_on`) and the date the item itself bears
  (`created_on`); a file's import time is never shown as the item's date;
* 页码: the exhibit pages, or, for an item without a file, where the item is
  by `original_status` (原件在申请人处 / 复印件在申请人处 / 申请责令被申请人提供
  / 待补充) — never a page number;
* the files' SHA-256 in a table of their own after the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak

from caseapp.domain.model import Day, Evidence, Incident, Payment, Record, SIMonth, Task
from caseapp.domain.vocab import ControlBy, DayStatus, EvidenceKind, OriginalStatus
from caseapp.report.blocks import Cell, gap, grid, para
from caseapp.report.context import Ctx
from caseapp.report.evidence_list import ListedItem
from caseapp.report.layout import FRAME_W, PageRefs

EMPLOYER_HELD_RULE = "employer-held-evidence"
MAX_LINKED = 4  # lines of linked records in one 证明对象 cell
HASH_W = 300.0  # pt: a SHA-256 on one line in the mono style


# --- words ---------------------------------------------------------------------


def long_date(c: Ctx, day: dt.date) -> str:
    """ "2025年6月3日" in Chinese, ISO in English."""
    return c.w("evday", y=day.year, m=day.month, d=day.day, iso=day.isoformat())


def month_text(c: Ctx, day: dt.date) -> str:
    return c.w("evmonth", y=day.year, m=day.month, iso=day.strftime("%Y-%m"))


def _whole_month(start: dt.date, end: dt.date) -> bool:
    following = (end + dt.timedelta(days=1)).month != end.month
    return start.day == 1 and (start.year, start.month) == (end.year, end.month) and following


def _day_runs(days: list[Day]) -> list[tuple[Day, Day, int]]:
    """Days of one status in a row (calendar days apart by one) as runs."""
    runs: list[tuple[Day, Day, int]] = []
    for day in days:
        if runs:
            first, last, n = runs[-1]
            if last.status == day.status and (day.date - last.date).days == 1:
                runs[-1] = (first, day, n + 1)
                continue
        runs.append((day, day, 1))
    return runs


def record_text(c: Ctx, record: Record) -> str:
    """A linked record in words, for the 证明对象 column."""
    w = c.w
    if isinstance(record, Incident):
        summary = c.t(record.summary).strip().rstrip("。.")
        return w("evrec.incident", date=long_date(c, record.date), summary=summary)
    if isinstance(record, Payment):
        if _whole_month(record.period_start, record.period_end):
            period = month_text(c, record.period_start)
        else:
            start, end = long_date(c, record.period_start), long_date(c, record.period_end)
            period = w("evrec.period", start=start, end=end)
        amounts = []
        if record.amount is not None:
            amounts.append(w("evrec.gross", amount=w.money(record.amount)))
        if record.net is not None:
            amounts.append(w("evrec.net", amount=w.money(record.net)))
        amounts.append(w("evrec.paid_on", date=long_date(c, record.paid_on)))
        kind = w.label("payment_kind", record.kind.value)
        return w("evrec.payment", period=period, kind=kind, amounts=w.join(amounts))
    if isinstance(record, Task):
        name = c.person(record.assigned_by) if record.assigned_by else ""
        who = w("evrec.task_by", name=name) if name else ""
        return w(
            "evrec.task", date=long_date(c, record.assigned_on), who=who, title=c.t(record.title)
        )
    if isinstance(record, SIMonth):
        status = w.label("si_status", record.status.value)
        return w("evrec.si", month=month_text(c, record.month), status=status)
    raise TypeError(type(record).__name__)


def linked_lines(c: Ctx, linked: Sequence[Record]) -> list[str]:
    """What the linked records show, one line each (days in runs). A day
    marked absent is left out: the list does not put it forward."""
    lines: list[str] = []
    days = [r for r in linked if isinstance(r, Day) and r.status != DayStatus.ABSENT]
    for first, last, n in _day_runs(days):
        status = c.w.label("day_status", first.status.value)
        if n == 1:
            lines.append(c.w("evrec.day", date=long_date(c, first.date), status=status))
        else:
            start, end = long_date(c, first.date), long_date(c, last.date)
            lines.append(c.w("evrec.days", start=start, end=end, status=status, n=n))
    lines += [record_text(c, r) for r in linked if not isinstance(r, Day)]
    return lines


def object_lines(c: Ctx, item: ListedItem) -> list[str]:
    """证明对象及内容: the worker's purpose, then the linked records in words."""
    w, e = c.w, item.evidence
    out: list[str] = []
    if e.purpose:
        out.append(c.t(e.purpose))
    lines = linked_lines(c, item.linked)
    shown = lines[:MAX_LINKED]
    if len(lines) > MAX_LINKED:
        shown.append(w("evrec.more", n=len(lines) - MAX_LINKED))
    out += ["· " + line for line in shown]
    if not out:
        codes = [p.value for p in e.proves] or [item.group.value]
        what = w.join([w(f"evgroup.{code}") for code in codes])
        out.append(w("evlist.object_default", what=what))
    return out


def object_cell(c: Ctx, item: ListedItem) -> list[Flowable]:
    return [para(line, c.st.cell) for line in object_lines(c, item)]


def source_text(c: Ctx, e: Evidence) -> str:
    """证据来源: how and when the worker obtained it, and the date it bears."""
    w = c.w
    lines = [c.t(e.source) if e.source else "", c.t(e.source_app) if e.source_app else ""]
    if e.witness:
        lines.append(w("evlist.witness", name=c.t(e.witness)))
    if e.obtained_on is not None:
        lines.append(w("evlist.obtained", date=w.date(e.obtained_on)))
    if e.created_on is not None:
        lines.append(w("evlist.formed", date=w.date(e.created_on)))
    return "\n".join(line for line in lines if line) or "—"


def pages_cell(c: Ctx, item: ListedItem, width: float) -> Cell:
    """The exhibits' pages; an item without a file says where it is instead."""
    if item.exhibits:
        assert c.info is not None
        return PageRefs(c.info, tuple(x.label for x in item.exhibits), width - 6)
    return c.w(f"evlist.nofile.{item.evidence.original_status.value}")


# --- the evidence list ---------------------------------------------------------------


def evlist_widths(lang: str) -> list[float]:
    """Column widths of the evidence list (English words need a wider type column)."""
    # the source column holds "形成于 2025-03-14" / "made 2025-03-14" on one line;
    # the last column holds page numbers or, for an item without a file, a few words
    fixed = [30, 76, 48, 92, 42] if lang == "zh" else [28, 68, 68, 84, 52]
    last = 46 if lang == "zh" else 52
    return [*fixed, FRAME_W - sum(fixed) - last, last]


def _kind(c: Ctx, e: Evidence) -> str:
    if e.legal_type:
        return c.w.label("legal_type", e.legal_type.value)
    return c.w.label("evidence_kind", e.kind.value)


@dataclass(frozen=True)
class EvidenceRow:
    """One row of the evidence list, in words (the PDF and the Word copy)."""

    item: ListedItem
    label: str  # 编号
    name: str  # 证据名称
    kind: str
    source: str  # lines joined by "\n"
    original: str
    objects: list[str]  # 证明对象及内容, one line each
    nofile: str  # 页码 of an item without a file: where it is ("" when it has files)


@dataclass(frozen=True)
class EvidenceListText:
    title: str
    intro: str
    header: list[str]
    groups: list[tuple[str, list[EvidenceRow]]]  # (group heading, rows)
    none: str  # printed when there are no groups
    sign: str


def evidence_list_text(c: Ctx) -> EvidenceListText:
    w = c.w
    header = [
        w("evlist.no"),
        w("evlist.name"),
        w("evlist.kind"),
        w("evlist.source"),
        w("evlist.original"),
        w("evlist.object"),
        w("evlist.pages"),
    ]
    groups = [
        (
            w("evlist.group", name=w(f"evgroup.{proves.value}")),
            [
                EvidenceRow(
                    item=item,
                    label=item.label,
                    name=c.t(item.evidence.title),
                    kind=_kind(c, item.evidence),
                    source=source_text(c, item.evidence),
                    original=w(f"evlist.original.{item.evidence.original_status.value}"),
                    objects=object_lines(c, item),
                    nofile=""
                    if item.exhibits
                    else w(f"evlist.nofile.{item.evidence.original_status.value}"),
                )
                for item in items
            ],
        )
        for proves, items in c.evidence.groups
    ]
    return EvidenceListText(
        title=w("evlist.title"),
        intro=w("evlist.intro_purpose"),
        header=header,
        groups=groups,
        none=w("evlist.none"),
        sign=w("evlist.sign"),
    )


def evidence_list(c: Ctx) -> list[Flowable]:
    st = c.st
    ev = evidence_list_text(c)
    out: list[Flowable] = [PageBreak(), para(ev.title, st.h1), para(ev.intro, st.small), gap(4)]
    widths = evlist_widths(c.lang)
    for heading, listed in ev.groups:
        out.append(para(heading, st.h2))
        rows: list[list[Cell]] = [
            [
                r.label,
                r.name,
                r.kind,
                r.source,
                r.original,
                [para(line, st.cell) for line in r.objects],
                pages_cell(c, r.item, widths[-1]),
            ]
            for r in listed
        ]
        # a row taller than a page (a very long title or purpose) is split inside its
        # cells; otherwise rows stay whole
        out += grid(st, ev.header, rows, widths)
    if not ev.groups:
        out.append(para(ev.none, st.body))
    out += [gap(10), para(ev.sign, st.body)]
    out += hash_table(c)
    return out


def hash_table(c: Ctx) -> list[Flowable]:
    """Every exhibit file's SHA-256, one line each, on a page after the list."""
    w, st = c.w, c.st
    exhibits = c.evidence.exhibits()
    if not exhibits:
        return []
    rows = [
        [x.label, c.t(x.file.original_name or x.file.path), para(x.file.sha256, st.mono)]
        for x in exhibits
    ]
    no_w = 44.0
    return [
        PageBreak(),  # an annex of its own: the list's columns stay on the list's pages
        para(w("evlist.hashes.title"), st.h2),
        para(w("evlist.hashes.intro"), st.small),
        gap(4),
        *grid(
            st,
            [w("evlist.hashes.no"), w("evlist.hashes.file"), w("evlist.hashes.sha256")],
            rows,
            [no_w, FRAME_W - no_w - HASH_W, HASH_W],
        ),
    ]


# --- the request to order the records the employer holds --------------------------------


def _holder(c: Ctx, by: ControlBy | None) -> str:
    """Who keeps a kind of record: the client when the case says it keeps
    it, otherwise the employer (the agency in dispatch is the employer)."""
    info = c.case.info
    if by == ControlBy.CLIENT and info.client is not None:
        role = c.w.label("party", "client")
        return c.w("produce.holder_role", name=info.client.name, role=role)
    role = c.w.label("party", "employer")
    return c.w("produce.holder_role", name=info.employer.name, role=role)


def _variant(key: str) -> str:
    """'attendance' of the rule's message key rules.employer-held-evidence.attendance.title."""
    parts = key.split(".")
    return parts[2] if len(parts) > 3 else ""


def production_rows(c: Ctx) -> list[list[Cell]]:
    """The records to ask for: those the rules name (attendance, payroll:
    `employer-held-evidence`), the contract when the worker holds no copy,
    and every evidence item whose original the employer holds."""
    w, info = c.w, c.case.info
    rows: list[list[Cell]] = []
    overtime = any("overtime" in f.rule and f.amount for f in c.findings.findings)
    for f in c.findings.findings:
        if f.rule != EMPLOYER_HELD_RULE:
            continue
        variant = _variant(f.title.key)
        if variant not in ("attendance", "payroll"):
            continue
        period = (
            w("period", start=w.date(f.period.start), end=w.date(f.period.end)) if f.period else "—"
        )
        control = info.control
        by = None
        if control is not None:
            by = control.attendance_by if variant == "attendance" else control.pay_by
        reason = w(f"produce.{variant}.reason")
        if variant == "attendance" and overtime:
            reason += w("produce.attendance.overtime")
        rows.append(
            [
                w(f"produce.{variant}.item", period=period),
                _holder(c, by),
                w(f"produce.{variant}.fact"),
                reason,
            ]
        )
    held = [
        item
        for item in c.evidence.items()
        if item.evidence.original_status == OriginalStatus.HELD_BY_EMPLOYER
    ]
    contract_held = any(item.evidence.kind == EvidenceKind.CONTRACT for item in held)
    if (
        info.contract.copy_held is False
        and info.contract.written is not False
        and not contract_held
    ):
        rows.append(
            [
                w("produce.contract.item", start=w.date(info.contract.start)),
                _holder(c, None),
                w("produce.contract.fact"),
                w("produce.contract.reason"),
            ]
        )
    for item in held:
        e = item.evidence
        if e.created_on is not None:
            name = w(
                "produce.held.item_dated",
                title=c.t(e.title),
                label=item.label,
                date=w.date(e.created_on),
            )
        else:
            name = w("produce.held.item", title=c.t(e.title), label=item.label)
        what = c.t(e.purpose) if e.purpose else w(f"evgroup.{item.group.value}")
        rows.append(
            [name, _holder(c, None), w("produce.held.fact", what=what), w("produce.held.reason")]
        )
    return rows


def employer_held(c: Ctx) -> list[Flowable]:
    """申请责令被申请人提供证据: each record, who holds it, what it proves and
    why the employer must keep or produce it. Third person only."""
    w, st = c.w, c.st
    out: list[Flowable] = [PageBreak(), para(w("held.title"), st.h1)]
    rows = production_rows(c)
    if not rows:
        return [*out, para(w("produce.none"), st.body)]
    out += [para(w("produce.intro"), st.body), gap(4)]
    numbered = [[str(n), *row] for n, row in enumerate(rows, start=1)]
    widths = [28, 126, 86, 100]
    out += grid(
        st,
        [
            w("produce.no"),
            w("produce.item"),
            w("produce.holder"),
            w("produce.fact"),
            w("produce.reason"),
        ],
        numbered,
        [*widths, FRAME_W - sum(widths)],
    )
    out += [gap(14), para(w("produce.sign"), st.body)]
    return out
