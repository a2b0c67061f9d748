"""Logs without people: a whole session of the desktop app over the sample
case, logged at DEBUG — the sample imported, every view shown, a PDF made
(by the `caseapp report` subprocess, which logs into the same data
directory), a write the service refuses, a PDF that fails because a stored
evidence file went missing — leaves a log that says what happened and holds
none of the sample's names, addresses, quotes, phone or ID numbers, account
names, free text or amounts (read from the sample's own case.json)."""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from caseapp import logs
from caseapp.ui.app import sample_path
from caseapp.ui.report_view import ReportView
from tests.ui.conftest import make_parts

needs_sample = pytest.mark.skipif(not sample_path().exists(), reason="no sample case built")

# Keys of case.json whose string values are the worker's own words or
# someone's identity; amounts are found by their shape.
PERSONAL_KEYS = frozenset(
    {
        "name",
        "phone",
        "id_number",
        "address",
        "accounts",
        "quote",
        "summary",
        "stated_reason",
        "title",
        "purpose",
        "note",
        "notes",
        "role",
        "project",
        "original_name",
        "source",
        "source_app",
        "backfill_basis",
        "payer_name",
        "transcript",
        "description",
        "credit_code",
    }
)
AMOUNT = re.compile(r"^\d+\.\d{2}$")


def _walk(value: Any, key: str | None, out: set[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _walk(v, k, out)
    elif isinstance(value, list):
        for v in value:
            _walk(v, key, out)
    elif isinstance(value, str):
        if AMOUNT.match(value) and Decimal(value) >= 100:
            out.add(value)  # as stored: "14000.00"
            out.add(f"{Decimal(value):,.2f}")  # as the PDF prints it: "14,000.00"
        elif key in PERSONAL_KEYS and len(value) >= 2:
            out.add(value)


def forbidden_strings() -> list[str]:
    with zipfile.ZipFile(sample_path()) as zf:
        doc = json.loads(zf.read("case.json"))
    found: set[str] = set()
    _walk(doc, None, found)
    return sorted(found)


def leaks(log: str, forbidden: list[str]) -> list[str]:
    return [s for s in forbidden if s in log]


@pytest.fixture
def logged_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path / "data"
    # The report subprocess resolves the same data directory and level from the environment.
    monkeypatch.setenv("CASEAPP_DATA_DIR", str(data_dir))
    monkeypatch.setenv(logs.LEVEL_ENV, "DEBUG")
    logs.setup_logging(data_dir, level=logging.DEBUG)
    yield data_dir
    logs.stop_logging()


def test_the_forbidden_list_is_real() -> None:
    """The check below can fail: the list holds the sample's people, its
    quotes and its amounts, and a leaked one is found."""
    forbidden = forbidden_strings()
    assert len(forbidden) > 50
    for known in (
        "李青",
        "13800000000",
        "杭州某某信息技术有限公司",
        "王建国",
        "14000.00",
        "14,000.00",
    ):
        assert known in forbidden, known
    assert any(len(s) > 20 for s in forbidden)  # whole quotes, not only names
    assert leaks("2026-01-01 WARNING caseapp.x: report for 王建国", forbidden) == ["王建国"]


@needs_sample
def test_a_full_session_logs_no_names(qtbot, logged_data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = logged_data_dir
    parts = make_parts(qtbot, data_dir)
    window = parts.window
    try:
        ids: list[str] = []
        parts.session.import_file(sample_path(), done=ids.append)
        qtbot.waitUntil(lambda: parts.session.case is not None and bool(ids), timeout=60_000)
        for spec in window.specs:  # every view, built and shown on the sample
            window.show_view(spec.key)
            qtbot.wait(50)
        assert {s.key for s in window.specs} <= set(window.views)

        view = window.views["report"]
        assert isinstance(view, ReportView)
        view.both.setChecked(True)  # the brief quotes, the filing pack names everyone in full
        made = tmp_path / "sample.pdf"
        with qtbot.waitSignal(view.job.finished, timeout=300_000):
            assert view.make_pdf(made)
        assert made.stat().st_size > 10_000

        refused: list[BaseException] = []  # a person the incidents still name
        parts.session.delete_record("person:P3", error=refused.append)
        qtbot.waitUntil(lambda: bool(refused), timeout=30_000)

        case = parts.session.case
        assert case is not None
        sha = next(f.sha256 for e in case.evidence for f in e.files)
        stored = [p for p in (data_dir / "evidence").rglob(sha) if p.is_file()]
        assert stored
        stored[0].unlink()  # gone from the store: the report is made all the same
        with qtbot.waitSignal(view.job.finished, timeout=300_000):  # (issue 12 item 3)
            assert view.make_pdf(tmp_path / "second.pdf")
        blocker = tmp_path / "a-file"
        blocker.write_bytes(b"")  # a file where the output's folder should be: it fails
        with qtbot.waitSignal(view.job.failed, timeout=300_000):
            assert view.make_pdf(blocker / "third.pdf")
    finally:
        parts.session.bridge.close()

    log = "".join(
        p.read_text(encoding="utf-8") for p in sorted((data_dir / "logs").glob("caseapp.log*"))
    )
    assert "report written: part both, zh" in log  # the subprocess's INFO line
    assert "CaseSession.delete_record failed: ServiceError at " in log
    assert "ReportJob .pdf failed: exit code 2" in log
    assert leaks(log, forbidden_strings()) == []
    assert str(tmp_path) not in log  # nor the paths (a home directory names its user)
