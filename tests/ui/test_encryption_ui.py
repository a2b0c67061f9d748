"""Encryption at rest in the window (issue 12 item 8): the passphrase asked
before anything is read, the lock using the encryption passphrase, a locked
window naming no one (title, case switcher), the window-passphrase dialog
saying it only hides the window, and the case settings' panel turning
encryption on (the recovery key shown) and off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from caseapp.services import encryption
from caseapp.services.service import CaseService
from caseapp.storage import keyring
from caseapp.ui.encryption_panel import EncryptionPanel, RecoveryKeyDialog
from caseapp.ui.lock import PassphraseDialog
from caseapp.ui.unlock import UnlockDialog
from tests.casework.helpers import sample_info
from tests.ui.conftest import make_parts, run

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    keyring.forget_all()
    yield
    keyring.forget_all()


def _encrypted_dir(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    with CaseService(data) as svc:
        case_id = svc.create_case(sample_info())
        svc.enable_encryption(PASSPHRASE)
    keyring.forget_all()
    return data, case_id


def test_unlock_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, _case_id = _encrypted_dir(tmp_path)
    dialog = UnlockDialog(data)
    qtbot.addWidget(dialog)
    assert sample_info().worker.name not in dialog.windowTitle()
    dialog.passphrase.setText("not the passphrase")
    dialog.try_unlock()
    assert dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    assert not encryption.is_unlocked(data)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert encryption.is_unlocked(data)


def test_locked_window_names_no_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, _case_id = _encrypted_dir(tmp_path)
    encryption.unlock(data, PASSPHRASE)
    parts = make_parts(qtbot, data)
    window = parts.window
    try:
        window.start()
        qtbot.waitUntil(lambda: parts.session.case is not None, timeout=15_000)
        name = sample_info().worker.name
        assert name in window.windowTitle()
        assert window.switcher.isVisible()
        window.lock()
        assert window.is_locked()
        assert name not in window.windowTitle()
        assert not window.switcher.isVisible()
        # the lock asks for the encryption passphrase (the window's own is not set)
        window.lock_screen.passphrase.setText("wrong one")
        window.lock_screen.try_unlock()
        assert window.is_locked()
        window.lock_screen.passphrase.setText(PASSPHRASE)
        window.lock_screen.try_unlock()
        assert not window.is_locked()
        assert name in window.windowTitle() and window.switcher.isVisible()
    finally:
        parts.session.bridge.close()


def test_window_passphrase_says_it_only_hides(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parts = make_parts(qtbot, tmp_path / "data", lang="en")
    try:
        dialog = PassphraseDialog(parts.window)
        qtbot.addWidget(dialog)
        texts = " ".join(w.text() for w in dialog.findChildren(type(parts.window.loading)))
        assert "only hides the window" in texts
        assert "does not encrypt" in texts
    finally:
        parts.session.bridge.close()


def test_panel_turns_encryption_on_and_off(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    parts = make_parts(qtbot, data, lang="en")
    try:
        run(qtbot, parts, lambda s: s.create_case(sample_info()))
        panel = EncryptionPanel(parts.session, data)
        qtbot.addWidget(panel)
        assert panel.state.text() == "Encryption is off"
        assert "not encrypted" in panel.explain.text()
        shown: list[str] = []
        monkeypatch.setattr(
            RecoveryKeyDialog, "exec", lambda self: shown.append(self.key.text()) or 1
        )
        panel._run(lambda s: s.enable_encryption(PASSPHRASE), lambda key: shown.append(str(key)))
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
        assert keyring.is_encrypted(data)
        assert panel.state.text() == "Encryption is on"
        assert len(shown[0].split("-")) == 8
        # a wrong passphrase to turn it off: refused, nothing changes
        panel._run(lambda s: s.disable_encryption("wrong"), lambda _r: None)
        qtbot.waitUntil(lambda: panel.turn_off.isEnabled(), timeout=30_000)
        assert keyring.is_encrypted(data) and "Wrong passphrase" in panel.status.text()
        done: list[object] = []
        panel._run(lambda s: s.disable_encryption(PASSPHRASE), done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
        assert not keyring.is_encrypted(data)
        assert panel.turn_on.isVisibleTo(panel)
        # still working on the same service afterwards
        cases = run(qtbot, parts, lambda s: s.list_cases())
        assert len(cases) == 1
    finally:
        parts.session.bridge.close()
        QApplication.processEvents()


def test_report_from_an_encrypted_case_writes_no_plain_case_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The app's PDF is made by `caseapp report` in a subprocess on an exported
    case file: with encryption on that file is a `.caseapp.enc` under a one-time
    passphrase, never a plain `.caseapp.zip`."""
    from pypdf import PdfReader

    from caseapp.ui.report_view import ReportView

    data, _case_id = _encrypted_dir(tmp_path)
    encryption.unlock(data, PASSPHRASE)
    parts = make_parts(qtbot, data, lang="en")
    try:
        parts.window.start()
        qtbot.waitUntil(lambda: parts.session.case is not None, timeout=15_000)
        view = parts.window.views["report"]
        assert isinstance(view, ReportView)
        out = tmp_path / "pack.pdf"
        seen: list[list[str]] = []
        view.job.progress.connect(  # the job packs into its scratch directories
            lambda *_a: seen.append(sorted(p.name for d in view.job._scratch for p in d.iterdir()))
        )
        with qtbot.waitSignal(view.job.finished, timeout=180_000):
            assert view.make_pdf(out)
        text = "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
        assert sample_info().worker.name in text
        names = {n for listing in seen for n in listing}
        assert any(n.endswith(".caseapp.enc") for n in names)
        assert not any(n.endswith(".caseapp.zip") for n in names)
        secret = view.job._passphrase_file
        assert secret is not None and secret.exists()
        view.job.close()
        assert not secret.exists()
    finally:
        parts.session.bridge.close()


def test_evidence_check_and_open_read_sealed_files_decrypted(tmp_path: Path) -> None:
    """The Evidence view's missing/changed check and its 'open a copy' read a
    sealed file's plaintext: an intact sealed file is not 'changed' (its size
    on disk is the sealed size), a flipped byte is, and the opened copy is the
    original's bytes."""
    import os

    from caseapp.services.evidence_files import plain_copy
    from caseapp.ui.evidence_check import file_state
    from caseapp.ui.evidence_editor import FILE_CHANGED, FILE_MISSING, FILE_OK

    data, _case_id = _encrypted_dir(tmp_path)
    encryption.unlock(data, PASSPHRASE)
    original = tmp_path / "scan.bin"
    original.write_bytes(os.urandom(200_000))
    with CaseService(data) as svc:
        stored = svc.store.put_file(original)
        path = svc.evidence_file_path(stored.sha256)
        assert path.read_bytes()[:100] != original.read_bytes()[:100]  # sealed on disk
        assert file_state(path, stored.sha256, stored.size, hashed=False) == FILE_OK
        copy = plain_copy(svc, stored.sha256, tmp_path / "opened.bin")
        assert copy.read_bytes() == original.read_bytes()
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0x01
        path.chmod(0o600)
        path.write_bytes(bytes(raw))
        assert file_state(path, stored.sha256, stored.size, hashed=False) == FILE_CHANGED
        path.unlink()
        assert file_state(path, stored.sha256, stored.size, hashed=False) == FILE_MISSING
