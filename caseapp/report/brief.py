"""Part 1 — 咨询用案情分析 (consultation brief): cover, one-page summary,
pictures, findings, chronology."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Table,
)

from caseapp import __version__
from caseapp.domain.findings import Deadline, Finding
from caseapp.domain.model import Day, Incident, Payment, SIMonth, Task
from caseapp.domain.vocab import DayStatus, PayBasis, Severity
from caseapp.i18n import param_label
from caseapp.report import calc_block
from caseapp.report.blocks import Cell, boxed, fields, gap, grid, para, rich
from caseapp.report.charts import calendar_legend, calendar_rows, incident_legend, pay_chart
from caseapp.report.chronology import DayRun, Entry
from caseapp.report.context import Ctx
from caseapp.report.figures import per_hour_months, status_counts
from caseapp.report.fonts import FONT, safe
from caseapp.report.lawdata import LEGAL_DUE, MINIMUM_WAGE
from caseapp.report.layout import BLUE, BRIEF_FRAME_H, FRAME_W, ORANGE, VERMILION
from caseapp.report.road_section import road_section
from caseapp.report.words import Words

SUMMARY_FINDINGS = 10  # the summary stays on one page; the rest are in the findings
SUMMARY_STEPS = 4
SUMMARY_H = BRIEF_FRAME_H - 40  # below the summary's title
FINDING_START_H = 150  # pt: title, facts line, summary box and a few lines
HEADING_WITH_TABLE_H = 110  # pt: a heading, two lines and a table's header and first row
SUMMARY_DEADLINES = 3  # dated ones; those not running yet share one row
CHRONO_NO_W = 32
CHRONO_MARKS_W = 130  # marks with a backfill basis need the room
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}
SEVERITY_GLYPH = {"high": "■■■", "medium": "■■□", "low": "■□□", "info": "□□□"}
CHART_FIGURES = (MINIMUM_WAGE, LEGAL_DUE)  # the pay chart's lines from the law data


def ranked(findings: tuple[Finding, ...]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (SEVERITY_ORDER.get(str(f.severity), 9), -(f.amount or Decimal(0)), f.key),
    )


def cover(c: Ctx) -> list[Flowable]:
    w, st, info = c.w, c.st, c.case.info
    out: list[Flowable] = [gap(18), para(w("brief.title"), st.title)]
    out += [para(w("brief.subtitle"), st.centre), gap(14)]
    client = info.client.name if info.client else "—"
    rows: list[tuple[str, str]] = [
        (w("f.worker"), c.masker.text(info.worker.name)),
        (w("f.employer"), info.employer.name),
        (w("f.client"), client),
        (w("f.arrangement"), w.label("arrangement", info.arrangement.value)),
        (w("f.city"), c.city()),
        (w("f.position"), c.t(info.position) or "—"),
        (
            w("f.report_period" if c.period_from else "f.period"),
            w("period", start=w.date(c.period[0]), end=w.date(c.period[1])),
        ),
        (w("f.as_of"), w.date(c.findings.as_of)),
        (w("f.generated_at"), c.local(c.generated_at)),
        (w("f.versions"), w("versions", app=__version__, law=c.findings.law_data_version or "—")),
    ]
    if c.period_from is not None:  # a period shorter than the records: say what findings use
        basis = w("findings_basis", as_of=w.date(c.findings.as_of))
        rows.insert(8, (w("f.findings_basis"), basis))
    owed = headline_row(c)
    if owed is not None:  # how much: the findings' totals, after the as-of date
        rows.insert(rows.index((w("f.as_of"), w.date(c.findings.as_of))) + 1, owed)
    out.append(fields(st, rows, [38 * 3, FRAME_W - 38 * 3]))
    out.append(gap(6))
    out.append(
        fields(st, [(w("f.fingerprint"), para(c.fingerprint, st.mono))], [38 * 3, FRAME_W - 38 * 3])
    )
    out.append(gap(12))
    out.append(
        boxed(
            [para(w("brief.not_advice.title"), st.h3), para(w("brief.not_advice"), st.body)],
            FRAME_W,
            colour=VERMILION,
        )
    )
    out.append(gap(8))
    out.append(
        boxed(
            [
                para(w("integrity.title"), st.h3),
                para(w("integrity.proves"), st.body),
                para(w("integrity.not_proves"), st.body),
                para(w("integrity.fingerprint"), st.small),
            ],
            FRAME_W,
        )
    )
    if c.mask_enabled:
        out += [gap(8), para(w("mask.notice"), st.small)]
    if c.law.unavailable:
        out += [gap(8), para(w("lawgap.unavailable"), st.small)]
    out.append(PageBreak())
    return out


def finding_numbers(c: Ctx, keys: tuple[str, ...]) -> str:
    """The numbers the brief gives these findings (summary and findings in
    detail: `ranked` order), in that order."""
    number = {f.key: n for n, f in enumerate(ranked(c.findings.findings), start=1)}
    return c.w.join([str(n) for n in sorted(number[k] for k in keys if k in number)])


def headline_row(c: Ctx) -> tuple[str, str] | None:
    """The cover's line on how much the claims come to (`totals`), or None
    when the findings document has no totals."""
    w, totals = c.w, c.findings.totals
    if totals is None:
        return None
    if not totals.firm and not totals.arguable:
        return w("headline.cover"), w("headline.none")
    firm_items = finding_numbers(c, totals.firm_keys)
    key = "headline.cover_firm" if firm_items else "headline.cover_firm_plain"
    lines = [w(key, amount=w.money(totals.firm), items=firm_items)]
    if totals.arguable:
        items = finding_numbers(c, totals.arguable_keys)
        key = "headline.cover_arguable" if items else "headline.cover_arguable_plain"
        lines.append(w(key, amount=w.money(totals.arguable), items=items))
    return w("headline.cover"), "\n".join(lines)


def headline(c: Ctx) -> list[Flowable]:
    """How much the claims come to, at the top of the summary: the findings
    document's `totals` as the rules computed them (the amount with a firm
    ground and the amount arguable on top of it), each with the numbers of
    the findings it sums. Nothing is added up here."""
    w, st, totals = c.w, c.st, c.findings.totals
    if totals is None:
        return []
    if not totals.firm and not totals.arguable:
        return [boxed([para(w("headline.none"), st.body)], FRAME_W, colour=BLUE), gap(6)]
    amount_style = ParagraphStyle("headline-amount", parent=st.body, fontSize=13, leading=17)
    lines = [("headline.firm", totals.firm, totals.firm_keys)]
    if totals.arguable:
        lines.append(("headline.arguable", totals.arguable, totals.arguable_keys))
    rows: list[list[Cell]] = []
    for key, amount, keys in lines:
        items = finding_numbers(c, keys)
        rows.append(
            [
                para(w(key), st.body),
                para(w.money(amount), amount_style),
                para(w("headline.items", items=items) if items else "", st.body),
            ]
        )
    table = Table(rows, colWidths=[FRAME_W * 0.5, 110, FRAME_W * 0.5 - 110 - 12])
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    box = [para(w("headline.title"), st.h3), table, para(w("headline.once"), st.small)]
    return [boxed(box, FRAME_W, colour=BLUE), gap(6)]


def summary(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    out: list[Flowable] = [para(w("summary.title"), st.h1), *headline(c)]
    counts, not_logged = status_counts(c.case, *c.period)
    status_rows = [
        [w.label("day_status", s.value), str(counts.get(s, 0))]
        for s in DayStatus
        if counts.get(s, 0)
    ]
    status_rows.append([w("cal.not_logged"), str(not_logged)])
    received = sum((p.received for p in c.pay if p.received is not None), Decimal(0))
    contract = sum((p.contract for p in c.pay if p.received is not None), Decimal(0))
    unknown = sum(1 for p in c.pay if p.received is None)
    with_totals = c.findings.totals is not None  # the headline above says what is owed
    difference = w("headline.difference" if with_totals else "summary.difference")
    pay_rows = [
        [w("summary.contract_due"), w.money(contract)],
        [w("summary.received"), w.money(received)],
        [difference, w.money(contract - received)],
    ]
    by_month = c.case.info.pay_basis == PayBasis.MONTHLY
    if not by_month:  # hourly or piece work: no monthly wage to compare with (issue 15)
        first, last = c.period
        hours = sum(
            (d.hours for d in c.case.days if d.hours and first <= d.date <= last), Decimal(0)
        )
        pay_rows = [[w("summary.received"), w.money(received)], [w("summary.hours"), f"{hours:f}"]]
    recorded = [p for p in c.pay if p.received is not None]
    if by_month and recorded and all(p.due is not None for p in recorded):
        legal = sum((p.due or Decimal(0) for p in recorded), Decimal(0))
        pay_rows.append([w("summary.legal_due"), w.money(legal)])
    if by_month:
        pay_rows.append([w("summary.months_unknown"), str(unknown)])
    half = (FRAME_W - 10) / 2
    left = grid(st, [w("summary.status"), w("summary.days")], status_rows, [half - 50, 50])
    pay_head = w("headline.records" if with_totals else "summary.pay")
    right = grid(st, [pay_head, w("summary.amount")], pay_rows, [half - 90, 90])
    pair = Table([[left, right]], colWidths=[half + 10, half])
    pair.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    out.append(pair)
    if not with_totals and by_month:  # the difference's label says as much under the headline
        out.append(para(w("summary.pay_note"), st.small))
    out.append(gap(6))
    out.append(para(w("summary.findings"), st.h2))
    rows = []
    ordered = ranked(c.findings.findings)
    for n, f in enumerate(ordered[:SUMMARY_FINDINGS], start=1):
        rows.append(
            [
                str(n),
                w.msg(f.title),
                c.amount_range(f),
                w.label("confidence", f.confidence.value),
                SEVERITY_GLYPH.get(str(f.severity), "")
                + " "
                + w.label("severity", f.severity.value),
            ]
        )
    out += grid(
        st,
        [
            "#",
            w("summary.finding"),
            w("summary.amount_range"),
            w("summary.confidence"),
            w("summary.severity"),
        ],
        rows,
        [22, FRAME_W - 22 - 95 - 74 - 66, 95, 74, 66],
    )
    if len(ordered) > SUMMARY_FINDINGS:
        out.append(para(w("summary.more", n=len(ordered) - SUMMARY_FINDINGS), st.small))
    out += deadline_rows(c)
    steps: list[str] = []
    for f in ordered:
        for s in f.next_steps:
            text = w.msg(s)
            if text not in steps:
                steps.append(text)
    if steps:
        out.append(para(w("summary.next_steps"), st.h2))
        out += [para(f"□ {s}", st.body) for s in steps[:SUMMARY_STEPS]]
    # One page, always: a long case shrinks the summary a little rather than
    # pushing its last lines onto a page of their own.
    body = KeepInFrame(FRAME_W, SUMMARY_H, out[1:], mode="shrink")
    return [out[0], body, PageBreak()]


def deadline_rows(c: Ctx) -> list[Flowable]:
    """The summary's deadlines: the nearest dated ones, then those whose clock
    has not started (wage arrears while employment continues), each with how
    it is computed. Never left out: without any, the section says so."""
    w, st = c.w, c.st
    out: list[Flowable] = [para(w("summary.deadlines"), st.h2)]
    dated = sorted(
        (d for d in c.findings.deadlines if d.last_day is not None),
        key=lambda d: (d.last_day, d.claim),
    )
    waiting = sorted(
        (d for d in c.findings.deadlines if d.last_day is None), key=lambda d: (d.from_, d.claim)
    )
    if not dated and not waiting:
        return [*out, para(w("summary.no_deadlines"), st.body)]
    rows = []
    for d in dated[:SUMMARY_DEADLINES]:
        how = w.msg(d.computation)
        if d.last_day is not None and d.last_day < c.findings.as_of:
            how = w("summary.past_last_day") + how
        rows.append([w.rule_title(d.claim), w.date(d.last_day), how])
    # Clocks that have not started share one explanation: one row for all,
    # each claim with the day it was known (the earliest one's computation).
    by_kind: dict[str, list[Deadline]] = {}
    for d in waiting:
        by_kind.setdefault(d.computation.key, []).append(d)
    for group in by_kind.values():
        claims = "\n".join(
            w("summary.known_since", claim=w.rule_title(d.claim), day=w.date(d.from_))
            for d in group
        )
        rows.append([claims, w("summary.not_running"), w.msg(group[0].computation)])
    out += grid(
        st,
        [w("summary.claim"), w("summary.last_day"), w("summary.how")],
        rows,
        [150, 80, FRAME_W - 230],
    )
    left = len(dated) - SUMMARY_DEADLINES
    if left > 0:
        out.append(para(w("summary.more_deadlines", n=left), st.small))
    return out


def pictures(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    out: list[Flowable] = [
        para(w("cal.title"), st.h1),
        calendar_legend(w),
        incident_legend(w),
        gap(4),
    ]
    out += calendar_rows(c.case, w, *c.period)
    # Hourly and piece work (issue 15) are charted per hour, the rest per month.
    per_hour = c.case.info.pay_basis != PayBasis.MONTHLY
    suffix = "_hour" if per_hour else ""
    if per_hour:
        months = per_hour_months(c.case, *c.period, lambda on: _hourly_minimum(c, on))
    else:
        months = c.pay
    out += [
        CondPageBreak(280),
        para(w(f"chart.title{suffix}"), st.h1),
        pay_chart(months, w, per_hour=per_hour),
        para(w(f"chart.note{suffix}"), st.small),
    ]
    if not per_hour:
        out += _chart_gaps(c)
    out.append(PageBreak())
    return out


def _chart_gaps(c: Ctx) -> list[Flowable]:
    """The monthly chart's notes on a floor the law data could not give."""
    w, st = c.w, c.st
    out: list[Flowable] = []
    missing = {g.figure: g.reason for g in c.law.gaps if g.figure in CHART_FIGURES}
    if all(p.floor is None for p in c.pay) and MINIMUM_WAGE not in missing:
        out.append(para(w("chart.no_floor"), st.small))
    for figure in CHART_FIGURES:  # a figure the law data could not give: say which and why
        if figure in missing:
            reason = w(f"lawgap.reason.{missing[figure]}")
            out.append(para(w(f"lawgap.{figure}", reason=reason), st.small))
    return out


def _hourly_minimum(c: Ctx, on: dt.date) -> Decimal | None:
    """The hourly minimum wage where the employer is located (LCL 72), as the
    rule below-hourly-minimum reads it."""
    law = c.law.law
    if law is None:
        return None
    info = c.case.info
    found = law.minimum_wage_hourly(info.employer.city or info.city, on)
    return None if found is None else found.value


def _bullets(c: Ctx, title: str, items: list[str]) -> list[Flowable]:
    if not items:
        return []
    return [para(title, c.st.h3), *(para(f"• {i}", c.st.body) for i in items)]


def finding_block(c: Ctx, n: int, f: Finding) -> list[Flowable]:
    w, st = c.w, c.st
    colour = {Severity.HIGH: VERMILION, Severity.MEDIUM: ORANGE}.get(f.severity)
    glyph = SEVERITY_GLYPH.get(str(f.severity), "")
    head = rich(f"{n}. {safe(w.msg(f.title))}", st.h2)
    facts = [
        f"{glyph} {w.label('severity', f.severity.value)}",
        f"{w('f.confidence')}{w.colon}{w.label('confidence', f.confidence.value)}",
        f"{w('f.amount')}{w.colon}{c.amount_range(f)}",
    ]
    if f.period is not None:
        period = w("period", start=f.period.start, end=f.period.end)
        facts.append(f"{w('f.period_short')}{w.colon}{period}")
    if f.forum is not None:
        facts.append(f"{w('f.forum')}{w.colon}{w.label('forum', f.forum.value)}")
    top: list[Flowable] = [head, para(" · ".join(facts), st.small)]
    if f.summary is not None:
        box_colour = colour if colour is not None else ORANGE
        top.append(boxed([para(w.msg(f.summary), st.body)], FRAME_W, colour=box_colour))
    # a finding does not start in the last lines of a page
    out: list[Flowable] = [CondPageBreak(FINDING_START_H), KeepTogether(top)]
    out += [gap(3), para(w.msg(f.explanation), st.body)]
    if f.basis:
        out += _bullets(c, w("f.basis"), [c.basis_text(b, with_text=True) for b in f.basis])
    if f.calculation is not None:
        calc = f.calculation
        out += [
            CondPageBreak(HEADING_WITH_TABLE_H),  # heading, formula and the table's first rows
            para(w("f.calculation"), st.h3),
            para(calc_block.formula(c, calc), st.user),
        ]
        if calc.inputs:
            out += grid(
                st,
                [w("f.input"), w("f.value")],
                calc_block.input_pairs(c, calc),
                [FRAME_W * 0.45, FRAME_W * 0.55],
            )
        out += calc_block.breakdown(c, calc)
        if calc.parameters:
            out += [
                gap(3),
                *grid(
                    st,
                    [
                        w("f.parameter"),
                        w("f.value"),
                        w("f.effective"),
                        w("f.source"),
                        w("f.confidence"),
                    ],
                    [
                        [
                            param_label(p.name, c.w.lang),
                            p.value,
                            w.date(p.effective_from),
                            para(calc_block.param_source(c, p), st.mono),
                            w.label("confidence", p.confidence.value),
                        ]
                        for p in calc.parameters
                    ],
                    [90, 62, 62, FRAME_W - 90 - 62 - 62 - 72, 72],
                ),
            ]
    if f.alternatives:
        out += [
            CondPageBreak(HEADING_WITH_TABLE_H),
            para(w("f.alternatives"), st.h3),
            *grid(
                st,
                [w("f.reading"), w("f.amount"), w("f.calculation"), w("f.confidence")],
                [
                    [
                        w.msg(a.reading),
                        w.money(a.amount),
                        calc_block.words(c, a.calculation),
                        w.label("confidence", a.confidence.value),
                    ]
                    for a in f.alternatives
                ],
                [FRAME_W * 0.36, 70, FRAME_W * 0.64 - 70 - 62, 62],
            ),
        ]
    if f.refs:
        refs = list(dict.fromkeys(c.ref_text(r) for r in f.refs))
        out += [para(w("f.records"), st.h3), para(w.join(refs), st.body)]
    out += _bullets(c, w("f.strengthen"), [w.msg(m) for m in f.strengthen])
    out += _bullets(c, w("f.counter"), [w.msg(m) for m in f.counter_arguments])
    out += _bullets(c, w("f.next_steps"), [w.msg(m) for m in f.next_steps])
    out.append(gap(10))
    return out


def findings(c: Ctx) -> list[Flowable]:
    out: list[Flowable] = [
        para(c.w("findings.title"), c.st.h1),
        para(c.w("findings.intro"), c.st.small),
        gap(4),
    ]
    for n, f in enumerate(ranked(c.findings.findings), start=1):
        out += finding_block(c, n, f)
    if not c.findings.findings:
        out.append(para(c.w("findings.none"), c.st.body))
    out.append(PageBreak())
    return out


def _entry_text(c: Ctx, e: Entry) -> str:
    w = c.w
    r = e.record
    if isinstance(r, DayRun):
        label = w.label("day_status", r.status.value)
        if r.leave_kind is not None:
            label += w.paren(w.label("leave_kind", r.leave_kind.value))
        day: Day = r.days[0]
        if len(r.days) == 1:
            text = label
            if day.start or day.end:
                text += f" {day.start or ''}–{day.end or ''}"
        else:
            text = w("chrono.run", label=label, n=r.count)
            if r.rest_days:
                text += w("chrono.rest_inside", n=r.rest_days)
        if day.note:
            text += w.colon + c.t(day.note)
        return text
    if isinstance(r, Incident):
        text = w.tag(w.label("incident_kind", r.kind.value)) + c.t(r.summary)
        who = [c.person(r.actor)] if r.actor else []
        if r.channel:
            who.append(w.label("channel", r.channel.value))
        if r.form:
            who.append(w.label("form", r.form.value))
        if who:
            text += w.paren(w.join(who))
        if r.stated_reason:
            text += " " + w("chrono.reason", text=c.t(r.stated_reason))
        if r.offer_amount is not None or r.last_day is not None or r.clauses:
            text += _offer_terms(w, r)
        if r.quote:
            text += "\n" + w("chrono.quote", text=c.t(r.quote))
        return text
    if isinstance(r, Payment):
        text = w(
            "chrono.payment",
            kind=w.label("payment_kind", r.kind.value),
            gross=w.money(r.amount),
            net=w.money(r.net),
            start=r.period_start,
            end=r.period_end,
        )
        if r.payer_name:
            text += " · " + c.t(r.payer_name)
        if r.note:
            text += w.colon + c.t(r.note)
        return text
    if isinstance(r, Task):
        text = w("chrono.task", title=c.t(r.title))
        if r.assigned_by:
            text += w.paren(c.person(r.assigned_by))
        return text
    assert isinstance(r, SIMonth)
    return w("chrono.si", month=w.month(r.month), status=w.label("si_status", r.status.value))


def _marks(c: Ctx, e: Entry) -> str:
    w = c.w
    out: list[str] = []
    if e.marks.late:
        out.append(w("mark.late", n=e.marks.late))
    if e.marks.backfilled:
        basis = w.join([c.t(b) for b in e.marks.bases]) or w("unknown")
        out.append(w("mark.backfill", n=e.marks.backfilled, basis=basis))
    if e.marks.edited:
        out.append(w("mark.edited", n=e.marks.edited))
    # when: the day a late record was written, the day a record was edited
    if e.marks.written_last is not None:
        key = "mark.written_on" if e.marks.late == 1 else "mark.written_last"
        out.append(w(key, date=w.date(e.marks.written_last)))
    if e.marks.edited_last is not None:
        key = "mark.edited_on" if e.marks.edited == 1 else "mark.edited_last"
        out.append(w(key, date=w.date(e.marks.edited_last)))
    refs = c.evidence_refs(e.evidence)
    if refs:
        out.append(w("mark.corroborated", refs=w.join(refs)))
    if e.no in c.earlier:
        out.append(w("mark.outside_period"))
    return "\n".join(out)


def chronology(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    out: list[Flowable] = [
        para(w("chrono.title"), st.h1),
        para(w("chrono.intro"), st.small),
    ]
    if c.period_from is not None:
        start, end = w.date(c.period[0]), w.date(c.period[1])
        out.append(para(w("chrono.period_note", start=start, end=end), st.small))
    out.append(gap(4))
    rows = []
    for e in c.chronology:
        when = w.date(e.start)
        if e.start != e.end:  # one date a line: a date never breaks inside
            when = w("period", start=e.start, end=f"\n{e.end}").replace(" \n", "\n")
        rows.append([str(e.no), when, para(_entry_text(c, e), st.cell), _marks(c, e)])
    out += grid(
        st,
        ["#", w("chrono.date"), w("chrono.record"), w("chrono.marks")],
        rows,
        [CHRONO_NO_W, 66, FRAME_W - CHRONO_NO_W - 66 - CHRONO_MARKS_W, CHRONO_MARKS_W],
    )
    return out


def brief(c: Ctx) -> list[Flowable]:
    return [
        NextPageTemplate("brief"),
        *cover(c),
        *summary(c),
        *pictures(c),
        *findings(c),
        *road_section(c),
        *chronology(c),
    ]


def _offer_terms(w: Words, r: Incident) -> str:
    """An exit offer's keys in the chronology: the sum, the last day, its clauses."""
    parts = []
    if r.offer_amount is not None:
        parts.append(w("chrono.offer_amount", amount=w.money(r.offer_amount)))
    if r.last_day is not None:
        parts.append(w("chrono.offer_last_day", day=r.last_day.isoformat()))
    if r.clauses:
        clauses = w.join([w.label("offer_clause", c.value) for c in r.clauses])
        parts.append(w("chrono.offer_clauses", clauses=clauses))
    return w.paren(w.join(parts))
