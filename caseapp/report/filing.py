"""Part 2 — 提交用材料 (filing pack): the arbitration application (parties,
requests, facts and reasons: `caseapp.report.application`), then how each
request's amount is computed, the evidence list, the exhibits, the records
the respondent is asked to produce, the integrity appendix, the declaration.
Nothing here states confidence or counter-arguments: the filing pack is
handed to the other side. The evidence list and the
request to order the employer's records: `caseapp.report.evidence_sections`."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak

from caseapp.domain.findings import Finding
from caseapp.i18n import param_label, text
from caseapp.report import calc_block
from caseapp.report.application import application
from caseapp.report.application_claims import requests
from caseapp.report.blocks import boxed, fields, gap, grid, para
from caseapp.report.context import Ctx
from caseapp.report.evidence_sections import employer_held, evidence_list
from caseapp.report.exhibits import Prepared, Slot, exhibit_pages
from caseapp.report.layout import FRAME_W, Anchor


def pleaded(c: Ctx) -> list[tuple[int, Finding]]:
    """The findings the application pleads, with the number of their request
    (仲裁请求第 n 项): the calculation section follows the requests' order."""
    by_key = {f.key: f for f in c.findings.findings}
    return [
        (n, by_key[r.finding])
        for n, r in enumerate(requests(c.case, c.findings), start=1)
        if r.finding is not None and r.finding in by_key
    ]


def method(c: Ctx) -> list[Flowable]:
    """一、计算方法: how the amount of each pleaded request is computed, under
    the request's own number; the analysis and the other readings stay in the
    brief."""
    w, st = c.w, c.st
    heading: list[Flowable] = [para(w("method.title"), st.h1)]
    out: list[Flowable] = [CondPageBreak(160)]
    found = pleaded(c)
    for i, (n, f) in enumerate(found):
        block: list[Flowable] = [*heading, para(w("method.request", n=n), st.h3)]
        heading = []
        if f.calculation is not None:
            formula = calc_block.formula(c, f.calculation)
            block.append(para(w("method.formula", formula=formula), st.user))
            inputs = calc_block.input_pairs(c, f.calculation)
            inputs += [
                [
                    param_label(p.name, w.lang),
                    str(p.value) + w.paren(calc_block.param_source(c, p)),
                ]
                for p in f.calculation.parameters
            ]
            if inputs:
                block += grid(
                    st, [w("f.input"), w("f.value")], inputs, [FRAME_W * 0.4, FRAME_W * 0.6]
                )
            block += calc_block.breakdown(c, f.calculation)
        block.append(para(w("method.result", amount=w.money(f.amount)), st.body))
        if f.basis:
            block.append(
                para(w("method.basis", basis=w.join([c.basis_text(b) for b in f.basis])), st.small)
            )
        keep = 4 if i == 0 else 3  # the section title stays with the first request
        out += [KeepTogether(block[:keep]), *block[keep:], gap(6)]
    out += heading
    if not found:
        out.append(para(w("claims.none"), st.body))
    return out


EXHIBITS_LEAD_H = 60.0  # pt: the exhibits' section title and intro


def exhibits(
    c: Ctx,
    cache: dict[str, Prepared],
    slots: dict[str, tuple[float, ...]],
    wanted: list[Slot],
) -> list[Flowable]:
    all_ex = c.evidence.exhibits()
    if not all_ex:
        return []
    # each exhibit starts a page; the section title heads the first one
    lead: list[Flowable] = [
        para(c.w("exhibits.title"), c.st.h1),
        para(c.w("exhibits.intro"), c.st.small),
        gap(6),
    ]
    out: list[Flowable] = []
    for n, ex in enumerate(all_ex):
        first = n == 0
        out += exhibit_pages(
            c,
            ex,
            cache,
            slots,
            wanted,
            lead=lead if first else None,
            lead_h=EXHIBITS_LEAD_H * first,
        )
    return out


def integrity(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    out: list[Flowable] = [PageBreak(), para(w("appendix.title"), st.h1)]
    if c.journal_head is not None:
        entries, head = c.journal_head
        rows = [(w("appendix.entries"), str(entries)), (w("appendix.head"), para(head, st.mono))]
    else:
        rows = [(w("appendix.entries"), w("appendix.no_journal"))]
    rows.append((w("f.fingerprint"), para(c.fingerprint, st.mono)))
    out += [fields(st, rows, [120, FRAME_W - 120]), gap(6), para(w("appendix.howto"), st.body)]
    for key in ("linux", "windows", "mac"):
        out.append(para(w(f"appendix.cmd.{key}"), st.user))
    out += anchor_table(c)
    out += [
        gap(4),
        para(w("appendix.exhibits"), st.body),
        gap(6),
        boxed(
            [
                para(w("integrity.title"), st.h3),
                para(w("integrity.proves"), st.body),
                para(w("integrity.not_proves"), st.body),
            ],
            FRAME_W,
        ),
    ]
    return out


def anchor_table(c: Ctx) -> list[Flowable]:
    """The fingerprints the worker sent outside the app (journal `anchor`
    entries), each with whether it matches the journal this report is built
    from, and what that proves. Nothing when none was sent."""
    if not c.anchors:
        return []
    w, st = c.w, c.st
    out: list[Flowable] = [gap(6), para(w("anchors.title"), st.h3)]
    for check in c.anchors:
        verdict = w("anchors.matches") if check.matches else w("anchors.differs")
        rows = [
            (w("anchors.col.at"), check.when),
            (w("anchors.col.channel"), text(f"anchor.channel.{check.channel or 'other'}", c.lang)),
            (w("anchors.col.entries"), f"{check.head_seq} · {verdict}"),
            (w("anchors.col.head"), para(check.head, st.mono)),
        ]
        out += [fields(st, rows, [120, FRAME_W - 120]), gap(3)]
    out.append(para(w("anchors.meaning"), st.body))
    return out


def declaration(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    lines = [para(w("decl.title"), st.h1), para(w("decl.text"), st.body), gap(30)]
    for key in ("decl.signature", "decl.name", "decl.place_date"):
        lines += [para(w(key) + w.colon + "_" * 32, st.body), gap(18)]
    return [PageBreak(), KeepTogether(lines)]


def filing(
    c: Ctx,
    cache: dict[str, Prepared],
    slots: dict[str, tuple[float, ...]],
    wanted: list[Slot],
    *,
    after_brief: bool,
) -> list[Flowable]:
    assert c.info is not None
    start: list[Flowable] = [NextPageTemplate("filing"), PageBreak()] if after_brief else []
    return [
        *start,
        Anchor(c.info, "part:filing"),
        *application(c),  # the arbitration application (caseapp/report/application.py)
        gap(8),
        *method(c),
        *evidence_list(c),
        *exhibits(c, cache, slots, wanted),
        *employer_held(c),
        *integrity(c),
        *declaration(c),
    ]
