"""Reviewing an exit offer (a `mutual_termination_offer`): what the records
support beside what the paper offers, what signing would give up clause by
clause with the risk of each, and the counter-proposal letter, logged as a
`demand_sent` that asserts the claims it names. Never advice to accept or to
refuse: what is at stake, in numbers (docs/offer.md). The words live in
resources/i18n/offer.toml.

What the records support is read from the findings (`FindingsReport`):

* the claims the headline counts (`totals`: `firm_keys` and `arguable_keys`,
  the same money counted once: overlapping standby readings and the prices of
  the ending are already resolved there), each with its amount and whether it
  is firm (statute, local rule) or arguable;
* when no finding prices the ending yet (the usual case: the offer comes
  before the job ends), N from the severance estimate (`report.severance.n`):
  an ending agreed on the employer's proposal carries N (LCL 36, 46(2)) —
  firm, asserted in a letter as `severance-due`;
* beside them, not summed: 2N (if the employer ended it unlawfully instead)
  and notice pay (if it ended it under LCL 40 without 30 days' written
  notice), from the same estimate; and the months of social insurance the
  records show unpaid or partly paid (paid to the fund, not to the worker, so
  no amount).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from caseapp import i18n
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Incident
from caseapp.domain.money import fmt_money, round_fen
from caseapp.domain.vocab import Channel, Form, IncidentKind, OfferClause, Party, SIStatus
from caseapp.rules.claims import ENDING_CLAIMS

ENDING_RULE = "severance-due"  # what a letter asserts for the N the estimate gives
ZERO = Decimal(0)


@dataclass(frozen=True)
class Entitlement:
    """One thing the records support: a claim found, or the N of the estimate."""

    rule: str  # the rule id a demand asserts
    title: dict[str, str]  # {"zh": ..., "en": ...}
    amount: Decimal
    firm: bool
    ending: bool  # prices how the job ends (N, 2N, expiry)
    estimated: bool = False  # the estimate's N, not a finding (not in `totals`)


@dataclass(frozen=True)
class Beside:
    """A figure shown beside the entitlements, never summed (2N, notice pay)."""

    key: str  # offer.beside.<key>
    amount: Decimal


@dataclass(frozen=True)
class ClauseRow:
    """One line of "what signing would give up": a clause of the paper (or the
    sum itself, `clause` None), the money at stake where there is a figure."""

    clause: OfferClause | None
    at_stake: Decimal | None
    risk_key: str  # offer.risk.<...>


@dataclass(frozen=True)
class OfferReview:
    offered: Decimal | None
    clauses: tuple[OfferClause, ...]
    entitlements: tuple[Entitlement, ...]
    beside: tuple[Beside, ...]
    si_months: int
    firm: Decimal  # the firm entitlements' sum
    arguable: Decimal  # what the arguable ones add
    rows: tuple[ClauseRow, ...]

    @property
    def whole(self) -> Decimal:
        return self.firm + self.arguable

    @property
    def ending_firm(self) -> Decimal:
        """The firm price of the ending (N): the firm ending lines (one at most)."""
        return sum((e.amount for e in self.entitlements if e.ending and e.firm), ZERO)

    @property
    def ending_whole(self) -> Decimal:
        """The ending's highest price on any reading (its readings are alternatives)."""
        prices = [e.amount for e in self.entitlements if e.ending]
        return max([self.ending_firm, *prices])

    @property
    def waives(self) -> bool:
        return OfferClause.NO_FURTHER_CLAIMS in self.clauses

    @property
    def given_up(self) -> Decimal:
        """The firm money the sum offered leaves out (never below 0): with a
        "no further claims" clause every firm line, without one the ending's
        price only (the paper settles the ending; see `left_open`)."""
        base = self.firm if self.waives else self.ending_firm
        return max(ZERO, round_fen(base - (self.offered or ZERO)))

    @property
    def given_up_arguable(self) -> Decimal:
        """What the arguable readings would add to `given_up`."""
        base = self.whole if self.waives else self.ending_whole
        return max(ZERO, round_fen(base - (self.offered or ZERO)) - self.given_up)

    @property
    def left_open(self) -> Decimal:
        """Without a "no further claims" clause: the firm lines other than the
        ending, which the paper does not settle in words (whether they remain
        claimable depends on its wording)."""
        return ZERO if self.waives else round_fen(self.firm - self.ending_firm)

    @property
    def covers_all(self) -> bool:
        """The sum offered is at or above everything the records support."""
        return self.offered is not None and self.offered >= self.whole and self.whole > 0

    def asserts(self) -> tuple[str, ...]:
        """The claims a counter-proposal names (rule ids, in the table's order)."""
        return tuple(dict.fromkeys(e.rule for e in self.entitlements))


def entitlements(
    report: FindingsReport | None,
) -> tuple[tuple[Entitlement, ...], tuple[Beside, ...]]:
    if report is None:
        return (), ()
    totals = report.totals
    firm_keys = set(totals.firm_keys) if totals else set()
    counted = firm_keys | (set(totals.arguable_keys) if totals else set())
    out: list[Entitlement] = []
    for f in report.findings:
        if f.key not in counted or f.amount is None:
            continue
        out.append(
            Entitlement(
                rule=f.rule,
                title=i18n.render_both(f.title),
                amount=f.amount,
                firm=f.key in firm_keys,
                ending=f.rule in ENDING_CLAIMS,
            )
        )
    beside: list[Beside] = []
    estimate = report.severance
    if estimate is not None:
        if not any(e.ending for e in out) and estimate.n > 0:
            out.insert(
                0,
                Entitlement(
                    rule=ENDING_RULE,
                    title={lang: i18n.text("offer.ent.n", lang) for lang in i18n.LANGS},
                    amount=estimate.n,
                    firm=True,
                    ending=True,
                    estimated=True,
                ),
            )
        if estimate.double > 0:
            beside.append(Beside("double", estimate.double))
        if estimate.notice_pay is not None and estimate.notice_pay > 0:
            beside.append(Beside("notice_pay", estimate.notice_pay))
    return tuple(out), tuple(beside)


def unpaid_si_months(case: Case) -> int:
    return sum(1 for m in case.social_insurance if m.status in (SIStatus.UNPAID, SIStatus.PARTIAL))


def review(
    case: Case,
    report: FindingsReport | None,
    offered: Decimal | None,
    clauses: tuple[OfferClause, ...],
) -> OfferReview:
    ents, beside = entitlements(report)
    totals = report.totals if report is not None else None
    # The headline's sums (the same money counted once), plus the estimate's N
    # when no finding prices the ending yet.
    firm = totals.firm if totals else ZERO
    arguable = totals.arguable if totals else ZERO
    firm += sum((e.amount for e in ents if e.estimated), ZERO)
    si = unpaid_si_months(case)
    pay = offered or ZERO
    ending = sum((e.amount for e in ents if e.ending and e.firm), ZERO)
    rows: list[ClauseRow] = [
        ClauseRow(None, max(ZERO, round_fen(ending - pay)) if ending else None, "offer.risk.sum")
    ]
    for clause in OfferClause:
        if clause not in clauses:
            continue
        at_stake: Decimal | None = None
        if clause is OfferClause.NO_FURTHER_CLAIMS:
            at_stake = max(ZERO, round_fen(firm - pay))
        elif clause is OfferClause.PERSONAL_REASONS_WORDING:
            at_stake = ending or None
        rows.append(ClauseRow(clause, at_stake, f"offer.risk.{clause.value}"))
    return OfferReview(
        offered=offered,
        clauses=clauses,
        entitlements=ents,
        beside=beside,
        si_months=si,
        firm=round_fen(firm),
        arguable=round_fen(arguable),
        rows=tuple(rows),
    )


# --- recognising clauses in pasted text (a suggestion the worker confirms) ----------

_PATTERNS: dict[OfferClause, tuple[str, ...]] = {
    OfferClause.NO_FURTHER_CLAIMS: (
        r"再无(其他)?(任何)?(争议|纠纷)",
        r"(无|没有)(其他)?(任何)?(争议|纠纷|劳动争议)",
        r"(不再|放弃).{0,12}(主张|追究|申请仲裁|诉讼|权利|要求)",
        r"一次性(了结|解决|结清)",
        r"no (further|other) claims?",
        r"full and final settlement",
        r"waive[sd]? (any|all)",
    ),
    OfferClause.PERSONAL_REASONS_WORDING: (
        r"个人原因",
        r"本人(自愿|主动)(申请)?(离职|辞职)",
        r"自愿离职",
        r"personal reasons?",
        r"voluntar(y|ily) resign",
    ),
    OfferClause.NON_COMPETE: (r"竞业", r"non-?compet"),
    OfferClause.CONFIDENTIALITY: (r"保密", r"confidential"),
    OfferClause.SI_WAIVER: (
        r"(放弃|不再).{0,10}(社保|社会保险|补缴)",
        r"(社保|社会保险).{0,10}(放弃|自行|不再|不予补缴)",
        r"social insurance.{0,30}waive",
        r"waive.{0,30}social insurance",
    ),
}


def suggest_clauses(text: str) -> tuple[OfferClause, ...]:
    """The clauses whose usual wording appears in `text`: a suggestion only,
    shown for the worker to tick; nothing is recorded from it."""
    low = text.lower()
    return tuple(
        clause for clause, patterns in _PATTERNS.items() if any(re.search(p, low) for p in patterns)
    )


_AMOUNT = re.compile(
    r"(?:人民币|￥|¥|RMB|CNY)?\s*([0-9][0-9,，]*(?:\.[0-9]{1,2})?)\s*(万)?\s*(?:元|yuan|RMB|CNY)",
    re.IGNORECASE,
)


def suggest_amount(text: str) -> Decimal | None:
    """The largest sum in yuan written in `text` (a suggestion, as above)."""
    found: list[Decimal] = []
    for digits, wan in _AMOUNT.findall(text):
        value = Decimal(digits.replace(",", "").replace("，", ""))
        found.append(value * 10000 if wan else value)
    return max(found) if found else None


# --- the counter-proposal letter ---------------------------------------------------


def _claim_lines(r: OfferReview, lang: i18n.Lang) -> str:
    lines = []
    for n, e in enumerate(r.entitlements, 1):
        key = "offer.letter.claim_firm" if e.firm else "offer.letter.claim_arguable"
        lines.append(i18n.text(key, lang, n=n, title=e.title[lang], amount=fmt_money(e.amount)))
    return "\n".join(lines)


def _clause_asks(r: OfferReview, lang: i18n.Lang) -> str:
    asks = [i18n.text("offer.letter.ask.total", lang), i18n.text("offer.letter.ask.proposed", lang)]
    asks += [i18n.text(f"offer.letter.ask.{c.value}", lang) for c in r.clauses]
    asks.append(i18n.text("offer.letter.ask.certificate", lang))
    return "\n".join(f"{n}. {a}" for n, a in enumerate(asks, 1))


def fill_counter(
    case: Case, r: OfferReview, lang: i18n.Lang, today: dt.date, offer_date: dt.date | None
) -> str:
    info = case.info
    unknown = i18n.text("offer.letter.unknown", lang)
    return i18n.text(
        "offer.letter.body",
        lang,
        employer=info.employer.name,
        worker=info.worker.name,
        offer_date=offer_date.isoformat() if offer_date else unknown,
        offered=fmt_money(r.offered) if r.offered is not None else unknown,
        claims=_claim_lines(r, lang) or unknown,
        total=fmt_money(r.whole),
        asks=_clause_asks(r, lang),
        today=today.isoformat(),
    )


def counter_incident(
    r: OfferReview, text: str, lang: i18n.Lang, today: dt.date, channel: Channel | None = None
) -> Incident:
    """The incident logged when the worker sends the counter-proposal: a
    written demand by the worker asserting the claims the letter names."""
    return Incident(
        id="",
        date=today,
        kind=IncidentKind.DEMAND_SENT,
        summary=i18n.text("offer.letter.summary", lang),
        actor_party=Party.WORKER,
        channel=channel,
        form=Form.WRITTEN_ELECTRONIC,
        quote=text,
        asserts=r.asserts(),
    )


def latest_offer(case: Case) -> Incident | None:
    offers = [i for i in case.incidents if i.kind == IncidentKind.MUTUAL_TERMINATION_OFFER]
    return max(offers, key=lambda i: (i.date, i.id)) if offers else None
