"""Ctrl+V anywhere and dropped files: turn a clipboard image or text, or
files, into evidence on a draft incident stamped now. The files are copied
into the evidence store at once (on the writer thread); the incident is
saved when the worker presses Save."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QImage

from caseapp.domain.vocab import EvidenceKind, LegalType, OriginalStatus
from caseapp.scratch import private_tempdir

if TYPE_CHECKING:
    from caseapp.domain.model import Evidence
    from caseapp.ui.incident_form import IncidentForm
    from caseapp.ui.main_window import MainWindow


def new_evidence(title: str, kind: EvidenceKind, transcript: str | None = None) -> Evidence:
    """Evidence the worker adds now: an electronic original, kept."""
    from caseapp.domain.model import Evidence  # not before the first paint

    return Evidence(
        id="",
        title=title,
        kind=kind,
        original_status=OriginalStatus.KEPT,
        legal_type=LegalType.ELECTRONIC,
        transcript=transcript,  # no date: the day it was pasted is not the day it was obtained
    )


class Capture(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    def paste_dir(self) -> Path:
        """Where a pasted image waits for the evidence store to copy it: in RAM
        where there is some, else under the data directory (`private_tempdir`)
        — never the shared system temp directory, where a screenshot of a chat
        would outlive the app."""
        if self._tmp is None:
            self._tmp = private_tempdir(self.window.data_dir, "paste-")
        return Path(self._tmp.name)

    def paste(self) -> bool:
        """Take what is on the clipboard; False if there was nothing usable."""
        if self.window.session.case is None:
            return False
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                return self.add_image(image)
        if mime.hasUrls():
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.add_files(paths)
                return True
        if mime.hasText() and mime.text().strip():
            self.add_text(mime.text().strip())
            return True
        return False

    def _stamp(self) -> str:
        return self.window.session.clock.now().strftime("%Y-%m-%d %H:%M")

    def add_image(self, image: QImage) -> bool:
        name = self.window.session.clock.now().strftime("screenshot-%Y%m%d-%H%M%S.png")
        path = self.paste_dir() / name
        if not image.save(str(path)):
            return False
        title = self.tr("Screenshot pasted %1").replace("%1", self._stamp())
        self._store(title, EvidenceKind.CHAT, [path], pasted=path)
        return True

    def add_files(self, paths: list[Path]) -> None:
        readable = [p for p in paths if p.is_file()]
        if not readable:
            self.window.show_message(self.tr("That file cannot be read."))
            return
        names = ", ".join(p.name for p in readable[:3])
        self._store(names, EvidenceKind.OTHER, readable)

    def target(self) -> IncidentForm:
        """The incident form shown on 事件 Incidents, if the worker is there
        with it open; else Today's side panel, opened on a draft stamped now."""
        window = self.window
        incidents = window.views.get("incidents")  # not built here if never shown
        shown = getattr(incidents, "side_shown", None)
        if window.current_view() == "incidents" and shown is not None and shown():
            return incidents.editor  # type: ignore[union-attr,no-any-return]
        window.open_incident(keep_open=True)
        return window.incident_form

    def add_text(self, text: str) -> None:
        form = self.target()
        title = self.tr("Text pasted %1").replace("%1", self._stamp())
        evidence = new_evidence(title, EvidenceKind.CHAT, transcript=text)
        form.add_text(text)
        self.window.session.save_record(evidence, done=form.attach)

    def _store(
        self, title: str, kind: EvidenceKind, paths: list[Path], pasted: Path | None = None
    ) -> None:
        form = self.target()
        evidence = new_evidence(title, kind)
        self.window.show_message(self.tr("Copying into the evidence store…"))
        self.window.session.add_evidence_files(
            evidence, paths, done=lambda e: self._added(form, e, pasted)
        )

    def _added(self, form: IncidentForm, evidence: Evidence, pasted: Path | None = None) -> None:
        if pasted is not None:  # the store holds its own copy now
            pasted.unlink(missing_ok=True)
        form.attach(evidence)
        self.window.show_message(
            self.tr(
                "Added: %1. On the Evidence page you can name it and say what it proves."
            ).replace("%1", evidence.title)
        )

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
