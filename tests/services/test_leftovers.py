"""Issue 12 item 9: a SIGKILL in the middle of an import, an "add files", an
export, a copy into the store or a report's temporary copy leaves nothing
behind once the data directory is opened again: no orphan evidence, no
``incoming/`` temp file, no partial ``.tmp`` zip beside the export's target,
no scratch directory. Each child process stops at a known point
(``leftovers_child.py``) and is killed there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.scratch import PENDING, SCRATCH, clean_scratch, pending, scratch_dir
from caseapp.services.api import ImportMode
from caseapp.services.service import CaseService
from tests.services import factories as f

CHILD = Path(__file__).with_name("leftovers_child.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _kill_when_ready(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline() == b"ready\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL


def _stored(data: Path) -> set[str]:
    evidence = data / "evidence"
    return {p.name for p in evidence.glob("??/*") if p.is_file() and len(p.name) == 64}


def _files_under(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else []


def _two_files(where: Path) -> list[Path]:
    a, b = where / "a.png", where / "b.png"
    a.write_bytes(b"\x89PNG first" + os.urandom(3 * 1024 * 1024))  # several chunks
    b.write_bytes(b"\x89PNG second" + os.urandom(3 * 1024 * 1024))
    return [a, b]


def _case_with_files(data: Path, where: Path) -> str:
    with CaseService(data) as svc:
        case_id = svc.create_case(f.make_info())
        svc.add_evidence_files(case_id, f.evidence(), _two_files(where))
    return case_id


def test_kill_mid_import_leaves_no_orphan_evidence(tmp_path: Path) -> None:
    source = tmp_path / "source"
    case_id = _case_with_files(source, tmp_path)
    export = tmp_path / "case.caseapp.zip"
    with CaseService(source) as svc:
        svc.export_case(case_id, export)
    data = tmp_path / "data"
    with CaseService(data):
        pass
    _kill_when_ready("import", str(data), str(export))
    assert len(_stored(data)) == 1  # the kill came after the first file was stored
    assert _files_under(data / PENDING)
    with CaseService(data) as svc:
        assert svc.list_cases() == []
    assert _stored(data) == set()  # the orphan is gone
    assert _files_under(data / PENDING) == []
    with CaseService(data) as svc:  # and the import still works
        svc.import_file(export, ImportMode.REFUSE)
    assert len(_stored(data)) == 2


def test_kill_mid_add_files_leaves_no_orphan_and_keeps_stored_evidence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    kept = tmp_path / "kept"
    kept.mkdir()
    case_id = _case_with_files(data, kept)  # two files already recorded
    before = _stored(data)
    _two_files(tmp_path)  # new content for a.png and b.png beside data/
    _kill_when_ready("add", str(data), case_id)
    assert len(_stored(data)) == 3  # one new file stored, not recorded
    assert _files_under(data / "evidence" / "incoming")  # the second was being copied
    with CaseService(data) as svc:
        assert len(svc.load_case(case_id).evidence) == 1
    assert _stored(data) == before  # recorded files kept, the orphan removed
    assert _files_under(data / "evidence" / "incoming") == []


def test_kill_mid_copy_leaves_no_incoming_temp_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with CaseService(data):
        pass
    big = tmp_path / "big.mp4"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    _kill_when_ready("incoming", str(data), str(big))
    assert len(_files_under(data / "evidence" / "incoming")) == 1
    with CaseService(data):
        pass
    assert _files_under(data / "evidence" / "incoming") == []


def test_kill_mid_export_leaves_no_partial_zip_beside_the_target(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _case_with_files(data, tmp_path)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    (out_dir / ".someone-elses.tmp").write_bytes(b"not ours")  # left alone
    out = out_dir / "case.caseapp.zip"
    _kill_when_ready("export", str(data), f"{case_id} {out}")
    partial = [p for p in out_dir.iterdir() if p.name.startswith(".case.caseapp.zip.")]
    assert len(partial) == 1 and partial[0].name.endswith(".tmp")
    assert not out.exists()
    with CaseService(data):
        pass
    assert sorted(p.name for p in out_dir.iterdir()) == [".someone-elses.tmp"]
    assert _files_under(data / PENDING) == []


def test_failed_export_removes_its_partial_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    case_id = _case_with_files(data, tmp_path)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()

    def fail(done: int, total: int) -> None:
        raise OSError(28, "No space left on device")

    with CaseService(data) as svc, pytest.raises(OSError):
        svc.export_case(case_id, out_dir / "case.caseapp.zip", progress=fail)
    assert list(out_dir.iterdir()) == []
    assert _files_under(data / PENDING) == []


def test_kill_leaves_no_report_copy_after_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with CaseService(data):
        pass
    _kill_when_ready("scratch", str(data), "-")
    left = list((data / SCRATCH).iterdir())
    assert len(left) == 1 and (left[0] / "copy").is_file()
    with CaseService(data):
        pass
    assert list((data / SCRATCH).iterdir()) == []


def test_a_live_process_keeps_its_scratch_and_marker(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    mine = scratch_dir(data, "report-")
    assert mine.parent == data / SCRATCH
    assert (mine.stat().st_mode & 0o777) == 0o700
    assert clean_scratch(data) == []
    with pending(data, "evidence") as note:
        note("0" * 64)
        with CaseService(data):
            pass  # this process is alive: its marker is not a leftover
        assert len(_files_under(data / PENDING)) == 1
    assert _files_under(data / PENDING) == []
    assert mine.is_dir()


def test_scratch_without_a_data_directory_is_private(tmp_path: Path) -> None:
    made = scratch_dir(tmp_path / "none", "report-")
    try:
        assert (made.stat().st_mode & 0o777) == 0o700
        assert not (tmp_path / "none").exists()  # never creates a data directory
    finally:
        made.rmdir()
