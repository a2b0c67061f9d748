"""What one write stored: the records as they now stand and the references it
removed (as Anki's operations return `OpChanges`).

Every use case of the services that changes a case returns a `Changes`; the
desktop session applies it to the case it shows with `apply_changes`, so the
views and the rules see exactly what the database holds — the provenance it
stamped, the ids it gave — and never a copy patched by hand from the request.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from caseapp.domain.kinds import RECORD_KINDS, kind_of, ref_of
from caseapp.domain.model import Case, CaseInfo, Record

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Changes:
    """`upserted`: each record the use case stored, as stored (also one it left
    unchanged because it was already so); `removed`: references of the records
    it deleted; `info`: the case object when it changed."""

    upserted: tuple[Record, ...] = ()
    removed: tuple[str, ...] = ()
    info: CaseInfo | None = None

    def __bool__(self) -> bool:
        return bool(self.upserted or self.removed or self.info is not None)

    def one(self, cls: type[R]) -> R:
        """The one record of type `cls` this use case stored (save_record,
        add_evidence_files); LookupError when there is not exactly one."""
        found = [r for r in self.upserted if isinstance(r, cls)]
        if len(found) != 1:
            raise LookupError(f"{len(found)} stored records of type {cls.__name__}")
        return found[0]


def apply_changes(case: Case, changes: Changes) -> Case:
    """`case` with `changes` applied: removed records dropped, upserted records
    replacing the ones with the same reference or added, every list back in
    canonical order (as a fresh export reads)."""
    if not changes:
        return case
    gone = set(changes.removed)
    new: dict[str, dict[str, Record]] = {}
    for record in changes.upserted:
        new.setdefault(kind_of(record).name, {})[ref_of(record)] = record
    updates: dict[str, object] = {}
    for kind in RECORD_KINDS:
        fresh = new.get(kind.name, {})
        prefix = kind.name + ":"
        if not fresh and not any(ref.startswith(prefix) for ref in gone):
            continue
        kept = [r for r in kind.records(case) if ref_of(r) not in gone and ref_of(r) not in fresh]
        updates[kind.list_field] = tuple(sorted([*kept, *fresh.values()], key=kind.order))
    if changes.info is not None:
        updates["info"] = changes.info
    return replace(case, **updates)  # type: ignore[arg-type]
