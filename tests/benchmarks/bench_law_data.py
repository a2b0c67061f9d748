"""Benchmark: loading and validating the law data, and its lookups.

Plain script, not collected by pytest:  .venv/bin/python tests/benchmarks/bench_law_data.py

Prints the cold load time (parse + validate every file, uncached), and the
cost per lookup of the calls the rules make for each day or month of a case.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from caseapp.paths import resource
from caseapp.rules import holidays
from caseapp.rules.law import LawData, read_files


def cold_load() -> float:
    start = time.perf_counter()
    files, sha = read_files(resource("law"))
    LawData(files, sha)
    return time.perf_counter() - start


def per_call(label: str, calls: int, fn: object) -> None:
    assert callable(fn)
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed / calls * 1e6:8.2f} µs/call  ({calls} calls)")


def main() -> None:
    loads = [cold_load() for _ in range(20)]
    print(
        f"cold load + validation: median {statistics.median(loads) * 1e3:.1f} ms, "
        f"max {max(loads) * 1e3:.1f} ms (20 runs)"
    )
    files, sha = read_files(resource("law"))
    law = LawData(files, sha)
    days = [dt.date(2016, 1, 1) + dt.timedelta(days=i) for i in range(3653)]  # ten years
    cities = sorted(law.cities())

    def minimum_wages() -> None:
        for city in cities:
            for day in days:
                law.minimum_wage(city, day)

    def standby_rules() -> None:
        for city in cities:
            for day in days[::30]:
                law.standby_rule(city, day)

    def min_wage_rules() -> None:
        for city in cities:
            for day in days[::30]:
                law.min_wage_rules(city, day)

    holidays.is_working_day(days[0])  # load the bundled data once, as the app does
    notice_days = [d for d in days if d.year in law.holidays.known_years()]
    library_days = [d for d in days if d.year not in law.holidays.known_years()]

    def working_days_notices() -> None:
        for day in notice_days:
            holidays.is_working_day(day)

    def working_days_library() -> None:
        for day in library_days:
            holidays.is_working_day(day)

    per_call("minimum_wage(city, day)", len(cities) * len(days), minimum_wages)
    per_call("standby_rule(city, day)", len(cities) * len(days[::30]), standby_rules)
    per_call("min_wage_rules(city, day)", len(cities) * len(days[::30]), min_wage_rules)
    per_call("is_working_day, notice years (TOML)", len(notice_days), working_days_notices)
    per_call("is_working_day, other years (library)", len(library_days), working_days_library)


if __name__ == "__main__":
    main()
