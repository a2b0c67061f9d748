"""The use cases the desktop app and the command line share: the contract.

`caseapp.services.CaseService` implements this protocol over storage/ and
casefile/. Every method that changes data is one transaction and one journal
entry. The UI calls these only through the serial writer (one worker thread),
never from the GUI thread; the CLI calls them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from caseapp.domain.changes import Changes
from caseapp.domain.jobs import CancelCheck, Progress
from caseapp.domain.model import Case, CaseInfo, Day, Evidence, EvidenceFile, Record
from caseapp.domain.vocab import JournalOp


class ServiceError(Exception):
    """A use case refused its input; nothing was changed. `problems` are
    human-readable strings in the chosen language, each with its place."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


class DataDirInUse(Exception):
    """Another process holds the data directory."""


class ImportMode(StrEnum):
    REFUSE = "refuse"  # a uid already present is refused
    REPLACE = "replace"
    AS_NEW = "as_new"


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: str  # short local id, e.g. the uid's first 8 hex digits
    uid: str
    title: str | None
    worker: str
    employer: str
    client: str | None
    start: date
    last_day: date | None  # newest logged day
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class Undone:
    """What `undo_last` did: its own journal entry and the changes it stored."""

    entry: JournalEntry
    changes: Changes


@dataclass(frozen=True, slots=True)
class Change:
    ref: str
    before: object  # canonical JSON value (dict) or None
    after: object


@dataclass(frozen=True, slots=True)
class JournalEntry:
    seq: int
    at: datetime
    op: JournalOp
    changes: tuple[Change, ...]
    line_sha256: str  # SHA-256 of this line's exact bytes
    undoes: int | None = None


@dataclass(frozen=True, slots=True)
class VerifyProblem:
    place: str  # e.g. "evidence/ab12…", "journal.jsonl:17", "case.json"
    message: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    problems: tuple[VerifyProblem, ...] = ()
    entries: int = 0
    head_sha256: str | None = None
    files_checked: int = 0
    files_not_included: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


class CaseServiceAPI(Protocol):
    data_dir: Path

    # --- queries -------------------------------------------------------
    def list_cases(self) -> list[CaseSummary]: ...
    def load_case(self, case_id: str) -> Case: ...
    def resolve_case(self, id_or_prefix: str) -> str: ...
    def history(self, case_id: str, ref: str | None = None) -> list[JournalEntry]: ...
    def evidence_file_path(self, sha256: str) -> Path: ...
    def journal_head(self, case_id: str) -> tuple[int, str]: ...  # (entries, head sha256)

    # --- use cases: one transaction, one journal entry each -------------
    # Each that changes a case returns what it stored (`Changes`): the records
    # as stored, the references removed, the case object if it changed. The
    # desktop session applies them with `domain.changes.apply_changes`.
    def create_case(self, info: CaseInfo) -> str: ...
    def update_case_info(self, case_id: str, info: CaseInfo) -> Changes: ...
    def set_days(self, case_id: str, days: Sequence[Day]) -> Changes: ...
    def clear_days(self, case_id: str, dates: Sequence[date]) -> Changes: ...
    def save_record(self, case_id: str, record: Record) -> Changes:
        """Create or update a person, task, payment, SI month, incident or
        evidence item (by id; an empty id gets a fresh one). Fills provenance:
        recorded_at on create, updated_at on every change, origin `app`
        unless given. `changes.one(type(record))` is the record as stored."""
        ...

    def delete_record(self, case_id: str, ref: str) -> Changes: ...
    def add_evidence_files(
        self,
        case_id: str,
        evidence: Evidence,
        paths: Sequence[Path],
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Changes:
        """Copy files into the evidence store (streamed, hashed, temp+fsync+rename,
        stored by hash without extension) and save `evidence` with them added
        (`changes.one(Evidence)`)."""
        ...

    def store_file(
        self, path: Path, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> EvidenceFile: ...
    def undo_last(self, case_id: str) -> Undone | None: ...
    def purge(self, case_id: str, ref: str) -> Changes: ...
    def delete_case(self, case_id: str) -> None: ...

    # --- files ------------------------------------------------------------
    def import_file(
        self, path: Path, mode: ImportMode = ImportMode.REFUSE, progress: Progress | None = None
    ) -> str: ...
    def export_case(
        self,
        case_id: str,
        out: Path,
        progress: Progress | None = None,
        passphrase: str | None = None,
    ) -> Path: ...
    def verify_case(self, case_id: str) -> VerifyReport: ...
    def backup(self) -> Path: ...
    def list_backups(self) -> list[Path]: ...  # oldest first
    def restore_backup(self, backup: Path) -> list[str]:
        """Replace the database with a backup (the current one is backed up
        first); every restored case gets a `restore` journal entry naming the
        head it abandoned. Returns the restored cases' ids."""
        ...

    def close(self) -> None: ...
