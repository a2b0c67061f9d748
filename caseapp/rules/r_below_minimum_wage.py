"""below-minimum-wage (law.md R08, §2.2).

Working pay periods (see `working_months`: calendar months, or the cycle the
payments show, e.g. the 10th to the 9th) whose pay comparable with the
minimum wage is below it. What is due is the minimum wage pro-rated by the
one method (`prorate.due_in_period`: a worked day's monthly figure is the
minimum wage in force that day, an unpaid day's 0), so a period that
straddles a minimum-wage change is computed day by day. Comparable pay
follows the region's `MinWageRules` (Beijing and Shanghai leave out the
worker's own social insurance and housing fund; overtime never counts).
Where the law data knows a newer minimum wage only as "in force by" a later
date (law-addendum §1: Jiangsu, Zhejiang, Shaanxi in 2026), the period is
also checked against it: the shortfall under it is an `unconfirmed`
alternative, and if only the newer figure shows one, the finding is `low`
with amount 0.00. When only the net is recorded, the net is a lower bound of
the comparable pay: a net at or above the minimum settles it; a net below it
is left to `data-gap` (never a finding from deductions alone). Near misses: a
10th-to-9th cycle paid at the minimum in each period; a period just above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    CalcRow,
    CalcTable,
    Calculation,
    CalcValue,
    Finding,
    Parameter,
    Period,
)
from caseapp.domain.messages import Msg
from caseapp.domain.model import Payment
from caseapp.domain.vocab import Confidence, Forum, Severity
from caseapp.rules import basis as B
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, finding, key_of, money, unique_params
from caseapp.rules.facts import Category, DayValue
from caseapp.rules.law_types import MinWageRules
from caseapp.rules.lawview import Figure, weakest
from caseapp.rules.periods import PayPeriod
from caseapp.rules.prorate import due_in_period, paid_in
from caseapp.rules.source_text import source_line
from caseapp.rules.standby_common import period_key_column
from caseapp.rules.working_months import working_months

RULE = "below-minimum-wage"
CENT = Decimal("0.005")


@dataclass(frozen=True, slots=True)
class Row:
    period: PayPeriod
    floor: Decimal
    comparable: Decimal
    refs: tuple[str, ...]
    floor_newer: Decimal | None = None  # with a newer minimum that may be in force

    @property
    def shortfall(self) -> Decimal:
        return max(self.floor - self.comparable, Decimal(0))

    @property
    def shortfall_newer(self) -> Decimal:
        top = self.floor_newer if self.floor_newer is not None else self.floor
        return max(top - self.comparable, Decimal(0))


def check(ctx: RuleContext) -> list[Finding]:
    if ctx.money_rules_held:
        return []
    facts = ctx.facts
    params_used: list[Parameter] = []
    figures: set[Figure] = set()
    newer_figures: set[Figure] = set()
    rows: list[Row] = []

    def minimum(v: DayValue) -> Decimal | None:
        if v.category in (Category.OUTSIDE, Category.UNPAID):
            return Decimal(0)
        fig = ctx.params.minimum_wage(v.day)
        if fig is None:
            return None
        figures.add(fig)
        return fig.value

    def newer(v: DayValue) -> Decimal | None:
        if v.category in (Category.OUTSIDE, Category.UNPAID):
            return Decimal(0)
        fig = ctx.params.minimum_wage_newer(v.day)
        if fig is None:
            return minimum(v)
        newer_figures.add(fig)
        return fig.value

    for wm in working_months(ctx):
        if not wm.payments:
            continue
        floor = due_in_period(facts, wm.period, wm.month, wm.end, minimum).due
        if floor is None:
            continue
        floor_newer = None
        if ctx.params.minimum_wage_newer(wm.month) or ctx.params.minimum_wage_newer(wm.end):
            floor_newer = due_in_period(facts, wm.period, wm.month, wm.end, newer).due
        if floor_newer is not None and floor_newer <= floor:
            floor_newer = None
        rules = ctx.params.min_wage_rules(wm.month)
        rule_value = None if rules is None else rules.value

        def comparable(p: Payment, r: MinWageRules | None = rule_value) -> Decimal | None:
            return pay.for_minimum_wage(p, r)

        paid, used = paid_in(facts, wm.payments, wm.month, wm.end, comparable)
        if paid is None:
            continue  # net only and below: data-gap asks for the gross
        row = Row(wm.period, floor, paid, tuple(f"payment:{p.id}" for p in used), floor_newer)
        if row.shortfall_newer < CENT:
            continue
        rows.append(row)
        if rules is not None:
            params_used.append(
                Parameter(
                    name="min_wage_rules",
                    value=",".join(sorted(rules.value.not_counted_deductions)) or "-",
                    effective_from=rules.effective_from,
                    source=rules.source,
                    confidence=rules.confidence,
                )
            )
    if not rows:
        return []
    params_used += [f.parameter("minimum_wage") for f in sorted(figures, key=_order)]
    params_used += [f.parameter("minimum_wage_newer") for f in sorted(newer_figures, key=_order)]
    amount = sum((r.shortfall for r in rows), Decimal(0))
    amount_newer = sum((r.shortfall_newer for r in rows), Decimal(0))
    alternatives = []
    if amount_newer - amount >= CENT:
        alternatives.append(
            Alternative(
                reading=Msg("rules.below-minimum-wage.alt.newer"),
                amount=amount_newer,
                calculation=Msg(f"calc.{RULE}.alt.newer"),
                confidence=Confidence.UNCONFIRMED,
            )
        )
    uncertain = amount < CENT
    start, end = rows[0].period.start, rows[-1].period.end
    divisor = ctx.params.pay_divisor(end)
    parameters = unique_params(params_used)
    inputs: dict[str, CalcValue] = {}
    if not facts.cycle.calendar:
        inputs["pay_cycle"] = facts.cycle.words
    return [
        finding(
            ctx,
            RULE,
            key_of(RULE, start.isoformat()),
            severity=Severity.LOW if uncertain else Severity.HIGH,
            confidence=Confidence.UNCONFIRMED
            if uncertain
            else weakest(p.confidence for p in parameters if p.name != "minimum_wage_newer"),
            params={
                "start": start.isoformat(),
                "end": end.isoformat(),
                "months": len(rows),
                "amount": money(amount),
            },
            period=Period(start, end),
            amount=amount,
            calculation=Calculation(
                formula=Msg(f"calc.{RULE}.formula", {"divisor": str(divisor.value)}),
                inputs=inputs,
                parameters=(*parameters, *ctx.params.divisor_parameters(start, end)),
                table=_table(rows),
            ),
            basis=(
                B.art(B.LABOUR_LAW, "48"),
                B.art(B.LCL, "85"),
                B.art(B.SPC_INTERP_1, "45"),
                B.LCL38_PAY,
            ),
            forum=Forum.LABOUR_INSPECTION,
            refs=[ref for r in rows for ref in r.refs],
            strengthen=("payslip", "deductions"),
            next_steps=(
                "steps.inspection_complaint",
                "steps.demand_in_writing",
                "steps.lawyer_first",
            ),
            counter=("components",),
            alternatives=alternatives,
            variant="uncertain" if uncertain else "",
        )
    ]


def _table(rows: list[Row]) -> CalcTable:
    columns: tuple[str, ...] = ("minimum", "comparable", "shortfall")
    newer = any(r.floor_newer is not None for r in rows)
    if newer:
        columns += ("minimum_newer", "shortfall_newer")

    def cells(r: Row) -> tuple[str, ...]:
        out = (money(r.floor), money(r.comparable), money(r.shortfall))
        if not newer:
            return out
        if r.floor_newer is None:
            return (*out, "—", "—")
        return (*out, money(r.floor_newer), money(r.shortfall_newer))

    return CalcTable(
        period_key_column([r.period for r in rows]),
        columns,
        tuple(CalcRow(r.period.key, cells(r), label=r.period.label) for r in rows),
    )


_WEAKNESS = {c: n for n, c in enumerate(Confidence)}  # statute 0 … unconfirmed 4


def _order(fig: Figure) -> tuple[str, str, int, str]:
    """By date and value; where two sources give the same figure, the weaker
    confidence first (unique_params keeps the first, and the honest label is
    the weaker one), then the source, so the order never depends on set order."""
    return (
        fig.effective_from.isoformat() if fig.effective_from else "",
        str(fig.value),
        -_WEAKNESS[fig.confidence],
        source_line(fig.source),
    )
