"""Severance N and 2N (LCL 46, 47, 87, 97 ¶3; Reg. 10, 25, 27), and notice
pay (LCL 40; Reg. 20): the base as a tribunal computes it, and the years.

**Service** (`service_years.service`): every period of service once (a
union of days), earlier contracts at the same workplace added and those
already compensated taken out (Reg. 10; Interp. I art. 46), LCL 47's
half-year rule.

* N counts only the service from the day the Labour Contract Law took
  effect (the statute table's date for LCL 97 ¶3, 2008-01-01): for the time
  before, severance follows "the rules then in force" (LCL 97 ¶3; Beijing 534
  Q66: the Labour Law and its rules). The references do not give those
  rules' content, so that time is not counted in N and the calculation says
  so — never a figure no source gives.
* 2N counts all of the service: damages run from the first day of work
  (Reg. 25; Beijing 534 Q66: not split).

**Base** (`base_months`): the average over the 12 whole calendar months
before the end (`base_window`: the month of the end counts only if the end
is its last day; with fewer months of service, the whole months served) of
the wage due for each month (Reg. 27: time and piece wages, bonuses,
allowances and subsidies, as due — 应得):

    counted(m) = max(recorded(m), due(m)) + bonuses and allowances(m)
                 [+ overtime(m) where the region counts it]

* `due(m)`: what the day values give for the month under the one
  pro-rating method (`prorate.due_in`): the wage for days worked, the
  first-cycle share and the standby floor for standby days, nothing for
  unpaid days. Pay below it does not lower the base (the wage *due*; Interp.
  I art. 44: the employer proves a pay reduction).
* `recorded(m)`: the wage and standby payments attributed to the month
  (`prorate.paid_in`), gross without their overtime component; a net-only
  payment counts at least its net.
* A day the records do not value (sick leave; a standby day whose regional
  share the law data lacks) never removes the month: with pay recorded for
  the month, the day is valued by that pay (sick pay as recorded); without,
  at the contract wage (sick days, a first cycle) or the minimum wage
  (standby after the first cycle). A month without any pay record counts at
  what was due. Each assumption is stated in the month's row and in
  `SeveranceEstimate.assumptions`.
* Overtime pay counts where the region's law data says so (Beijing 534
  Q55(4), `severance_base.toml`); elsewhere it is left out and the base with
  it is a `contested` alternative. Payments of kind `other` are left out
  (what they pay for is not recorded).
* Below the minimum wage on the end day: the minimum wage (Reg. 27). Above
  the cap (the law data's 3 × local average; an `average_wage` override × 3):
  the cap, and then — only then — at most 12 years (LCL 47 ¶2), for N and
  for 2N alike.

N = base (rounded to the fen) × years; 2N = 2 × (base × the years of all
service), each product rounded to the fen. Notice pay in lieu (LCL 40): one
month of the wage in force on the end day (Reg. 20: the previous month's
wage standard).

Alternative readings: standby days at the contract wage (where the full wage
was owed during standby, or as a negotiation reference: whether standby
months lower the base is not settled, law.md §8 q6), and the base with
overtime where the region's counting is not known; both `contested`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from caseapp.domain.findings import (
    Alternative,
    CalcRow,
    CalcTable,
    Calculation,
    CalcValue,
    Parameter,
    SeveranceEstimate,
)
from caseapp.domain.messages import Msg
from caseapp.domain.model import Payment
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import Confidence, PaymentKind
from caseapp.rules import pay
from caseapp.rules.context import RuleContext, money
from caseapp.rules.facts import Category, DayValue, Facts
from caseapp.rules.prorate import due_in, paid_in
from caseapp.rules.service_years import periods_text, service
from caseapp.rules.workdays import ONE_DAY, add_months, month_end, month_start, months_between

MAX_CAPPED_YEARS = Decimal(12)

REGULAR_KINDS = frozenset({PaymentKind.WAGE, PaymentKind.STANDBY})
EXTRA_KINDS = frozenset({PaymentKind.BONUS, PaymentKind.ALLOWANCE})
STANDBY_CATEGORIES = frozenset({Category.FLOOR, Category.FIRST_CYCLE})
ZERO = Decimal(0)


# --- base ---------------------------------------------------------------------


def base_window(ctx: RuleContext, end: dt.date) -> tuple[dt.date, dt.date, int]:
    """The months the base averages: the 12 whole calendar months ending on
    `end` if it is a month's last day, else on the last day of the month
    before; months before the first day of work are left out, and a first
    month that starts mid-month is left out too unless it is the only one.
    Returns (first day, last day, number of months averaged)."""
    facts = ctx.facts
    last = end if end == month_end(end) else month_start(end) - ONE_DAY
    if last < facts.start:  # less than one whole month of service
        return facts.start, end, 1
    first = max(add_months(month_start(last), -11), month_start(facts.start))
    if first < facts.start:
        first = add_months(first, 1) if add_months(first, 1) <= last else facts.start
    months = len(months_between(first, last))
    return first, last, max(months, 1)


@dataclass(frozen=True, slots=True)
class BaseMonth:
    """One month of the base (see the module docstring)."""

    month: dt.date  # its first day
    due: Decimal  # what the day values give (unvalued days: their fallback, or 0 beside pay)
    recorded: Decimal | None  # wage and standby pay recorded, without overtime; None: no record
    extra: Decimal  # bonuses and allowances recorded
    overtime: Decimal  # overtime pay recorded
    counted: Decimal  # what the base counts for the month
    at_wage: Decimal  # the same with standby days at the contract wage
    note: Msg | None  # the assumptions made for the month


def _fallback(facts: Facts) -> Callable[[DayValue], Decimal]:
    """A day's monthly figure, or the stated fallback where the records and the
    law data give none: the contract wage for a sick day or a first cycle, the
    minimum wage (else the wage) for a standby day after it."""

    def value(v: DayValue) -> Decimal:
        if v.figure is not None:
            return v.figure
        if v.category == Category.FLOOR:
            minimum = facts.params.minimum_wage(v.day)
            if minimum is not None:
                return minimum.value
        return facts.wage_on(v.day)

    return value


def _unvalued_at_zero(v: DayValue) -> Decimal:
    return ZERO if v.figure is None else v.figure


def _at_wage(facts: Facts, inner: Callable[[DayValue], Decimal]) -> Callable[[DayValue], Decimal]:
    def value(v: DayValue) -> Decimal:
        return facts.wage_on(v.day) if v.category in STANDBY_CATEGORIES else inner(v)

    return value


def _due(
    facts: Facts, start: dt.date, end: dt.date, value: Callable[[DayValue], Decimal]
) -> Decimal:
    total, _ = due_in(facts, start, end, value)
    return ZERO if total is None else total  # never None: `value` always answers


def _regular_pay(payment: Payment) -> Decimal | None:
    """Gross (at least the net) without the overtime component."""
    amount = pay.at_least(payment)
    if amount is None:
        return None
    comp = payment.components
    if comp is not None and comp.overtime:
        amount -= comp.overtime
    return max(amount, ZERO)


def _overtime_part(payment: Payment) -> Decimal:
    if payment.kind == PaymentKind.OVERTIME:
        return pay.at_least(payment) or ZERO
    comp = payment.components
    return comp.overtime if comp is not None and comp.overtime else ZERO


def _join(notes: Sequence[Msg]) -> Msg | None:
    if not notes:
        return None
    out = notes[0]
    for note in notes[1:]:
        out = Msg("calc.severance.note.join", {"a": out, "b": note})
    return out


def base_months(
    ctx: RuleContext, first: dt.date, last: dt.date, overtime_counts: bool
) -> list[BaseMonth]:
    """The base's months over [first, last] (calendar months, the first and
    last clipped to the window)."""
    facts = ctx.facts
    in_window = [p for p in ctx.case.payments if p.period_start <= last and p.period_end >= first]
    regular = [p for p in in_window if p.kind in REGULAR_KINDS]
    extras = [p for p in in_window if p.kind in EXTRA_KINDS]
    overtime_pay = [p for p in in_window if p.kind in REGULAR_KINDS | {PaymentKind.OVERTIME}]
    fallback = _fallback(facts)
    out: list[BaseMonth] = []
    for ms in months_between(first, last):
        start, end = max(first, ms), min(last, month_end(ms))
        values = [facts.value(d) for d in facts.month_workdays(ms) if start <= d <= end]
        sick = sum(1 for v in values if v.figure is None and v.category == Category.UNMODELLED)
        standby = [v for v in values if v.figure is None and v.category in STANDBY_CATEGORIES]
        due = _due(facts, start, end, fallback)
        due_wage = _due(facts, start, end, _at_wage(facts, fallback))
        recorded, used = paid_in(facts, regular, start, end, _regular_pay)
        extra, _ = paid_in(facts, extras, start, end, lambda p: pay.at_least(p) or ZERO)
        overtime, _ = paid_in(facts, overtime_pay, start, end, _overtime_part)
        notes: list[Msg] = []
        if not used:
            recorded = None
            counted_reg, at_wage_reg = due, due_wage
            if sick:
                notes.append(Msg("calc.severance.note.sick_at_wage", {"days": sick}))
            if standby:
                key = (
                    "calc.severance.note.standby_at_minimum"
                    if any(
                        v.category == Category.FLOOR
                        and facts.params.minimum_wage(v.day) is not None
                        for v in standby
                    )
                    else "calc.severance.note.standby_at_wage"
                )
                notes.append(Msg(key, {"days": len(standby)}))
            open_share = [
                v
                for v in values
                if v.category == Category.FLOOR
                and v.figure is not None
                and any(
                    n == "after_ratio" and f.confidence is Confidence.UNCONFIRMED
                    for n, f in v.sources
                )
            ]
            if open_share:
                notes.append(
                    Msg("calc.severance.note.standby_open_share", {"days": len(open_share)})
                )
            notes.append(Msg("calc.severance.note.no_record"))
        else:
            recorded = recorded or ZERO
            if sick or standby:
                due = _due(facts, start, end, _unvalued_at_zero)  # the days it values
                due_wage = _due(facts, start, end, _at_wage(facts, _unvalued_at_zero))
                counted_reg, at_wage_reg = max(recorded, due), max(recorded, due_wage)
                above = recorded >= due
                if sick:
                    key = "sick_recorded" if above else "sick_below"
                    notes.append(Msg(f"calc.severance.note.{key}", {"days": sick}))
                if standby:
                    key = "standby_recorded" if above else "standby_below"
                    notes.append(Msg(f"calc.severance.note.{key}", {"days": len(standby)}))
            else:
                counted_reg, at_wage_reg = max(recorded, due), max(recorded, due_wage)
            if any(pay.is_net_only(p) for p in used):
                notes.append(Msg("calc.severance.note.net_only"))
        on_top = (extra or ZERO) + ((overtime or ZERO) if overtime_counts else ZERO)
        out.append(
            BaseMonth(
                month=ms,
                due=due,
                recorded=recorded,
                extra=extra or ZERO,
                overtime=overtime or ZERO,
                counted=counted_reg + on_top,
                at_wage=at_wage_reg + on_top,
                note=_join(notes),
            )
        )
    return out


def _table(months: Sequence[BaseMonth], overtime: bool) -> CalcTable:
    columns: tuple[str, ...] = ("due", "recorded_pay", "bonus_allowance")
    columns += ("overtime_pay",) if overtime else ()
    columns += ("base_month", "note")
    rows = []
    for m in months:
        cells: list[CalcValue] = [
            money(m.due),
            Msg("calc.value.none") if m.recorded is None else money(m.recorded),
            money(m.extra),
        ]
        if overtime:
            cells.append(money(m.overtime))
        cells += [money(m.counted), m.note if m.note is not None else ""]
        rows.append(CalcRow(m.month.strftime("%Y-%m"), tuple(cells)))
    return CalcTable("month", columns, tuple(rows))


# --- the estimate -------------------------------------------------------------


def severance_estimate(
    ctx: RuleContext, end: dt.date | None = None, base_end: dt.date | None = None
) -> SeveranceEstimate | None:
    """N and 2N for employment ending on `end` (default: the end of the
    employment window). `base_end` (default `end`) is the day the base window
    ends: for an end still in the future, the analysis date. Memoised per run
    (`RuleContext.severance_memo`): several termination rules and the
    findings' own estimate ask for the same end. None only for an end before
    the first day of work."""
    end = end or ctx.facts.end
    key = (end, min(base_end or end, end))
    if key not in ctx.severance_memo:
        ctx.severance_memo[key] = _estimate(ctx, *key)
    return ctx.severance_memo[key]


@dataclass(frozen=True, slots=True)
class _Limits:
    """The floor and the cap applied to a base."""

    minimum: Decimal | None
    cap: Decimal | None

    def apply(self, base: Decimal, years: Decimal, years_all: Decimal) -> _Applied:
        floored = self.minimum is not None and base < self.minimum
        if floored and self.minimum is not None:
            base = self.minimum
        capped = self.cap is not None and base > self.cap
        if capped and self.cap is not None:
            base = self.cap
            years = min(years, MAX_CAPPED_YEARS)
            years_all = min(years_all, MAX_CAPPED_YEARS)
        return _Applied(round_fen(base), years, years_all, floored, capped)


@dataclass(frozen=True, slots=True)
class _Applied:
    base: Decimal  # rounded to the fen
    years: Decimal
    years_all: Decimal
    floored: bool
    capped: bool

    @property
    def n(self) -> Decimal:
        return round_fen(self.base * self.years)

    @property
    def double(self) -> Decimal:
        return 2 * round_fen(self.base * self.years_all)


def _alternative(key: str, applied: _Applied, confidence: Confidence) -> Alternative:
    """Another reading of the base (`rules.severance.alt.<key>`), with its amount
    and how it is computed (`calc.severance.alt.<key>`)."""
    return Alternative(
        reading=Msg(f"rules.severance.alt.{key}"),
        amount=applied.n,
        calculation=Msg(
            f"calc.severance.alt.{key}",
            {"base": money(applied.base), "years": str(applied.years)},
        ),
        confidence=confidence,
    )


def _average(values: Iterable[Decimal], count: int) -> Decimal:
    return sum(values, ZERO) / count


def _estimate(ctx: RuleContext, end: dt.date, base_day: dt.date) -> SeveranceEstimate | None:
    facts = ctx.facts
    if end < facts.start:
        return None
    svc = service(ctx, end)
    first, last, n_months = base_window(ctx, base_day)
    overtime_rule = ctx.params.severance_overtime(base_day)
    overtime_counts = overtime_rule is not None and overtime_rule.value
    months = base_months(ctx, first, last, overtime_counts)
    average = _average((m.counted for m in months), n_months)
    assumptions: list[Msg] = [
        Msg("calc.severance.assume.month", {"month": m.month.strftime("%Y-%m"), "note": m.note})
        for m in months
        if m.note is not None
    ]
    params: list[Parameter] = list(ctx.params.divisor_parameters(first, last))
    inputs: dict[str, CalcValue] = {
        "service": Msg("calc.value.service", {"months": svc.months, "days": svc.days}),
    }
    if len(svc.periods) > 1 or svc.overlap_days:
        inputs["service_periods"] = periods_text(svc.periods)
    if svc.overlap_days:
        inputs["service_overlap"] = Msg("calc.severance.value.overlap", {"days": svc.overlap_days})
    if svc.left_out:
        inputs["service_left_out"] = Msg(
            "calc.severance.value.left_out", {"periods": periods_text(svc.left_out)}
        )
    if svc.not_added:
        inputs["service_not_added"] = Msg(
            "calc.severance.value.not_added", {"periods": periods_text(svc.not_added)}
        )
    if svc.cutover is not None and (svc.before_months or svc.before_days):
        before = Msg(
            "calc.severance.value.before_law",
            {
                "months": svc.before_months,
                "days": svc.before_days,
                "cutover": svc.cutover.isoformat(),
            },
        )
        inputs["service_before_law"] = before
        assumptions.append(before)
    inputs["years"] = str(svc.years)
    if svc.years_all != svc.years:
        inputs["years_double"] = str(svc.years_all)
    inputs["window"] = Msg(
        "calc.value.range", {"start": first.isoformat(), "end": last.isoformat()}
    )
    inputs["months_averaged"] = str(n_months)
    inputs["average_due"] = money(average)
    overtime_total = sum((m.overtime for m in months), ZERO)
    if overtime_total and overtime_rule is not None:
        params.append(
            Parameter(
                name="severance_overtime",
                value="yes" if overtime_rule.value else "no",
                effective_from=overtime_rule.effective_from,
                source=overtime_rule.source,
                confidence=overtime_rule.confidence,
            )
        )
    if overtime_total:
        inputs["overtime_in_base"] = Msg(
            "calc.severance.value.overtime_counted"
            if overtime_counts
            else "calc.severance.value.overtime_left_out",
            {"amount": money(overtime_total)},
        )
    others = [
        p
        for p in ctx.case.payments
        if p.kind == PaymentKind.OTHER and p.period_start <= last and p.period_end >= first
    ]
    if others:
        left = Msg("calc.severance.value.other_left_out", {"count": len(others)})
        inputs["other_payments"] = left
        assumptions.append(left)
    minimum = ctx.params.minimum_wage(base_day)
    if minimum is not None:
        params.append(minimum.parameter("minimum_wage"))
    cap_figure = ctx.params.severance_cap(base_day)
    limits = _Limits(
        minimum.value if minimum is not None else None,
        cap_figure.value if cap_figure is not None else None,
    )
    main = limits.apply(average, svc.years, svc.years_all)
    if main.floored and minimum is not None:
        inputs["floor_applied"] = money(minimum.value)
    if cap_figure is not None:
        params.append(cap_figure.parameter("severance_cap"))
        inputs["cap"] = money(cap_figure.value)
        if main.capped:
            inputs["cap_applied"] = "yes"
            inputs["years_capped"] = str(main.years)
            if cap_figure.confidence == Confidence.UNCONFIRMED:
                assumptions.append(Msg("calc.severance.value.cap_unconfirmed"))
    else:
        inputs["cap"] = Msg("calc.value.cap_unknown")
    alternatives: list[Alternative] = []
    if main.capped and ctx.params.severance_cap_stand_in(base_day) is not None:
        # The cap rests on a region's average standing in for the city's own
        # (law data): the amount without that cap is shown beside it.
        uncapped = _Limits(limits.minimum, None).apply(average, svc.years, svc.years_all)
        assumptions.append(Msg("calc.severance.value.cap_stand_in"))
        alternatives.append(_alternative("without_stand_in_cap", uncapped, Confidence.UNCONFIRMED))
    at_wage = limits.apply(
        _average((m.at_wage for m in months), n_months), svc.years, svc.years_all
    )
    if at_wage.base != main.base:
        alternatives.append(_alternative("without_standby", at_wage, Confidence.CONTESTED))
    if overtime_total and not overtime_counts:
        with_overtime = limits.apply(
            _average((m.counted + m.overtime for m in months), n_months),
            svc.years,
            svc.years_all,
        )
        alternatives.append(_alternative("with_overtime", with_overtime, Confidence.CONTESTED))
    return SeveranceEstimate(
        years=main.years,
        base=main.base,
        n=main.n,
        double=main.double,
        notice_pay=round_fen(facts.wage_on(base_day)),
        alternatives=tuple(alternatives),
        calculation=Calculation(
            formula=Msg("calc.severance.formula"),
            inputs=inputs,
            parameters=tuple(params),
            table=_table(months, bool(overtime_total)),
        ),
        years_double=main.years_all,
        assumptions=tuple(assumptions),
    )
