"""证据 Evidence: every item with its thumbnail, original name, hash, import
time and the records that use it; files added by drag-and-drop, the file
dialog or a pasted screenshot — copied and hashed on the writer (up to
4 GiB each) with progress and cancel."""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
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
from caseapp.ui import start_dirs, words
from caseapp.ui.evidence_import import EvidenceImport, check_paths
from caseapp.ui.evidence_model import (
    THUMB,
    EvidenceModel,
    Thumbnails,
    guess_kind,
)
from caseapp.ui.record_list import RecordListView
from caseapp.ui.reflabels import ref_label
from caseapp.ui.session import CaseSession
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
        self._tmp = tempfile.TemporaryDirectory(prefix="caseapp-evidence-")
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
        self.side.setVisible(True)  # the detail panel is always there

        self._connect_case()

    def background_busy(self) -> bool:
        """Files are being copied and fingerprinted (the main window defers
        optional work)."""
        return self.importer.running

    # --- the scaffold's parts ---------------------------------------------------------------
    def build_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 16, 20, 16)
        box.addWidget(self.detail)
        side.setFixedWidth(380)
        return side

    def start_new(self) -> None:
        self.detail.setHtml("")

    def load(self, record: Evidence) -> None:
        self.detail.setHtml(self.detail_html(record))

    def save(self) -> None:
        """Nothing to save here: evidence is added with its files."""

    def fill_model(self, case: Case) -> None:
        self.model.set_case(case)

    def case_shown(self, case: Case) -> None:
        record = self.selected()
        if record is not None:
            self.load(record)
        else:
            self.start_new()
        wanted = [e.files[0].sha256 for e in case.evidence if e.files]
        wanted = [s for s in wanted if s not in self.thumbs.pixmaps]
        if wanted:
            self.session.bridge.call(
                lambda s: [(sha, s.evidence_file_path(sha)) for sha in wanted],
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

    def _paths(self, pairs: list[tuple[str, Path]]) -> None:
        for sha, path in pairs:
            self.thumbs.request(sha, Path(path))

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

    def add_paths(self, paths: list[Path], title: str | None = None) -> bool:
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
        evidence = Evidence(
            id="",
            title=title or ", ".join(p.name for p in good[:3]),
            kind=guess_kind(good),
            original_status=OriginalStatus.KEPT,
            legal_type=LegalType.ELECTRONIC,
            obtained_on=dt.date.today(),
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
        path = Path(self._tmp.name) / dt.datetime.now().strftime("screenshot-%Y%m%d-%H%M%S.png")
        if not image.save(str(path)):
            return False
        title = self.tr("Screenshot pasted %1")
        return self.add_paths([path], title.replace("%1", f"{dt.datetime.now():%Y-%m-%d %H:%M}"))

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
        self.status.setText(self.tr("Added: %1").replace("%1", evidence.title))

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(message)

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Cancelled. Nothing was added."))

    def closeEvent(self, event: object) -> None:
        self.thumbs.close()
        self._tmp.cleanup()
        super().closeEvent(event)  # type: ignore[arg-type]
