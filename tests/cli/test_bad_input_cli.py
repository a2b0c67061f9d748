"""The bad-input acceptance through the command line: every malformed file of
the casefile table (tests/casefile/test_bad_input.py) is refused by
`caseapp import` with exit 2, every problem named with its place on stderr,
and the data directory's content unchanged (database, evidence store,
journal, and not a byte of any file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.__main__ import main
from tests.casefile.test_bad_input import JSON_CASES, ZIP_CASES, zip_case
from tests.cli.conftest import build_case
from tests.helpers_datadir import diff_dumps, dump_data_dir


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("populated")
    build_case(root / "data", root / "files")
    return root / "data"


def files_of(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def refuse(
    path: Path, places: set[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dumped = dump_data_dir(data_dir)
    before = files_of(data_dir)
    code = main(["--lang", "en", "import", str(path), "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    assert code == 2, captured.err
    assert captured.out == ""
    assert "was refused" in captured.err
    for place in places - {""}:
        assert f"  {place}: " in captured.err, f"{place} not named:\n{captured.err}"
    assert files_of(data_dir) == before
    assert diff_dumps(dumped, dump_data_dir(data_dir)) == []


@pytest.mark.parametrize(("name", "build", "expected"), JSON_CASES, ids=[c[0] for c in JSON_CASES])
def test_malformed_json_refused_by_import(
    name: str,
    build: object,
    expected: set[tuple[str, str]],
    populated: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / f"{name}.caseapp.json"
    assert callable(build)
    path.write_bytes(build())
    refuse(path, {place for place, _ in expected}, populated, capsys)


@pytest.mark.parametrize("name", ZIP_CASES)
def test_malformed_zip_refused_by_import(
    name: str, populated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = zip_case(tmp_path, name)
    if not path.name.endswith(".caseapp.zip"):
        path = path.rename(path.with_name(f"{name}.caseapp.zip"))
    refuse(path, {place for place, _ in expected}, populated, capsys)


def test_the_table_is_large_enough() -> None:
    assert len(JSON_CASES) + len(ZIP_CASES) >= 35
