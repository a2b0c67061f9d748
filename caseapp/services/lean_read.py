"""The read-only commands' path to a stored case, without SQLAlchemy.

``caseapp list``, and ``check``, ``report`` and ``verify`` on a case id, only
read. Opening the full ``CaseService`` for them costs SQLAlchemy's import and
the engine set-up (~250 ms) where the read itself takes a few milliseconds;
``LeanReader`` answers the same questions with the standard library's
``sqlite3`` over the same stored canonical JSON (``storage.lean``), under the
data directory's lock, as the service would hold it (a second process is
refused with ``DataDirInUse`` all the same).

``LeanReader.open`` returns None whenever only the full service can answer:
no database yet, or a schema that must first be created or upgraded. The
answers equal the service's (``tests/services/test_lean_read.py``): the same
summaries, the same ``Case``, the same journal head, the same verify report.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from caseapp.casefile.journal import verify_chain
from caseapp.domain.kinds import RECORD_KINDS
from caseapp.domain.model import Case
from caseapp.i18n import Lang, text
from caseapp.services import replay
from caseapp.services.api import (
    CaseSummary,
    DataDirInUse,
    ServiceError,
    VerifyProblem,
    VerifyReport,
)
from caseapp.storage import lean
from caseapp.storage.columns import FILE_COLUMNS, decode
from caseapp.storage.evidence_store import EvidenceStore

# The same lock file as CaseService's (services.service.LOCK_NAME; a test keeps them equal).
LOCK_NAME = "caseapp.sqlite3.lock"
NOT_INCLUDED = "not-included:"  # services.tx.NOT_INCLUDED: a file an import did not carry


class LeanReader:
    """A read-only view of a data directory; use as a context manager or close()."""

    def __init__(self, data_dir: Path, conn: sqlite3.Connection, lock: Any, lang: Lang) -> None:
        self.data_dir = data_dir
        self.lang: Lang = lang
        self._conn = conn
        self._lock = lock
        self.store = EvidenceStore(data_dir / "evidence")
        self._heads: list[lean.CaseHead] | None = None

    @classmethod
    def open(cls, data_dir: Path, lang: Lang = "zh") -> LeanReader | None:
        """Take the data directory's lock and connect; None when only the full
        service can answer: no database yet, a schema to create or upgrade, a
        file that does not look whole (the service names the damage and sets
        the file aside: ``storage.health``), or a directory nothing can be
        written in (read-only media: the service reads it without a lock).
        The lock is released then. Raises DataDirInUse when another process
        holds the directory. Makes the daily backup when one is due, as the
        service does when it opens."""
        from filelock import FileLock, Timeout

        from caseapp.storage.health import problem_of
        from caseapp.storage.private import is_read_only

        data_dir = Path(data_dir)
        path = lean.db_path(data_dir)
        if not path.is_file() or problem_of(path) is not None or is_read_only(data_dir):
            return None
        lock = FileLock(str(data_dir / LOCK_NAME), timeout=0, mode=0o600)
        try:
            lock.acquire()
        except Timeout as exc:
            raise DataDirInUse(str(data_dir)) from exc
        conn = lean.connect_existing(path)
        if conn is None:
            lock.release()
            return None
        reader = cls(data_dir, conn, lock, lang)
        try:
            reader._daily_backup()
        except BaseException:
            reader.close()
            raise
        return reader

    def _daily_backup(self) -> None:
        """As ``CaseService._daily_backup``: once a day, when there are cases; a
        backup that fails leaves no file and is tried again at the next start."""
        from caseapp.storage.backups import DAILY, daily_backup_due, make_backup

        if not daily_backup_due(self.data_dir) or not self.heads():
            return
        try:
            make_backup(lean.db_path(self.data_dir), self.data_dir, DAILY)
        except (OSError, sqlite3.Error) as exc:
            import logging

            logging.getLogger(__name__).warning("daily backup failed: %s", type(exc).__name__)

    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            self._lock.release()

    def __enter__(self) -> LeanReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _msg(self, key: str, **params: object) -> str:
        return text(f"services.{key}", self.lang, **params)

    # --- what CaseService answers ------------------------------------------------------------
    def heads(self) -> list[lean.CaseHead]:
        if self._heads is None:
            self._heads = lean.case_heads(self._conn)
        return self._heads

    def list_cases(self) -> list[CaseSummary]:
        from caseapp.services.snapshot import summary_of

        return [summary_of(head) for head in self.heads()]

    def resolve_case(self, id_or_prefix: str) -> str:
        """As ``CaseService.resolve_case``: the id, or the one id it is a prefix of."""
        key = id_or_prefix.strip().lower()
        ids = [head.case_id for head in self.heads()]
        if key in ids:
            return key
        matches = sorted(i for i in ids if key and i.startswith(key))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ServiceError([self._msg("case_not_found", case=id_or_prefix)])
        raise ServiceError(
            [self._msg("case_ambiguous", case=id_or_prefix, matches=", ".join(matches))]
        )

    def _pk(self, case_id: str) -> int:
        resolved = self.resolve_case(case_id)
        return next(head.pk for head in self.heads() if head.case_id == resolved)

    def load_case(self, case_id: str) -> Case:
        from caseapp.services.snapshot import case_of

        return case_of(lean.case_docs(self._conn, self._pk(case_id)))

    def journal_lines(self, case_id: str) -> list[bytes]:
        rows = self._conn.execute(
            "SELECT line FROM journal WHERE case_pk = ? ORDER BY seq", (self._pk(case_id),)
        )
        return [bytes(line) for (line,) in rows]

    def journal_head(self, case_id: str) -> tuple[int, str]:
        from caseapp.casefile.journal import GENESIS

        row = self._conn.execute(
            "SELECT seq, sha256 FROM journal WHERE case_pk = ? ORDER BY seq DESC LIMIT 1",
            (self._pk(case_id),),
        ).fetchone()
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

    def evidence_file_path(self, sha256: str) -> Path:
        return self.store.path_of(sha256)

    def verify_case(self, case_id: str) -> VerifyReport:
        """As ``services.casefiles.verify_case``: the journal chain, every stored
        evidence file re-hashed, and every record (typed columns included) equal
        to the journal's replayed after-images (``services.replay.compare``, the
        same comparison on the same rows); read in one transaction."""
        pk = self._pk(case_id)
        problems: list[VerifyProblem] = []
        not_included = 0
        conn = self._conn
        conn.execute("BEGIN")
        try:
            lines = [
                bytes(line)
                for (line,) in conn.execute(
                    "SELECT line FROM journal WHERE case_pk = ? ORDER BY seq", (pk,)
                )
            ]
            hashes = sorted(
                {
                    sha
                    for (sha,) in conn.execute(
                        "SELECT f.sha256 FROM evidence_files f JOIN evidence e"
                        " ON e.pk = f.evidence_pk WHERE e.case_pk = ?",
                        (pk,),
                    )
                }
            )
            chain, head = verify_chain(lines)
            for p in chain:
                problems.append(
                    VerifyProblem(
                        f"journal.jsonl:{p.line}",
                        self._msg("journal_problem", line=p.line, detail=f"{p.code}: {p.detail}"),
                    )
                )
            differs, unchecked = replay.compare(lines, self._stored_case(pk), self._stored(pk))
            for ref in differs:
                problems.append(VerifyProblem(ref, self._msg("record_differs", ref=ref)))
            checked = 0
            for sha in hashes:
                place = f"evidence/{sha}"
                if not self.store.has(sha):
                    if self._meta(NOT_INCLUDED + sha):
                        not_included += 1
                    else:
                        problems.append(
                            VerifyProblem(place, self._msg("evidence_missing", sha256=sha))
                        )
                    continue
                checked += 1
                if self.store.hash_of(sha) != sha:
                    problems.append(VerifyProblem(place, self._msg("evidence_changed", sha256=sha)))
        finally:
            conn.execute("COMMIT")
        notes: tuple[str, ...] = ()
        if not_included:
            notes += (self._msg("files_not_included", count=not_included),)
        if unchecked:
            notes += (self._msg("records_unchecked", count=unchecked),)
        return VerifyReport(
            ok=not problems,
            problems=tuple(problems),
            entries=len(lines),
            head_sha256=head,
            files_checked=checked,
            files_not_included=not_included,
            notes=notes,
        )

    def _meta(self, key: str) -> bool:
        return self._conn.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None

    def _stored_case(self, case_pk: int) -> replay.StoredCase:
        row = self._conn.execute(
            "SELECT info, uid, title, worker, employer, client, start FROM cases WHERE pk = ?",
            (case_pk,),
        ).fetchone()
        info, uid, title, worker, employer, client, start = row
        with contextlib.suppress(ValueError, TypeError):  # else as stored: no date equals it
            start = decode("start", start)
        return replay.StoredCase(_json(info), uid, title, worker, employer, client, start)

    def _stored(self, case_pk: int) -> Iterator[replay.StoredRecord]:
        """Every record row of the case as ``records.rows_of`` gives them (kind by
        kind, in document order), each column read as its type reads it."""
        conn = self._conn
        for kind in RECORD_KINDS:
            cursor = conn.execute(
                f"SELECT * FROM {lean.table_of(kind)} WHERE case_pk = ?"
                f" ORDER BY {lean.order_column(kind)}",
                (case_pk,),
            )
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                row = dict(zip(names, values, strict=True))
                yield replay.StoredRecord(
                    kind.name,
                    int(row["pk"]),
                    _json(row["doc"]),
                    _column_reader(row),
                    self._files_reader(int(row["pk"])),
                )

    def _files_reader(self, evidence_pk: int) -> Callable[[], list[tuple[object, ...]]]:
        def files() -> list[tuple[object, ...]]:
            rows = self._conn.execute(
                f"SELECT {', '.join(FILE_COLUMNS)} FROM evidence_files"
                " WHERE evidence_pk = ? ORDER BY position",
                (evidence_pk,),
            ).fetchall()
            return [
                tuple(decode(name, value) for name, value in zip(FILE_COLUMNS, r, strict=True))
                for r in rows
            ]

        return files


def _json(text: object) -> object:
    """A CanonicalJSON column as SQLAlchemy reads it (NULL: None)."""
    return None if text is None else json.loads(text)  # type: ignore[arg-type]


def _column_reader(row: dict[str, object]) -> Callable[[str], object]:
    return lambda name: decode(name, row[name])
