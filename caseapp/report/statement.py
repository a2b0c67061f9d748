"""事实与理由, paragraph by paragraph, and the worker's say on each
(`case.arbitration.statement`, docs/format.md).

Every paragraph the application could state is drafted here with a stable key
named after the record(s) it comes from (`case:hired`, `incident:I3`,
`days:standby`, `days:absent`, `payments:standby`, `case:ended`, `closing`), the
fingerprint of those records (`facts`), and, for a paragraph the app leaves out
by itself because it would count as the worker's own admission (最高人民法院
关于民事诉讼证据的若干规定 art. 3), why (`left_out`).

The worker keeps, edits or drops a drafted paragraph, and may include one the
app left out. A choice applies only while the records' fingerprint is the one
it was made on. A *stale* choice (the records changed since, or were deleted)
never makes the application state more than the app's own draft would: an
edit is set aside (the current draft is printed, never words written for other
facts), an include is set aside (the paragraph stays out), a drop stays (leaving
out states nothing). The desktop review shows stale choices to look at again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from caseapp import atomic
from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.encode import info_to_json, record_to_json
from caseapp.domain.findings import FindingsReport
from caseapp.domain.kinds import ref_of
from caseapp.domain.model import Case, Incident, Record, StatementChoice
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import (
    AgreementSubject,
    Arrangement,
    DayStatus,
    EndGround,
    EvidenceKind,
    IncidentKind,
    PayBasis,
    PaymentKind,
    Proves,
    ResignationReason,
    Response,
    StatementAction,
)
from caseapp.i18n import Lang
from caseapp.report.context import Ctx

# provenance and exhibit links do not change what a paragraph states
# (the exhibit numbers are added when it is printed)
_NOT_FACTS = frozenset({"recorded_at", "updated_at", "origin", "backfill_basis", "evidence"})

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


def hurts(i: Incident) -> str | None:
    """Why the application leaves an incident out by itself (a `why` code),
    or None: it records the worker's own agreement or resignation, which would
    count as an admission."""
    if i.kind == IncidentKind.RESIGNATION_SUBMITTED:
        return None if i.reason == ResignationReason.ART38 else "resigned"
    if i.kind == IncidentKind.AGREEMENT_SIGNED:
        return "signed" if i.subject is None or i.subject in HURTING_SUBJECTS else None
    return "agreed" if i.kind in AGREEMENT_HURTS and i.response in AGREED else None


# --- words -------------------------------------------------------------------
BLANK = "＿＿＿＿＿＿＿＿"


def day(c: Ctx, d: dt.date | None) -> str:
    if d is None:
        return BLANK
    if c.lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {d:%B} {d.year}"


def yuan(c: Ctx, amount: Decimal) -> str:
    figure = f"{round_fen(amount):,.2f}"
    return f"{figure}元" if c.lang == "zh" else f"CNY {figure}"


def actor_of(c: Ctx, i: Incident, names: dict[str, str]) -> str:
    party = i.actor_party.value if i.actor_party else "employer"
    if party in names:
        return names[party]
    if party == "worker":
        return c.w("app.applicant")
    if party == "client" and c.case.info.client is not None:
        return c.case.info.client.name
    return c.w.label("party", party)


# --- fingerprints ------------------------------------------------------------------
def _record_facts(record: Record) -> object:
    return {k: v for k, v in record_to_json(record).items() if k not in _NOT_FACTS}


def fingerprint(sources: Sequence[object]) -> str:
    """16 hex digits of the SHA-256 of the sources' canonical JSON."""
    return sha256_hex(canonical_bytes(list(sources)))[:16]


# --- the paragraphs ----------------------------------------------------------------
@dataclass(frozen=True)
class Drafted:
    """One paragraph the application could state."""

    key: str
    date: dt.date
    body: str  # the sentence without its exhibit citation and full stop
    cite: str  # "（见证据3）", or ""
    facts: str  # the fingerprint of the records it was drafted from
    left_out: str | None = None  # why the app leaves it out by itself (`report.statement.why.*`)


@dataclass(frozen=True)
class Stated:
    """A drafted paragraph with the worker's say applied."""

    drafted: Drafted
    choice: StatementChoice | None  # as recorded (also when stale)
    stale: bool  # the records changed (or were deleted) since the choice
    text: str | None  # what the application prints; None: left out

    @property
    def status(self) -> str:
        """drafted | left_out | keep | edit | drop | include (the choice applied)."""
        if self.choice is not None and not self.stale:
            return self.choice.choice.value
        return "left_out" if self.drafted.left_out else "drafted"


def _stop(c: Ctx, body: str) -> str:
    return body[:1].upper() + body[1:] + c.w("app.stop")


def sentence(c: Ctx, body: str, cite: str) -> str:
    """A paragraph as printed: the body, its exhibits, a full stop; the worker's
    own ending punctuation is kept (the citation then goes before it)."""
    body = body.strip()
    end = ""
    while body and body[-1] in "。.！!？?；;":
        end = body[-1] + end
        body = body[:-1].rstrip()
    if end:
        return body[:1].upper() + body[1:] + cite + end
    return _stop(c, body + cite)


def draft(c: Ctx, names: dict[str, str]) -> list[Drafted]:
    """Every paragraph, in date order (the introduction first), each with its key."""
    w, info = c.w, c.case.info
    employer = names["employer"]

    def cite(ids: Sequence[str]) -> str:
        labels = c.evidence_refs(tuple(dict.fromkeys(ids)))
        return w.paren(w("app.fact.see", items=w.join(labels))) if labels else ""

    intro: list[Drafted] = []
    start = info.employment_start or info.contract.start
    hired = w("app.fact.hired", date=day(c, start), employer=employer)
    if info.position:
        hired += w("app.fact.position", position=c.t(info.position))
    case_json = info_to_json(info)
    intro.append(
        Drafted(
            "case:hired",
            start,
            hired,
            "",
            fingerprint([start.isoformat(), info.position, info.employer.name]),
        )
    )
    contract = info.contract
    # the contract and the wage rest on the evidence filed to prove them
    papers = [
        e.id
        for e in c.case.evidence
        if e.kind == EvidenceKind.CONTRACT
        or Proves.RELATIONSHIP in e.proves
        or Proves.WAGE_LEVEL in e.proves
    ]
    terms = fingerprint([case_json["contract"], case_json.get("monthly_wage")])
    # hourly and piece work (issue 15): the agreed hourly wage, or pay by the piece;
    # the fingerprint of a monthly case stays what it was
    basis = "" if info.pay_basis == PayBasis.MONTHLY else f".{info.pay_basis.value}"
    agreed = info.hourly_wage if info.pay_basis == PayBasis.HOURLY else info.monthly_wage
    wage_text = BLANK if agreed is None else yuan(c, agreed)
    if basis:
        terms = fingerprint(
            [
                case_json["contract"],
                case_json.get("monthly_wage"),
                case_json.get("pay_basis"),
                case_json.get("hourly_wage"),
            ]
        )
    if contract.written:
        term = (
            w("app.fact.term", start=day(c, contract.start), end=day(c, contract.end))
            if contract.end
            else w("app.fact.open_ended")
        )
        body = w("app.fact.contract" + basis, term=term, wage=wage_text)
        intro.append(
            Drafted("case:contract", contract.signed_on or contract.start, body, "", terms)
        )
    else:
        body = w("app.fact.wage" + basis, wage=wage_text)
        intro.append(Drafted("case:contract", start, body, cite(papers), terms))
    if "client" in names or (info.client is not None and info.arrangement != Arrangement.DIRECT):
        client = names.get("client") or (info.client.name if info.client else BLANK)
        key = (
            "app.fact.dispatched" if info.arrangement == Arrangement.DISPATCH else "app.fact.placed"
        )
        facts = fingerprint([info.arrangement.value, client, info.employer.name])
        intro.append(
            Drafted("case:placement", start, w(key, employer=employer, client=client), "", facts)
        )

    out: list[Drafted] = []
    for i in sorted(c.case.incidents, key=lambda x: x.date):
        if i.kind in NOT_NARRATED:
            continue
        why = hurts(i)
        actor = employer if i.kind == IncidentKind.DEMAND_SENT else actor_of(c, i, names)
        if why == "resigned":  # not on LCL 38 grounds: the neutral sentence
            body = w("app.fact.resigned", date=day(c, i.date))
        elif why == "signed":
            subject = w.label("agreement_subject", i.subject.value) if i.subject else BLANK
            body = w("app.fact.agreement", date=day(c, i.date), actor=actor, subject=subject)
        elif i.kind in DRAFTED:
            body = w(f"app.fact.{i.kind.value}", date=day(c, i.date), actor=actor)
        else:
            body = w(
                "app.fact.generic",
                date=day(c, i.date),
                what=w.label("incident_kind", i.kind.value),
            )
        if i.kind == IncidentKind.INSPECTION_ORDER and i.amount is not None:
            body += w("app.fact.ordered", amount=yuan(c, i.amount), due=day(c, i.due_by))
        if i.response in (Response.OBJECTED_IN_WRITING, Response.OBJECTED_ORALLY):
            body += w("app.fact.objected")
        elif why == "agreed" and i.response is not None:
            body += w(f"app.fact.{i.response.value}")  # stated only if the worker includes it
        facts = fingerprint([_record_facts(i)])
        out.append(Drafted(ref_of(i), i.date, body, cite(i.evidence), facts, why))

    for code, status_ok in (("standby", True), ("absent", False)):
        run = sorted(
            (
                d
                for d in c.case.days
                if (d.status.is_standby if status_ok else d.status == DayStatus.ABSENT)
            ),
            key=lambda d: d.date,
        )
        if not run:
            continue
        one = "_one" if len(run) == 1 else ""
        body = w(
            f"app.fact.{code}{one}",
            start=day(c, run[0].date),
            end=day(c, run[-1].date),
            n=len(run),
        )
        facts = fingerprint([_record_facts(d) for d in run])
        ids = [e for d in run for e in d.evidence]
        why = None if status_ok else "absent"
        out.append(Drafted(f"days:{code}", run[0].date, body, cite(ids), facts, why))

    paid = sorted(
        (p for p in c.case.payments if p.kind == PaymentKind.STANDBY),
        key=lambda p: p.paid_on,
    )
    if paid:
        sums = [p.amount if p.amount is not None else p.net or Decimal(0) for p in paid]
        body = w(
            "app.fact.standby_paid",
            start=day(c, paid[0].period_start),
            end=day(c, paid[-1].period_end),
            employer=employer,
            n=len(paid),
            each=w.join([yuan(c, a) for a in sums]),
            total=yuan(c, sum(sums, Decimal(0))),
        )
        facts = fingerprint([_record_facts(p) for p in paid])
        ids = [e for p in paid for e in p.evidence]
        out.append(Drafted("payments:standby", paid[0].period_start, body, cite(ids), facts))

    ended = info.employment_ended
    if ended is not None:
        why = "worker_ended" if ended.ground in WORKER_ENDINGS else None
        body = w("app.fact.ended", date=day(c, ended.date), employer=employer)
        facts = fingerprint([case_json.get("employment_ended"), info.employer.name])
        out.append(Drafted("case:ended", ended.date, body, "", facts, why))
    out.sort(key=lambda x: x.date)  # stable: the same day keeps the order above
    closing = Drafted(
        "closing", out[-1].date if out else start, w("app.fact.closing"), "", "closing"
    )
    return intro + out + [closing]


def apply(
    c: Ctx, drafted: Sequence[Drafted], choices: Mapping[str, StatementChoice]
) -> list[Stated]:
    """The paragraphs with the worker's choices applied (see the module's
    docstring for stale choices)."""
    out: list[Stated] = []
    for d in drafted:
        choice = choices.get(d.key)
        stale = choice is not None and choice.facts != d.facts
        action = choice.choice if choice is not None and not stale else None
        if choice is not None and stale and choice.choice == StatementAction.DROP:
            action = StatementAction.DROP  # leaving out states nothing
        shown = d.left_out is None
        if action == StatementAction.DROP:
            shown = False
        elif action in (StatementAction.INCLUDE, StatementAction.KEEP, StatementAction.EDIT):
            shown = True
        if not shown:
            text = None
        elif action == StatementAction.EDIT and choice is not None and (choice.text or "").strip():
            text = sentence(c, c.t(choice.text), d.cite)  # free text: masked with --mask
        else:
            text = sentence(c, d.body, d.cite)
        out.append(Stated(d, choice, stale, text))
    return out


def orphans(drafted: Sequence[Drafted], choices: Mapping[str, StatementChoice]) -> list[str]:
    """Keys of choices about paragraphs no longer drafted (their records deleted)."""
    keys = {d.key for d in drafted}
    return sorted(k for k in choices if k not in keys)


def statement(c: Ctx, names: dict[str, str]) -> list[Stated]:
    arb = c.case.info.arbitration
    return apply(c, draft(c, names), arb.statement if arb is not None else {})


# --- for the desktop review (`caseapp report CASE -o OUT.json`) ----------------------
FORMAT = "caseapp-statement-v1"


def statement_document(
    case: Case,
    findings: FindingsReport,
    *,
    lang: Lang,
    generated_at: dt.datetime,
    evidence_path: Callable[[str], Path | None],
    law_root: Path | None = None,
) -> dict[str, object]:
    """Every paragraph of 事实与理由 with its key, fingerprint, why the app
    leaves it out, the worker's recorded choice, whether that choice is stale,
    and the text the application prints now (never masked: it is the worker's
    own review)."""
    from caseapp.report.application import respondent_names
    from caseapp.report.fingerprint import fingerprint as report_fingerprint
    from caseapp.report.lawdata import LawView

    c = Ctx(
        case,
        findings,
        lang,
        generated_at,
        report_fingerprint(case, findings),
        evidence_path,
        None,
        law=LawView.load(law_root),
    )
    names = respondent_names(c)
    drafted = draft(c, names)
    arb = case.info.arbitration
    choices = arb.statement if arb is not None else {}
    rows: list[dict[str, object]] = []
    for s in apply(c, drafted, choices):
        d = s.drafted
        rows.append(
            {
                "key": d.key,
                "date": d.date.isoformat(),
                "body": d.body,
                "cite": d.cite,
                "drafted": sentence(c, d.body, d.cite),
                "facts": d.facts,
                "left_out": d.left_out,
                "why": c.w(f"statement.why.{d.left_out}") if d.left_out else None,
                "choice": None
                if s.choice is None
                else {"choice": s.choice.choice.value, "text": s.choice.text},
                "stale": s.stale,
                "status": s.status,
                "printed": s.text,
            }
        )
    gone = orphans(drafted, choices)
    return {"format": FORMAT, "lang": lang, "paragraphs": rows, "orphans": gone}


def write_statement(path: Path, document: dict[str, object]) -> None:
    atomic.write_bytes(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
