"""Overlapping `prior_service` is a warning, never an error: files the app wrote
before stay readable, and the rules count the overlapping days once
(caseapp/rules/calc_severance.service; issue 9 item 2)."""

from __future__ import annotations

from pathlib import Path

from caseapp.casefile.reader import read_case_file
from caseapp.i18n import render

from .helpers import TODAY
from .test_bad_input import edit, setp

# The helpers' sample case: work from 2023-03-01 (the contract's start), not ended.


def _prior(start: str, end: str) -> dict[str, object]:
    return {
        "employer": "前一家外包公司",
        "start": start,
        "end": end,
        "same_workplace": True,
        "severance_paid": False,
    }


def _load(tmp_path: Path, *periods: dict[str, object]) -> list[tuple[str, str, str]]:
    path = tmp_path / "prior.caseapp.json"
    path.write_bytes(edit(setp("case.prior_service", list(periods)))())
    loaded = read_case_file(path, TODAY)
    assert len(loaded.case.info.prior_service) == len(periods)  # read, not refused
    return [(w.place, w.message.key, render(w.message, "en")) for w in loaded.warnings]


def test_two_prior_periods_over_each_other_warn_once(tmp_path: Path) -> None:
    # 2019-01-01..2021-06-30 and 2021-01-01..2022-12-31 share 2021-01-01..2021-06-30.
    found = _load(tmp_path, _prior("2019-01-01", "2021-06-30"), _prior("2021-01-01", "2022-12-31"))
    assert [(p, k) for p, k, _ in found] == [
        ("case.prior_service[1]", "casefile.prior_service_overlap")
    ]
    assert "(2021-01-01 to 2021-06-30)" in found[0][2]


def test_a_prior_period_inside_the_current_employment_warns(tmp_path: Path) -> None:
    # The current employment runs from 2023-03-01; a prior period to 2023-05-31 overlaps
    # it on 2023-03-01..2023-05-31 (the same contract recorded twice).
    found = _load(tmp_path, _prior("2022-01-01", "2023-05-31"))
    assert [(p, k) for p, k, _ in found] == [
        ("case.prior_service[0]", "casefile.prior_service_overlap")
    ]
    assert "(2023-03-01 to 2023-05-31)" in found[0][2]


def test_near_miss_adjacent_periods_do_not_warn(tmp_path: Path) -> None:
    # 2019-01-01..2020-12-31, then 2021-01-01..2023-02-28, then work from 2023-03-01:
    # each period ends the day before the next begins.
    assert (
        _load(tmp_path, _prior("2019-01-01", "2020-12-31"), _prior("2021-01-01", "2023-02-28"))
        == []
    )
