"""Which stored evidence files are missing or changed, found off the GUI
thread: each file is hashed once per session (then only its size is
looked at again), and the result arrives as a signal. The Evidence view
marks those files and says what to do; reports and exports go ahead
without them (issue 12 item 3)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from caseapp.ui.evidence_editor import FILE_CHANGED, FILE_MISSING, FILE_OK


def file_state(path: Path, sha256: str, size: int, hashed: bool) -> str:
    """FILE_OK, FILE_MISSING or FILE_CHANGED; ``hashed``: the content was
    already found right once (only the size is looked at again). A sealed
    file of an encrypted data directory is read decrypted
    (services.evidence_files.stored_file_state)."""
    from caseapp.services.evidence_files import stored_file_state

    state = stored_file_state(path, sha256, size, hashed)
    return {"ok": FILE_OK, "missing": FILE_MISSING}.get(state, FILE_CHANGED)


class FileCheck(QObject):
    """``check([(sha256, path, size)])`` → ``checked(dict sha256 -> state)``
    once all of them are looked at."""

    _done = Signal(object)
    checked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-filecheck")
        self._hashed: set[str] = set()  # found right by their content this session
        self.states: dict[str, str] = {}
        self.running = 0
        self._done.connect(self._arrived)

    def check(self, files: list[tuple[str, Path, int]]) -> None:
        if not files or self._closed:  # asked after close(): dropped
            return
        self.running += 1
        hashed = set(self._hashed)
        self._pool.submit(self._run, files, hashed)

    def forget(self, sha256: str) -> None:
        """Look at this file's content again next time (it was put back)."""
        self._hashed.discard(sha256)

    def _run(self, files: list[tuple[str, Path, int]], hashed: set[str]) -> None:
        states = {sha: file_state(Path(p), sha, size, sha in hashed) for sha, p, size in files}
        self._done.emit(states)

    def _arrived(self, states: dict[str, str]) -> None:
        self.running -= 1
        for sha, state in states.items():
            if state == FILE_OK:
                self._hashed.add(sha)
            else:
                self._hashed.discard(sha)
        self.states.update(states)
        self.checked.emit(dict(self.states))

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
