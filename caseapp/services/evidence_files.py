"""Evidence files coming in, and restoring a backup: the use cases that
work on files next to the database (CaseService delegates here)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from caseapp.domain.changes import Changes
from caseapp.domain.jobs import CancelCheck, Progress
from caseapp.domain.model import Evidence, EvidenceFile
from caseapp.domain.vocab import JournalOp
from caseapp.scratch import pending
from caseapp.services.api import ServiceError
from caseapp.storage import dbconnect, journal_log
from caseapp.storage.backups import make_backup
from caseapp.storage.evidence_store import TooLarge
from caseapp.storage.models import CaseRow

if TYPE_CHECKING:
    from caseapp.services.service import CaseService


def store_file(
    svc: CaseService,
    path: Path,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    note: Callable[[str], None] | None = None,
) -> tuple[EvidenceFile, bool]:
    """Copy one file into the store; the EvidenceFile and whether it was new.
    ``note(sha256)`` hears of a new file before it takes its name (a pending
    marker: `caseapp.scratch`)."""
    try:
        stored = svc.store.put_file(path, progress, cancelled, before_commit=note)
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
    new_hashes: list[str] = []
    with pending(svc.data_dir, "evidence") as note:  # a kill: the next start removes them
        try:
            return _add_files(svc, case_id, evidence, paths, progress, cancelled, note, new_hashes)
        except BaseException:
            svc.remove_orphans(new_hashes)
            raise


def _add_files(
    svc: CaseService,
    case_id: str,
    evidence: Evidence,
    paths: Sequence[Path],
    progress: Progress | None,
    cancelled: CancelCheck | None,
    note: Callable[[str], None],
    new_hashes: list[str],
) -> Changes:
    total = sum(p.stat().st_size for p in paths)
    done = 0
    added: list[EvidenceFile] = []
    for path in paths:

        def step(n: int, _t: int, base: int = done) -> None:
            if progress is not None:
                progress(base + n, total)

        stored, new = store_file(svc, path, step, cancelled, note)
        if new:
            new_hashes.append(stored.sha256)
        added.append(stored)
        done += stored.size
    known = {f.sha256 for f in evidence.files}
    files = evidence.files + tuple(f for f in added if f.sha256 not in known)
    return svc.save_record(case_id, dataclasses.replace(evidence, files=files))


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
    source = dbconnect.connect(backup, mode="ro")
    target = dbconnect.connect(svc.db_path)
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


def stored_file_state(path: Path, sha256: str, size: int, hashed: bool) -> str:
    """``"ok"``, ``"missing"`` or ``"changed"`` for the stored file ``path`` of
    ``sha256`` and plaintext ``size`` (``hashed``: its content was already found
    right once, so only its size is looked at). In an encrypted data directory
    the sealed file's size is the sealed size of ``size`` and its content is
    read decrypted; a chunk that does not authenticate is "changed"."""
    import hashlib

    from caseapp.casefile.sealed import SealedError
    from caseapp.storage.evidence_store import EvidenceStore

    store = EvidenceStore(Path(path).parent.parent)
    try:
        found = Path(path).stat().st_size
        expected = store._stored_size(size)
    except OSError:
        return "missing"
    if found != expected:
        return "changed"
    if hashed:
        return "ok"
    digest = hashlib.sha256()
    try:
        with store.open_plain(Path(path).name) as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
    except SealedError:
        return "changed"
    except OSError:
        return "missing"
    return "ok" if digest.hexdigest() == sha256 else "changed"


def plain_copy(svc: CaseService, sha256: str, target: Path) -> Path:
    """Copy a stored file's plaintext (decrypted in an encrypted data
    directory) to ``target``, read-only; the stored file is never handed out."""
    import shutil

    with svc.store.open_plain(sha256) as source, open(target, "wb") as sink:
        shutil.copyfileobj(source, sink, 1 << 20)
    target.chmod(0o400)
    return target
