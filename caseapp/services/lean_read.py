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

import json
import sqlite3
from pathlib import Path
from typing import Any

from caseapp.casefile.journal import verify_chain
from caseapp.domain.kinds import KIND
from caseapp.domain.model import Case
from caseapp.i18n import Lang, text
from caseapp.services.api import (
    CaseSummary,
    DataDirInUse,
    ServiceError,
    VerifyProblem,
    VerifyReport,
)
from caseapp.storage import lean
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
        """Take the data directory's lock and connect; None when the full service
        must first create or upgrade the database (the lock is released then).
        Raises DataDirInUse when another process holds the directory."""
        from filelock import FileLock, Timeout

        data_dir = Path(data_dir)
        path = lean.db_path(data_dir)
        if not path.is_file():
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
        return cls(data_dir, conn, lock, lang)

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
        evidence file re-hashed, and every record touched since the last import
        equal to its last journal after-image; read in one transaction."""
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
            for ref, image in last_images(lines).items():
                if self._current(pk, ref) != image:
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
        notes = (self._msg("files_not_included", count=not_included),) if not_included else ()
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

    def _current(self, case_pk: int, ref: str) -> object:
        if ref == "case":
            row = self._conn.execute("SELECT info FROM cases WHERE pk = ?", (case_pk,)).fetchone()
            return json.loads(row[0])
        kind_name, _sep, key = ref.partition(":")
        kind = KIND.get(kind_name)
        if kind is None:
            return None
        try:
            value = kind.parse_key(key)
        except ValueError:
            return None
        param = value if isinstance(value, str) else value.isoformat()  # type: ignore[attr-defined]
        row = self._conn.execute(
            f"SELECT doc FROM {lean.table_of(kind)}"
            f" WHERE case_pk = ? AND {lean.key_column(kind)} = ?",
            (case_pk, param),
        ).fetchone()
        return None if row is None else json.loads(row[0])


def last_images(lines: list[bytes]) -> dict[str, object]:
    """Each reference's last after-image in the journal since the last import or restore."""
    images: dict[str, object] = {}
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not isinstance(entry, dict):
            continue
        if entry.get("op") in ("import", "restore"):
            images = {}
        for change in entry.get("changes") or ():
            if isinstance(change, dict) and isinstance(change.get("ref"), str):
                images[change["ref"]] = change.get("after")
    return images
