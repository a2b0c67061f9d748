"""Making the PDFs without touching the GUI thread: the case is exported to a
case file on the serial writer, then `caseapp report` runs on that file as a
subprocess (QProcess), one PDF after another, its `progress D T` lines read
as they come. reportlab never loads in the app's own process.

With encryption at rest on, the case file handed to the subprocess is a
`.caseapp.enc` sealed with a one-time random passphrase, which the child
reads from a 0600 file (``CASEAPP_PASSPHRASE_FILE``) in RAM (``/dev/shm``)
where there is one: no plain copy of the case is written for a report
(docs/encryption.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from caseapp.scratch import ram_dir
from caseapp.ui.session import CaseSession, error_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PdfOrder:
    # a .docx: the Word copy (application and evidence list); a .json: the paragraphs of
    # 事实与理由 for the review (ui/statement_review.py); part and from unused for both
    out: Path
    part: str  # brief | filing | both
    lang: str  # zh | en
    mask: bool
    as_of: dt.date | None = None
    period_from: dt.date | None = None  # `caseapp report --from`
    optional: bool = False  # a failure is reported (``skipped``) and the job goes on


@dataclass
class JobState:
    orders: list[PdfOrder]
    case_file: Path | None = None
    done: list[Path] = field(default_factory=list)
    tried: int = 0  # orders run so far, written or skipped


def cli_command(args: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that run ``caseapp <args>`` here."""
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "caseapp", *args]


class ReportJob(QObject):
    """export → report (→ report …); ``progress(done, total, what)``,
    ``finished(paths)``, ``failed(message)`` (one line); ``cancel()`` stops it.
    An optional order that fails emits ``skipped(out, why)`` (the command's
    message on one line, or "") and is left out of ``paths``; the others are
    still written."""

    progress = Signal(int, int, str)
    skipped = Signal(object, str)  # the optional order's path, why it failed (one line, or "")
    finished = Signal(object)  # list[Path]
    failed = Signal(str)

    def __init__(self, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.process: QProcess | None = None
        self.state: JobState | None = None
        # the case file packed for the PDFs (evidence included; sealed when the
        # data directory is encrypted) goes into a scratch directory under the
        # data directory, removed when the job ends and, after a kill, at the
        # next start (`caseapp.scratch`); the sealed file's one-time passphrase
        # into RAM where there is a RAM directory
        self._scratch: list[Path] = []
        self._secret_dir = tempfile.TemporaryDirectory(prefix="caseapp-report-", dir=ram_dir())
        self._passphrase_file: Path | None = None
        self.cancelled = False

    @property
    def running(self) -> bool:
        return self.state is not None

    def start(self, orders: list[PdfOrder], case_file: Path | None = None) -> None:
        """Write each order's PDF; ``case_file`` (a .caseapp.zip path) keeps
        the exported case file there too."""
        case_id = self.session.case_id
        if case_id is None or self.running:
            return
        self.cancelled = False
        self.state = JobState(list(orders))
        self.progress.emit(0, 0, self.tr("Packing the case file…"))
        secret_dir = Path(self._secret_dir.name)
        sealed = case_file is None

        def export(s: object) -> Path:
            from caseapp.services import encryption

            service: Any = s
            target = case_file
            if target is None:
                directory = service.scratch_dir("report-")
                self._scratch.append(directory)
                target = directory / f"{case_id}.caseapp.zip"
            if not (sealed and encryption.is_encrypted(service.data_dir)):
                return Path(service.export_case(case_id, target))
            secret = secrets.token_urlsafe(32)
            key_file = secret_dir / "passphrase"
            key_file.touch(mode=0o600)
            key_file.write_text(secret, encoding="utf-8")
            self._passphrase_file = key_file
            enc = target.with_name(f"{case_id}.caseapp.enc")
            return Path(service.export_case(case_id, enc, passphrase=secret))

        self.session.bridge.call(
            lambda s: export(s),  # logged as ReportJob.start, as before
            done=self._exported,
            error=lambda exc: self._fail(error_text(exc)),
        )

    def _exported(self, path: Path) -> None:
        if self.state is None:
            return
        if self.cancelled:
            self._fail(self.tr("Cancelled. Nothing was written."))
            return
        self.state.case_file = Path(path)
        self._next()

    def _next(self) -> None:
        state = self.state
        if state is None or state.case_file is None:
            return
        if state.tried == len(state.orders):
            self.state = None
            self._drop_scratch()
            self.finished.emit(list(state.done))
            return
        order = state.orders[state.tried]
        args = ["--lang", order.lang, "report", str(state.case_file), "-o", str(order.out)]
        # the Word copy, and the paragraphs for the review (.json): no part, no period
        word = order.out.suffix.lower() in (".docx", ".json")
        if not word:
            args += ["--part", order.part]
        args.append("--progress")
        if order.mask:
            args.append("--mask")
        if order.as_of is not None:
            args += ["--as-of", order.as_of.isoformat()]
        if order.period_from is not None and not word:
            args += ["--from", order.period_from.isoformat()]
        program, argv = cli_command(args)
        process = QProcess(self)
        if self._passphrase_file is not None and state.case_file.suffix == ".enc":
            env = QProcessEnvironment.systemEnvironment()
            env.insert("CASEAPP_PASSPHRASE_FILE", str(self._passphrase_file))
            process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._process_done)
        self.process = process
        self._stderr = b""
        process.readyReadStandardError.connect(self._read_err)
        self._what = self.tr("Writing %1…").replace("%1", order.out.name)
        self.progress.emit(0, 0, self._what)
        process.start(program, argv)

    def _read(self) -> None:
        if self.process is None:
            return
        while self.process.canReadLine():
            line = bytes(self.process.readLine().data()).decode("utf-8", "replace").split()
            if len(line) == 3 and line[0] == "progress":
                try:
                    self.progress.emit(int(line[1]), int(line[2]), self._what)
                except ValueError:
                    continue

    def _read_err(self) -> None:
        if self.process is not None:
            self._stderr += bytes(self.process.readAllStandardError().data())

    def _process_done(self, code: int, status: QProcess.ExitStatus) -> None:
        state = self.state
        if state is None:
            return
        if self.cancelled:
            self._fail(self.tr("Cancelled."))
            return
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            # the command's own message, on one line (it may span several)
            detail = one_line(self._stderr.decode("utf-8", "replace"))
            order = state.orders[state.tried]
            # the exit code only: the message may name people or folders
            log.warning(
                "ReportJob %s failed: exit code %s%s",
                order.out.suffix.lower() or "(no suffix)",
                code,
                "" if status == QProcess.ExitStatus.NormalExit else " (crashed)",
            )
            if not order.optional:
                self._fail(self._failure(order.out.suffix.lower(), detail))
                return
            state.tried += 1
            self.skipped.emit(order.out, detail)
            self._next()
            return
        state.done.append(state.orders[state.tried].out)
        state.tried += 1
        self._next()

    def _failure(self, suffix: str, detail: str) -> str:
        """One line: what could not be written, and why (the command's message)
        — or, with no message, what to check."""
        if suffix == ".docx":
            if detail:
                return self.tr("The Word copy could not be written: %1").replace("%1", detail)
            return self.tr("The Word copy could not be written.")
        if suffix == ".json":
            if detail:
                return self.tr("The paragraphs could not be drafted: %1").replace("%1", detail)
            return self.tr("The paragraphs could not be drafted.")
        if detail:
            return self.tr("The PDF could not be written: %1").replace("%1", detail)
        return self.tr("The PDF could not be written.")

    def cancel(self) -> None:
        self.cancelled = True
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()

    def _fail(self, message: str) -> None:
        self.state = None
        self._drop_scratch()
        self.failed.emit(message)

    def _drop_scratch(self) -> None:
        while self._scratch:
            shutil.rmtree(self._scratch.pop(), ignore_errors=True)

    def close(self) -> None:
        self.cancel()
        if self.process is not None:
            self.process.waitForFinished(2000)
        self._drop_scratch()
        self._secret_dir.cleanup()


Callback = Callable[[list[Path]], None]


def one_line(text: str) -> str:
    """A message as one line: its lines joined, runs of white space made one."""
    return " ".join(text.split())
