"""The arbitration application (劳动人事争议仲裁申请书), the first section of the
filing part: the parties (劳动人事争议仲裁办案规则 art. 29), the requests
(`application_claims`), the facts and reasons drafted from the records in the
third person, 此致 with both eligible places (LDMAL art. 21), signature, date
and attachments.

What an application states counts as the worker's own admission, so the facts
leave out records that hurt the worker (`hurts`): days marked absent (no day
is narrated one by one: only standby runs are), an agreement to a pay cut or
to end the job, a personal-reasons resignation form the worker signed, and an
ending the worker proposed. A missing detail prints a blank to fill by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from caseapp.domain.findings import Basis
from caseapp.domain.model import Incident, Organisation
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import (
    AgreementSubject,
    ArbitrationPlace,
    Arrangement,
    EndGround,
    EvidenceKind,
    IncidentKind,
    PayBasis,
    PaymentKind,
    Proves,
    ResignationReason,
    Response,
)
from caseapp.i18n import text
from caseapp.report.application_claims import Request, client_is_party, requests
from caseapp.report.blocks import fields, gap, para
from caseapp.report.context import Ctx
from caseapp.report.layout import FRAME_W

BLANK = "＿＿＿＿＿＿＿＿"
MASKED = "＊＊＊"
AGREED = (Response.AGREED_ORALLY, Response.AGREED_IN_WRITING)
# kinds where the worker's agreement is an admission against the worker
AGREEMENT_HURTS = frozenset(
    {
        IncidentKind.PAY_CUT_NOTICE,
        IncidentKind.ASKED_TO_RESIGN,
        IncidentKind.RESIGNATION_FORM_PRESENTED,
        IncidentKind.MUTUAL_TERMINATION_OFFER,
        IncidentKind.TRANSFER_NOTICE,
        IncidentKind.FORCED_LEAVE,
        IncidentKind.AGREEMENT_SIGNED,
    }
)
HURTING_SUBJECTS = frozenset(
    {AgreementSubject.PAY, AgreementSubject.TERMINATION, AgreementSubject.SETTLEMENT}
)
WORKER_ENDINGS = frozenset({EndGround.ART36_WORKER_PROPOSED, EndGround.ART37})
# incident kinds drafted with their own sentence (report.app.fact.<kind>)
DRAFTED = frozenset(
    {
        IncidentKind.REMOVED_FROM_PROJECT,
        IncidentKind.ACCESS_REVOKED,
        IncidentKind.STANDBY_NOTICE,
        IncidentKind.RETURNED_TO_AGENCY,
        IncidentKind.WORK_REQUESTED,
        IncidentKind.ASKED_TO_RESIGN,
        IncidentKind.RESIGNATION_FORM_PRESENTED,
        IncidentKind.PAY_CUT_NOTICE,
        IncidentKind.DEMAND_SENT,
        IncidentKind.TERMINATION_NOTICE,
        IncidentKind.INSPECTION_ORDER,
        IncidentKind.WRITTEN_OBJECTION,
        IncidentKind.COMPLAINT_FILED,
        IncidentKind.MEDIATION_APPLIED,
        IncidentKind.COLLEAGUES_STILL_WORKING,
        IncidentKind.HIRING_SAME_ROLE,
        IncidentKind.RESIGNATION_SUBMITTED,  # on LCL 38 grounds only (`hurts`)
        IncidentKind.AGREEMENT_SIGNED,  # on the post or the place only (`hurts`)
    }
)
# kinds the facts do not narrate: this application itself, and a record of no stated kind
NOT_NARRATED = frozenset({IncidentKind.ARBITRATION_FILED, IncidentKind.OTHER})


def hurts(i: Incident) -> bool:
    """An incident the application leaves out: it records the worker's own
    agreement or resignation, which would count as an admission."""
    if i.kind == IncidentKind.RESIGNATION_SUBMITTED:
        return i.reason != ResignationReason.ART38
    if i.kind == IncidentKind.AGREEMENT_SIGNED:
        return i.subject is None or i.subject in HURTING_SUBJECTS
    return i.kind in AGREEMENT_HURTS and i.response in AGREED


# --- words -------------------------------------------------------------------
def day(c: Ctx, d: dt.date | None) -> str:
    if d is None:
        return BLANK
    if c.lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {d:%B} {d.year}"


def yuan(c: Ctx, amount: Decimal) -> str:
    figure = f"{round_fen(amount):,.2f}"
    return f"{figure}元" if c.lang == "zh" else f"CNY {figure}"


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
def _cite(c: Ctx, ids: tuple[str, ...]) -> str:
    labels = c.evidence_refs(ids)
    return c.w.paren(c.w("app.fact.see", items=c.w.join(labels))) if labels else ""


def _actor(c: Ctx, i: Incident, names: dict[str, str]) -> str:
    party = i.actor_party.value if i.actor_party else "employer"
    if party in names:
        return names[party]
    if party == "worker":
        return c.w("app.applicant")
    if party == "client" and c.case.info.client is not None:
        return c.case.info.client.name
    return c.w.label("party", party)


def facts(c: Ctx, names: dict[str, str]) -> list[tuple[dt.date, str]]:
    """(date, sentence) in date order, from the records that do not hurt the worker."""
    w, info = c.w, c.case.info
    employer = names["employer"]
    out: list[tuple[dt.date, str]] = []
    start = info.employment_start or info.contract.start
    hired = w("app.fact.hired", date=day(c, start), employer=employer)
    if info.position:
        hired += w("app.fact.position", position=c.t(info.position))
    out.append((start, hired + w("app.stop")))
    contract = info.contract
    # the contract and the wage rest on the evidence filed to prove them
    papers = tuple(
        e.id
        for e in c.case.evidence
        if e.kind == EvidenceKind.CONTRACT
        or Proves.RELATIONSHIP in e.proves
        or Proves.WAGE_LEVEL in e.proves
    )
    # hourly and piece work (issue 15): the agreed hourly wage, or pay by the piece
    basis = "" if info.pay_basis == PayBasis.MONTHLY else f".{info.pay_basis.value}"
    agreed = info.hourly_wage if info.pay_basis == PayBasis.HOURLY else info.monthly_wage
    wage_text = BLANK if agreed is None else yuan(c, agreed)
    if contract.written:
        term = (
            w("app.fact.term", start=day(c, contract.start), end=day(c, contract.end))
            if contract.end
            else w("app.fact.open_ended")
        )
        out.append(
            (
                contract.signed_on or contract.start,
                w("app.fact.contract" + basis, term=term, wage=wage_text) + w("app.stop"),
            )
        )
    else:
        wage = w("app.fact.wage" + basis, wage=wage_text)
        out.append((start, wage + _cite(c, papers) + w("app.stop")))
    if "client" in names or (info.client is not None and info.arrangement != Arrangement.DIRECT):
        client = names.get("client") or (info.client.name if info.client else BLANK)
        key = (
            "app.fact.dispatched" if info.arrangement == Arrangement.DISPATCH else "app.fact.placed"
        )
        out.append((start, w(key, employer=employer, client=client) + w("app.stop")))
    intro, out = out, []
    for i in sorted(c.case.incidents, key=lambda x: x.date):
        if hurts(i) or i.kind in NOT_NARRATED:
            continue
        actor = employer if i.kind == IncidentKind.DEMAND_SENT else _actor(c, i, names)
        if i.kind in DRAFTED:
            text = w(f"app.fact.{i.kind.value}", date=day(c, i.date), actor=actor)
        else:
            text = w(
                "app.fact.generic",
                date=day(c, i.date),
                what=w.label("incident_kind", i.kind.value),
            )
        if i.kind == IncidentKind.INSPECTION_ORDER and i.amount is not None:
            text += w("app.fact.ordered", amount=yuan(c, i.amount), due=day(c, i.due_by))
        if i.response in (Response.OBJECTED_IN_WRITING, Response.OBJECTED_ORALLY):
            text += w("app.fact.objected")
        out.append((i.date, text + _cite(c, i.evidence) + w("app.stop")))
    standby = sorted(d.date for d in c.case.days if d.status.is_standby)
    if standby:
        ids = tuple(e for d in c.case.days if d.status.is_standby for e in d.evidence)
        out.append(
            (
                standby[0],
                w(
                    "app.fact.standby",
                    start=day(c, standby[0]),
                    end=day(c, standby[-1]),
                    n=len(standby),
                )
                + _cite(c, tuple(dict.fromkeys(ids)))
                + w("app.stop"),
            )
        )
    paid = sorted(
        (p for p in c.case.payments if p.kind == PaymentKind.STANDBY),
        key=lambda p: p.paid_on,
    )
    if paid:
        sums = [p.amount if p.amount is not None else p.net or Decimal(0) for p in paid]
        each = w.join([yuan(c, a) for a in sums])
        ids = tuple(dict.fromkeys(e for p in paid for e in p.evidence))
        sentence = w(
            "app.fact.standby_paid",
            start=day(c, paid[0].period_start),
            end=day(c, paid[-1].period_end),
            employer=employer,
            n=len(paid),
            each=each,
            total=yuan(c, sum(sums, Decimal(0))),
        )
        out.append((paid[0].period_start, sentence + _cite(c, ids) + w("app.stop")))
    ended = info.employment_ended
    if ended is not None and ended.ground not in WORKER_ENDINGS:
        out.append(
            (
                ended.date,
                w("app.fact.ended", date=day(c, ended.date), employer=employer) + w("app.stop"),
            )
        )
    out.sort(key=lambda x: x[0])
    return [(d, text[:1].upper() + text[1:]) for d, text in intro + out]


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
        facts=[sentence for _, sentence in facts(c, names)] + [w("app.fact.closing")],
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
