"""CaseService: the use cases over storage/ and casefile/ (see api.py).

Every use case that changes data runs in one SQLite transaction (``BEGIN
IMMEDIATE``) and appends exactly one journal line in that same transaction,
so a change and its journal entry commit or vanish together. A use case that
changes nothing (saving a record identical to the stored one) writes no line.

Provenance: ``recorded_at`` is set when a record is first stored (kept if
the caller gave one), ``updated_at`` on every later change, ``origin`` is
``app`` unless given, ``backfill_basis`` is kept. Imported records are stored
exactly as they came, so a round trip changes nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp import __version__
from caseapp.casefile import codec
from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.errors import CaseFileError
from caseapp.casefile.validate import check_case_image, is_time_zone
from caseapp.domain.changes import Changes
from caseapp.domain.jobs import CancelCheck, Progress
from caseapp.domain.kinds import KIND, RECORD_KINDS, kind_of, ref_of, split_ref
from caseapp.domain.model import (
    Case,
    CaseInfo,
    Day,
    Evidence,
    EvidenceFile,
    Person,
    Record,
    new_uid,
)
from caseapp.domain.vocab import JournalOp, Origin
from caseapp.i18n import Lang, text
from caseapp.services import casefiles, evidence_files, integrity
from caseapp.services.api import (
    CaseSummary,
    DataDirInUse,
    ImportMode,
    JournalEntry,
    ServiceError,
    Undone,
    VerifyReport,
)
from caseapp.services.tx import (
    CASE_REF,
    Tx,
    _file_hashes,
    _fill_case_row,
    _offset,
    _op_from,
    parse_entry,
)
from caseapp.services.undo import undo_target
from caseapp.storage import journal_log, records
from caseapp.storage.backups import DAILY, daily_backup_due, list_backups, make_backup
from caseapp.storage.engine import db_path
from caseapp.storage.evidence_store import EvidenceStore
from caseapp.storage.migrate import open_database
from caseapp.storage.models import (
    CaseRow,
    DayRow,
    EvidenceFileRow,
    EvidenceRow,
)
from caseapp.storage.private import is_read_only as is_read_only
from caseapp.storage.private import private_dir

LOCK_NAME = "caseapp.sqlite3.lock"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CaseService:
    def __init__(
        self,
        data_dir: Path,
        *,
        lang: Lang = "zh",
        clock: Callable[[], dt.datetime] = utc_now,
        lock: bool = True,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.lang: Lang = lang
        self._clock = clock
        # Read-only media: list, check, report and verify work; a write is refused
        # by SQLite ("readonly database": exit 3). No lock file can be made there,
        # and none is needed: nothing here writes.
        self.read_only = is_read_only(self.data_dir)
        if not self.read_only:
            private_dir(self.data_dir)
        self._lock: Any = None
        if lock and not self.read_only:
            from filelock import FileLock, Timeout

            self._lock = FileLock(str(self.data_dir / LOCK_NAME), timeout=0, mode=0o600)
            try:
                self._lock.acquire()
            except Timeout as exc:
                raise DataDirInUse(str(self.data_dir)) from exc
        try:
            self._open_engines()
            self.db_path = db_path(self.data_dir)
            self.store = EvidenceStore(self.data_dir / "evidence")
            if not self.read_only and daily_backup_due(self.data_dir) and self._has_cases():
                self._daily_backup()
        except BaseException:
            if self._lock is not None:  # a failed open leaves the directory free
                self._lock.release()
            raise

    # --- plumbing -----------------------------------------------------------

    def _daily_backup(self) -> None:
        """The daily backup; one that fails (a full disk) leaves no file and is
        tried again at the next start, and the case still opens."""
        import logging

        try:
            make_backup(self.db_path, self.data_dir, DAILY)
        except (OSError, sqlite3.Error) as exc:
            logging.getLogger(__name__).warning("daily backup failed: %s", type(exc).__name__)

    def _open_engines(self) -> None:
        """Open the database (created or upgraded as needed): the read engine
        and the write engine, whose transactions begin IMMEDIATE."""
        self._engine = open_database(self.data_dir, read_only=self.read_only)
        self._write_engine = self._engine.execution_options(sqlite_immediate=True)

    def msg(self, key: str, **params: object) -> str:
        return text(f"services.{key}", self.lang, **params)

    def now(self) -> dt.datetime:
        return self._clock()

    def read_session(self) -> Session:
        return Session(self._engine, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self, case_id: str, op: JournalOp | None = None, **extra: object) -> Iterator[Tx]:
        """One use case on one case: yields a Tx; on success appends one journal
        entry (op given, or derived from the changes) and commits."""
        now = self.now()
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            tx = Tx(session, self._case_row(session, case_id), now)
            tx.store = self.store
            try:
                yield tx
            except CaseFileError as exc:  # what the reader would refuse: same messages
                raise ServiceError(exc.render(self.lang)) from None
            if tx.changes or op in (JournalOp.IMPORT, JournalOp.EXPORT, JournalOp.RESTORE):
                self.append_entry(tx, op or _op_from(tx.changes), **extra, **tx.extra)

    def append_entry(self, tx: Tx, op: JournalOp, **extra: object) -> None:
        entry: dict[str, object] = {
            "at": codec.instant_str(tx.now),  # already in the case's time zone
            "tz_offset": _offset(tx.now),
            "op": str(op),
            "changes": tx.changes,
            "app": f"caseapp {__version__}",
        }
        entry.update(extra)
        journal_log.append(tx.session, tx.case.pk, entry)
        tx.case.updated_at = tx.now

    def _case_row(self, session: Session, case_id: str) -> CaseRow:
        row = session.scalars(select(CaseRow).where(CaseRow.case_id == case_id)).one_or_none()
        if row is None:
            row = session.scalars(
                select(CaseRow).where(CaseRow.case_id == self.resolve_case(case_id))
            ).one()
        return row

    def _has_cases(self) -> bool:
        with self.read_session() as session:
            return bool(session.scalar(select(func.count()).select_from(CaseRow)))

    def new_case_id(self, session: Session, uid: str) -> str:
        hexits = uid.replace("-", "").lower()
        taken = set(session.scalars(select(CaseRow.case_id)))
        for length in range(8, len(hexits) + 1, 2):
            if hexits[:length] not in taken:
                return hexits[:length]
        raise ServiceError([self.msg("uid_exists", uid=uid, case=hexits)])  # pragma: no cover

    # --- queries ------------------------------------------------------------

    def list_cases(self) -> list[CaseSummary]:
        with self.read_session() as session:
            last_days = dict(
                session.execute(
                    select(DayRow.case_pk, func.max(DayRow.date)).group_by(DayRow.case_pk)
                ).all()
            )
            rows = session.scalars(select(CaseRow).order_by(CaseRow.pk)).all()
            return [
                CaseSummary(
                    id=row.case_id,
                    uid=row.uid,
                    title=row.title,
                    worker=row.worker,
                    employer=row.employer,
                    client=row.client,
                    start=row.start,
                    last_day=last_days.get(row.pk),
                    updated_at=row.updated_at,
                )
                for row in rows
            ]

    def resolve_case(self, id_or_prefix: str) -> str:
        key = id_or_prefix.strip().lower()
        with self.read_session() as session:
            ids = list(session.scalars(select(CaseRow.case_id)))
        if key in ids:
            return key
        matches = sorted(i for i in ids if key and i.startswith(key))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ServiceError([self.msg("case_not_found", case=id_or_prefix)])
        raise ServiceError(
            [self.msg("case_ambiguous", case=id_or_prefix, matches=", ".join(matches))]
        )

    def load_case(self, case_id: str) -> Case:
        with self.read_session() as session:
            row = self._case_row(session, case_id)
            lists: dict[str, tuple[Record, ...]] = {}
            for kind in RECORD_KINDS:
                lists[kind.list_field] = tuple(
                    codec.record_from_json(kind.name, cast(dict[str, object], r.doc))
                    for r in records.rows_of(session, row.pk, kind.name)
                )
            case = Case(
                info=codec.info_from_json(cast(dict[str, Any], row.info)),
                extra=dict(cast(dict[str, object], row.extra)),
                **lists,  # type: ignore[arg-type]
            )
        return codec.sort_case(case)

    def journal_lines(self, case_id: str) -> list[bytes]:
        with self.read_session() as session:
            return journal_log.lines(session, self._case_row(session, case_id).pk)

    def journal_head(self, case_id: str) -> tuple[int, str]:
        with self.read_session() as session:
            return journal_log.head(session, self._case_row(session, case_id).pk)

    def history(self, case_id: str, ref: str | None = None) -> list[JournalEntry]:
        entries = [parse_entry(line) for line in self.journal_lines(case_id)]
        if ref is None:
            return entries
        return [e for e in entries if any(c.ref == ref for c in e.changes)]

    def evidence_file_path(self, sha256: str) -> Path:
        return self.store.path_of(sha256)

    # --- the case -------------------------------------------------------------

    def create_case(self, info: CaseInfo) -> str:
        info = dataclasses.replace(info, uid=info.uid.lower() if info.uid else new_uid())
        now = self.now()
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            existing = session.scalars(select(CaseRow).where(CaseRow.uid == info.uid)).first()
            if existing is not None:
                raise ServiceError([self.msg("uid_exists", uid=info.uid, case=existing.case_id)])
            image = codec.info_to_json(info)
            tz = ZoneInfo(info.time_zone) if is_time_zone(info.time_zone) else dt.UTC
            problems = check_case_image(image, now.astimezone(tz).date())
            if problems:
                raise ServiceError(CaseFileError(problems).render(self.lang))
            row = CaseRow(case_id=self.new_case_id(session, info.uid), extra={}, created_at=now)
            _fill_case_row(row, info, image)
            row.updated_at = now
            session.add(row)
            session.flush()
            tx = Tx(session, row, now)
            tx.changes.append({"ref": CASE_REF, "before": None, "after": image})
            self.append_entry(tx, JournalOp.CREATE)
            case_id = row.case_id
        return case_id

    def update_case_info(self, case_id: str, info: CaseInfo) -> Changes:
        with self.write(case_id) as tx:
            current = codec.info_from_json(cast(dict[str, Any], tx.case.info))
            tx.set_info(dataclasses.replace(info, uid=current.uid))
        return tx.stored()

    # --- records ---------------------------------------------------------------

    def set_days(self, case_id: str, days: Sequence[Day]) -> Changes:
        with self.write(case_id) as tx:
            for day in days:
                self._check_refs_of(tx, day)
                tx.put(self._with_provenance(tx, day))
        return tx.stored()

    def clear_days(self, case_id: str, dates: Sequence[dt.date]) -> Changes:
        with self.write(case_id, JournalOp.DELETE) as tx:
            for day in dates:
                with contextlib.suppress(KeyError):
                    tx.remove(f"day:{day.isoformat()}")
        return tx.stored()

    def save_record(self, case_id: str, record: Record) -> Changes:
        with self.write(case_id) as tx:
            record = self._with_id(tx, record)
            if isinstance(record, Evidence) and (row := tx.row("evidence", record.id)):
                evidence_files.check_files_kept(self, row.doc, record)
            self._check_refs_of(tx, record)
            record = self._with_provenance(tx, record)
            tx.put(record)
        return tx.stored()

    def delete_record(self, case_id: str, ref: str) -> Changes:
        self._check_ref(ref)
        with self.write(case_id, JournalOp.DELETE) as tx:
            self._check_unreferenced(tx, ref)
            try:
                tx.remove(ref)
            except KeyError:
                raise ServiceError([self.msg("record_not_found", ref=ref)]) from None
        return tx.stored()

    def undo_last(self, case_id: str) -> Undone | None:
        entries = self.history(case_id)
        target = undo_target(entries)
        if target is None:
            return None
        with self.write(case_id, JournalOp.UNDO, undoes=target.seq) as tx:
            for change in reversed(target.changes):
                tx.apply_image(change.ref, change.before)
        return Undone(self.history(case_id)[-1], tx.stored())

    def purge(self, case_id: str, ref: str) -> Changes:
        """Remove a record for good: see casefiles.PURGE_NOTE for what that means
        for the journal. Backs up first; stored files no other record uses are
        deleted from the evidence store."""
        self._check_ref(ref)
        make_backup(self.db_path, self.data_dir, "pre-purge")
        with self.write(case_id, JournalOp.PURGE) as tx:
            kind, key = split_ref(ref)
            row = tx.row(kind, KIND[kind].parse_key(key))
            if row is None:
                raise ServiceError([self.msg("record_not_found", ref=ref)])
            self._check_unreferenced(tx, ref)
            digest = sha256_hex(canonical_bytes(row.doc))
            files = _file_hashes(row.doc)
            tx.remove(ref, before_image={"purged": digest})
            tx.extra["purged"] = [{"ref": ref, "sha256": digest}]
        self.remove_orphans(files)
        return tx.stored()

    def delete_case(self, case_id: str) -> None:
        make_backup(self.db_path, self.data_dir, "pre-delete")
        with Session(self._write_engine) as session, session.begin():
            row = self._case_row(session, case_id)
            hashes = set(
                session.scalars(
                    select(EvidenceFileRow.sha256)
                    .join(EvidenceRow, EvidenceRow.pk == EvidenceFileRow.evidence_pk)
                    .where(EvidenceRow.case_pk == row.pk)
                )
            )
            session.delete(row)
        self.remove_orphans(hashes)

    def remove_orphans(self, hashes: set[str] | list[str]) -> None:
        """Delete stored files that no evidence record refers to any more."""
        if not hashes:
            return
        with self.read_session() as session:
            used = set(
                session.scalars(
                    select(EvidenceFileRow.sha256).where(EvidenceFileRow.sha256.in_(list(hashes)))
                )
            )
        for sha in set(hashes) - used:
            self.store.remove(sha)

    # --- evidence files -----------------------------------------------------

    def store_file(
        self, path: Path, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> EvidenceFile:
        return evidence_files.store_file(self, path, progress, cancelled)[0]

    def add_evidence_files(
        self,
        case_id: str,
        evidence: Evidence,
        paths: Sequence[Path],
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Changes:
        return evidence_files.add_evidence_files(
            self, case_id, evidence, paths, progress, cancelled
        )

    # --- files ----------------------------------------------------------------

    def import_file(
        self, path: Path, mode: ImportMode = ImportMode.REFUSE, progress: Progress | None = None
    ) -> str:
        return casefiles.import_file(self, path, mode, progress)

    def export_case(self, case_id: str, out: Path, progress: Progress | None = None) -> Path:
        return casefiles.export_case(self, case_id, out, progress)

    def verify_case(self, case_id: str) -> VerifyReport:
        return casefiles.verify_case(self, case_id)

    def backup(self) -> Path:
        return make_backup(self.db_path, self.data_dir, "manual")

    def list_backups(self) -> list[Path]:
        return list_backups(self.data_dir)

    def restore_backup(self, backup: Path) -> list[str]:
        return evidence_files.restore_backup(self, backup)

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> CaseService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- helpers ----------------------------------------------------------------

    def _check_ref(self, ref: str) -> None:
        try:
            split_ref(ref)
        except ValueError:
            raise ServiceError([self.msg("bad_ref", ref=ref)]) from None

    def _check_refs_of(self, tx: Tx, record: Record) -> None:
        missing = integrity.missing_refs(tx.session, tx.case.pk, record)
        if missing:
            raise ServiceError(
                [self.msg("ref_missing", ref=ref_of(record), target=m) for m in missing]
            )

    def _check_unreferenced(self, tx: Tx, ref: str) -> None:
        users = integrity.referrers(tx.session, tx.case.pk, ref)
        if users:
            raise ServiceError([self.msg("still_referenced", ref=ref, users=", ".join(users))])

    def _with_id(self, tx: Tx, record: Record) -> Record:
        kind = kind_of(record)
        if kind.key_field != "id" or cast(Any, record).id:
            return record
        prefix = kind.id_prefix
        number = len(records.rows_of(tx.session, tx.case.pk, kind.name)) + 1
        while tx.row(kind.name, f"{prefix}{number}") is not None:
            number += 1
        return cast(Record, dataclasses.replace(cast(Any, record), id=f"{prefix}{number}"))

    def _with_provenance(self, tx: Tx, record: Record) -> Record:
        if isinstance(record, Person):
            return record
        kind = kind_of(record)
        row = tx.row(kind.name, kind.parse_key(kind.key_text(record)))
        given = record.provenance
        if row is None:
            prov = dataclasses.replace(
                given,
                recorded_at=given.recorded_at or tx.now,
                origin=given.origin or Origin.APP,
            )
        else:
            prov = dataclasses.replace(
                given,
                recorded_at=row.recorded_at or given.recorded_at,
                updated_at=tx.now,
                origin=given.origin or (Origin(row.origin) if row.origin else Origin.APP),
            )
        return cast(Record, dataclasses.replace(cast(Any, record), provenance=prov))
