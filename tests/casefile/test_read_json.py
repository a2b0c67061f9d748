"""Reading a .caseapp.json: generated valid cases come back identical."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from strategies import cases

from caseapp.casefile.canonical import canonical_bytes, sha256_hex
from caseapp.casefile.codec import case_to_document
from caseapp.casefile.reader import read_case_file
from caseapp.domain.model import Case

TODAY = dt.date(2026, 1, 1)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases())
def test_json_round_trip(tmp_path: Path, case: Case) -> None:
    data = canonical_bytes(case_to_document(case))
    path = tmp_path / "c.caseapp.json"
    path.write_bytes(data)
    loaded = read_case_file(path, TODAY)
    assert loaded.kind == "json"
    assert loaded.document_sha256 == sha256_hex(data)
    assert canonical_bytes(case_to_document(loaded.case)) == data
    assert loaded.journal_lines is None
    assert loaded.files_not_included == len({f.sha256 for e in case.evidence for f in e.files})
