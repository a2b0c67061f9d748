"""A short, human label for a record reference (`payment:p1`, `day:2024-05-01`)
in the open case, as the views list the records a finding or a piece of
evidence concerns."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.kinds import split_ref
from caseapp.domain.model import Case
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import DayStatus
from caseapp.ui import words


def ref_label(case: Case | None, ref: str) -> str:
    """One label; it looks the record up in the case (O(records)). For many
    refs of one case use `RefLabels`, which indexes the case once."""
    return RefLabels(case).label(ref)


class RefLabels:
    """The labels of many refs of one case: each kind of record indexed by its
    key on first use, so n labels cost O(n + records), not O(n × records)."""

    def __init__(self, case: Case | None) -> None:
        self.case = case
        self._index: dict[str, dict[str, Any]] = {}

    def _find(self, kind: str, key: str) -> Any:
        index = self._index.get(kind)
        if index is None:
            case = self.case
            records: Iterable[Any] = ()
            if case is not None:
                records = {
                    "day": (),
                    "payment": case.payments,
                    "incident": case.incidents,
                    "evidence": case.evidence,
                    "task": case.tasks,
                    "person": case.people,
                }.get(kind, ())
            index = {}
            for record in records:
                index.setdefault(record.id, record)  # the first, as the old scan found
            if kind == "day" and case is not None:
                for day in case.days:
                    index[day.date.isoformat()] = day  # the last, as the old scan kept
            self._index[kind] = index
        return index.get(key)

    def label(self, ref: str) -> str:
        return _label(self.case, ref, self._find)


def _label(case: Case | None, ref: str, find: Callable[[str, str], Any]) -> str:
    if ref in ("case", "info", "case_info"):
        return QCoreApplication.translate("Records", "Case details")
    try:
        kind, key = split_ref(ref)
    except ValueError:
        return ref
    if kind == "day":
        day = find("day", key)
        status = " · " + words.status_label(DayStatus(day.status)) if day is not None else ""
        return QCoreApplication.translate("Records", "Day %1").replace("%1", key) + status
    if kind == "si":
        return QCoreApplication.translate("Records", "Social insurance %1").replace("%1", key)
    if case is None:
        return ref
    record = find(kind, key)
    if record is None:
        return ref
    if kind == "payment":
        amount = record.amount if record.amount is not None else record.net
        money = f" ¥{fmt_money(amount)}" if amount is not None else ""
        return (
            QCoreApplication.translate("Records", "Pay received %1").replace(
                "%1", record.paid_on.isoformat()
            )
            + money
        )
    if kind == "incident":
        return f"{record.date.isoformat()} · {words.incident_label(record.kind)}"
    if kind == "evidence":
        return QCoreApplication.translate("Records", "Evidence: %1").replace("%1", record.title)
    if kind == "task":
        return QCoreApplication.translate("Records", "Task: %1").replace("%1", record.title)
    if kind == "person":
        return str(record.name)
    return ref
