"""Views that grow with the record: the work of a refresh grows with the
record, not faster (issue 17). The figures in time are printed by
tests/benchmarks/bench_scale.py; here the algorithm's shape is counted: how
many records a refresh visits on a 3-month and on a 10-year case."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from caseapp.domain.model import Case, Day, Evidence, Incident, Payment
from caseapp.domain.vocab import DayStatus, EvidenceKind, IncidentKind, OriginalStatus, PaymentKind
from caseapp.ui.evidence_model import EvidenceModel, Thumbnails, used_by, used_by_map
from tests.report.fixtures import sample_case

START = dt.date(2016, 11, 1)


class Counting(tuple):  # type: ignore[type-arg]
    """A record list that counts the records handed out by iteration."""

    visits = 0

    def __iter__(self) -> Iterator[Any]:
        for item in super().__iter__():
            Counting.visits += 1
            yield item


def _case(months: int) -> Case:
    """`months` months: a day a day, a payment a month, an incident a week; 200
    evidence items a year, each day note, payment and incident citing some."""
    base, _ = sample_case(None)
    n_days = months * 365 // 12
    evidence = tuple(
        Evidence(f"E{k}", f"证据{k}", EvidenceKind.CHAT, OriginalStatus.KEPT)
        for k in range(max(1, months * 200 // 12))
    )
    ids = [e.id for e in evidence]
    days = tuple(
        Day(START + dt.timedelta(days=k), DayStatus.STANDBY, evidence=(ids[k % len(ids)],))
        for k in range(n_days)
    )
    payments = tuple(
        Payment(
            f"PAY{m}",
            START + dt.timedelta(days=30 * m + 15),
            START + dt.timedelta(days=30 * m),
            START + dt.timedelta(days=30 * m + 27),
            PaymentKind.STANDBY,
            evidence=(ids[(3 * m) % len(ids)], ids[(3 * m + 1) % len(ids)]),
        )
        for m in range(months)
    )
    incidents = tuple(
        Incident(
            f"I{w}",
            START + dt.timedelta(days=7 * w),
            IncidentKind.OTHER,
            "要求主动离职",
            evidence=(ids[(5 * w) % len(ids)], ids[(5 * w) % len(ids)]),  # cited twice: once
        )
        for w in range(n_days // 7)
    )
    return dataclasses.replace(
        base, days=days, tasks=(), payments=payments, social_insurance=(),
        incidents=incidents, evidence=evidence,
    )  # fmt: skip


def _counted(case: Case) -> Case:
    return dataclasses.replace(
        case,
        days=Counting(case.days),
        tasks=Counting(case.tasks),
        payments=Counting(case.payments),
        social_insurance=Counting(case.social_insurance),
        incidents=Counting(case.incidents),
    )


def _records(case: Case) -> int:
    return sum(
        len(g)
        for g in (case.days, case.tasks, case.payments, case.social_insurance, case.incidents)
    )


def test_the_used_by_map_is_used_by_of_each_item() -> None:
    case = _case(12)
    expected = {e.id: used_by(case, e.id) for e in case.evidence}
    assert used_by_map(case) == expected
    assert any(len(refs) > 1 for refs in expected.values())
    assert all(len(set(refs)) == len(refs) for refs in expected.values())  # no ref twice


def test_the_evidence_view_visits_each_record_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    visits: dict[int, tuple[int, int]] = {}
    for months in (3, 120):
        case = _counted(_case(months))
        thumbs = Thumbnails()
        model = EvidenceModel(thumbs)
        Counting.visits = 0
        model.set_case(case)
        visits[months] = (Counting.visits, _records(case))
        assert model.used(case.evidence[0].id)  # the map was made
        thumbs.close()
    small, big = visits[3], visits[120]
    # one pass: each citing record visited once, whatever the number of items
    assert small[0] == small[1] and big[0] == big[1]
    # so the work grows as the record does (40×), not as records × items (1,600×)
    assert big[0] / small[0] <= 1.1 * big[1] / small[1]
