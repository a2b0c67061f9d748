"""labour-inspection-route (law.md R24; LCL 85; Mediation and Arbitration
Law art. 9; Beijing 534 Q6).

Runs in the second phase: it reads the wage shortfalls the first phase found
and points to the administrative route. A labour-inspection complaint can get
the labour authority to order the employer to pay unpaid wages and the
shortfall below the minimum wage by a deadline; only if the employer still
does not pay may it order additional compensation of 50 %–100 % of the amount
due (the shares come from the law data, `meta.toml: additional_compensation`).
In Beijing, arbitration will not take that additional compensation without
the order and the default (534 Q6).

Amount (conservative): the sum of the amounts of `standby-first-cycle-
underpaid`, `standby-below-floor`, `unilateral-pay-cut` and
`below-minimum-wage` findings. A `below-minimum-wage` finding whose period
overlaps a `unilateral-pay-cut` finding is left out: the shortfall to the
contract wage already contains the shortfall to the minimum wage, and
counting both would count the same yuan twice. The contested full-wage
reading (`standby-full-wage-arguable`) is not an amount an inspector orders
and is left out. Alternatives: the amount plus the low and the high share of
additional compensation. No shortfall, no finding.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    CalcRow,
    CalcTable,
    Calculation,
    Finding,
    Parameter,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules import basis as B
from caseapp.rules.context import RuleContext, finding, key_of, money
from caseapp.rules.lawview import weakest

RULE = "labour-inspection-route"
SOURCES = (
    "standby-first-cycle-underpaid",
    "standby-below-floor",
    "unilateral-pay-cut",
    "below-minimum-wage",
)
MAX_REFS = 12
BEIJING_534 = "beijing_high_court_answers_2024"


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.period is None or b.period is None:
        return False
    return a.period.start <= b.period.end and b.period.start <= a.period.end


def sources(prior: tuple[Finding, ...]) -> list[Finding]:
    """The shortfall findings the route adds up, without double counting."""
    items = [f for f in prior if f.rule in SOURCES and f.amount is not None and f.amount > 0]
    cuts = [f for f in items if f.rule == "unilateral-pay-cut"]
    return sorted(
        (
            f
            for f in items
            if not (f.rule == "below-minimum-wage" and any(_overlaps(f, c) for c in cuts))
        ),
        key=lambda f: (f.period.start if f.period else dt.date.min, f.key),
    )


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    items = sources(ctx.prior)
    if not items:
        return []
    total = sum((f.amount or Decimal(0) for f in items), Decimal(0))
    starts = [f.period.start for f in items if f.period]
    ends = [f.period.end for f in items if f.period]
    period = Period(min(starts), max(ends)) if starts else None
    shares = ctx.law.additional_compensation(ctx.as_of)
    parameters: list[Parameter] = []
    alternatives: list[Alternative] = []
    params: dict[str, object] = {
        "amount": money(total),
        "count": len(items),
        "start": period.start.isoformat() if period else "",
        "end": period.end.isoformat() if period else "",
        "low": "",
        "high": "",
    }
    if shares is not None:
        low, high = shares.value
        conf = shares.confidence
        for name, share in (("low", low), ("high", high)):
            parameters.append(
                Parameter(
                    name=f"additional_compensation_{name}",
                    value=str(share),
                    effective_from=shares.effective_from,
                    source=shares.source,
                    confidence=conf,
                )
            )
            params[name] = f"{share * 100:.0f}"
            alternatives.append(
                Alternative(
                    reading=Msg(f"rules.{RULE}.alt.{name}", {"share": params[name]}),
                    amount=total + total * share,
                    calculation=Msg(
                        f"calc.{RULE}.alt", {"amount": money(total), "share": str(share)}
                    ),
                    confidence=conf,
                )
            )
    table = CalcTable(
        "claim",
        ("period", "amount"),
        tuple(
            CalcRow(
                f.key,
                (
                    Msg(
                        "calc.value.range",
                        {"start": f.period.start.isoformat(), "end": f.period.end.isoformat()},
                    )
                    if f.period
                    else "—",
                    money(f.amount),
                ),
                label=f.title,
            )
            for f in items
        ),
    )
    refs = [r for f in items for r in f.refs][:MAX_REFS]
    basis = [B.art(B.LCL, "85"), B.art(B.ARBITRATION_LAW, "9"), B.art(BEIJING_534, "Q6")]
    if any(f.rule == "below-minimum-wage" for f in items):
        basis.insert(1, B.art(B.LCL, "85", 1, 2))
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, period.start.isoformat() if period else ctx.as_of.isoformat()),
            severity=Severity.MEDIUM,
            confidence=weakest([Confidence.STATUTE, *(f.confidence for f in items)]),
            params=params,
            period=period,
            amount=total,
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula"),
                inputs={"total": money(total)},
                parameters=tuple(parameters),
                table=table,
            ),
            basis=basis,
            forum=Forum.LABOUR_INSPECTION,
            refs=refs,
            strengthen=("figures", "payslips"),
            next_steps=("steps.inspection_complaint", "log_complaint", "arbitration_too"),
            counter=("disputed", "paid"),
            alternatives=alternatives,
        )
    ]
