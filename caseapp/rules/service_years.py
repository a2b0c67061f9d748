"""Years of service for severance (LCL 47, 97 ¶3; Reg. 10, 25; Interp. I art. 46).

Every period of service counts once: the current employment (first day of
work to the end) and each earlier contract for the same work
(`prior_service` with `same_workplace`, 换签), merged as a union of days, so
periods recorded twice or overlapping are never counted twice; the days of
an earlier contract for which severance was already paid (`severance_paid`)
are taken out (Reg. 10). An earlier contract elsewhere is not added (Reg. 10
adds service only where the worker was moved for reasons not their own).

A period is whole calendar months plus leftover days; leftover days of
several periods are added and turned into months at 30 days a month. Full
years count 1; a remainder of 6 months or more counts 1, a shorter non-zero
remainder 0.5 (LCL 47).

N counts the service from the Labour Contract Law's first day (the statute
table's date for LCL 97 ¶3); 2N counts all of it (Reg. 25). See
`calc_severance` for why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from caseapp.rules.context import RuleContext
from caseapp.rules.workdays import ONE_DAY, add_months

DAYS_PER_MONTH = 30  # leftover days of several periods, turned into months
ZERO = Decimal(0)

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class Service:
    """The service an ending counts (see the module docstring)."""

    periods: tuple[Span, ...]  # counted: disjoint, in order
    left_out: tuple[Span, ...]  # earlier contracts already compensated (Reg. 10)
    not_added: tuple[Span, ...]  # earlier contracts elsewhere, not added (Reg. 10)
    overlap_days: int  # days recorded in more than one counted period
    months: int  # all counted service: whole months
    days: int  # and leftover days
    years_all: Decimal  # LCL 47 years of all of it (2N: Reg. 25)
    cutover: dt.date | None  # the Labour Contract Law's first day (LCL 97 ¶3)
    before_months: int  # the part before the cutover
    before_days: int
    years: Decimal  # LCL 47 years from the cutover: N


def _span(start: dt.date, end: dt.date) -> tuple[int, int]:
    """Whole months and leftover days in [start, end], both inclusive."""
    if end < start:
        return 0, 0
    stop = end + ONE_DAY
    months = (stop.year - start.year) * 12 + stop.month - start.month
    while months > 0 and add_months(start, months) > stop:
        months -= 1
    return months, (stop - add_months(start, months)).days


def union(spans: Iterable[Span]) -> list[Span]:
    """The days of `spans` as disjoint periods in order (touching ones merged)."""
    out: list[Span] = []
    for start, end in sorted(s for s in spans if s[0] <= s[1]):
        if out and start <= out[-1][1] + ONE_DAY:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def subtract(spans: Sequence[Span], cut: Sequence[Span]) -> list[Span]:
    """The days of `spans` that are in none of `cut`."""
    out: list[Span] = []
    for start, end in spans:
        pieces = [(start, end)]
        for c_start, c_end in cut:
            nxt: list[Span] = []
            for p_start, p_end in pieces:
                if c_end < p_start or c_start > p_end:
                    nxt.append((p_start, p_end))
                    continue
                if p_start < c_start:
                    nxt.append((p_start, c_start - ONE_DAY))
                if c_end < p_end:
                    nxt.append((c_end + ONE_DAY, p_end))
            pieces = nxt
        out.extend(pieces)
    return union(out)


def _days(spans: Iterable[Span]) -> int:
    return sum((end - start).days + 1 for start, end in spans)


def _months_days(spans: Iterable[Span]) -> tuple[int, int]:
    months = days = 0
    for start, end in spans:
        m, d = _span(start, end)
        months += m
        days += d
    return months + days // DAYS_PER_MONTH, days % DAYS_PER_MONTH


def lcl47_years(months: int, days: int) -> Decimal:
    """LCL 47: a year per full year; a remainder of 6 months or more counts 1,
    a shorter non-zero remainder 0.5."""
    full, rest = divmod(months, 12)
    if rest >= 6:
        extra = Decimal(1)
    elif rest or days:
        extra = Decimal("0.5")
    else:
        extra = ZERO
    return Decimal(full) + extra


def _cutover(ctx: RuleContext) -> dt.date | None:
    """The Labour Contract Law's first day, from the statute table (LCL 97 ¶3)."""
    try:
        return ctx.law.article("labour_contract_law", "97", 3).in_force_from
    except KeyError:
        return None


def service(ctx: RuleContext, until: dt.date) -> Service:
    """The service counted for an ending on `until` (see the module docstring)."""
    facts = ctx.facts
    priors = ctx.case.info.prior_service
    recorded = [(facts.start, until)] + [
        (p.start, p.end) for p in priors if p.same_workplace and not p.severance_paid
    ]
    paid = union((p.start, p.end) for p in priors if p.severance_paid)
    merged = union(recorded)
    periods = subtract(merged, paid)
    overlap = _days(s for s in recorded if s[0] <= s[1]) - _days(merged)
    months, days = _months_days(periods)
    cutover = _cutover(ctx)
    before: list[Span] = []
    after = periods
    if cutover is not None:
        before = [(s, min(e, cutover - ONE_DAY)) for s, e in periods if s < cutover]
        after = [(max(s, cutover), e) for s, e in periods if e >= cutover]
    before_months, before_days = _months_days(before)
    return Service(
        periods=tuple(periods),
        left_out=tuple((p.start, p.end) for p in priors if p.severance_paid and p.same_workplace),
        not_added=tuple(
            (p.start, p.end) for p in priors if not p.same_workplace and not p.severance_paid
        ),
        overlap_days=max(overlap, 0),
        months=months,
        days=days,
        years_all=lcl47_years(months, days),
        cutover=cutover,
        before_months=before_months,
        before_days=before_days,
        years=lcl47_years(*_months_days(after)),
    )


def periods_text(spans: Iterable[Span]) -> str:
    """Periods as ISO 8601 intervals ("2019-01-01/2020-12-31, …"): language-neutral."""
    return ", ".join(f"{s.isoformat()}/{e.isoformat()}" for s, e in spans)
