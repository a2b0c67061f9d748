"""Fuzz of the case-file reader itself (issue 12, acceptance): JSON
documents mutated from valid ones (wrong types, missing and unknown keys,
odd numbers and text, deep nesting, bytes mangled) and zips with members
changed, dropped, renamed or added, read by `read_case_file`. The reader
either returns a case, which the codec writes back out, or raises
`CaseFileError` with at least one problem: nothing else (no RecursionError,
ValueError, KeyError, ...), which the command line would turn into exit 4.

2,000 JSON and 300 zip examples, derandomised (the same examples every
run); ``HYPOTHESIS_PROFILE=fuzz`` runs 20,000 and 3,000 random ones
(docs/reliability.md). `tests/cli/test_fuzz_import.py` runs fewer of the
same mutations through `caseapp import` to check exit codes and that a
refusal leaves the data directory as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import case_to_document, document_to_case
from caseapp.casefile.errors import CaseFileError
from caseapp.casefile.reader import check_document, read_case_file
from tests.casefile.fuzz import dump, mutate_doc, mutate_zip
from tests.casefile.helpers import sample_case, sample_zip
from tests.report.fixtures import sample_case as rich_case

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
JSON_EXAMPLES = 20_000 if LONG else 2_000
ZIP_EXAMPLES = 3_000 if LONG else 300
TODAY = dt.date(2026, 12, 7)
HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]


class Sources:
    def __init__(self, root: Path) -> None:
        self.root = root
        src, case, _store = sample_zip(root / "zip")
        self.zip_bytes = Path(src).read_bytes()
        self.docs = [
            json.loads(canonical_bytes(case_to_document(case))),
            json.loads(canonical_bytes(case_to_document(rich_case(None)[0]))),
            json.loads(canonical_bytes(case_to_document(sample_case()))),
        ]

    def read_json(self, content: bytes) -> str:
        """`read_case_file`'s JSON branch without the file (a file written per
        example costs more than the check on a busy disk): check the bytes,
        then build the case."""
        doc, ctx = check_document(content, TODAY, None)
        if doc is None:
            assert ctx.problems, "a refusal names at least one problem"
            return "refused"
        canonical_bytes(case_to_document(document_to_case(doc)))
        return "read"

    def read(self, content: bytes, name: str) -> str:
        path = self.root / name
        path.write_bytes(content)
        try:
            loaded = read_case_file(path, TODAY)
        except CaseFileError as exc:
            assert exc.problems, "a refusal names at least one problem"
            return "refused"
        canonical_bytes(case_to_document(loaded.case))  # what it read, it can write
        return "read"


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Sources:
    return Sources(tmp_path_factory.mktemp("fuzz-reader"))


@settings(
    max_examples=JSON_EXAMPLES,
    derandomize=not LONG,
    deadline=None,
    suppress_health_check=HEALTH,
)
@given(data=st.data())
def test_fuzz_reader_json_reads_or_refuses(sources: Sources, data: st.DataObject) -> None:
    base = sources.docs[data.draw(st.integers(0, len(sources.docs) - 1), label="base")]
    sources.read_json(dump(mutate_doc(base, data), data))


@settings(
    max_examples=ZIP_EXAMPLES,
    derandomize=not LONG,
    deadline=None,
    suppress_health_check=HEALTH,
)
@given(data=st.data())
def test_fuzz_reader_zip_reads_or_refuses(sources: Sources, data: st.DataObject) -> None:
    sources.read(mutate_zip(sources.zip_bytes, data), "f.caseapp.zip")


def test_the_reader_fuzz_starts_from_files_that_read(sources: Sources) -> None:
    assert sources.read(sources.zip_bytes, "ok.caseapp.zip") == "read"
    for doc in sources.docs:
        assert sources.read(json.dumps(doc).encode(), "ok.caseapp.json") == "read"
        assert sources.read_json(json.dumps(doc).encode()) == "read"
