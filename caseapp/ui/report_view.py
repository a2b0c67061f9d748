"""报告 Report: which part (consultation brief, filing pack, both), which
language, the period (from the first standby day or the case start, to the
as-of day; findings still use all records), masking; progress with cancel; the PDF is
saved where the worker chooses and opened only if asked. "Word copy
(editable)" writes the application and the evidence list as a .docx for a
lawyer to finish (`caseapp report -o OUT.docx`, the same subprocess). "Share with a
lawyer" writes one folder — both PDFs, the Word copy, the case file,
how-to-verify — under a hidden name renamed when whole (a failure leaves
nothing; a failed Word copy only leaves the Word copy out, and says so), and
says how big it is."""

from __future__ import annotations

import datetime as dt
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.casework.daylogic import STANDBY_KINDS, case_start
from caseapp.domain.model import Case
from caseapp.ui import start_dirs, words
from caseapp.ui.cloud_banner import cloud_banner
from caseapp.ui.formparse import read_date
from caseapp.ui.report_job import PdfOrder, ReportJob
from caseapp.ui.session import CaseSession
from caseapp.ui.share import (
    drop_folder,
    finish_folder,
    folder_name,
    folder_size,
    free_folder,
    human_size,
    partial_folder,
    write_verify_text,
)
from caseapp.ui.statement_review import StatementReview, open_review
from caseapp.ui.widgets import Field, card, label


def fill(template: str, *values: str) -> str:
    """``%1``, ``%2``, … replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def default_from(case: Case) -> dt.date:
    """The first standby day logged, else the start of the case."""
    benched = [d.date for d in case.days if d.status in STANDBY_KINDS]
    return min(benched) if benched else case_start(case)


class ReportView(QWidget):
    shareWritten = Signal(object)  # the folder
    _verifyWritten = Signal(object, object)  # folder, error text or None

    def __init__(
        self, session: CaseSession, data_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.job = ReportJob(session, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.skipped.connect(self._skipped)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-share")
        self._verifyWritten.connect(self._share_done)
        # the lawyer's folder being written: (where it is written, its name when done)
        self._share: tuple[Path, Path] | None = None
        self._word_problem: str | None = None
        self.last_paths: list[Path] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        self._build_intro(outer, data_dir)
        frame, box = card("panel")
        self._build_part_choice(box)
        self._build_period(box)
        self._build_options(box)
        outer.addWidget(frame)
        self._build_buttons(outer)
        self._build_progress(outer)
        outer.addStretch(1)
        session.follow(self, self.show_case)
        if session.case is not None:  # built on first use, after the case opened
            self.show_case(session.case)

    def _build_intro(self, outer: QVBoxLayout, data_dir: Path | None) -> None:
        """The title, the cloud-folder warning (with a data directory) and what the PDFs are."""
        outer.addWidget(label(self.tr("Report"), "title"))
        if data_dir is not None:  # sharing while the case sits in a synced folder
            self.cloud_banner, _text = cloud_banner(data_dir)
            outer.addWidget(self.cloud_banner)
        outer.addWidget(
            label(
                self.tr(
                    "A consultation brief to take to a lawyer or legal aid, and a filing pack "
                    "for the arbitration commission: your records, what they show, and the "
                    "evidence list. The PDFs stay on this computer until you share them."
                ),
                "hint",
            )
        )

    def _build_part_choice(self, box: QVBoxLayout) -> None:
        """Which part: the brief, the filing pack or both in one PDF."""
        self.brief = QRadioButton(self.tr("Consultation brief (for a lawyer)"))
        self.filing = QRadioButton(self.tr("Filing pack (for the arbitration commission)"))
        # before the filing pack: the worker's say on each paragraph of 事实与理由
        self.review_button = QPushButton(self.tr("Facts and reasons: your say…"))
        self.review_button.setToolTip(
            self.tr(
                "Keep, edit or drop each paragraph the application states, before the "
                "filing pack is made."
            )
        )
        self.review_button.clicked.connect(self.review_statement)
        self.both = QRadioButton(self.tr("Both, in one PDF"))
        self.part = QButtonGroup(self)
        for button in (self.brief, self.filing, self.both):
            self.part.addButton(button)
            box.addWidget(button)
            if button is self.filing:
                row = QHBoxLayout()
                row.setContentsMargins(24, 0, 0, 0)
                row.addWidget(self.review_button)
                row.addStretch(1)
                box.addLayout(row)
        self.brief.setChecked(True)

    def _build_period(self, box: QVBoxLayout) -> None:
        """The language and the period (from, as of), each a field with its hint."""
        row = QHBoxLayout()
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if words.lang() == "zh" else 1)
        self.period_from = QLineEdit()
        self.period_from.textEdited.connect(self._from_edited)
        self._from_touched = False  # the worker's own start day is kept across changes
        # the default "as of" is today on the app's clock, and follows it across
        # midnight until the worker types a day of her own
        self._as_of_default = self.session.clock.today().isoformat()
        self.as_of = QLineEdit(self._as_of_default)
        self.session.clock.dayChanged.connect(self._new_day)
        self.fields = {
            "lang": Field(self.tr("Language"), self.lang, self.tr("Chinese for the commission.")),
            "from": Field(
                self.tr("From"),
                self.period_from,
                self.tr("The chronology, calendar and pay chart start here."),
            ),
            "as_of": Field(
                self.tr("To (records up to)"),
                self.as_of,
                self.tr("Findings and amounts are worked out as of this day."),
            ),
        }
        row.addWidget(self.fields["lang"])
        row.addWidget(self.fields["from"])
        row.addWidget(self.fields["as_of"])
        box.addLayout(row)

    def _build_options(self, box: QVBoxLayout) -> None:
        """Masking and opening the PDF when it is ready."""
        self.mask_box = QCheckBox(self.tr("Hide ID number, phone and account numbers"))
        self.mask_box.setToolTip(self.tr("For sharing with someone who does not need them."))
        box.addWidget(self.mask_box)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is ready"))
        box.addWidget(self.open_after)

    def _build_buttons(self, outer: QVBoxLayout) -> None:
        """Make, share and cancel, and what sharing writes."""
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Make the PDF…"))
        self.make_button.setProperty("role", "primary")
        self.make_button.clicked.connect(self.ask_and_make)
        # the application and the evidence list as Word, for a lawyer to edit
        self.word_button = QPushButton(self.tr("Word copy (editable)…"))
        self.word_button.setToolTip(
            self.tr(
                "The arbitration application and the evidence list as a Word document, "
                "for a lawyer to finish. The PDF stays the copy to file."
            )
        )
        self.word_button.clicked.connect(self.ask_and_make_word)
        self.share_button = QPushButton(self.tr("Share with a lawyer…"))
        self.share_button.clicked.connect(self.ask_and_share)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.job.cancel)
        self.cancel_button.setVisible(False)
        for b in (self.make_button, self.word_button, self.share_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addWidget(
            label(
                self.tr(
                    "Share with a lawyer writes one folder: both PDFs, the Word copy to edit, "
                    "the case file with the original evidence, and a note on how to check that "
                    "nothing was changed."
                ),
                "hint",
            )
        )

    def _build_progress(self, outer: QVBoxLayout) -> None:
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        outer.addWidget(self.bar)
        self.status = label("", "hint")
        self.status.setAccessibleName(self.tr("Report status"))
        outer.addWidget(self.status)

    def background_busy(self) -> bool:
        """A PDF is being built (the main window defers optional work)."""
        return self.job.running

    def show_case(self, case: Case) -> None:
        if not self._from_touched:
            self.period_from.setText(default_from(case).isoformat())

    def _from_edited(self, _text: str) -> None:
        self._from_touched = True

    # --- reading the form ---------------------------------------------------------------
    def part_code(self) -> str:
        if self.filing.isChecked():
            return "filing"
        return "both" if self.both.isChecked() else "brief"

    def _new_day(self, day: dt.date) -> None:
        if self.as_of.text().strip() == self._as_of_default:
            self.as_of.setText(day.isoformat())
        self._as_of_default = day.isoformat()

    def _as_of(self) -> tuple[bool, dt.date | None]:
        value, problem = read_date(self.as_of.text())
        if value is not None and value > self.session.clock.today():
            problem = self.tr("The day cannot be in the future.")
        self.fields["as_of"].set_error(problem)
        return problem is None, value

    def _period(self) -> tuple[bool, dt.date | None, dt.date | None]:
        """(valid, from, as of), each problem shown at its field."""
        ok, as_of = self._as_of()
        start: dt.date | None = None
        problem: str | None = None
        if self.period_from.text().strip():
            start, problem = read_date(self.period_from.text())
            if problem is None and start is not None and as_of is not None and start > as_of:
                problem = self.tr("The period starts after its last day. Pick an earlier day.")
        self.fields["from"].set_error(problem)
        return ok and problem is None, start, as_of

    def _busy(self, busy: bool) -> None:
        self.make_button.setEnabled(not busy)
        self.word_button.setEnabled(not busy)
        self.share_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.bar.setVisible(busy)

    # --- the worker's say on 事实与理由 ---------------------------------------------------
    def review_statement(self) -> StatementReview | None:
        if self.session.case is None:
            return None
        return open_review(self.session, str(self.lang.currentData()), self)

    # --- one PDF -------------------------------------------------------------------------------
    def ask_and_make(self) -> None:
        if self.session.case is None:
            return
        name = folder_name(self.session.case.info.worker.name, self.session.clock.today()) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), start_dirs.in_documents(name), self.tr("PDF (*.pdf)")
        )
        if path:
            self.make_pdf(Path(path))

    def make_pdf(self, out: Path) -> bool:
        ok, start, as_of = self._period()
        if not ok or self.session.case is None:
            return False
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        self._share = None
        lang, mask = str(self.lang.currentData()), self.mask_box.isChecked()
        order = PdfOrder(out, self.part_code(), lang, mask, as_of, start)
        self._busy(True)
        self.job.start([order])
        return True

    # --- the Word copy ---------------------------------------------------------------------------
    def ask_and_make_word(self) -> None:
        if self.session.case is None:
            return
        name = folder_name(self.session.case.info.worker.name, self.session.clock.today()) + ".docx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the Word copy"),
            start_dirs.in_documents(name),
            self.tr("Word document (*.docx)"),
        )
        if path:
            self.make_word(Path(path))

    def make_word(self, out: Path) -> bool:
        """`caseapp report -o OUT.docx`: the application and the evidence list."""
        ok, _start, as_of = self._period()
        if not ok or self.session.case is None:
            return False
        if out.suffix.lower() != ".docx":
            out = out.with_suffix(".docx")
        self._share = None
        lang, mask = str(self.lang.currentData()), self.mask_box.isChecked()
        self._busy(True)
        self.job.start([PdfOrder(out, "filing", lang, mask, as_of)])
        return True

    # --- the folder for a lawyer --------------------------------------------------------------
    def ask_and_share(self) -> None:
        if self.session.case is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to put the folder"), start_dirs.for_documents()
        )
        if folder:
            self.share(Path(folder))

    def share(self, parent_dir: Path) -> bool:
        ok, start, as_of = self._period()
        case = self.session.case
        if not ok or case is None:
            return False
        # written under a hidden sibling name and renamed when whole: a failure
        # or a cancel removes it, so the folder is never there half-written
        today = self.session.clock.today()
        folder = free_folder(parent_dir, folder_name(case.info.worker.name, today))
        partial = partial_folder(parent_dir, folder.name)
        partial.mkdir(parents=True)
        self._share = (partial, folder)
        self._word_problem = None
        lang, mask = str(self.lang.currentData()), self.mask_box.isChecked()
        word = self.tr("arbitration-application-and-evidence-list-editable.docx")
        orders = [
            PdfOrder(partial / self.tr("brief.pdf"), "brief", lang, mask, as_of, start),
            PdfOrder(partial / self.tr("filing-pack.pdf"), "filing", lang, mask, as_of, start),
            # the Word copy: if it fails, the folder is still made with the PDFs
            PdfOrder(partial / word, "filing", lang, mask, as_of, optional=True),
        ]
        self._busy(True)
        self.job.start(orders, case_file=partial / f"{folder.name}.caseapp.zip")
        return True

    # --- progress and results -------------------------------------------------------------------
    def _progress(self, done: int, total: int, what: str) -> None:
        self.bar.setMaximum(max(total, 0))
        self.bar.setValue(done if total else 0)
        self.status.setText(what)

    def _skipped(self, _out: Path, why: str) -> None:
        """The Word copy of the lawyer's folder failed; the PDFs go on."""
        self._word_problem = why

    def _finished(self, paths: list[Path]) -> None:
        self.last_paths = list(paths)
        share, self._share = self._share, None
        if share is not None and len(paths) >= 2:
            partial, folder = share
            self.status.setText(self.tr("Writing how-to-verify…"))
            casefile = partial / f"{folder.name}.caseapp.zip"
            word = paths[2] if len(paths) > 2 else None

            def work() -> None:
                try:
                    write_verify_text(partial, paths[0], paths[1], casefile, word)
                    done = finish_folder(partial, folder)
                    self._verifyWritten.emit(done, None)
                except OSError as exc:
                    drop_folder(partial)
                    self._verifyWritten.emit(folder, str(exc))

            self._pool.submit(work)
            return
        self._busy(False)
        self.status.setText(self.tr("Saved: %1").replace("%1", str(paths[0])))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))

    def _share_done(self, folder: Path, problem: str | None) -> None:
        self._busy(False)
        if problem:
            self.status.setText(problem)
            return
        size = human_size(folder_size(folder))
        why, self._word_problem = self._word_problem, None
        if why is None:
            written = self.tr(
                "Folder written: %1 (%2). Copy it to a USB stick or send it as you choose."
            )
            done = fill(written, str(folder), size)
        else:  # one line: the folder, what is missing, and why
            done = fill(
                self.tr(
                    "Folder written: %1 (%2), with both PDFs and the case file but without the "
                    "Word copy%3. Copy it to a USB stick or send it as you choose."
                ),
                str(folder),
                size,
                fill(self.tr(" (%1)"), why) if why else "",
            )
        self.status.setText(done)
        self.shareWritten.emit(folder)
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failed(self, message: str) -> None:
        share, self._share = self._share, None
        if share is not None:
            drop_folder(share[0])  # nothing half-written is left
        self._busy(False)
        self.status.setText(message)

    def closeEvent(self, event: object) -> None:
        self.job.close()
        if self._share is not None:
            drop_folder(self._share[0])
            self._share = None
        self._pool.shutdown(wait=True)
        super().closeEvent(event)  # type: ignore[arg-type]
