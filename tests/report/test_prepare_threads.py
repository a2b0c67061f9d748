"""Exhibit files are read in this thread when there is little to read
(`exhibits.THREADED_BYTES`) and in a few threads otherwise; the report is
the same either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.report import exhibits
from tests.report.conftest import render
from tests.report.fixtures import rules_findings, sample_case


def test_little_to_read_is_read_in_one_thread_and_the_report_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case, lookup = sample_case(tmp_path)
    findings = rules_findings(case)
    to_read = sum(e.files[0].size for e in case.evidence if e.files)
    assert 0 < to_read < exhibits.THREADED_BYTES  # the sample's few small files

    before = exhibits.prepare_counts()
    serial = render(case, findings, tmp_path / "serial.pdf", lookup, lang="zh")
    middle = exhibits.prepare_counts()
    monkeypatch.setattr(exhibits, "THREADED_BYTES", 0)  # as if the files were large
    threaded = render(case, findings, tmp_path / "threaded.pdf", lookup, lang="zh")
    after = exhibits.prepare_counts()

    assert (middle["serial"] - before["serial"], middle["threaded"] - before["threaded"]) == (1, 0)
    assert (after["serial"] - middle["serial"], after["threaded"] - middle["threaded"]) == (0, 1)
    assert serial.exhibit_problems == threaded.exhibit_problems
    assert serial.path.read_bytes() == threaded.path.read_bytes()
