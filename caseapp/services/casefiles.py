"""Import, export and verify: the case file meets the data directory.

Import. The file is read and checked completely by ``casefile.reader``
before anything in the data directory changes. A uid already present is
refused unless the mode is ``replace`` (the database is backed up first) or
``as_new`` (a fresh uid and case id). Evidence is streamed from the zip into
the store first (by hash: a file already stored is not rewritten); then the
case, its records, the imported journal (kept verbatim) and one ``import``
entry with the document's SHA-256 and the image of the case and of every
record it brought (so ``verify`` can replay it) go in in one transaction. If anything
fails, the files this import added are removed again.

Export. A zip's ``case.json`` is ``canonical_bytes(case_to_document(case))``;
its SHA-256 goes into an ``export`` entry appended in the same transaction
in which the zip is written (the zip carries the journal including that
entry); a failed write rolls the entry back. A ``.caseapp.json`` has no
journal and writes no entry.

Purge. What must truly be removed is deleted from the database (and its
files from the evidence store), and a ``purge`` entry records only the
SHA-256 of the removed record's canonical JSON. Older journal lines are
never rewritten — rewriting would break the hash chain that makes the
journal worth having — so they still hold what they recorded. A full purge
of history therefore means: purge, then hand out only exports made after it
whose journal was started fresh (import the export ``as_new`` into a new data
directory); copies already given out keep what they had.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.casefile import codec
from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.journal import verify_chain
from caseapp.domain.jobs import Progress
from caseapp.domain.kinds import RECORD_KINDS, ref_of
from caseapp.domain.model import Case, new_uid
from caseapp.domain.vocab import JournalOp
from caseapp.services import replay
from caseapp.services.api import (
    ImportMode,
    ServiceError,
    VerifyProblem,
    VerifyReport,
)
from caseapp.services.tx import NOT_INCLUDED
from caseapp.storage import journal_log, records
from caseapp.storage.backups import make_backup
from caseapp.storage.models import CaseRow, EvidenceFileRow, EvidenceRow, Meta

if TYPE_CHECKING:
    from caseapp.services.service import CaseService

PURGE_NOTE = __doc__


def today_for(case: Case) -> dt.date:
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(case.info.time_zone)).date()


def read_file(svc: CaseService, path: Path) -> Any:
    """Read and check a case file; every problem becomes a ServiceError line."""
    from zoneinfo import ZoneInfo

    from caseapp.casefile.errors import CaseFileError
    from caseapp.casefile.reader import read_case_file
    from caseapp.domain.model import DEFAULT_TIME_ZONE

    today = dt.datetime.now(ZoneInfo(DEFAULT_TIME_ZONE)).date()
    try:
        return read_case_file(Path(path), today)
    except CaseFileError as exc:
        raise ServiceError(exc.render(svc.lang)) from exc


def import_file(
    svc: CaseService, path: Path, mode: ImportMode, progress: Progress | None = None
) -> str:
    return import_loaded(svc, read_file(svc, path), mode, progress)


def import_loaded(
    svc: CaseService, loaded: Any, mode: ImportMode, progress: Progress | None = None
) -> str:
    """Import an already checked file (``casefile.reader.LoadedFile``)."""
    case: Case = loaded.case
    uid = case.info.uid
    with svc.read_session() as session:
        existing = session.scalars(select(CaseRow).where(CaseRow.uid == uid)).first()
        existing_id = None if existing is None else existing.case_id
    if existing_id is not None and mode == ImportMode.REFUSE:
        raise ServiceError([svc.msg("uid_exists", uid=uid, case=existing_id)])
    if existing_id is not None and mode == ImportMode.REPLACE:
        make_backup(svc.db_path, svc.data_dir, "pre-import")
    new_hashes: list[str] = []
    try:
        evidence = dict(getattr(loaded, "evidence", None) or {})
        with contextlib.ExitStack() as stack:
            archives: dict[Path, zipfile.ZipFile] = {}  # each zip opened once
            for number, (sha, entry) in enumerate(sorted(evidence.items()), start=1):
                if entry.source not in archives:
                    archives[entry.source] = stack.enter_context(zipfile.ZipFile(entry.source))
                with archives[entry.source].open(entry.member) as stream:
                    stored = svc.store.put_stream(
                        stream, entry.size, expected_sha256=sha, sync=False
                    )
                if stored.new:
                    new_hashes.append(sha)
                if progress is not None:
                    progress(number, len(evidence))
        svc.store.sync()  # files durable before the commit that refers to them
        return _insert(svc, loaded, mode)
    except BaseException:
        svc.remove_orphans(new_hashes)
        raise


def _insert(svc: CaseService, loaded: Any, mode: ImportMode) -> str:
    from caseapp.services.tx import Tx, _fill_case_row

    case: Case = loaded.case
    info = case.info
    doc_info = codec.info_to_json(info)
    now = svc.now()
    with Session(svc._write_engine, expire_on_commit=False) as session, session.begin():
        existing = session.scalars(select(CaseRow).where(CaseRow.uid == info.uid)).first()
        changes: list[dict[str, object]] = []
        replaced: set[str] = set()
        if existing is not None and mode == ImportMode.REPLACE:
            replaced = set(
                session.scalars(
                    select(EvidenceFileRow.sha256)
                    .join(EvidenceRow, EvidenceRow.pk == EvidenceFileRow.evidence_pk)
                    .where(EvidenceRow.case_pk == existing.pk)
                )
            )
            session.delete(existing)
            session.flush()
        elif existing is not None and mode == ImportMode.AS_NEW:
            from dataclasses import replace

            info = replace(info, uid=new_uid())
            changes.append({"ref": "case", "before": doc_info, "after": codec.info_to_json(info)})
        elif existing is not None:
            raise ServiceError([svc.msg("uid_exists", uid=info.uid, case=existing.case_id)])
        image = codec.info_to_json(info)
        if not changes:
            changes.append({"ref": "case", "before": None, "after": image})
        row = CaseRow(
            case_id=svc.new_case_id(session, info.uid),
            extra=dict(case.extra),
            created_at=now,
            updated_at=now,
        )
        _fill_case_row(row, info, image)
        session.add(row)
        session.flush()
        for kind in RECORD_KINDS:
            pairs = [(r, codec.record_to_json(r)) for r in kind.records(case)]
            records.bulk_insert(session, row.pk, kind.name, pairs)
            # The import entry holds every record's image, so verify can replay it.
            changes += [{"ref": ref_of(r), "before": None, "after": doc} for r, doc in pairs]
        lines = getattr(loaded, "journal_lines", None) or []
        journal_log.insert_verbatim(session, row.pk, lines)
        _mark_not_included(svc, session, case)
        tx = Tx(session, row, now)
        tx.changes = changes
        svc.append_entry(tx, JournalOp.IMPORT, document_sha256=loaded.document_sha256)
        case_id = row.case_id
    svc.remove_orphans(replaced)  # files only the replaced version used
    return case_id


def _mark_not_included(svc: CaseService, session: Session, case: Case) -> None:
    """Remember files a `.caseapp.json` listed but could not carry, so that
    verify counts them as not included rather than as missing."""
    for item in case.evidence:
        for f in item.files:
            if not svc.store.has(f.sha256) and session.get(Meta, NOT_INCLUDED + f.sha256) is None:
                session.add(Meta(key=NOT_INCLUDED + f.sha256, value=item.id))


def export_case(
    svc: CaseService, case_id: str, out: Path, progress: Progress | None = None
) -> Path:
    """Write the case file. Evidence that cannot be carried never stops a zip:
    a file not in the store (``missing``, or ``not_included`` when an import
    listed it without it) or whose content no longer has its SHA-256
    (``changed``) is left out, and the export entry names each one in
    ``files_left_out`` (so the zip reads, and says what it lacks)."""
    from caseapp.casefile import writer

    out = Path(out)
    if out.name.endswith(".caseapp.json"):
        writer.write_json(svc.load_case(case_id), out)
        return out
    left_out = _absent_files(svc, case_id)
    while True:
        try:
            return _write_zip(svc, case_id, out, progress, left_out)
        except writer.EvidenceMismatch as exc:
            if exc.sha256 in left_out:  # pragma: no cover - the writer skips those
                raise
            left_out[exc.sha256] = "changed"  # found while copying: write it again without


def _absent_files(svc: CaseService, case_id: str) -> dict[str, str]:
    absent: dict[str, str] = {}
    with svc.read_session() as session:
        row = svc._case_row(session, case_id)
        for sha in _case_hashes(session, row):
            if not svc.store.has(sha):
                marked = session.get(Meta, NOT_INCLUDED + sha) is not None
                absent[sha] = "not_included" if marked else "missing"
    return absent


def _case_hashes(session: Session, row: CaseRow) -> list[str]:
    return sorted(
        set(
            session.scalars(
                select(EvidenceFileRow.sha256)
                .join(EvidenceRow, EvidenceRow.pk == EvidenceFileRow.evidence_pk)
                .where(EvidenceRow.case_pk == row.pk)
            )
        )
    )


def _write_zip(
    svc: CaseService,
    case_id: str,
    out: Path,
    progress: Progress | None,
    left_out: dict[str, str],
) -> Path:
    from caseapp.casefile import writer
    from caseapp.services.tx import Tx

    now = svc.now()
    extra: dict[str, object] = {}
    if left_out:
        extra["files_left_out"] = [
            {"sha256": sha, "reason": left_out[sha]} for sha in sorted(left_out)
        ]
    with Session(svc._write_engine, expire_on_commit=False) as session, session.begin():
        row = svc._case_row(session, case_id)
        case = svc.load_case(row.case_id)
        state = sha256_hex(canonical_bytes(codec.case_to_document(case)))
        svc.append_entry(Tx(session, row, now), JournalOp.EXPORT, state_sha256=state, **extra)
        lines = journal_log.lines(session, row.pk)
        written = writer.write_zip(
            case, lines, svc.store.path_of, out, svc.lang, progress, leave_out=frozenset(left_out)
        )
        if written != state:  # pragma: no cover - the writer's own contract
            raise RuntimeError(f"case.json written {written} != journal state {state}")
    return out


def verify_case(svc: CaseService, case_id: str) -> VerifyReport:
    """The journal chain, every stored evidence file re-hashed, and every record
    equal to the journal's replayed after-images (``replay``)."""
    problems: list[VerifyProblem] = []
    not_included = 0
    with svc.read_session() as session:
        row = svc._case_row(session, case_id)
        lines = journal_log.lines(session, row.pk)
        hashes = _case_hashes(session, row)
        chain, head = verify_chain(lines)
        for p in chain:
            problems.append(
                VerifyProblem(
                    f"journal.jsonl:{p.line}",
                    svc.msg("journal_problem", line=p.line, detail=f"{p.code}: {p.detail}"),
                )
            )
        differs, unchecked = replay.mismatches(session, row, lines)
        for ref in differs:
            problems.append(VerifyProblem(ref, svc.msg("record_differs", ref=ref)))
        checked = 0
        for sha in hashes:
            place = f"evidence/{sha}"
            if not svc.store.has(sha):
                if session.get(Meta, NOT_INCLUDED + sha) is not None:
                    not_included += 1
                else:
                    problems.append(VerifyProblem(place, svc.msg("evidence_missing", sha256=sha)))
                continue
            checked += 1
            if svc.store.hash_of(sha) != sha:
                problems.append(VerifyProblem(place, svc.msg("evidence_changed", sha256=sha)))
    notes: tuple[str, ...] = ()
    if not_included:
        notes += (svc.msg("files_not_included", count=not_included),)
    if unchecked:
        notes += (svc.msg("records_unchecked", count=unchecked),)
    return VerifyReport(
        ok=not problems,
        problems=tuple(problems),
        entries=len(lines),
        head_sha256=head,
        files_checked=checked,
        files_not_included=not_included,
        notes=notes,
    )
