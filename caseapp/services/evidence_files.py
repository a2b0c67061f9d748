"""Evidence files coming in, and restoring a backup: the use cases that
work on files next to the database (CaseService delegates here)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from caseapp.domain.changes import Changes
from caseapp.domain.jobs import CancelCheck, Progress
from caseapp.domain.model import Evidence, EvidenceFile
from caseapp.domain.vocab import JournalOp
from caseapp.services.api import ServiceError
from caseapp.storage import journal_log
from caseapp.storage.backups import make_backup
from caseapp.storage.evidence_store import TooLarge
from caseapp.storage.models import CaseRow

if TYPE_CHECKING:
    from caseapp.services.service import CaseService


def store_file(
    svc: CaseService, path: Path, progress: Progress | None, cancelled: CancelCheck | None
) -> tuple[EvidenceFile, bool]:
    """Copy one file into the store; the EvidenceFile and whether it was new."""
    try:
        stored = svc.store.put_file(path, progress, cancelled)
    except TooLarge:
        raise ServiceError([svc.msg("file_too_large", path=str(path))]) from None
    stat = path.stat()
    return EvidenceFile(
        path=f"evidence/{stored.sha256}{path.suffix.lower()}",
        sha256=stored.sha256,
        size=stored.size,
        original_name=path.name,
        mtime=dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC).replace(microsecond=0),
        imported_at=svc.now(),
    ), stored.new


def add_evidence_files(
    svc: CaseService,
    case_id: str,
    evidence: Evidence,
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Changes:
    total = sum(p.stat().st_size for p in paths)
    done = 0
    added: list[EvidenceFile] = []
    new_hashes: list[str] = []
    try:
        for path in paths:

            def step(n: int, _t: int, base: int = done) -> None:
                if progress is not None:
                    progress(base + n, total)

            stored, new = store_file(svc, path, step, cancelled)
            if new:
                new_hashes.append(stored.sha256)
            added.append(stored)
            done += stored.size
        known = {f.sha256 for f in evidence.files}
        files = evidence.files + tuple(f for f in added if f.sha256 not in known)
        changes = svc.save_record(case_id, dataclasses.replace(evidence, files=files))
    except BaseException:
        svc.remove_orphans(new_hashes)
        raise
    return changes


def check_files_kept(svc: CaseService, stored_doc: object, record: Evidence) -> None:
    """Evidence files are never altered: an item's stored files stay as they
    are, in order (more may follow: a file attached to an item without one,
    or one more screenshot of a thread). A new version of a file is a new item."""
    stored = stored_doc.get("files") if isinstance(stored_doc, dict) else None
    before = [f.get("sha256") for f in stored if isinstance(f, dict)] if stored else []
    after = [f.sha256 for f in record.files]
    if after[: len(before)] != before:
        raise ServiceError([svc.msg("evidence_files_kept", ref=f"evidence:{record.id}")])


def restore_file(svc: CaseService, sha256: str, original: Path) -> bool:
    """Put a missing or changed stored file back from the worker's original:
    only if the original has exactly the SHA-256 the file is recorded under
    (True); otherwise nothing changes (False). No record changes, so no
    journal entry: the store holds again what the journal always said."""
    import hashlib

    digest = hashlib.sha256()
    with original.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    if digest.hexdigest() != sha256:
        return False
    store = svc.store
    if store.has(sha256) and store.hash_of(sha256) == sha256:
        return True  # already right
    store.remove(sha256)  # a changed copy: the original's bytes replace it
    stored = store.put_file(original)
    return stored.sha256 == sha256


def restore_backup(svc: CaseService, backup: Path) -> list[str]:
    """See api.CaseServiceAPI.restore_backup. The backup is copied in with
    SQLite's backup API and upgraded if its schema is older."""
    with svc.read_session() as session:
        heads = {
            row.uid: journal_log.head(session, row.pk)[1]
            for row in session.scalars(select(CaseRow))
        }
    make_backup(svc.db_path, svc.data_dir, "pre-restore")
    svc._engine.dispose()
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    target = sqlite3.connect(svc.db_path)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    svc._open_engines()
    restored: list[str] = []
    with svc.read_session() as session:
        ids = [
            (str(r[0]), str(r[1])) for r in session.execute(select(CaseRow.case_id, CaseRow.uid))
        ]
    for case_id, uid in ids:
        with svc.write(case_id, JournalOp.RESTORE) as tx:
            tx.extra["abandoned_head"] = heads.get(uid)
            tx.extra["backup"] = Path(backup).name
        restored.append(case_id)
    return restored
