"""list, import, export, verify through main(argv), in-process, on real data
directories; every exit code; a few real subprocess runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from caseapp.__main__ import main
from caseapp.services.service import CaseService
from tests.cli.conftest import UID, build_case
from tests.helpers_datadir import diff_dumps, dump_data_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes (the lock file excluded)."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


# --- list ------------------------------------------------------------------


def test_list_table_and_json(
    data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "list", "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0
    assert case_id in out and "李青" in out and "杭州某某信息技术有限公司" in out
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [case_id]
    assert rows[0]["uid"] == UID
    assert rows[0]["last_day"] == "2025-03-21"


def test_data_dir_in_use_exits_3(
    data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path;"
         "from caseapp.services.service import CaseService;"
         "s = CaseService(Path(sys.argv[1])); print('ready', flush=True); time.sleep(60)",
         str(data_dir)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        code, out, err = run(capsys, "list", "--data-dir", str(data_dir), "--lang", "en")
        assert code == 3
        assert "in use" in err
        assert out == ""
    finally:
        holder.kill()
        holder.wait()


def test_environment_error_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A data directory that cannot be created: its parent is a regular file.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    good = tmp_path / "good"
    build_case(good, tmp_path / "files")
    exported = tmp_path / "c.caseapp.json"
    assert run(capsys, "export", UID[:8], "-o", str(exported), "--data-dir", str(good))[0] == 0
    code, _, err = run(capsys, "import", str(exported), "--data-dir", str(blocker / "data"))
    assert code == 3
    assert err.strip()


# --- export ----------------------------------------------------------------


def test_export_zip_and_json(
    data_dir: Path, case_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_zip = tmp_path / "out.caseapp.zip"
    code, out, err = run(capsys, "export", case_id, "-o", str(out_zip), "--data-dir", str(data_dir))
    assert code == 0, err
    assert out.strip() == str(out_zip)
    with zipfile.ZipFile(out_zip) as zf:
        names = set(zf.namelist())
    assert {"case.json", "journal.jsonl", "SHA256SUMS"} <= names
    assert sum(n.startswith("evidence/") for n in names) == 2

    out_json = tmp_path / "out.caseapp.json"
    code, out, err = run(
        capsys,
        "--lang",
        "en",
        "export",
        case_id[:4],
        "-o",
        str(out_json),
        "--data-dir",
        str(data_dir),
    )
    assert code == 0
    assert "leaves out the evidence files" in err
    assert json.loads(out_json.read_text(encoding="utf-8"))["case"]["uid"] == UID


@pytest.mark.parametrize(
    ("case", "output", "needs_dir"),
    [
        ("nosuchcase", "x.caseapp.zip", True),
        ("{id}", "x.zip", False),
        ("{id}", "x.pdf", False),
        ("{id}", "missing-dir/x.caseapp.zip", False),
    ],
)
def test_export_refusals_exit_2(
    case: str,
    output: str,
    needs_dir: bool,
    data_dir: Path,
    case_id: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = tree(data_dir)
    code, out, err = run(
        capsys, "export", case.format(id=case_id), "-o", str(tmp_path / output),
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert code == 2
    assert out == "" and err.strip()
    assert not (tmp_path / output).exists()
    if not needs_dir:
        assert tree(data_dir) == before


def test_export_without_data_dir_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _err = run(
        capsys, "export", "abc", "-o", str(tmp_path / "x.caseapp.zip"),
        "--data-dir", str(tmp_path / "none"),
    )  # fmt: skip
    assert code == 2
    assert not (tmp_path / "none").exists()


# --- import ----------------------------------------------------------------


@pytest.fixture
def exported(data_dir: Path, case_id: str, tmp_path: Path) -> Path:
    out = tmp_path / "exported.caseapp.zip"
    with CaseService(data_dir) as service:
        service.export_case(case_id, out)
    return out


def test_import_prints_the_id_alone(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, "import", str(exported), "--data-dir", str(fresh))
    assert code == 0, err
    new_id = out.strip()
    assert out == new_id + "\n"
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(fresh))
    assert [r["id"] for r in json.loads(out)] == [new_id]


def test_import_existing_uid(
    exported: Path, data_dir: Path, case_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump_data_dir(data_dir)
    code, out, err = run(
        capsys, "--lang", "en", "import", str(exported), "--data-dir", str(data_dir)
    )
    assert code == 2
    assert out == ""
    assert "--as-new" in err and "--replace" in err
    assert diff_dumps(before, dump_data_dir(data_dir)) == []

    code, out, _ = run(capsys, "import", str(exported), "--as-new", "--data-dir", str(data_dir))
    assert code == 0
    second = out.strip()
    assert second != case_id
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(data_dir))
    rows = json.loads(out)
    assert {r["id"] for r in rows} == {case_id, second}
    assert len({r["uid"] for r in rows}) == 2

    code, out, err = run(capsys, "import", str(exported), "--replace", "--data-dir", str(data_dir))
    assert code == 0, err
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(data_dir))
    assert len(json.loads(out)) == 2


BAD_FILES: list[tuple[str, bytes]] = [
    ("empty.caseapp.json", b""),
    ("not-json.caseapp.json", b"{this is not json"),
    ("wrong-format.caseapp.json", b'{"format": "other", "version": 1, "case": {}}'),
    ("nan.caseapp.json", b'{"format": "caseapp.case", "version": 1, "case": NaN}'),
    ("latin1.caseapp.json", '{"format": "caseapp.case", "x": "é"}'.encode("latin-1")),
    ("not-a-zip.caseapp.zip", b"PK\x03\x04 truncated"),
]


@pytest.mark.parametrize(("name", "content"), BAD_FILES, ids=[n for n, _ in BAD_FILES])
def test_refused_import_exits_2_and_changes_nothing(
    name: str,
    content: bytes,
    data_dir: Path,
    case_id: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    dumped = dump_data_dir(data_dir)  # first: its read-only connection tidies WAL files
    before = tree(data_dir)
    code, out, err = run(capsys, "import", str(bad), "--data-dir", str(data_dir))
    assert code == 2
    assert out == ""
    assert err.strip()
    assert tree(data_dir) == before  # not a byte changed: the data directory was never opened
    assert diff_dumps(dumped, dump_data_dir(data_dir)) == []
    # A refused file never creates a data directory either.
    code, _, _ = run(capsys, "import", str(bad), "--data-dir", str(tmp_path / "never"))
    assert code == 2
    assert not (tmp_path / "never").exists()


def test_refused_file_names_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = {
        "format": "caseapp.case",
        "version": 1,
        "case": {"worker": {"name": "李青"}, "bogus_key": 1},
        "payments": [{"id": "P1", "paid_on": "2025-13-45", "amount": "12,00"}],
    }
    bad = tmp_path / "many.caseapp.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run(
        capsys, "--lang", "en", "import", str(bad), "--data-dir", str(tmp_path / "d")
    )
    assert code == 2
    assert "bogus_key" in err
    assert "payments[0]" in err
    assert len([line for line in err.splitlines() if line.startswith("  ")]) >= 3
    assert not (tmp_path / "d").exists()


def test_import_missing_or_misnamed_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "import", str(tmp_path / "nope.caseapp.zip"))[0] == 2
    other = tmp_path / "case.zip"
    other.write_bytes(b"PK")
    code, _, _err = run(capsys, "import", str(other), "--data-dir", str(tmp_path / "d"))
    assert code == 2
    assert not (tmp_path / "d").exists()


# --- subprocess --------------------------------------------------------------


def test_real_processes(exported: Path, tmp_path: Path) -> None:
    env = {**os.environ, "CASEAPP_DATA_DIR": str(tmp_path / "sub")}

    def caseapp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "caseapp", *args],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    imported = caseapp("import", str(exported))
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.strip()
    listed = caseapp("list", "--json")
    assert [r["id"] for r in json.loads(listed.stdout)] == [new_id]
    verified = caseapp("verify", new_id, "--lang", "en")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert caseapp("verify", "--bogus").returncode == 2
    mode = (tmp_path / "sub").stat().st_mode & 0o777
    assert mode == 0o700


def test_output_to_a_narrow_encoding_and_a_closed_pipe(data_dir: Path, case_id: str) -> None:
    env = {**os.environ, "CASEAPP_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "cp1252"}
    listed = subprocess.run(
        [sys.executable, "-m", "caseapp", "list", "--json"],
        env=env, capture_output=True, timeout=120,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout.decode("ascii"))[0]["worker"] == "李青"
    table = subprocess.run(
        [sys.executable, "-m", "caseapp", "list"], env=env, capture_output=True, timeout=120
    )
    assert table.returncode == 0, table.stderr
    # The reader of the output goes away at once: a quiet exit 3, never a traceback.
    proc = subprocess.Popen(
        [sys.executable, "-m", "caseapp", "list", "--json"],
        env={**env, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 3  # the pipe was closed before the child wrote
    assert b"Traceback" not in err
