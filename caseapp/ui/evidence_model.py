"""The evidence list as a table model (thumbnail, title, kind, files, hash,
imported, used by), which records use each item, and thumbnails made off
the GUI thread (QImageReader into a QImage; the QPixmap is made on the GUI
thread when the image arrives)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from caseapp.domain.kinds import ref_of
from caseapp.domain.model import Case, Evidence
from caseapp.domain.vocab import EvidenceKind
from caseapp.ui import words
from caseapp.ui.records_model import RecordRole, RecordsModel
from caseapp.ui.reflabels import ref_label
from caseapp.ui.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
EvidenceRole = RecordRole  # the Evidence of a row
THUMB = QSize(56, 56)

COLUMNS = (
    QT_TRANSLATE_NOOP("Evidence", "Evidence"),
    QT_TRANSLATE_NOOP("Evidence", "Kind"),
    QT_TRANSLATE_NOOP("Evidence", "Files"),
    QT_TRANSLATE_NOOP("Evidence", "SHA-256"),
    QT_TRANSLATE_NOOP("Evidence", "Imported"),
    QT_TRANSLATE_NOOP("Evidence", "Used by"),
)


MARKS = {
    "missing": QT_TRANSLATE_NOOP("Evidence", "file missing"),
    "changed": QT_TRANSLATE_NOOP("Evidence", "file changed"),
}


def _citing_groups(case: Case) -> tuple[tuple[Any, ...], ...]:
    return (case.days, case.tasks, case.payments, case.social_insurance, case.incidents)


def used_by(case: Case, evidence_id: str) -> list[str]:
    """Refs of the records that cite the evidence item."""
    refs: list[str] = []
    for group in _citing_groups(case):
        for record in group:
            if evidence_id in record.evidence:
                refs.append(ref_of(record))
    return refs


def used_by_map(case: Case) -> dict[str, list[str]]:
    """`used_by` of every evidence item at once, in one pass over the records
    (each record's ref once per item it cites, in the same order as `used_by`)."""
    used: dict[str, list[str]] = {e.id: [] for e in case.evidence}
    for group in _citing_groups(case):
        for record in group:
            if not record.evidence:
                continue
            ref = ref_of(record)
            for evidence_id in dict.fromkeys(record.evidence):
                used.setdefault(evidence_id, []).append(ref)
    return used


def imported_at(e: Evidence) -> dt.datetime | None:
    times = [f.imported_at for f in e.files if f.imported_at is not None]
    return min(times) if times else None


def _newest_first_key(e: Evidence) -> tuple[float, str]:
    when = imported_at(e)
    return (when.timestamp() if when is not None else 0.0, e.id)


def guess_kind(paths: list[Path]) -> EvidenceKind:
    suffixes = {p.suffix.lower() for p in paths}
    if suffixes and suffixes <= {".png", ".jpg", ".jpeg", ".heic", ".webp", ".gif", ".bmp"}:
        return EvidenceKind.PHOTO
    if suffixes and suffixes <= {".m4a", ".mp3", ".amr", ".wav", ".aac", ".ogg"}:
        return EvidenceKind.RECORDING
    if suffixes and suffixes <= {".mp4", ".mov", ".avi", ".mkv"}:
        return EvidenceKind.VIDEO
    if suffixes and suffixes <= {".eml", ".msg"}:
        return EvidenceKind.EMAIL
    return EvidenceKind.OTHER


class Thumbnails(QObject):
    """``request(sha256, path)`` → ``ready(sha256)`` once a thumbnail exists."""

    _made = Signal(str, object)  # sha256, QImage or None
    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-thumbs")
        self._asked: set[str] = set()
        self.pixmaps: dict[str, QPixmap] = {}
        self._made.connect(self._arrived)

    def request(self, sha256: str, path: Path) -> None:
        if sha256 in self._asked or self._closed:  # asked after close(): dropped
            return
        self._asked.add(sha256)
        self._pool.submit(self._make, sha256, path)

    def _make(self, sha256: str, path: Path) -> None:
        from caseapp.casefile.sealed import is_sealed

        buffer = None
        if is_sealed(path):  # encrypted at rest: decrypted in memory, never on disk
            from PySide6.QtCore import QBuffer, QByteArray

            from caseapp.services.encryption import evidence_bytes

            data = evidence_bytes(path)
            if data is None:
                self._made.emit(sha256, None)
                return
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            reader = QImageReader(buffer)
        else:
            reader = QImageReader(str(path))
        image: QImage | None = None
        if reader.canRead():
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            read = reader.read()
            image = None if read.isNull() else read
        self._made.emit(sha256, image)

    def _arrived(self, sha256: str, image: QImage | None) -> None:
        if image is not None:
            self.pixmaps[sha256] = QPixmap.fromImage(image)
            self.ready.emit(sha256)

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)


def _column_title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Evidence", text)


class EvidenceModel(RecordsModel[Evidence]):
    """The case's evidence, newest import first (stubs without a file last),
    with which records use each item and its thumbnail."""

    def __init__(self, thumbs: Thumbnails, parent: QObject | None = None) -> None:
        columns = [(_column_title(t), self._cell_of(c)) for c, t in enumerate(COLUMNS)]
        super().__init__(columns, sort_key=_newest_first_key, parent=parent)
        self.thumbs = thumbs
        self.case: Case | None = None
        self._used: dict[str, list[str]] = {}
        self.marks: dict[str, str] = {}  # sha256 -> "missing" / "changed"
        self._citing: tuple[Sequence[Any], ...] | None = None  # the lists "used by" was counted on
        self._rows_of_sha: dict[str, list[int]] = {}  # a first file's sha256 -> its rows
        self._sha_rows_of: list[Evidence] | None = None  # the rows that map was made for
        thumbs.ready.connect(self._thumb_ready)

    def set_marks(self, marks: dict[str, str]) -> None:
        """Files found missing or changed: the Files column says so."""
        if marks == self.marks:
            return
        self.marks = dict(marks)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))

    def set_case(self, case: Case) -> None:
        """The case's evidence; "used by" is recounted only when a record that
        cites evidence (or the evidence) is another object than last time."""
        self.case = case
        citing = (case.evidence, *_citing_groups(case))
        if self._citing is None or any(
            a is not b for a, b in zip(citing, self._citing, strict=True)
        ):
            self._citing = citing
            self._used = used_by_map(case)
        self.set_records(case.evidence)
        if self._sha_rows_of is self._rows:  # the same rows: the same map
            return
        self._sha_rows_of = self._rows
        self._rows_of_sha = {}
        for row, e in enumerate(self._rows):
            if e.files:
                self._rows_of_sha.setdefault(e.files[0].sha256, []).append(row)

    def evidence(self, row: int) -> Evidence | None:
        return self.record(row)

    def used(self, evidence_id: str) -> list[str]:
        return self._used.get(evidence_id, [])

    def _cell_of(self, column: int) -> Callable[[Evidence], str]:
        return lambda e: self._text(e, column, Qt.ItemDataRole.DisplayRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.record(index.row()) if index.isValid() else None
        if e is None or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return (
                self.thumbs.pixmaps.get(e.files[0].sha256)
                if index.column() == 0 and e.files
                else None
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(e, index.column(), role)
        return super().data(index, role)

    def _text(self, e: Evidence, column: int, role: int) -> str:
        if column == 0:
            return e.title
        if column == 1:
            return words.vocab_label("evidence_kind", str(e.kind))
        if column == 2:
            names = [f.original_name or f.sha256[:12] for f in e.files]
            marks = {self.marks[f.sha256] for f in e.files if f.sha256 in self.marks}
            said = [MARKS[m] for m in ("missing", "changed") if m in marks]
            prefix = "".join(f"⚠ {QCoreApplication.translate('Evidence', t)} · " for t in said)
            return (
                prefix + ", ".join(names)
                if names
                else QCoreApplication.translate("Evidence", "no file")
            )
        if column == 3:
            if not e.files:
                return ""
            digest = e.files[0].sha256
            return digest if role == Qt.ItemDataRole.ToolTipRole else digest[:12] + "…"
        if column == 4:
            when = imported_at(e)
            return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""
        refs = self._used.get(e.id, [])
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(ref_label(self.case, r) for r in refs)
        return str(len(refs)) if refs else ""

    def _thumb_ready(self, sha256: str) -> None:
        for row in self._rows_of_sha.get(sha256, ()):  # O(1): thumbnails arrive one by one
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
