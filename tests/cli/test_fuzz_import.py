"""Fuzz of the case-file reader through `caseapp import` (issue 12,
acceptance): malformed and mutated case files — JSON documents mutated from
valid ones, bytes mangled, zips with members changed, dropped or added —
run through the command line in-process (`cli_main`). Every one exits 0 or
2, never 4 (a crash) nor anything else; after a refusal the data directory
is exactly as it was (a hash of its tree: paths, modes, contents). An
accepted file is imported; the data directory is then put back.

150 JSON and 75 zip examples by default, derandomised (each is a whole
command: a database opened, the data directory hashed; the reader alone
gets 2,000 and 300 in tests/casefile/test_fuzz_reader.py);
``CASEAPP_FUZZ_IMPORT=N`` for N and N/2, and 2,000 and 600 random ones with
``HYPOTHESIS_PROFILE=fuzz`` (docs/reliability.md)."""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.casefile.canonical import canonical_bytes
from caseapp.casefile.codec import case_to_document
from caseapp.cli.main import cli_main
from caseapp.services.service import CaseService
from tests.casefile.fuzz import dump, mutate_doc, mutate_zip, tree_hash
from tests.casefile.helpers import sample_case
from tests.cli.conftest import build_case

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
JSON_EXAMPLES = 2_000 if LONG else int(os.environ.get("CASEAPP_FUZZ_IMPORT", "150"))
ZIP_EXAMPLES = 600 if LONG else int(os.environ.get("CASEAPP_FUZZ_IMPORT", "150")) // 2
OTHER_UID = "5a0c1e2f-3b4d-4c5e-8f6a-7b8c9d0e1f2a"
HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]


class Place:
    """A data directory holding another case, its pristine copy, the tree hash
    of that copy, and the valid case files the mutations start from."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.pristine = root / "pristine"
        source = root / "source"
        case_id = build_case(source, root / "files")  # a case with two evidence files
        self.zip_bytes = self._export(source, case_id, "c.caseapp.zip")
        rich = json.loads(self._export(source, case_id, "c.caseapp.json"))
        self.docs = [rich, json.loads(canonical_bytes(case_to_document(sample_case())))]
        build_case(self.pristine, root / "files2", uid=OTHER_UID)
        with CaseService(self.pristine):
            pass  # opened once more: nothing a later open would still create
        self.pristine_hash = tree_hash(self.pristine)
        self.data = root / "data"
        self.reset()
        self.counts: dict[int, int] = {}

    @staticmethod
    def _export(source: Path, case_id: str, name: str) -> bytes:
        out = source.parent / name
        with CaseService(source) as svc:
            svc.export_case(case_id, out)
        return out.read_bytes()

    def reset(self) -> None:
        shutil.rmtree(self.data, ignore_errors=True)
        shutil.copytree(self.pristine, self.data, symlinks=True)
        assert tree_hash(self.data) == self.pristine_hash

    def run_import(self, content: bytes, name: str) -> None:
        path = self.root / name
        path.write_bytes(content)
        err = io.StringIO()
        code = cli_main(
            ["--data-dir", str(self.data), "--lang", "en", "import", str(path)],
            stdout=io.StringIO(),
            stderr=err,
        )
        self.counts[code] = self.counts.get(code, 0) + 1
        assert code in (0, 2), f"exit {code}\n{err.getvalue()}"
        if code == 2:
            assert err.getvalue().strip()  # a refusal says why
            assert tree_hash(self.data) == self.pristine_hash, err.getvalue()
        else:
            self.reset()


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Place]:
    made = Place(tmp_path_factory.mktemp("fuzz-import"))
    yield made
    print(f"exit codes: {dict(sorted(made.counts.items()))}")


@settings(
    max_examples=JSON_EXAMPLES, derandomize=not LONG, deadline=None, suppress_health_check=HEALTH
)
@given(data=st.data())
def test_fuzz_json_import_exits_0_or_2_and_a_refusal_changes_nothing(
    place: Place, data: st.DataObject
) -> None:
    base = place.docs[data.draw(st.integers(0, len(place.docs) - 1), label="base")]
    doc = mutate_doc(base, data)
    place.run_import(dump(doc, data), "f.caseapp.json")


@settings(
    max_examples=ZIP_EXAMPLES, derandomize=not LONG, deadline=None, suppress_health_check=HEALTH
)
@given(data=st.data())
def test_fuzz_zip_import_exits_0_or_2_and_a_refusal_changes_nothing(
    place: Place, data: st.DataObject
) -> None:
    place.run_import(mutate_zip(place.zip_bytes, data), "f.caseapp.zip")


def test_the_fuzz_starts_from_files_that_import(place: Place) -> None:
    """The unmutated files import (exit 0): the mutations start from valid input."""
    place.run_import(place.zip_bytes, "ok.caseapp.zip")
    for doc in place.docs:
        place.run_import(json.dumps(doc).encode(), "ok.caseapp.json")
    assert place.counts.get(0, 0) >= 3
