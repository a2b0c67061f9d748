"""Exhibit numbering shared by the brief and the filing pack.

Evidence items are grouped by what they prove, in the order an arbitration
commission's form asks for (facts of the relationship and pay first, then
what happened, then the end), and numbered 证据g-i: g the group, i the item
within it. Each file of an item becomes one exhibit (an item may hold a chat
thread of twelve screenshots); items without files are still listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath

from caseapp.domain.model import Case, Evidence, EvidenceFile
from caseapp.domain.vocab import Proves

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


def group_of(evidence: Evidence) -> Proves:
    for proves in GROUP_ORDER:
        if proves in evidence.proves:
            return proves
    return Proves.OTHER


def _sort_key(evidence: Evidence) -> tuple[str, str]:
    when = evidence.created_on or evidence.obtained_on
    return (when.isoformat() if when else "9999", evidence.id)


def build_evidence_list(case: Case) -> EvidenceList:
    buckets: dict[Proves, list[Evidence]] = {p: [] for p in GROUP_ORDER}
    for item in case.evidence:
        buckets[group_of(item)].append(item)
    groups: list[tuple[Proves, tuple[ListedItem, ...]]] = []
    for proves in GROUP_ORDER:
        members = sorted(buckets[proves], key=_sort_key)
        if not members:
            continue
        g = len(groups) + 1
        listed: list[ListedItem] = []
        for i, evidence in enumerate(members, start=1):
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
            listed.append(ListedItem(label, proves, evidence, exhibits))
        groups.append((proves, tuple(listed)))
    return EvidenceList(tuple(groups))
