"""A short, human label for a record reference (`payment:p1`, `day:2024-05-01`)
in the open case, as the views list the records a finding or a piece of
evidence concerns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp.domain.kinds import split_ref
from caseapp.domain.model import Case
from caseapp.domain.money import fmt_money
from caseapp.domain.vocab import DayStatus
from caseapp.ui import words


def ref_label(case: Case | None, ref: str) -> str:
    if ref in ("case", "info", "case_info"):
        return QCoreApplication.translate("Records", "Case details")
    try:
        kind, key = split_ref(ref)
    except ValueError:
        return ref
    if kind == "day":
        status = ""
        for day in case.days if case else ():
            if day.date.isoformat() == key:
                status = " · " + words.status_label(DayStatus(day.status))
        return QCoreApplication.translate("Records", "Day %1").replace("%1", key) + status
    if kind == "si":
        return QCoreApplication.translate("Records", "Social insurance %1").replace("%1", key)
    if case is None:
        return ref
    if kind == "payment":
        for p in case.payments:
            if p.id == key:
                amount = p.amount if p.amount is not None else p.net
                money = f" ¥{fmt_money(amount)}" if amount is not None else ""
                return (
                    QCoreApplication.translate("Records", "Pay received %1").replace(
                        "%1", p.paid_on.isoformat()
                    )
                    + money
                )
    if kind == "incident":
        for i in case.incidents:
            if i.id == key:
                return f"{i.date.isoformat()} · {words.incident_label(i.kind)}"
    if kind == "evidence":
        for e in case.evidence:
            if e.id == key:
                return QCoreApplication.translate("Records", "Evidence: %1").replace("%1", e.title)
    if kind == "task":
        for t in case.tasks:
            if t.id == key:
                return QCoreApplication.translate("Records", "Task: %1").replace("%1", t.title)
    if kind == "person":
        for person in case.people:
            if person.id == key:
                return person.name
    return ref
