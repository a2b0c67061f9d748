"""The labour-inspection complaint (投诉书) for unpaid wages, filled from the
case and the findings, and the `complaint_filed` incident it is logged as
when the worker says it was handed in (the words live in
resources/i18n/road.toml). The complaint names the wage claims the findings
price (`road.WAGE_RULES` less the route rule itself); the incident asserts
them, so their limitation periods restart (Mediation and Arbitration Law
art. 27; `calc_deadline.RESTARTERS`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp import i18n
from caseapp.domain.findings import Finding, FindingsReport
from caseapp.domain.model import Case, CaseInfo, Incident
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import Form, IncidentKind, Party, PayBasis
from caseapp.rules.calc_deadline import WAGE_CLAIMS

# The claims a complaint names: the wage shortfalls an inspector can order
# paid (labour-inspection-route's sources), never the contested full-wage
# reading, which is not an amount an inspector orders.
COMPLAINT_CLAIMS = tuple(c for c in WAGE_CLAIMS if c != "standby-full-wage-arguable")


def claims_found(report: FindingsReport | None) -> list[Finding]:
    if report is None:
        return []
    return [
        f
        for f in report.findings
        if f.rule in COMPLAINT_CLAIMS and f.amount is not None and f.amount > 0
    ]


def fill(
    case: Case,
    lang: i18n.Lang,
    today: dt.date,
    report: FindingsReport | None = None,
    city: str | None = None,
) -> str:
    """The complaint's text; a blank line where the case lacks a detail."""
    info = case.info
    blank = i18n.text("road.complaint.blank", lang)
    items = claims_found(report)
    total = sum((f.amount or Decimal(0) for f in items), Decimal(0))
    facts = "".join(
        i18n.text(
            "road.complaint.fact",
            lang,
            title=i18n.render(f.title, lang),
            amount=fmt_money(f.amount or Decimal(0)),
            start=f.period.start.isoformat() if f.period else blank,
            end=f.period.end.isoformat() if f.period else blank,
        )
        for f in items
    ) or i18n.text("road.complaint.no_facts", lang)
    employer = info.employer
    return i18n.text(
        "road.complaint.body",
        lang,
        worker=info.worker.name,
        id_number=info.worker.id_number or blank,
        phone=info.worker.phone or blank,
        address=info.worker.service_address or info.worker.address or blank,
        employer=employer.name,
        credit_code=employer.credit_code or blank,
        employer_address=employer.address or blank,
        amount_clause=(
            i18n.text("road.complaint.amount_clause", lang, amount=fmt_money(total))
            if items
            else ""
        ),
        start=info.work_start.isoformat(),
        position_clause=(
            i18n.text("road.complaint.position_clause", lang, position=info.position)
            if info.position
            else ""
        ),
        wage_clause=_wage_clause(info, lang, blank),
        facts=facts,
        city=city or i18n.text("road.complaint.your_city", lang),
        today=today.isoformat(),
    )


def _wage_clause(info: CaseInfo, lang: i18n.Lang, blank: str) -> str:
    """How the work is paid, in the complaint's words (issue 15): the agreed
    monthly or hourly wage (a blank to fill in when not recorded), or by the piece."""
    if info.pay_basis == PayBasis.PIECE:
        return i18n.text("road.complaint.wage.piece", lang)
    if info.pay_basis == PayBasis.HOURLY:
        wage = fmt_money(info.hourly_wage) if info.hourly_wage is not None else blank
        return i18n.text("road.complaint.wage.hourly", lang, wage=wage)
    wage = fmt_money(info.monthly_wage) if info.monthly_wage is not None else blank
    return i18n.text("road.complaint.wage.monthly", lang, wage=wage)


def incident_for(
    text: str, lang: i18n.Lang, filed_on: dt.date, report: FindingsReport | None = None
) -> Incident:
    """The `complaint_filed` incident: the worker's own written complaint,
    asserting the wage claims it names."""
    claims = tuple(dict.fromkeys(f.rule for f in claims_found(report)))
    return Incident(
        id="",
        date=filed_on,
        kind=IncidentKind.COMPLAINT_FILED,
        summary=i18n.text("road.complaint.summary", lang),
        actor_party=Party.WORKER,
        form=Form.WRITTEN_PAPER,
        quote=text,
        asserts=claims,
    )
