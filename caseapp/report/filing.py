"""Part 2 — 提交用材料 (filing pack): parties, claims, calculation method,
evidence list, exhibits, records the employer must produce, integrity
appendix, declaration. Nothing here states confidence or counter-arguments:
the filing pack is handed to the other side. The evidence list and the
request to order the employer's records: `caseapp.report.evidence_sections`."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak

from caseapp.domain.findings import Finding
from caseapp.domain.vocab import Forum
from caseapp.i18n import param_label
from caseapp.report import calc_block
from caseapp.report.application import application  # issue 10 item 1: the first section
from caseapp.report.blocks import boxed, fields, gap, grid, para
from caseapp.report.brief import ranked
from caseapp.report.context import Ctx
from caseapp.report.evidence_sections import employer_held, evidence_list
from caseapp.report.exhibits import Prepared, Slot, exhibit_pages
from caseapp.report.layout import FRAME_W, Anchor
from caseapp.rules.claims import alternatives_of


def claims_of(c: Ctx) -> list[Finding]:
    return [
        f
        for f in ranked(c.findings.findings)
        if f.amount is not None and f.forum in (None, Forum.ARBITRATION)
    ]


def parties(c: Ctx) -> list[Flowable]:
    w, st, info = c.w, c.st, c.case.info
    out: list[Flowable] = [
        para(w("filing.title"), st.title),
        gap(6),
        para(w("parties.title"), st.h1),
    ]
    wk = info.worker
    out += [
        para(w("parties.applicant"), st.h2),
        fields(
            st,
            [
                (w("f.name"), c.masker.text(wk.name)),
                (w("f.id_number"), c.masker.id_number(wk.id_number) or "—"),
                (w("f.phone"), c.masker.phone(wk.phone) or "—"),
                (w("f.position"), c.t(info.position) or "—"),
            ],
            [110, FRAME_W - 110],
        ),
    ]
    orgs = [(w("parties.employer"), info.employer)]
    if info.client is not None:
        orgs.append((w("parties.client"), info.client))
    for title, org in orgs:
        out += [
            para(title, st.h2),
            fields(
                st,
                [
                    (w("f.registered_name"), org.name),
                    (w("f.credit_code"), org.credit_code or "—"),
                    (w("f.address"), org.address or "—"),
                ],
                [110, FRAME_W - 110],
            ),
        ]
    place = c.city()
    out += [
        gap(4),
        fields(
            st,
            [
                (w("f.place"), place),
                (w("f.arrangement"), w.label("arrangement", info.arrangement.value)),
            ],
            [110, FRAME_W - 110],
        ),
    ]
    return out


def claims(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    out: list[Flowable] = [CondPageBreak(160), para(w("claims.title"), st.h1)]
    rows = []
    found = claims_of(c)
    for n, (f, others) in enumerate(zip(found, alternatives_of(found), strict=True), start=1):
        period = w("period", start=f.period.start, end=f.period.end) if f.period else "—"
        title = w("claims.claim", title=w.msg(f.title))
        if others:
            title += w("claims.alternative", items=w.join([str(j + 1) for j in others]))
        respondents = w.join([c.party_name(r) for r in f.respondents]) or c.case.info.employer.name
        final = {True: w("final.likely"), False: w("final.no"), None: w("final.unknown")}[
            f.final_award_eligible
        ]
        rows.append(
            [
                str(n),
                title,
                period,
                w.money(f.amount),
                respondents,
                final,
            ]
        )
    out += grid(
        st,
        [
            "#",
            w("claims.item"),
            w("claims.period"),
            w("claims.amount"),
            w("claims.respondents"),
            w("claims.final"),
        ],
        rows,
        [18, FRAME_W - 18 - 86 - 70 - 95 - 62, 86, 70, 95, 62],
    )
    out.append(para(w("claims.note"), st.small))
    return out


def method(c: Ctx) -> list[Flowable]:
    w, st = c.w, c.st
    heading: list[Flowable] = [para(w("method.title"), st.h1)]
    out: list[Flowable] = [CondPageBreak(160)]
    found = claims_of(c)
    for n, f in enumerate(found, start=1):
        block: list[Flowable] = [*heading, para(f"{n}. {w.msg(f.title)}", st.h3)]
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
        keep = 4 if n == 1 else 3  # the section title stays with the first claim
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
        *parties(c),
        gap(8),
        *claims(c),
        gap(8),
        *method(c),
        *evidence_list(c),
        *exhibits(c, cache, slots, wanted),
        *employer_held(c),
        *integrity(c),
        *declaration(c),
    ]
