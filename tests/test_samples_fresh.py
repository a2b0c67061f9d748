"""The samples the welcome screen offers are not stale: their how-to-verify
texts are what the exporter writes today for the same case and journal (a
sample built before a change to those texts would show the worker old
instructions). Rebuild with packaging/make_sample.py and
packaging/sample_platform.py."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from caseapp.casefile import zipscan
from caseapp.casefile.writer import howto_texts

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.mark.parametrize("name", ["sample.caseapp.zip", "platform.caseapp.zip"])
def test_sample_howto_texts_are_current(name: str) -> None:
    with zipfile.ZipFile(SAMPLES / name) as zf:
        case_sha = hashlib.sha256(zf.read(zipscan.CASE_JSON)).hexdigest()
        journal = zf.read(zipscan.JOURNAL).splitlines()
        expected = howto_texts(case_sha, journal)  # the samples leave no file out
        for member, data in expected.items():
            assert zf.read(member) == data, (name, member)
