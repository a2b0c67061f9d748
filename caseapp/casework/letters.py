"""The letters the worker sends in writing, filled with the case's names and
dates, and the incident each one is logged as when used (the words live in
resources/i18n/ui_help.toml). The claims a pay demand can assert are the
rules' `WAGE_CLAIMS`, in the order the UI lists them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from caseapp import i18n
from caseapp.casework.daylogic import STANDBY_KINDS
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Incident
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import DayStatus, Form, IncidentKind, Party
from caseapp.rules.calc_deadline import WAGE_CLAIMS

# The letters whose incident asserts the claims the worker ticked.
ASSERTING = frozenset({IncidentKind.DEMAND_SENT, IncidentKind.WRITTEN_OBJECTION})


@dataclass(frozen=True)
class Letter:
    key: str  # uihelp.letter.<key>.*
    kind: IncidentKind  # logged as this incident when used

    def name(self, lang: i18n.Lang) -> str:
        return i18n.text(f"uihelp.letter.{self.key}.name", lang)


LETTERS = (
    Letter("work_requested", IncidentKind.WORK_REQUESTED),
    Letter("objection", IncidentKind.WRITTEN_OBJECTION),
    Letter("demand", IncidentKind.DEMAND_SENT),
)


def standby_since(case: Case) -> dt.date | None:
    days = [d.date for d in case.days if DayStatus(d.status) in STANDBY_KINDS]
    return min(days) if days else None


def claimed_amount(report: FindingsReport | None, claims: tuple[str, ...]) -> Decimal | None:
    if report is None:
        return None
    amounts = [f.amount for f in report.findings if f.rule in claims and f.amount is not None]
    return sum(amounts, Decimal(0)) if amounts else None


def wage_claims_found(report: FindingsReport | None) -> tuple[str, ...]:
    if report is None:
        return ()
    found = {f.rule for f in report.findings}
    return tuple(c for c in WAGE_CLAIMS if c in found)


def fill(
    letter: Letter,
    case: Case,
    lang: i18n.Lang,
    today: dt.date,
    report: FindingsReport | None = None,
    claims: tuple[str, ...] = (),
) -> str:
    info = case.info
    start = info.employment_start or info.contract.start
    since = standby_since(case) or start
    amount = claimed_amount(report, claims)
    unknown = i18n.text("uihelp.unknown_amount", lang)
    return i18n.text(
        f"uihelp.letter.{letter.key}.body",
        lang,
        employer=info.employer.name,
        worker=info.worker.name,
        start=start.isoformat(),
        position_clause=(
            i18n.text("uihelp.position_clause", lang, position=info.position)
            if info.position
            else ""
        ),
        since=since.isoformat(),
        wage=fmt_money(info.monthly_wage) if info.monthly_wage is not None else unknown,
        amount=fmt_money(amount) if amount is not None else unknown,
        today=today.isoformat(),
    )


def incident_for(
    letter: Letter, text: str, lang: i18n.Lang, today: dt.date, claims: tuple[str, ...] = ()
) -> Incident:
    """The incident logged when the worker uses a letter: written, by the
    worker, with the letter's words; a demand asserts its claims."""
    return Incident(
        id="",
        date=today,
        kind=letter.kind,
        summary=i18n.text(f"uihelp.letter.{letter.key}.summary", lang),
        actor_party=Party.WORKER,
        form=Form.WRITTEN_ELECTRONIC,
        quote=text,
        asserts=claims if letter.kind in ASSERTING else (),
    )
