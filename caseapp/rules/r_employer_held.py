"""employer-held-evidence (law.md R26; Mediation and Arbitration Law arts. 6,
39; Arbitration Rules art. 13; Evidence Provisions art. 95; Wage Payment
Provisions art. 6).

Runs in the second phase: it lists, for the claims the first phase found, the
records the employer keeps and the worker does not have, which the worker can
ask the tribunal to order the employer to produce (if it does not, it bears
the adverse consequences). One finding per item:

* `attendance` — attendance (clock-in, access, work-system) records, when a
  finding turns on which days were worked or on standby, and the worker keeps
  no attendance record of their own (evidence of kind `attendance` that is
  `kept` or `copy_only`).
* `payroll` — the wage ledger the employer must keep for two years (Wage
  Payment Provisions art. 6), when a finding turns on what was due or paid,
  and some payment in the findings' period is recorded only as net (from a
  bank statement), or the worker keeps no payslip.
* `held` — each evidence item the worker recorded as `held_by_employer`,
  whatever the findings.

Nothing is asked for when no finding needs it: a clean case gets nothing.
The finding never says the employer failed to keep a record; a missing
record on the worker's side is only something to ask for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from caseapp.domain.findings import Basis, Finding, Period
from caseapp.domain.model import Evidence
from caseapp.domain.vocab import Confidence, EvidenceKind, OriginalStatus, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of
from caseapp.rules.phrases import rule_names

RULE = "employer-held-evidence"
ARBITRATION_RULES = "arbitration_rules"
EVIDENCE_PROV = "evidence_provisions"
# Findings that turn on which days were worked, on standby or absent.
DAY_RULES = frozenset(
    {
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "standby-full-wage-arguable",
        "prolonged-standby",
        "targeted-standby",
        "unilateral-pay-cut",
        "below-minimum-wage",
        "no-written-contract",
        "absence-pretext",
    }
)
# Findings that turn on what was due or paid.
PAY_RULES = frozenset(
    {
        "standby-first-cycle-underpaid",
        "standby-below-floor",
        "standby-full-wage-arguable",
        "unilateral-pay-cut",
        "below-minimum-wage",
        "late-wages",
        "no-written-contract",
    }
)
OWN = frozenset({OriginalStatus.KEPT, OriginalStatus.COPY_ONLY})
MAX_REFS = 6
BASIS: tuple[Basis, ...] = (
    B.art(B.ARBITRATION_LAW, "6"),
    B.art(B.ARBITRATION_LAW, "39"),
    B.art(ARBITRATION_RULES, "13"),
    B.art(EVIDENCE_PROV, "95"),
)


def _holds(evidence: Iterable[Evidence], kind: EvidenceKind) -> bool:
    return any(e.kind == kind and e.original_status in OWN for e in evidence)


def _span(findings: list[Finding]) -> Period | None:
    periods = [f.period for f in findings if f.period is not None]
    if not periods:
        return None
    return Period(min(p.start for p in periods), max(p.end for p in periods))


def _net_only_in(ctx: RuleContext, period: Period) -> bool:
    return any(
        p.amount is None
        and p.net is not None
        and p.period_start <= period.end
        and period.start <= p.period_end
        for p in ctx.case.payments
    )


def _refs(findings: list[Finding], prefix: str) -> list[str]:
    refs = [r for f in findings for r in f.refs if r.startswith(prefix)]
    return list(dict.fromkeys(refs))[:MAX_REFS]


def _item(
    ctx: RuleContext,
    variant: str,
    related: list[Finding],
    refs: list[str],
    extra_basis: tuple[Basis, ...] = (),
) -> Finding:
    period = _span(related)
    params: dict[str, object] = {
        "start": period.start.isoformat() if period else "",
        "end": period.end.isoformat() if period else "",
        "claims": rule_names(f.rule for f in related),
    }
    return finding(
        ctx,
        RULE,
        key_of(RULE, variant),
        severity=Severity.LOW,
        confidence=Confidence.STATUTE,
        params=params,
        period=period,
        basis=(*BASIS, *extra_basis),
        refs=refs,
        strengthen=("own_copy",),
        next_steps=("ask_tribunal", "ask_employer"),
        counter=("not_kept",),
        variant=variant,
    )


def check(ctx: RuleContext) -> list[Finding]:
    evidence = ctx.case.evidence
    out: list[Finding] = []
    day_findings = [f for f in ctx.prior if f.rule in DAY_RULES]
    if day_findings and not _holds(evidence, EvidenceKind.ATTENDANCE):
        out.append(_item(ctx, "attendance", day_findings, _refs(day_findings, "day:")))
    pay_findings = [f for f in ctx.prior if f.rule in PAY_RULES]
    period = _span(pay_findings)
    if pay_findings and (
        not _holds(evidence, EvidenceKind.PAYSLIP)
        or (period is not None and _net_only_in(ctx, period))
    ):
        out.append(
            _item(
                ctx,
                "payroll",
                pay_findings,
                _refs(pay_findings, "payment:"),
                (B.art(B.WAGE_PROV, "6"),),
            )
        )
    for item in sorted(evidence, key=lambda e: e.id):
        if item.original_status != OriginalStatus.HELD_BY_EMPLOYER:
            continue
        held = finding(
            ctx,
            RULE,
            key_of(RULE, "evidence", item.id),
            severity=Severity.LOW,
            confidence=Confidence.STATUTE,
            params={"title": item.title, "kind": str(item.kind), "id": item.id},
            period=_held_period(item),
            basis=BASIS,
            refs=[f"evidence:{item.id}"],
            strengthen=("describe",),
            next_steps=("ask_tribunal", "ask_employer"),
            counter=("not_kept",),
            variant="held",
        )
        out.append(held)
    return out


def _held_period(item: Evidence) -> Period | None:
    day: dt.date | None = item.created_on or item.obtained_on
    return Period(day, day) if day else None
