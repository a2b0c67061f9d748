"""Benchmark: all rules on a 3-year and a 10-year case (targets: < 50 ms, < 200 ms).

Plain script, not collected by pytest:  .venv/bin/python tests/benchmarks/bench_rules.py

Each case logs every calendar day (working days, then a standby stretch in
the last year, rest days in between), one wage payment a month, a few
incidents; the law data is loaded once beforehand (as the app does).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rules.builders import case, is_working

from caseapp.domain.model import Day, Incident, Payment
from caseapp.domain.vocab import DayStatus, IncidentKind, PaymentKind
from caseapp.rules.engine import run_rules
from caseapp.rules.law import load_law_data

ONE = dt.timedelta(days=1)


def build(years: int) -> tuple[object, dt.date]:
    start = dt.date(2025, 12, 31) - dt.timedelta(days=365 * years) + ONE
    start = start.replace(day=1)
    end = dt.date(2025, 12, 31)
    bench_from = end - dt.timedelta(days=200)
    days = []
    day = start
    while day <= end:
        if not is_working(day):
            status = DayStatus.REST
        elif day >= bench_from:
            status = DayStatus.STANDBY
        else:
            status = DayStatus.WORKING
        days.append(Day(date=day, status=status))
        day += ONE
    payments = []
    cur = start
    n = 0
    while cur <= end:
        nxt = (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        n += 1
        amount = Decimal("10000") if nxt - ONE < bench_from else Decimal("1500")
        payments.append(
            Payment(
                id=f"P{n}",
                paid_on=nxt.replace(day=15),
                period_start=cur,
                period_end=nxt - ONE,
                kind=PaymentKind.WAGE,
                amount=amount,
            )
        )
        cur = nxt
    incidents = [
        Incident(id="I1", date=bench_from, kind=IncidentKind.STANDBY_NOTICE, summary="bench"),
        Incident(
            id="I2",
            date=end - dt.timedelta(days=30),
            kind=IncidentKind.ASKED_TO_RESIGN,
            summary="resign",
        ),
    ]
    from caseapp.domain.model import Contract
    from caseapp.domain.vocab import ContractKind

    c = case(
        days=days,
        payments=payments,
        incidents=incidents,
        contract=Contract(
            kind=ContractKind.FIXED, start=start, end=dt.date(2030, 12, 31), written=True
        ),
    )
    return c, dt.date(2026, 1, 20)


def measure(years: int, law: object, rounds: int = 15) -> list[float]:
    c, as_of = build(years)
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        report = run_rules(c, as_of, law)  # type: ignore[arg-type]
        times.append((time.perf_counter() - t0) * 1000)
    print(
        f"  {years}-year case: {len(c.days)} days, {len(c.payments)} payments, "  # type: ignore[attr-defined]
        f"{len(report.findings)} findings"
    )
    return times


def main() -> None:
    law = load_law_data()
    for years, target in ((3, 50.0), (10, 200.0)):
        times = measure(years, law)
        best, median = min(times), statistics.median(times)
        verdict = "OK" if median < target else "OVER"
        print(
            f"  all rules, {years} years: median {median:.1f} ms, best {best:.1f} ms, "
            f"first {times[0]:.1f} ms [cold: rule imports, holiday calendar] "
            f"(target < {target:.0f} ms, median) {verdict}"
        )


if __name__ == "__main__":
    main()
