"""Exhibit numbering shared by the brief and the filing pack.

Evidence items are grouped by what they prove, in the order an arbitration
commission's form asks for (facts of the relationship and pay first, then
what happened, then the end), and numbered 证据g-i: g the group, i the item
within it. Each file of an item becomes one exhibit (an item may hold a chat
thread of twelve screenshots); items without files are still listed (a paper
original the worker keeps, a notice the employer holds), with no exhibit.

The group of an item (docs/report.md, "The evidence list"):

1. the worker's own `proves` codes, always: the first of them in
   `GROUP_ORDER` (an item proving the relationship and the wage level is
   listed under the relationship);
2. none: proposed from the records the item is linked to (days, tasks,
   payments, social-insurance months and incidents whose `evidence` lists
   name it), each record by `record_proves`; the first proposal in
   `GROUP_ORDER` wins;
3. none of those propose anything: from the item's own kind (a contract →
   the relationship, a payslip → the wage level, …: `KIND_PROVES`);
4. otherwise "other facts".

A proposal is only where the report lists the item: nothing is written to
the case (the worker sets `proves` in the Evidence view).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath

from caseapp.domain.kinds import RECORD_KINDS
from caseapp.domain.model import (
    Case,
    Day,
    Evidence,
    EvidenceFile,
    Incident,
    Payment,
    Record,
    SIMonth,
    Task,
)
from caseapp.domain.vocab import (
    AgreementSubject,
    DayStatus,
    EvidenceKind,
    PaymentKind,
    Proves,
)

GROUP_ORDER: tuple[Proves, ...] = (
    Proves.RELATIONSHIP,
    Proves.WAGE_LEVEL,
    Proves.STANDBY,
    Proves.PAY_SHORTFALL,
    Proves.PRESSURE,
    Proves.CONDITIONS_WITHDRAWN,
    Proves.TERMINATION,
    Proves.OTHER,
)

# What a linked incident proposes, by kind (codes as strings: a kind added to
# the vocabulary later simply proposes nothing until it is named here).
INCIDENT_PROVES: Mapping[str, Proves] = {
    "removed_from_project": Proves.STANDBY,
    "standby_notice": Proves.STANDBY,
    "returned_to_agency": Proves.STANDBY,
    "redispatch_offer": Proves.STANDBY,
    "forced_leave": Proves.STANDBY,
    "work_requested": Proves.STANDBY,
    "colleagues_still_working": Proves.STANDBY,
    "hiring_same_role": Proves.STANDBY,
    "pay_cut_notice": Proves.PAY_SHORTFALL,
    "performance_pay_stopped": Proves.PAY_SHORTFALL,
    "wage_delay_notice": Proves.PAY_SHORTFALL,
    "demand_sent": Proves.PAY_SHORTFALL,
    "employer_acknowledged": Proves.PAY_SHORTFALL,
    "inspection_order": Proves.PAY_SHORTFALL,
    "asked_to_resign": Proves.PRESSURE,
    "resignation_form_presented": Proves.PRESSURE,
    "performance_warning": Proves.PRESSURE,
    "pip_started": Proves.PRESSURE,
    "assessment": Proves.PRESSURE,
    "incompetence_claim": Proves.PRESSURE,
    "access_revoked": Proves.CONDITIONS_WITHDRAWN,
    "transfer_notice": Proves.CONDITIONS_WITHDRAWN,
    "humiliating_task": Proves.CONDITIONS_WITHDRAWN,
    "mutual_termination_offer": Proves.TERMINATION,
    "post_eliminated": Proves.TERMINATION,
    "termination_notice": Proves.TERMINATION,
    "nonrenewal_notice": Proves.TERMINATION,
    "renewal_offer": Proves.TERMINATION,
    "resignation_submitted": Proves.TERMINATION,
}
# A signed agreement, by what it is about.
AGREEMENT_PROVES: Mapping[AgreementSubject, Proves] = {
    AgreementSubject.PAY: Proves.WAGE_LEVEL,
    AgreementSubject.POST: Proves.CONDITIONS_WITHDRAWN,
    AgreementSubject.PLACE: Proves.CONDITIONS_WITHDRAWN,
    AgreementSubject.TERMINATION: Proves.TERMINATION,
    AgreementSubject.SETTLEMENT: Proves.TERMINATION,
}
PAYMENT_PROVES: Mapping[PaymentKind, Proves] = {
    PaymentKind.WAGE: Proves.WAGE_LEVEL,
    PaymentKind.BONUS: Proves.WAGE_LEVEL,
    PaymentKind.OVERTIME: Proves.WAGE_LEVEL,
    PaymentKind.ALLOWANCE: Proves.WAGE_LEVEL,
    PaymentKind.STANDBY: Proves.PAY_SHORTFALL,
    PaymentKind.SEVERANCE: Proves.TERMINATION,
    PaymentKind.NOTICE_PAY: Proves.TERMINATION,
}
# The last resort: what an item of this kind usually proves.
KIND_PROVES: Mapping[EvidenceKind, Proves] = {
    EvidenceKind.CONTRACT: Proves.RELATIONSHIP,
    EvidenceKind.SOCIAL_INSURANCE_RECORD: Proves.RELATIONSHIP,
    EvidenceKind.ATTENDANCE: Proves.RELATIONSHIP,
    EvidenceKind.PAYSLIP: Proves.WAGE_LEVEL,
    EvidenceKind.BANK_STATEMENT: Proves.WAGE_LEVEL,
    EvidenceKind.TAX_RECORD: Proves.WAGE_LEVEL,
}


class GroupFrom(StrEnum):
    """Where an item's group came from."""

    PROVES = "proves"  # the worker's own codes
    RECORDS = "records"  # proposed from the linked records
    KIND = "kind"  # proposed from the item's kind
    NONE = "none"  # nothing to go on: other facts


class FileKind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    AUDIO = "audio"
    VIDEO = "video"
    UNSUPPORTED = "unsupported"  # anything the PDF cannot show


# HEIC/HEIF (iPhone photos) are decoded with pillow-heif (`exhibits.heif_opener`).
HEIF_EXT = frozenset({".heic", ".heif", ".hif"})
IMAGE_EXT = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", *HEIF_EXT}
)
AUDIO_EXT = frozenset({".mp3", ".m4a", ".wav", ".amr", ".aac", ".ogg", ".opus", ".flac", ".wma"})
VIDEO_EXT = frozenset({".mp4", ".mov", ".avi", ".mkv", ".3gp", ".webm", ".m4v", ".wmv"})


def is_heif(f: EvidenceFile) -> bool:
    return PurePosixPath((f.original_name or f.path).lower()).suffix in HEIF_EXT


def file_kind(f: EvidenceFile) -> FileKind:
    name = f.original_name or f.path
    ext = PurePosixPath(name.lower()).suffix
    if ext in IMAGE_EXT:
        return FileKind.IMAGE
    if ext == ".pdf":
        return FileKind.PDF
    if ext in AUDIO_EXT:
        return FileKind.AUDIO
    if ext in VIDEO_EXT:
        return FileKind.VIDEO
    return FileKind.UNSUPPORTED


@dataclass(frozen=True)
class Exhibit:
    label: str  # "1-2" or "1-2-3" when the item has several files
    item_label: str  # "1-2"
    evidence: Evidence
    file: EvidenceFile
    index: int  # 1-based within the item
    count: int  # files in the item
    kind: FileKind


@dataclass(frozen=True)
class ListedItem:
    label: str  # "1-2"
    group: Proves
    evidence: Evidence
    exhibits: tuple[Exhibit, ...]
    linked: tuple[Record, ...] = ()  # the records naming the item, by date
    group_from: GroupFrom = GroupFrom.PROVES


@dataclass(frozen=True)
class EvidenceList:
    groups: tuple[tuple[Proves, tuple[ListedItem, ...]], ...]

    def items(self) -> list[ListedItem]:
        return [item for _, items in self.groups for item in items]

    def exhibits(self) -> list[Exhibit]:
        return [ex for item in self.items() for ex in item.exhibits]

    def label_of(self) -> dict[str, str]:
        """evidence id → item label."""
        return {item.evidence.id: item.label for item in self.items()}


def record_date(record: Record) -> dt.date:
    """The day a linked record is about (a payment: the first day of its period)."""
    if isinstance(record, Day | Incident):
        return record.date
    if isinstance(record, Task):
        return record.assigned_on
    if isinstance(record, Payment):
        return record.period_start
    if isinstance(record, SIMonth):
        return record.month
    raise TypeError(type(record).__name__)


def record_proves(record: Record) -> Proves | None:
    """What a linked record proposes for the items it names (None: nothing).
    A day marked absent proposes nothing: a list of the worker's evidence
    does not put it forward."""
    if isinstance(record, Incident):
        if record.subject is not None and record.kind == "agreement_signed":
            return AGREEMENT_PROVES.get(record.subject)
        return INCIDENT_PROVES.get(str(record.kind))
    if isinstance(record, Payment):
        return PAYMENT_PROVES.get(record.kind)
    if isinstance(record, Day):
        if record.status == DayStatus.WORKING:
            return Proves.RELATIONSHIP
        return Proves.STANDBY if record.status.is_standby else None
    if isinstance(record, Task | SIMonth):
        return Proves.RELATIONSHIP
    return None


def links_of(case: Case) -> dict[str, tuple[Record, ...]]:
    """evidence id → the records whose `evidence` lists name it, by date."""
    found: dict[str, list[Record]] = {}
    for kind in RECORD_KINDS:
        if not kind.holds_evidence:
            continue
        for record in kind.records(case):
            for evidence_id in getattr(record, "evidence", ()):
                found.setdefault(evidence_id, []).append(record)
    return {
        eid: tuple(sorted(records, key=lambda r: (record_date(r), type(r).__name__)))
        for eid, records in found.items()
    }


def _first(codes: list[Proves]) -> Proves | None:
    for proves in GROUP_ORDER:
        if proves in codes:
            return proves
    return None


def group_of(evidence: Evidence, linked: tuple[Record, ...] = ()) -> tuple[Proves, GroupFrom]:
    """The item's group and where it came from (the module's rule)."""
    own = _first(list(evidence.proves))
    if own is not None:
        return own, GroupFrom.PROVES
    proposed = _first([p for p in map(record_proves, linked) if p is not None])
    if proposed is not None:
        return proposed, GroupFrom.RECORDS
    by_kind = KIND_PROVES.get(evidence.kind)
    if by_kind is not None:
        return by_kind, GroupFrom.KIND
    return Proves.OTHER, GroupFrom.NONE


def _sort_key(evidence: Evidence) -> tuple[str, str]:
    when = evidence.created_on or evidence.obtained_on
    return (when.isoformat() if when else "9999", evidence.id)


def build_evidence_list(case: Case) -> EvidenceList:
    links = links_of(case)
    buckets: dict[Proves, list[tuple[Evidence, GroupFrom]]] = {p: [] for p in GROUP_ORDER}
    for item in case.evidence:
        group, source = group_of(item, links.get(item.id, ()))
        buckets[group].append((item, source))
    groups: list[tuple[Proves, tuple[ListedItem, ...]]] = []
    for proves in GROUP_ORDER:
        members = sorted(buckets[proves], key=lambda pair: _sort_key(pair[0]))
        if not members:
            continue
        g = len(groups) + 1
        listed: list[ListedItem] = []
        for i, (evidence, source) in enumerate(members, start=1):
            label = f"{g}-{i}"
            count = len(evidence.files)
            exhibits = tuple(
                Exhibit(
                    label=label if count == 1 else f"{label}-{n}",
                    item_label=label,
                    evidence=evidence,
                    file=f,
                    index=n,
                    count=count,
                    kind=file_kind(f),
                )
                for n, f in enumerate(evidence.files, start=1)
            )
            linked = links.get(evidence.id, ())
            listed.append(ListedItem(label, proves, evidence, exhibits, linked, source))
        groups.append((proves, tuple(listed)))
    return EvidenceList(tuple(groups))
