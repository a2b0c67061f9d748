"""The arbitration application (劳动人事争议仲裁申请书), the first section of the
filing part: the parties (劳动人事争议仲裁办案规则 art. 29), the requests
(`application_claims`), the facts and reasons drafted from the records in the
third person, 此致 with both eligible places (LDMAL art. 21), signature, date
and attachments.

What an application states counts as the worker's own admission, so the facts
leave out records that hurt the worker unless the worker includes them, and
the worker keeps, edits or drops each drafted paragraph (`report.statement`).
A missing detail prints a blank to fill by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from caseapp.domain.findings import Basis
from caseapp.domain.model import Organisation
from caseapp.domain.vocab import ArbitrationPlace
from caseapp.i18n import text
from caseapp.report.application_claims import Request, client_is_party, requests
from caseapp.report.blocks import fields, gap, para
from caseapp.report.context import Ctx
from caseapp.report.layout import FRAME_W
from caseapp.report.statement import BLANK, day, statement, yuan

MASKED = "＊＊＊"


# --- words -------------------------------------------------------------------
def value(text: str | None) -> str:
    return text.strip() if text and text.strip() else BLANK


def respondents(c: Ctx) -> list[tuple[str, Organisation]]:
    info = c.case.info
    out = [("employer", info.employer)]
    if info.client is not None and client_is_party(c.case, c.findings):
        out.append(("client", info.client))
    return out


def respondent_names(c: Ctx) -> dict[str, str]:
    parties = respondents(c)
    if len(parties) == 1:
        return {parties[0][0]: c.w("app.respondent")}
    return {
        code: c.w("app.respondent_n", n=c.w(f"app.ordinal.{n}"))
        for n, (code, _) in enumerate(parties, start=1)
    }


# statute-table ids of guidance (typical cases, courts' answers): cited in the brief, not pleaded
GUIDANCE_MARKS = ("typical_cases", "answers", "_cases")


def basis_short(c: Ctx, basis: tuple[Basis, ...]) -> str:
    """The first two articles of law a request rests on (guidance left to the brief)."""
    laws = [b for b in basis if not any(m in b.law for m in GUIDANCE_MARKS)]
    return c.w.join([c.basis_text(b) for b in (laws or list(basis))[:2]])


# --- the parties ---------------------------------------------------------------
def applicant_rows(c: Ctx) -> list[tuple[str, str]]:
    w, wk, masked = c.w, c.case.info.worker, c.mask_enabled
    gender = w.label("gender", wk.gender.value) if wk.gender else BLANK
    gender = MASKED if masked and wk.gender else gender
    birth = MASKED if masked and wk.birth_date else day(c, wk.birth_date)
    address = MASKED if masked and wk.address else value(wk.address)
    service = MASKED if masked and wk.service_address else value(wk.service_address)
    return [
        (w("app.f.name"), c.masker.text(wk.name)),
        (w("app.f.gender"), gender),
        (w("app.f.birth_date"), birth),
        (w("app.f.id_number"), value(c.masker.id_number(wk.id_number))),
        (w("app.f.address"), address),
        (w("app.f.service_address"), service),
        (w("app.f.phone"), value(c.masker.phone(wk.phone))),
    ]


def respondent_rows(c: Ctx, org: Organisation) -> list[tuple[str, str]]:
    w = c.w
    rep_title = org.representative_title or w("app.f.rep_title_default")
    # a person's name and a phone: masked with --mask (the organisation stays named)
    rep = value(org.legal_representative)
    if org.legal_representative:
        rep = (MASKED if c.mask_enabled else c.t(rep)) + w.paren(rep_title)
    phone = MASKED if c.mask_enabled and org.phone else value(org.phone)
    return [
        (w("app.f.org_name"), org.name),
        (w("app.f.credit_code"), value(org.credit_code)),
        (w("app.f.address"), value(org.address)),
        (w("app.f.service_address"), value(org.service_address or org.address)),
        (w("app.f.representative"), rep),
        (w("app.f.phone"), phone),
    ]


# --- the requests --------------------------------------------------------------
def request_text(c: Ctx, r: Request, names: dict[str, str]) -> str:
    w = c.w
    payer = names.get(r.respondents[0], names["employer"])
    others = [names[x] for x in r.respondents[1:] if x in names]
    period = (
        w("app.req.period", start=day(c, r.period.start), end=day(c, r.period.end))
        if r.period is not None
        else ""
    )
    kind = r.kind if f"report.app.req.{r.kind}" in _keys() else "generic"
    text = w(
        f"app.req.{kind}",
        payer=payer,
        period=period,
        amount=yuan(c, r.amount) if r.amount is not None else BLANK,
        monthly=yuan(c, r.monthly) if r.monthly is not None else BLANK,
        start=day(c, r.period.start) if r.period else BLANK,
        what=claim_name(c, r.rule or r.kind),
    )
    if r.joint and others:
        text += w("app.req.joint", others=w.join(others))
    if r.basis:
        text += w.paren(w("app.req.basis", basis=basis_short(c, r.basis)))
    return text + w("app.stop")


def claim_name(c: Ctx, rule: str) -> str:
    """A claim's short name (`calc.claim.<rule>`), never a finding's title."""
    key = f"calc.claim.{rule}"
    return text(key, c.lang) if key in _keys() else c.w.rule_title(rule)


def _keys() -> frozenset[str]:
    from caseapp.i18n import catalogue

    return frozenset(catalogue())


# --- the facts -----------------------------------------------------------------
def facts(c: Ctx, names: dict[str, str]) -> list[str]:
    """事实与理由 as printed: the drafted paragraphs with the worker's say
    applied (`report.statement`), in date order, the closing paragraph last."""
    return [s.text for s in statement(c, names) if s.text is not None]


# --- 此致 ----------------------------------------------------------------------
def places(c: Ctx) -> list[str]:
    info = c.case.info
    performed = c.city()
    located = (
        c.law.city_name(info.employer.city, c.lang) or info.employer.city
        if info.employer.city
        else BLANK
    )
    arb = info.arbitration
    if arb is not None and arb.commission and arb.place is not None:
        return [arb.commission]
    chosen = arb.place if arb is not None else None
    out = []
    if chosen in (None, ArbitrationPlace.PERFORMANCE):
        out.append(c.w("app.to.performed", place=performed, blank=BLANK))
    if chosen in (None, ArbitrationPlace.EMPLOYER):
        out.append(c.w("app.to.located", place=located, blank=BLANK))
    return out


@dataclass(frozen=True)
class Party:
    title: str  # 申请人 / 被申请人 / 被申请人一
    rows: list[tuple[str, str]]  # (field, value)


@dataclass(frozen=True)
class ApplicationText:
    """The application's words, in order: what the PDF and the Word copy
    (`report.docx`) both lay out, so they never differ."""

    title: str
    parties: list[Party]
    claims_heading: str
    requests: list[str]  # numbered "1. …"
    facts_heading: str
    facts: list[str]  # the last is the closing sentence
    to: str  # 此致
    places: list[str]
    signature: str
    date: str
    attachments: str


def application_text(c: Ctx) -> ApplicationText:
    w = c.w
    names = respondent_names(c)
    parties = [Party(w("app.applicant"), applicant_rows(c))]
    for code, org in respondents(c):
        title = names[code]
        parties.append(Party(title[:1].upper() + title[1:], respondent_rows(c, org)))
    reqs = requests(c.case, c.findings)
    copies = len(respondents(c)) + 1
    return ApplicationText(
        title=w("app.title"),
        parties=parties,
        claims_heading=w("app.claims"),
        requests=[f"{n}. {request_text(c, r, names)}" for n, r in enumerate(reqs, start=1)],
        facts_heading=w("app.facts"),
        facts=facts(c, names),
        to=w("app.to"),
        places=places(c),
        signature=w("app.signature") + w.colon + "_" * 24,
        date=w("app.date") + w.colon + w("app.date_blank"),
        attachments=w("app.attachments", copies=copies, respondents=copies - 1),
    )


def application(c: Ctx) -> list[Flowable]:
    st = c.st
    a = application_text(c)
    out: list[Flowable] = [para(a.title, st.title), gap(6)]
    for party in a.parties:
        out += [para(party.title, st.h2), fields(st, party.rows, [130, FRAME_W - 130])]
    out += [gap(6), para(a.claims_heading, st.h1)]
    out += [para(r, st.body) for r in a.requests]
    out += [gap(6), para(a.facts_heading, st.h1)]
    out += [para(sentence, st.body) for sentence in a.facts]
    right = ParagraphStyle(
        "app-right", parent=st.body, alignment=TA_RIGHT
    )  # the form signs at the right
    closing: list[Flowable] = [gap(10), para(a.to, st.body)]
    closing += [para(p, st.body) for p in a.places]
    closing += [
        gap(14),
        para(a.signature, right),
        gap(10),
        para(a.date, right),
        gap(10),
        para(a.attachments, st.body),
    ]
    out.append(KeepTogether(closing))
    out.append(PageBreak())
    return out
