"""Environment errors are exit 3, not "a defect" (issue 12, item 5).

A read-only data directory can still be listed, checked, verified and
reported from; a write there exits 3 with the README's sentence. A full disk
— an `OSError` from a file write or SQLite's "database or disk is full",
wrapped in SQLAlchemy's `OperationalError` — and a permission refused exit 3,
each with its sentence, and leave no crash log (empty or not).

Read-only is real: the data directory is made read-only (as root: owned by
another user and the process run without CAP_DAC_OVERRIDE and CAP_FOWNER,
which would otherwise let root write anyway), and the commands run in a real
subprocess.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc

from caseapp.cli.context import CliContext
from caseapp.cli.main import handle_exception
from caseapp.services.service import CaseService

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
SETPRIV = shutil.which("setpriv")
NOBODY = 65534

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _caseapp(*args: str) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if AS_ROOT:
        caps = "-dac_override,-fowner"
        prefix = [str(SETPRIV), f"--bounding-set={caps}", f"--inh-caps={caps}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "caseapp", "--lang", "en", *args],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def _walk(top: Path) -> Iterator[Path]:
    yield top
    yield from top.rglob("*")


@pytest.fixture
def read_only_dir(data_dir: Path, case_id: str) -> Iterator[Path]:
    if AS_ROOT and SETPRIV is None:
        pytest.skip("running as root without setpriv: cannot make a directory read-only")
    for path in sorted(_walk(data_dir), reverse=True):
        if AS_ROOT:
            os.chown(path, NOBODY, NOBODY)
        path.chmod(0o555 if path.is_dir() else 0o444)
    yield data_dir
    for path in _walk(data_dir):
        if AS_ROOT:
            os.chown(path, 0, 0)
        path.chmod(0o700 if path.is_dir() else 0o600)


def _listing(top: Path) -> dict[str, bytes]:
    return {str(p.relative_to(top)): p.read_bytes() for p in top.rglob("*") if p.is_file()}


def test_a_read_only_data_directory_is_listed_checked_verified_and_reported_from(
    read_only_dir: Path, case_id: str, tmp_path: Path
) -> None:
    before = _listing(read_only_dir)
    listed = _caseapp("--data-dir", str(read_only_dir), "list")
    assert listed.returncode == 0, listed.stderr
    assert case_id in listed.stdout
    checked = _caseapp("--data-dir", str(read_only_dir), "check", case_id, "--as-of", "2025-06-30")
    assert checked.returncode == 0, checked.stderr
    verified = _caseapp("--data-dir", str(read_only_dir), "verify", case_id)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "r.pdf"
    reported = _caseapp(
        "--data-dir", str(read_only_dir), "report", case_id, "-o", str(pdf), "--as-of", "2025-06-30"
    )
    assert reported.returncode == 0, reported.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    exported = _caseapp(
        "--data-dir", str(read_only_dir), "export", case_id, "-o", str(out / "x.caseapp.zip")
    )
    assert exported.returncode == 3, exported.stderr  # export writes a journal entry
    assert "read-only" in exported.stderr
    assert "crash" not in exported.stderr.lower()
    assert _listing(read_only_dir) == before


def test_a_full_disk_in_sqlite_is_exit_3_with_its_sentence(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = sqlalchemy.exc.OperationalError(
        "INSERT INTO journal …", {}, sqlite3.OperationalError("database or disk is full")
    )
    ctx = CliContext("en", data_dir)
    assert handle_exception(full, ctx, ["import", "x"]) == 3
    err = capsys.readouterr().err
    assert "The disk is full" in err
    assert "Traceback" not in err and "crash" not in err.lower()
    assert not (data_dir / "logs").exists() or not any((data_dir / "logs").glob("crash-*"))


@pytest.mark.parametrize(
    ("errno_name", "sentence"),
    [("ENOSPC", "The disk is full"), ("EROFS", "read-only"), ("EACCES", "No permission")],
)
def test_os_errors_are_exit_3_each_with_its_sentence(
    errno_name: str, sentence: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    exc = OSError(getattr(errno, errno_name), os.strerror(getattr(errno, errno_name)), "x")
    assert handle_exception(exc, CliContext("en", data_dir), ["import", "x"]) == 3
    assert sentence in capsys.readouterr().err


def test_a_file_too_large_for_the_disk_during_import_is_exit_3_and_changes_nothing(
    case_id: str, data_dir: Path, tmp_path: Path
) -> None:
    """A real write failure: the file size limit (RLIMIT_FSIZE) makes the
    evidence store's write fail with EFBIG, as a full disk would."""
    exported = tmp_path / "e.caseapp.zip"
    with CaseService(data_dir) as service:
        service.export_case(case_id, exported)
    fresh = tmp_path / "fresh"
    with CaseService(fresh):
        pass
    before = _listing(fresh)
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (600, 600))\n"
        "from caseapp.__main__ import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, "--lang", "en", "--data-dir", str(fresh), "import",
         str(exported)],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert "crash" not in done.stderr.lower()
    after = _listing(fresh)
    assert not [n for n in after if "crash" in n]
    assert {k: v for k, v in after.items() if not k.startswith(("caseapp.sqlite3", "backups"))} == {
        k: v for k, v in before.items() if not k.startswith(("caseapp.sqlite3", "backups"))
    }
    with CaseService(fresh) as service:
        assert service.list_cases() == []


def test_no_empty_crash_log_when_the_log_directory_is_full(tmp_path: Path) -> None:
    """A crash log that cannot be written whole is removed, never left empty."""
    code = (
        "import resource, signal, sys, pathlib\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "from caseapp.crash import write_crash_log\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))\n"
        "try:\n"
        "    write_crash_log(RuntimeError('x'), [], pathlib.Path(sys.argv[1]))\n"
        "except OSError:\n"
        "    pass\n"
    )
    data = tmp_path / "d"
    (data / "logs").mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    subprocess.run([sys.executable, "-c", code, str(data)], env=env, timeout=120, check=True)
    logs = [p for p in tmp_path.rglob("*crash*") if p.is_file()]
    assert logs == [], [(p, p.stat().st_size) for p in logs]  # none empty, none cut short
