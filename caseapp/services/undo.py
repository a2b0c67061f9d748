"""Which journal entry ``undo_last`` undoes.

Walking back from the newest entry: undo entries and the entries they undid
are skipped (undo is not redo), exports and anchors change nothing and are
skipped. The
first create, update or delete found is the target. An import, purge or
restore — and the case's own creation — is a barrier: nothing before it can
be undone, because the state it left is not the after-image of what came
before.
"""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.vocab import JournalOp
from caseapp.services.api import JournalEntry

UNDOABLE = frozenset({JournalOp.CREATE, JournalOp.UPDATE, JournalOp.DELETE})


def undo_target(entries: Sequence[JournalEntry]) -> JournalEntry | None:
    undone = {e.undoes for e in entries if e.op == JournalOp.UNDO}
    for entry in reversed(entries):
        if entry.op in (JournalOp.UNDO, JournalOp.EXPORT, JournalOp.ANCHOR) or entry.seq in undone:
            continue
        if entry.op not in UNDOABLE:
            return None
        if any(c.ref == "case" and c.before is None for c in entry.changes):
            return None  # the case's creation
        return entry
    return None
