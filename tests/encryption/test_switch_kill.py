"""Turning encryption on or off survives a kill at any step (issue 12 item 8).

A child process switches and SIGKILLs itself at one of the switch's steps
(storage/switch.py); the directory is then opened again. Before the COMMIT
file is written it must be exactly the old state, after it exactly the new one
(rolled forward on opening) — never a mixture, never anything lost: the same
case, every journal line, every evidence file re-hashed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.services import encryption
from caseapp.services.service import CaseService
from caseapp.storage import keyring
from tests.encryption.helpers import PASSPHRASE, SAMPLE, plaintext_hits

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("switch_child.py")

BEFORE_COMMIT = ["staged", "database", "backups", "evidence-file", "evidence", "before-commit"]
AFTER_COMMIT_ON = [
    "committed",
    "moved-out-caseapp.sqlite3",
    "moved-in-caseapp.sqlite3",
    "moved-out-backups",
    "moved-in-backups",
    "moved-out-evidence",
    "moved-in-evidence",
    "moved-in-keys.json",
    "uncommitted",
]
AFTER_COMMIT_OFF = ["committed", "moved-in-caseapp.sqlite3", "moved-in-evidence", "keys-removed"]


@pytest.fixture(autouse=True)
def _clean_keyring() -> Iterator[None]:
    keyring.forget_all()
    yield
    keyring.forget_all()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("switch")
    plain = root / "plain"
    with CaseService(plain) as svc:
        svc.import_file(SAMPLE)
        svc.backup()
    encrypted = root / "encrypted"
    shutil.copytree(plain, encrypted)
    with CaseService(encrypted) as svc:
        svc.enable_encryption(PASSPHRASE)
    keyring.forget_all()
    return {"plain": plain, "encrypted": encrypted}


def _state(data: Path) -> tuple[bool, object, list[bytes], bool]:
    """(encrypted?, the case, its journal, verify ok) after opening again."""
    keyring.forget_all()
    encrypted = encryption.is_encrypted(data)  # finishes or abandons the switch
    if encrypted:
        encryption.unlock(data, PASSPHRASE)
    with CaseService(data) as svc:
        (summary,) = svc.list_cases()
        case = svc.load_case(summary.id)
        return encrypted, case, svc.journal_lines(summary.id), svc.verify_case(summary.id).ok


def _run(data: Path, direction: str, point: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data), direction, point],
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )
    return done.returncode


@pytest.mark.parametrize(
    ("direction", "point"),
    [("on", p) for p in BEFORE_COMMIT + AFTER_COMMIT_ON]
    + [("off", p) for p in ["database", "before-commit", *AFTER_COMMIT_OFF]],
)
def test_kill_during_switch(
    templates: dict[str, Path], tmp_path: Path, direction: str, point: str
) -> None:
    source = templates["plain" if direction == "on" else "encrypted"]
    expected_before = _state(source)
    data = tmp_path / "data"
    shutil.copytree(source, data)
    assert _run(data, direction, point) == -signal.SIGKILL
    encrypted, case, journal, ok = _state(data)
    committed = point not in BEFORE_COMMIT
    assert encrypted == ((direction == "on") == committed)
    assert (case, journal) == expected_before[1:3]  # nothing lost, nothing changed
    assert ok
    assert not (data / ".encryption-switch").exists()
    if encrypted:
        assert plaintext_hits(data) == []


def test_switch_without_kill_finishes(templates: dict[str, Path], tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(templates["plain"], data)
    assert _run(data, "on", "no such step") == 0
    assert _state(data)[0] is True
