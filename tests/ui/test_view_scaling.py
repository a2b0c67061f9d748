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


# --- session 6: what a refresh does when little changed (issue 17, "every view ≤ 20 ms") ---------
def _all_counted(case: Case) -> Case:
    """Every record list counted, the people and the evidence too."""
    return dataclasses.replace(
        _counted(case), people=Counting(case.people), evidence=Counting(case.evidence)
    )


def _refs(case: Case) -> list[str]:
    from caseapp.domain.kinds import ref_of

    groups = (case.incidents, case.payments, case.tasks, case.people, case.evidence)
    days = [f"day:{d.date.isoformat()}" for d in case.days[:50]]
    return [ref_of(r) for g in groups for r in g] + days + ["si:2024-01", "payment:nobody", "x"]


def test_ref_labels_are_ref_label_and_index_each_list_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.reflabels import RefLabels, ref_label

    case = _case(12)
    refs = _refs(case)
    labels = RefLabels(case)
    assert [labels.label(r) for r in refs] == [ref_label(case, r) for r in refs]
    assert RefLabels(None).label("payment:PAY1") == ref_label(None, "payment:PAY1")
    counted = _all_counted(_case(120))
    records = _records(counted) + len(counted.people) + len(counted.evidence)
    refs = _refs(counted)
    Counting.visits = 0
    labels = RefLabels(counted)
    for r in refs:
        labels.label(r)
    # 2,000+ labels: each list walked once (was once per label: records × labels)
    assert len(refs) > 2000 and Counting.visits <= records


def test_the_history_record_list_is_labelled_once_and_kept_when_unchanged(qtbot, parts) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.history_panel import HistoryPanel

    panel = HistoryPanel(parts.session)
    qtbot.addWidget(panel)
    case = _all_counted(_case(120))
    listed = len(case.incidents) + len(case.payments) + len(case.people) + len(case.evidence)
    Counting.visits = 0
    panel.fill_records(case)
    assert panel.record.count() == 1 + listed  # "the whole case" and every record
    # the lists walked a bounded number of times (to list them, then to label them)
    assert Counting.visits <= 2 * (_records(case) + len(case.people) + len(case.evidence))
    panel.record.setCurrentIndex(5)
    chosen = panel.record.currentData()
    removed: list[int] = []
    panel.record.model().rowsRemoved.connect(lambda *_a: removed.append(1))
    panel.fill_records(dataclasses.replace(case))  # a new case object, the same records
    assert removed == [] and panel.record.currentData() == chosen
    fewer = dataclasses.replace(case, evidence=case.evidence[1:])
    panel.fill_records(fewer)  # one item fewer: listed anew, the choice kept
    assert panel.record.count() == listed and panel.record.currentData() == chosen


def test_a_record_list_given_the_same_records_is_repainted_not_resorted(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.ui.records_model import RecordsModel

    keyed: list[object] = []

    def key(e: Evidence) -> str:
        keyed.append(e)
        return e.id

    model: RecordsModel[Evidence] = RecordsModel([(lambda: "t", lambda e: e.title)], sort_key=key)
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *_a: changed.append(1))
    items = _case(120).evidence
    model.set_records(items)
    assert len(keyed) == len(items) and resets == [1]
    keyed.clear()
    model.set_records(items)  # the same tuple (a change elsewhere in the case)
    assert keyed == [] and resets == [1] and changed == [1]  # one repaint of what is shown
    model.set_records(items[1:])  # another list: sorted and reset
    assert len(keyed) == len(items) - 1 and resets == [1, 1]


def test_the_evidence_model_recounts_only_when_a_citing_list_changed(qapp) -> None:  # type: ignore[no-untyped-def]
    case = _counted(_case(120))
    thumbs = Thumbnails()
    model = EvidenceModel(thumbs)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_case(case)
    first = model.used(case.evidence[0].id)
    Counting.visits = 0
    model.set_case(dataclasses.replace(case, info=case.info))  # a change to no record list
    assert Counting.visits == 0 and resets == [1] and model.used(case.evidence[0].id) == first
    cited = case.incidents[0].evidence[0]
    fewer = dataclasses.replace(case, incidents=Counting(case.incidents[1:]))
    Counting.visits = 0
    model.set_case(fewer)  # an incident gone: recounted, in one pass
    assert 0 < Counting.visits <= _records(fewer)
    assert f"incident:{case.incidents[0].id}" not in model.used(cited)
    assert resets == [1]  # the evidence itself is the same: still no reset
    thumbs.close()


def test_a_thumbnail_repaints_its_own_row_only(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseapp.domain.model import EvidenceFile

    base = _case(120)
    evidence = tuple(
        dataclasses.replace(e, files=(EvidenceFile(f"evidence/{k:064x}/f.png", f"{k:064x}", 10),))
        for k, e in enumerate(base.evidence)
    )
    case = dataclasses.replace(base, evidence=evidence)
    thumbs = Thumbnails()
    model = EvidenceModel(thumbs)
    model.set_case(case)
    rows: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_r: rows.append((a.row(), b.row())))
    sha = evidence[7].files[0].sha256
    thumbs.ready.emit(sha)
    (row,) = [r for r in range(model.rowCount()) if model.evidence(r) is evidence[7]]
    assert rows == [(row, row)]
    thumbs.close()


def test_the_pay_chart_computes_only_the_months_it_shows() -> None:
    from caseapp.ui.pay_model import (
        contract_wage,
        month_of,
        monthly_pay,
        next_month,
        paid_by_month,
    )

    def reference(case: Case, floor, limit: int = 36) -> list[object]:  # type: ignore[no-untyped-def]
        """monthly_pay as it was: every month from the first, then the last `limit`."""
        from decimal import Decimal

        from caseapp.ui.pay_model import MonthPay

        paid, net_only = paid_by_month(case)
        months = set(paid) | {month_of(d.date) for d in case.days}
        if not months:
            return []
        out = []
        m = min(months)
        while m <= max(months):
            fl = floor(case.info.city, m)
            out.append(
                MonthPay(m, paid.get(m, Decimal(0)), m in net_only, contract_wage(case, m), fl)
            )
            m = next_month(m)
        return out[-limit:]

    asked: list[dt.date] = []

    def floor(_city: str, month: dt.date) -> None:
        asked.append(month)

    for months in (1, 3, 36, 37, 120):
        case = _case(months)
        empty = dataclasses.replace(case, days=(), payments=())
        for c in (
            case,
            empty,
            dataclasses.replace(case, days=()),
            dataclasses.replace(case, payments=()),
        ):
            assert monthly_pay(c, floor) == reference(c, floor)
        asked.clear()
        shown = monthly_pay(case, floor)
        assert len(asked) == len(shown) <= 36  # 120 months of record, 36 computed
