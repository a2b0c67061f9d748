"""One use case's transaction (``Tx``) and the small helpers around it:
the record changes a use case makes, collected for its one journal entry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from typing import Any, cast

from sqlalchemy import delete
from sqlalchemy.orm import Session

from caseapp.casefile import codec
from caseapp.casefile.canonical import sha256_hex
from caseapp.casefile.errors import CaseFileError, Problem
from caseapp.casefile.validate import check_case_image, check_record_image
from caseapp.domain.changes import Changes
from caseapp.domain.kinds import KIND, kind_of, ref_of, split_ref
from caseapp.domain.model import DEFAULT_TIME_ZONE, CaseInfo, Evidence, Record
from caseapp.domain.vocab import JournalOp
from caseapp.services.api import Change, JournalEntry
from caseapp.storage import records
from caseapp.storage.evidence_store import EvidenceStore
from caseapp.storage.models import CaseRow, Meta, RecordMixin

CASE_REF = "case"
PROVENANCE_TIMES = ("recorded_at", "updated_at")
# Meta key prefix + sha256: a file a .caseapp.json listed but could not carry.
# Cleared when the file is stored and saved with its evidence item.
NOT_INCLUDED = "not-included:"


class Tx:
    """One use case's transaction: the changes it makes, for its journal entry."""

    def __init__(self, session: Session, case: CaseRow, now: dt.datetime) -> None:
        self.session = session
        self.case = case
        tz = cast(dict[str, Any], case.info).get("time_zone") or DEFAULT_TIME_ZONE
        self.now = now.astimezone(_zone(str(tz)))  # instants in the case's time zone
        self.changes: list[dict[str, object]] = []  # for the journal entry
        self._stored: dict[str, object | None] = {}  # ref -> its image now (None: removed)
        self._info: object | None = None  # the case object's image, when it changed
        self.extra: dict[str, object] = {}
        self._rows: dict[tuple[str, object], RecordMixin | None] = {}
        self.store: EvidenceStore | None = None  # set by CaseService.write

    @property
    def today(self) -> dt.date:
        """The case's local date: the bound of event dates, as the reader's."""
        return self.now.date()

    @staticmethod
    def check(problems: list[Problem]) -> None:
        """Refuse what the case file reader would refuse, with its messages."""
        if problems:
            raise CaseFileError(problems)

    def row(self, kind: str, key: object) -> RecordMixin | None:
        """The stored row of a record (looked up once per transaction)."""
        if (kind, key) not in self._rows:
            self._rows[kind, key] = records.find_row(self.session, self.case.pk, kind, key)
        return self._rows[kind, key]

    def put(self, record: Record, doc: object | None = None) -> None:
        """Store ``record``; ``doc`` is its JSON when already known (exact image)."""
        kind = kind_of(record)
        ref = ref_of(record)
        after = codec.record_to_json(record) if doc is None else doc
        key = kind.parse_key(kind.key_text(record))
        row = self.row(kind.name, key)
        before = None if row is None else row.doc
        if isinstance(record, Evidence) and self.store is not None:
            received = [
                NOT_INCLUDED + f.sha256 for f in record.files if self.store.has(f.sha256, f.size)
            ]
            if received:
                self.session.execute(delete(Meta).where(Meta.key.in_(received)))
        if before is not None and _strip_times(before) == _strip_times(after):
            self._stored[ref] = before  # already so: stored as it was
            return
        self.check(
            check_record_image(
                kind.list_field,
                cast(dict[str, object], after),
                self.today,
                _place(kind.list_field, ref),
            )
        )
        self._rows[kind.name, key] = records.upsert(self.session, self.case.pk, record, after, row)
        self.changes.append({"ref": ref, "before": before, "after": after})
        self._stored[ref] = after

    def remove(self, ref: str, before_image: object | None = None) -> object:
        """Delete the record ``ref``; returns its JSON. ``before_image`` replaces
        the before-image written to the journal (purge)."""
        kind, key = split_ref(ref)
        natural = KIND[kind].parse_key(key)
        row = self.row(kind, natural)
        if row is None:
            raise KeyError(ref)
        doc = row.doc
        self.session.delete(row)
        self.session.flush()
        self._rows[kind, natural] = None
        self.changes.append(
            {"ref": ref, "before": doc if before_image is None else before_image, "after": None}
        )
        self._stored[ref] = None
        return doc

    def set_info(self, info: CaseInfo, image: object | None = None) -> None:
        after = codec.info_to_json(info) if image is None else image
        before = self.case.info
        if before == after:
            return
        self.check(check_case_image(cast(dict[str, object], after), self.today))
        _fill_case_row(self.case, info, after)
        self.changes.append({"ref": CASE_REF, "before": before, "after": after})
        self._info = after

    def apply_image(self, ref: str, image: object) -> None:
        """Make ``ref`` equal to a journal image (None: absent). Used by undo."""
        if ref == CASE_REF:
            self.set_info(codec.info_from_json(cast(dict[str, Any], image)), image)
            return
        kind, _key = split_ref(ref)
        if image is None:
            with contextlib.suppress(KeyError):
                self.remove(ref)
            return
        self.put(codec.record_from_json(kind, cast(dict[str, object], image)), image)

    def stored(self) -> Changes:
        """What this transaction stored, as the case now holds it (read from the
        images it wrote, so provenance and ids are exactly the stored ones)."""
        upserted = tuple(
            codec.record_from_json(split_ref(ref)[0], cast(dict[str, object], image))
            for ref, image in self._stored.items()
            if image is not None
        )
        removed = tuple(ref for ref, image in self._stored.items() if image is None)
        info = None
        if self._info is not None:
            info = codec.info_from_json(cast(dict[str, Any], self._info))
        return Changes(upserted, removed, info)


def parse_entry(line: bytes) -> JournalEntry:
    obj = json.loads(line)
    return JournalEntry(
        seq=int(obj["seq"]),
        at=dt.datetime.fromisoformat(obj["at"]),
        op=JournalOp(obj["op"]),
        changes=tuple(
            Change(str(c.get("ref")), c.get("before"), c.get("after"))
            for c in obj.get("changes") or ()
        ),
        line_sha256=sha256_hex(line),
        undoes=obj.get("undoes"),
    )


def _fill_case_row(row: CaseRow, info: CaseInfo, image: object) -> None:
    row.uid = info.uid
    row.title = info.title
    row.worker = info.worker.name
    row.employer = info.employer.name
    row.client = None if info.client is None else info.client.name
    row.start = info.work_start
    row.info = image


def _place(list_field: str, ref: str) -> str:
    """Where a record's problems are: ``payments[P3]``, ``days[2025-06-02]``."""
    return f"{list_field}[{ref.partition(':')[2]}]"


def _strip_times(doc: object) -> object:
    if isinstance(doc, dict):
        return {k: v for k, v in doc.items() if k not in PROVENANCE_TIMES}
    return doc


def _file_hashes(doc: object) -> list[str]:
    if not isinstance(doc, dict):
        return []
    return [str(f["sha256"]) for f in doc.get("files") or () if isinstance(f, dict)]


def _op_from(changes: list[dict[str, object]]) -> JournalOp:
    if all(c["before"] is None for c in changes):
        return JournalOp.CREATE
    if all(c["after"] is None for c in changes):
        return JournalOp.DELETE
    return JournalOp.UPDATE


def _zone(name: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _offset(local: dt.datetime) -> str:
    raw = local.strftime("%z")  # "+0800"
    return f"{raw[:3]}:{raw[3:5]}"
