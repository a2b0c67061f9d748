"""CliContext.load_case: CASE_OR_FILE resolution as the spec says, and where
the evidence files are (the store, a zip extracted on demand, or nowhere)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest

from caseapp.casefile.errors import CaseFileError
from caseapp.cli.context import CliContext, CliError, is_case_file_spec
from caseapp.services.api import ServiceError
from caseapp.services.service import CaseService
from tests.cli.conftest import UID


def make_ctx(data_dir: Path) -> CliContext:
    return CliContext("en", data_dir, stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def exports(data_dir: Path, case_id: str, tmp_path: Path) -> tuple[Path, Path]:
    out_zip, out_json = tmp_path / "c.caseapp.zip", tmp_path / "c.caseapp.json"
    with CaseService(data_dir) as service:
        service.export_case(case_id, out_zip)
        service.export_case(case_id, out_json)
    return out_zip, out_json


def test_spec_rule(tmp_path: Path) -> None:
    existing = tmp_path / "whatever.txt"
    existing.write_text("x")
    assert is_case_file_spec(str(existing))  # an existing file, whatever its name
    assert is_case_file_spec("missing.caseapp.zip")  # the suffix alone decides
    assert is_case_file_spec("Missing.CASEAPP.JSON")
    assert not is_case_file_spec("76a648bf")
    assert not is_case_file_spec(str(tmp_path))  # a directory is not a file


def test_zip_evidence_extracted_on_demand(
    exports: tuple[Path, Path], data_dir: Path, tmp_path: Path
) -> None:
    ctx = make_ctx(tmp_path / "never-opened")
    loaded = ctx.load_case(str(exports[0]))
    assert loaded.source == "zip" and loaded.case.info.uid == UID
    assert loaded.journal_head is not None and loaded.journal_head[0] >= 5
    files = [f for e in loaded.case.evidence for f in e.files]
    assert len(files) == 2
    for f in files:
        path = loaded.evidence_path(f.sha256)
        assert path is not None
        assert hashlib.sha256(path.read_bytes()).hexdigest() == f.sha256
    assert loaded.evidence_path("0" * 64) is None
    extracted = loaded.evidence_path(files[0].sha256)
    assert extracted is not None
    ctx.close()
    assert not extracted.exists()  # temp copies go with the context
    assert not (tmp_path / "never-opened").exists()  # a file never opens the data dir


def test_json_has_no_files(exports: tuple[Path, Path], tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path / "never-opened")
    loaded = ctx.load_case(str(exports[1]))
    assert loaded.source == "json" and loaded.journal_head is None
    sha = loaded.case.evidence[0].files[0].sha256
    assert loaded.evidence_path(sha) is None


def test_stored_case_by_prefix(data_dir: Path, case_id: str) -> None:
    ctx = make_ctx(data_dir)
    try:
        loaded = ctx.load_case(case_id[:3])
        assert loaded.source == "data_dir" and loaded.case_id == case_id
        entries, head = loaded.journal_head or (0, "")
        assert entries >= 5 and len(head) == 64
        f = loaded.case.evidence[0].files[0]
        path = loaded.evidence_path(f.sha256)
        assert path is not None and path.is_relative_to(data_dir)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == f.sha256
        assert (
            ctx.today(loaded.case)
            == dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=8))).date()
        )
    finally:
        ctx.close()


def test_unknown_things(data_dir: Path, case_id: str, tmp_path: Path) -> None:
    ctx = make_ctx(data_dir)
    try:
        with pytest.raises(ServiceError):
            ctx.load_case("zzzz")
        with pytest.raises(CliError) as missing:
            ctx.load_case(str(tmp_path / "gone.caseapp.zip"))
        assert missing.value.code == 2
        bad = tmp_path / "bad.caseapp.json"
        bad.write_text("{}", encoding="utf-8")
        with pytest.raises(CaseFileError):
            ctx.load_case(str(bad))
    finally:
        ctx.close()
    with pytest.raises(CliError) as no_dir:
        make_ctx(tmp_path / "none").load_case("abcd")
    assert no_dir.value.code == 2
