"""The numbered chronology of the brief.

Entries, oldest first: runs of days, incidents, payments, tasks and
social-insurance months. A run folds consecutive days of one status (and leave
kind) with the same note (or none) and no evidence; rest days without a note
inside a run do not break it and are counted apart ("2025-04-08 至 2025-09-30
待岗 126 天"). A day with evidence, or a different note, is its own entry.

Each entry carries provenance marks: written more than three days after the
day it describes (`recorded_at`, in the case's time zone), backfilled (with its
basis), edited later (`updated_at` more than `SAME_SITTING` after `recorded_at`).

**When an edit is an edit.** A change saved within ten minutes of the
record's first saving (a note typed a few seconds after clicking a status, a
typo corrected) belongs to the same sitting: the entry is not marked 后改.
A change saved later than that — exactly ten minutes is still the same
sitting — is an edit made in a later sitting and is marked, with its day.
The journal keeps every change either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from caseapp.domain.findings import FindingsReport
from caseapp.domain.kinds import ref_of
from caseapp.domain.model import Case, Day, Incident, Payment, Provenance, SIMonth, Task
from caseapp.domain.vocab import DayStatus, LeaveKind, Origin

LATE_AFTER_DAYS = 3
SAME_SITTING = dt.timedelta(minutes=10)  # changes within it are part of the first entry


@dataclass(frozen=True)
class Marks:
    late: int = 0  # records written more than three days later
    backfilled: int = 0
    bases: tuple[str, ...] = ()
    edited: int = 0
    written_last: dt.date | None = None  # the latest day a late record was written
    edited_last: dt.date | None = None  # the latest day a record was edited

    def any(self) -> bool:
        return bool(self.late or self.backfilled or self.edited)

    def __add__(self, other: Marks) -> Marks:
        bases = tuple(dict.fromkeys(self.bases + other.bases))
        return Marks(
            self.late + other.late,
            self.backfilled + other.backfilled,
            bases,
            self.edited + other.edited,
            _later(self.written_last, other.written_last),
            _later(self.edited_last, other.edited_last),
        )


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


@dataclass(frozen=True)
class DayRun:
    status: DayStatus
    leave_kind: LeaveKind | None
    days: tuple[Day, ...]
    rest_days: int  # rest days folded inside the run

    @property
    def count(self) -> int:
        return len(self.days) - self.rest_days


Record = DayRun | Incident | Payment | Task | SIMonth


@dataclass(frozen=True)
class Entry:
    no: int
    start: dt.date
    end: dt.date
    record: Record
    refs: tuple[str, ...]
    evidence: tuple[str, ...]
    marks: Marks = field(default_factory=Marks)


def marks_of(prov: Provenance, described: dt.date, zone: ZoneInfo) -> Marks:
    late = 0
    written: dt.date | None = None
    if prov.recorded_at is not None:
        written = prov.recorded_at.astimezone(zone).date()
        late = int((written - described).days > LATE_AFTER_DAYS)
    backfilled = int(prov.origin == Origin.BACKFILL)
    bases = (prov.backfill_basis,) if backfilled and prov.backfill_basis else ()
    edited = int(
        prov.updated_at is not None
        and prov.recorded_at is not None
        and prov.updated_at - prov.recorded_at > SAME_SITTING
    )
    edited_on = prov.updated_at.astimezone(zone).date() if edited and prov.updated_at else None
    return Marks(late, backfilled, bases, edited, written if late else None, edited_on)


def _zone(case: Case) -> ZoneInfo:
    try:
        return ZoneInfo(case.info.time_zone)
    except (KeyError, ValueError):
        return ZoneInfo("Asia/Shanghai")


def fold_days(days: Iterable[Day]) -> list[DayRun]:
    runs: list[DayRun] = []
    current: list[Day] = []
    pending_rest: list[Day] = []

    def close() -> None:
        if current:
            head = current[0]
            rest = 0
            if head.status != DayStatus.REST:
                rest = sum(1 for d in current if d.status == DayStatus.REST)
            runs.append(DayRun(head.status, head.leave_kind, tuple(current), rest))
        if pending_rest:
            runs.append(DayRun(DayStatus.REST, None, tuple(pending_rest), 0))
        current.clear()
        pending_rest.clear()

    for day in sorted(days, key=lambda d: d.date):
        if current and _foldable(day) and _foldable(current[0]):
            head = current[0]
            last = (pending_rest or current)[-1]
            if day.date == last.date + dt.timedelta(days=1):
                if _key(day) == _key(head):
                    current.extend(pending_rest)
                    pending_rest.clear()
                    current.append(day)
                    continue
                if day.status == DayStatus.REST and head.status != DayStatus.REST and not day.note:
                    pending_rest.append(day)
                    continue
        close()
        current.append(day)
    close()
    return runs


def _foldable(day: Day) -> bool:
    return not day.evidence


def _key(day: Day) -> tuple[DayStatus, LeaveKind | None, str]:
    return day.status, day.leave_kind, (day.note or "").strip()


def _entries(case: Case, zone: ZoneInfo) -> list[tuple[dt.date, int, str, Entry]]:
    rows: list[tuple[dt.date, int, str, Entry]] = []
    for run in fold_days(case.days):
        marks = Marks()
        for d in run.days:
            marks = marks + marks_of(d.provenance, d.date, zone)
        evidence = tuple(dict.fromkeys(e for d in run.days for e in d.evidence))
        entry = Entry(
            0,
            run.days[0].date,
            run.days[-1].date,
            run,
            tuple(ref_of(d) for d in run.days),
            evidence,
            marks,
        )
        rows.append((entry.start, 0, entry.refs[0], entry))
    for inc in case.incidents:
        entry = Entry(
            0,
            inc.date,
            inc.date,
            inc,
            (ref_of(inc),),
            inc.evidence,
            marks_of(inc.provenance, inc.date, zone),
        )
        rows.append((inc.date, 1, (inc.time or "") + inc.id, entry))
    for task in case.tasks:
        entry = Entry(
            0,
            task.assigned_on,
            task.assigned_on,
            task,
            (ref_of(task),),
            task.evidence,
            marks_of(task.provenance, task.assigned_on, zone),
        )
        rows.append((task.assigned_on, 2, task.id, entry))
    for pay in case.payments:
        entry = Entry(
            0,
            pay.paid_on,
            pay.paid_on,
            pay,
            (ref_of(pay),),
            pay.evidence,
            marks_of(pay.provenance, pay.paid_on, zone),
        )
        rows.append((pay.paid_on, 3, pay.id, entry))
    for si in case.social_insurance:
        entry = Entry(
            0,
            si.month,
            si.month,
            si,
            (ref_of(si),),
            si.evidence,
            marks_of(si.provenance, si.known_on or _month_end(si.month), zone),
        )
        rows.append((si.month, 4, si.month.isoformat(), entry))
    return rows


def _month_end(month: dt.date) -> dt.date:
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def build_chronology(case: Case) -> list[Entry]:
    rows = sorted(_entries(case, _zone(case)), key=lambda r: (r[0], r[1], r[2]))
    out: list[Entry] = []
    for n, (_, _, _, e) in enumerate(rows, start=1):
        out.append(Entry(n, e.start, e.end, e.record, e.refs, e.evidence, e.marks))
    return out


def ref_index(entries: Iterable[Entry]) -> dict[str, int]:
    """Record ref (`day:…`, `incident:…`) → chronology entry number."""
    index: dict[str, int] = {}
    for entry in entries:
        for ref in entry.refs:
            index.setdefault(ref, entry.no)
    return index


def in_period(
    entries: list[Entry], period: tuple[dt.date, dt.date], findings: FindingsReport
) -> tuple[list[Entry], frozenset[int]]:
    """The entries overlapping the report period, plus every earlier or later
    entry a finding rests on (findings are computed on all records, so what
    they cite must stay checkable). Returns the entries and the numbers of
    those kept only because a finding cites them."""
    start, end = period
    cited = {ref for f in findings.findings for ref in f.refs}
    out: list[Entry] = []
    outside: set[int] = set()
    for e in entries:
        if e.end >= start and e.start <= end:
            out.append(e)
        elif cited.intersection(e.refs):
            out.append(e)
            outside.add(e.no)
    return out, frozenset(outside)
