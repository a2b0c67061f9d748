"""证据 Evidence: every item with its thumbnail, original name, hash, import
time and the records that use it; files added by drag-and-drop, the file
dialog or a pasted screenshot — copied and hashed on the writer (up to
4 GiB each) with progress and cancel. Beside the list, the selected item's
editor (`ui/evidence_editor.py`): offered at once after adding, so the
worker names it; a file attached to an item without one; files opened (a
copy, with the usual program); missing and changed files marked
(`ui/evidence_check.py`) with what to do."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.model import Case, Evidence
from caseapp.domain.vocab import LegalType, OriginalStatus
from caseapp.scratch import private_tempdir, ram_dir
from caseapp.ui import start_dirs, words
from caseapp.ui.evidence_check import FileCheck
from caseapp.ui.evidence_editor import FILE_OK, EvidenceEditor
from caseapp.ui.evidence_import import EvidenceImport, check_paths
from caseapp.ui.evidence_model import (
    THUMB,
    EvidenceModel,
    Thumbnails,
    guess_kind,
)
from caseapp.ui.record_list import RecordListView
from caseapp.ui.reflabels import ref_label
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.share import human_size
from caseapp.ui.widgets import label


class EvidenceView(RecordListView[Evidence]):
    """The evidence list on the shared scaffold (`RecordListView`): the
    selected item in full beside it, Delete… (refused while a record uses
    the item; otherwise asked first, Ctrl+Z brings it back), History…, a
    finding's evidence shaded; above it adding files with progress."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        thumbs = Thumbnails()
        model = EvidenceModel(thumbs)
        super().__init__(
            session,
            title=self.tr("Evidence"),
            hint=self.tr(
                "Drop files here, or add or paste them. A copy is kept here with its "
                "fingerprint (SHA-256); keep the originals on your phone as they are."
            ),
            records=lambda case: case.evidence,
            model=model,
            widths=(240, 80, 160, 110, 130, 100),  # fixed: fast
            stretch=0,
            parent=parent,
        )
        self.model: EvidenceModel = model
        self.thumbs = thumbs
        thumbs.setParent(self)
        # copies opened from a plain case, and pasted screenshots: under the
        # data directory's private tmp/ (scratch.private_tempdir), made when first needed
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        # copies opened from an encrypted case: in RAM where there is some
        # (docs/encryption.md), removed with the view
        self._ram_tmp = tempfile.TemporaryDirectory(prefix="caseapp-evidence-", dir=ram_dir())
        self.setAcceptDrops(True)
        self.importer = EvidenceImport(session, self)
        self.importer.progress.connect(self._progress)
        self.importer.finished.connect(self._imported)
        self.importer.failed.connect(self._failed)
        self.importer.cancelled.connect(self._cancelled)

        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.pick_files)
        self.paste_button = QPushButton(self.tr("Paste a screenshot"))
        self.paste_button.clicked.connect(self.paste)
        self.head.addWidget(self.add_button)
        self.head.addWidget(self.paste_button)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.bar.setAccessibleName(self.tr("Copying progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.importer.cancel)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.main_layout.insertLayout(2, row)
        self.status = label("", "hint")
        self.main_layout.insertWidget(3, self.status)

        self.table.setIconSize(THUMB)
        self.table.verticalHeader().setDefaultSectionSize(64)
        self.table.setAccessibleName(self.tr("Evidence"))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Evidence in full"))
        self.editor = EvidenceEditor(session.clock.today)
        self.editor.saveRequested.connect(self._save_edit)
        self.editor.attachRequested.connect(self.attach_files)
        self.editor.openRequested.connect(self.open_file)
        self.editor.restoreRequested.connect(self.restore_file)
        self.files = FileCheck(self)
        self.files.checked.connect(self._marks)
        self._attaching = False
        self._opened: list[str] = []  # paths handed to the desktop (for tests)
        self.side.setVisible(True)  # the editor is always there

        self._connect_case()

    def background_busy(self) -> bool:
        """Files are being copied and fingerprinted (the main window defers
        optional work)."""
        return self.importer.running or self.files.running > 0

    # --- the scaffold's parts ---------------------------------------------------------------
    def build_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 12, 8)
        box.addWidget(self.editor, 3)
        box.addWidget(self.detail, 1)
        side.setFixedWidth(400)
        return side

    def start_new(self) -> None:
        self.detail.setHtml("")
        self.editor.load(None)

    def load(self, record: Evidence) -> None:
        self.detail.setHtml(self.detail_html(record))
        self.editor.load(record)

    def save(self) -> None:
        self.editor.save()

    def _save_edit(self, record: Evidence) -> None:
        def saved(stored: Evidence) -> None:
            self.editor.saved(stored)
            self.reselect(f"evidence:{stored.id}")
            self.status.setText(self.tr("Saved: %1").replace("%1", stored.title))

        self.session.save_record(
            record, done=saved, error=lambda exc: self.editor.failed(error_text(exc))
        )

    def fill_model(self, case: Case) -> None:
        self.model.set_case(case)

    def case_shown(self, case: Case) -> None:
        record = self.selected()
        shown = self.editor.record
        if record is not None and shown is not None and shown.id == record.id:
            self.detail.setHtml(self.detail_html(record))
            if not self.editor.dirty():  # the worker's unsaved edits stay
                self.editor.load(record)
        elif record is not None:
            self.load(record)
        else:
            self.start_new()
        files = {f.sha256: f.size for e in case.evidence for f in e.files}
        if files:
            self.session.bridge.call(
                # Path objects made on the writer thread: thousands of them cost the GUI ~15 ms
                lambda s: [
                    (sha, Path(s.evidence_file_path(sha)), size) for sha, size in files.items()
                ],
                done=self._paths,
                error=lambda _exc: None,
            )

    def refusal(self, record: Evidence) -> str:
        users = self.model.used(record.id)
        if not users:
            return ""
        names = ("、" if words.lang() == "zh" else "; ").join(
            ref_label(self.session.case, r) for r in users
        )
        return self.tr(
            "This evidence is still used by: %1. Untick it in those records first; "
            "then it can be deleted."
        ).replace("%1", names)

    def _paths(self, found: list[tuple[str, Path, int]]) -> None:
        case = self.session.case
        first = {e.files[0].sha256 for e in case.evidence if e.files} if case else set()
        for sha, path, _size in found:
            if sha in first and sha not in self.thumbs.pixmaps:
                self.thumbs.request(sha, path)
        self.files.check(found)

    def _marks(self, states: dict[str, str]) -> None:
        bad = {sha: state for sha, state in states.items() if state != FILE_OK}
        self.model.set_marks(bad)
        self.editor.set_marks(bad)

    # --- the editor's file actions -------------------------------------------------------------
    def attach_files(self, record: Evidence) -> None:
        """Attach files to an item that has none (the form's edits saved with them)."""
        if record.files:
            return
        names = self.ask_files(self.tr("Add the file of this evidence"))
        if names:
            self._attaching = True
            if not self.add_paths([Path(n) for n in names], item=record):
                self._attaching = False

    def plain_dir(self) -> str:
        """Where copies of a plain case's files wait: the data directory's
        private tmp/ (removed by the next start after a kill), never the shared
        system temp directory."""
        if self._tmp is None:
            found = getattr(self.window(), "data_dir", None)
            data_dir = found if isinstance(found, Path) else None
            self._tmp = private_tempdir(data_dir, "evidence-", prefer_ram=False)
        return self._tmp.name

    def ask_files(self, caption: str, many: bool = True) -> list[str]:
        """The system's file dialog (a test puts its own chooser here)."""
        if many:
            return QFileDialog.getOpenFileNames(self, caption, start_dirs.for_evidence())[0]
        name = QFileDialog.getOpenFileName(self, caption, start_dirs.for_evidence())[0]
        return [name] if name else []

    def open_file(self, sha256: str, name: str) -> None:
        """Open a copy of the stored file (named as it was, so the desktop
        knows its type) with the usual program; the stored file is never
        handed out, so nothing can change it."""
        plain_dir, ram_copies = self.plain_dir(), self._ram_tmp.name

        def copy(service: object) -> Path:
            from caseapp.services.encryption import is_encrypted
            from caseapp.services.evidence_files import plain_copy

            sealed = is_encrypted(service.data_dir)  # type: ignore[attr-defined]
            target_dir = Path(
                tempfile.mkdtemp(prefix="open-", dir=ram_copies if sealed else plain_dir)
            )
            target = target_dir / (Path(name).name or sha256)
            return plain_copy(service, sha256, target)  # type: ignore[arg-type]

        def copied(path: Path) -> None:
            self._opened.append(str(path))
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.status.setText(self.tr("No program here opens this kind of file."))

        self.session.bridge.call(
            copy,
            done=copied,
            error=lambda _exc: self.status.setText(
                self.tr("This file cannot be opened: it is missing from the evidence store.")
            ),
        )

    def restore_file(self, sha256: str) -> None:
        names = self.ask_files(self.tr("Choose the original file"), many=False)
        if names:
            self.restore_from(sha256, Path(names[0]))

    def restore_from(self, sha256: str, original: Path) -> None:
        def job(service: object) -> bool:  # on the writer thread
            from caseapp.services.evidence_files import restore_file

            return restore_file(service, sha256, original)  # type: ignore[arg-type]

        def done(ok: bool) -> None:
            if not ok:
                self.status.setText(
                    self.tr(
                        "That is not the same file (its fingerprint differs): nothing was "
                        "changed. If it is a new version, add it as a new item."
                    )
                )
                return
            self.status.setText(self.tr("The file is back, checked against its fingerprint."))
            self.files.forget(sha256)
            if self.session.case is not None:
                self.case_shown(self.session.case)

        self.session.bridge.call(
            job,
            done=done,
            error=lambda exc: self.status.setText(error_text(exc)),
        )

    def detail_html(self, e: Evidence) -> str:
        esc = html.escape
        parts = [f"<h3>{esc(e.title)}</h3>"]
        kind = words.vocab_label("evidence_kind", str(e.kind))
        kept = words.vocab_label("original_status", str(e.original_status))
        parts.append(f"<p>{esc(kind)} · {esc(kept)}</p>")
        for f in e.files:
            when = f.imported_at.astimezone().strftime("%Y-%m-%d %H:%M") if f.imported_at else ""
            parts.append(
                "<p>"
                + esc(f.original_name or "")
                + f" ({esc(human_size(f.size))})<br>"
                + f"<span style='font-family:monospace; font-size:12px'>{esc(f.sha256)}</span><br>"
                + esc(self.tr("Imported %1").replace("%1", when))
                + "</p>"
            )
        refs = self.model.used(e.id)
        used_by = self.tr("Used by")
        parts.append(f"<h4>{esc(used_by)}</h4>")
        if refs:
            parts.append("<ul>")
            parts += [f"<li>{esc(ref_label(self.session.case, r))}</li>" for r in refs]
            parts.append("</ul>")
        else:
            hint = self.tr("Not linked to a record yet: tick it in an incident or a payment.")
            parts.append(f"<p>{esc(hint)}</p>")
        return "".join(parts)

    # --- adding ---------------------------------------------------------------------------
    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), start_dirs.for_evidence()
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(
        self, paths: list[Path], title: str | None = None, item: Evidence | None = None
    ) -> bool:
        """Copy ``paths`` in as a new item, or onto ``item`` (one without files)."""
        if self.session.case is None:
            return False
        if self.importer.running:
            self.status.setText(self.tr("Still copying the last files; wait or cancel."))
            return False
        good, bad = check_paths(paths)
        if bad:
            reasons = {
                "missing": self.tr("%1 is not there any more."),
                "unreadable": self.tr("%1 cannot be read: check it opens, then try again."),
                "too_big": self.tr("%1 is larger than 4 GB: split it or keep it on the phone."),
            }
            self.status.setText("\n".join(reasons[code].replace("%1", p.name) for p, code in bad))
            self.status.setProperty("role", "error")
            self.status.setStyleSheet("color: #D55E00;")
            if not good:
                return False
        else:
            self.status.setStyleSheet("")
            self.status.setText("")
        # no date is filled in: the day it was added is not the day it was obtained
        evidence = item or Evidence(
            id="",
            title=title or ", ".join(p.name for p in good[:3]),
            kind=guess_kind(good),
            original_status=OriginalStatus.KEPT,
            legal_type=LegalType.ELECTRONIC,
        )
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.add_button.setEnabled(False)
        return self.importer.start(evidence, good)

    def paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        image = mime.imageData() if mime is not None and mime.hasImage() else None
        if not isinstance(image, QImage) or image.isNull():
            self.status.setText(self.tr("Nothing to paste: copy a screenshot first."))
            return False
        now = self.session.clock.now()
        path = Path(self.plain_dir()) / now.strftime("screenshot-%Y%m%d-%H%M%S.png")
        if not image.save(str(path)):
            return False
        title = self.tr("Screenshot pasted %1")
        return self.add_paths([path], title.replace("%1", f"{now:%Y-%m-%d %H:%M}"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- progress -----------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(done * 100 // total) if total else 0)
        self.status.setText(
            self.tr("Copying and fingerprinting… %1 of %2")
            .replace("%1", human_size(done))
            .replace("%2", human_size(total))
        )

    def _finish(self) -> None:
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.add_button.setEnabled(True)

    def _imported(self, evidence: Evidence) -> None:
        self._finish()
        attached, self._attaching = self._attaching, False
        self.status.setText(self.tr("Added: %1").replace("%1", evidence.title))
        self.reselect(f"evidence:{evidence.id}")
        self.detail.setHtml(self.detail_html(evidence))
        if attached:
            self.editor.load(evidence)
        else:  # a new item: name it now
            self.editor.offer(evidence, guessed_kind=True)

    def _failed(self, message: str) -> None:
        self._finish()
        self._attaching = False
        self.status.setText(message)

    def _cancelled(self) -> None:
        self._finish()
        self._attaching = False
        self.status.setText(self.tr("Cancelled. Nothing was added."))

    def closeEvent(self, event: object) -> None:
        self.thumbs.close()
        self.files.close()
        if self._tmp is not None:
            self._tmp.cleanup()
        self._ram_tmp.cleanup()
        super().closeEvent(event)  # type: ignore[arg-type]
