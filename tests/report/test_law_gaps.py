"""A figure the law data cannot give is never dropped silently: the report is
still written, the PDF says which figure is missing and why (in Chinese and
in English), and the log has a warning naming the figure and the exception's
type, never the case's data. Real law-data directories (copies of the
bundled one, each broken in one way) and real PDFs read back with pypdf."""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.findings import Basis, FindingsReport
from caseapp.domain.model import Case
from caseapp.i18n import text
from caseapp.paths import resource
from caseapp.report.lawdata import LawView
from tests.report.conftest import page_texts, render
from tests.report.fixtures import sample_findings

Sample = tuple[Case, Callable[[str], Path | None]]
LOGGER = "caseapp.report"


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _law_copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    shutil.copytree(resource("law"), root)
    return root


def _pdf(
    case: Case,
    findings: FindingsReport,
    lookup: Callable[[str], Path | None],
    out: Path,
    **kw: object,
) -> str:
    result = render(case, findings, out, lookup, part="brief", **kw)
    return _squash("".join(page_texts(PdfReader(str(result.path)))))


def _note(key: str, lang: str, reason: str | None = None) -> str:
    if reason is None:
        return _squash(text(f"report.{key}", lang))  # type: ignore[arg-type]
    why = text(f"report.lawgap.reason.{reason}", lang)  # type: ignore[arg-type]
    return _squash(text(f"report.{key}", lang, reason=why))  # type: ignore[arg-type]


def _no_case_data(log: str, case: Case) -> None:
    info = case.info
    for value in (info.worker.name, info.employer.name, *(p.name for p in case.people)):
        assert value and value not in log, value


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_law_data_that_does_not_load(
    sample: Sample, tmp_path: Path, caplog: pytest.LogCaptureFixture, lang: str
) -> None:
    root = _law_copy(tmp_path, "law")
    (root / "minimum_wage.toml").unlink()
    case, lookup = sample
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        pdf = _pdf(
            case, sample_findings(case), lookup, tmp_path / "r.pdf", lang=lang, law_root=root
        )
    assert _note("lawgap.unavailable", lang) in pdf  # on the cover
    assert _note("lawgap.minimum_wage", lang, "unavailable") in pdf  # under the pay chart
    assert _note("lawgap.legal_due", lang, "unavailable") in pdf
    assert _note("chart.no_floor", lang) not in pdf  # not the (wrong) "no figure for this city"
    article = text(
        "report.lawgap.article", lang, reason=text("report.lawgap.reason.unavailable", lang)
    )  # type: ignore[arg-type]
    assert _squash(article) in pdf  # where each article's text would have been
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "law data not loaded: LawDataError; the report goes without it"
    ]
    _no_case_data(caplog.text, case)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_law_data_without_a_figure_the_due_needs(
    sample: Sample, tmp_path: Path, caplog: pytest.LogCaptureFixture, lang: str
) -> None:
    """The pay divisor's successor not recorded: after `unrecorded_change_months`
    the data has no divisor, and the month-by-month due cannot be computed. The
    divisor is looked up by date since issue 9 item 7, so the copy keeps only the
    2008 figure, with its successor unrecorded: no divisor after 2010-01-10."""
    root = _law_copy(tmp_path, "law")
    meta = (root / "meta.toml").read_text(encoding="utf-8")
    first = "[[pay_divisor]]\nin_force_by = 2008-01-10\n"
    start = meta.index("[[pay_divisor]]\neffective_from = 2025-01-01")
    end = meta.index("[[hours_per_month]]")
    assert first in meta and start < end
    meta = meta[:start] + meta[end:]
    meta = meta.replace(first, first + "successor_recorded = false\n", 1)
    (root / "meta.toml").write_text(meta, encoding="utf-8")
    case, lookup = sample
    findings = sample_findings(case)
    view = LawView.load(root)
    assert view.law is not None and not view.unavailable  # it loads: only the divisor is gone
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        pdf = _pdf(case, findings, lookup, tmp_path / "r.pdf", lang=lang, law_root=root)
    assert _note("lawgap.legal_due", lang, "not_in_data") in pdf
    assert _note("lawgap.unavailable", lang) not in pdf
    assert _note("lawgap.minimum_wage", lang, "unavailable") not in pdf  # the floor is still drawn
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(messages) == 1
    assert messages[0].startswith(
        "report: legal_due left out (not_in_data): LawDataError at rules/law.py:"
    )
    _no_case_data(caplog.text, case)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_article_not_in_the_statute_table(
    sample: Sample, tmp_path: Path, caplog: pytest.LogCaptureFixture, lang: str
) -> None:
    case, lookup = sample
    findings = sample_findings(case)
    first = findings.findings[0]
    cited = Basis("labour_contract_law", "999")
    findings = dataclasses.replace(
        findings,
        findings=(
            dataclasses.replace(first, basis=(*first.basis, cited)),
            *findings.findings[1:],
        ),
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        pdf = _pdf(case, findings, lookup, tmp_path / "r.pdf", lang=lang)
    reason = text("report.lawgap.reason.no_article", lang)  # type: ignore[arg-type]
    assert _squash(text("report.lawgap.article", lang, reason=reason)) in pdf  # type: ignore[arg-type]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert messages == [
        "report: article labour_contract_law 999 left out (no_article): KeyError at rules/law.py:"
        + messages[0].rpartition(":")[2]
    ]
    _no_case_data(caplog.text, case)


def test_the_sample_has_no_gap(sample: Sample, caplog: pytest.LogCaptureFixture) -> None:
    """With the bundled law data nothing is missing: no note, no warning (the
    sample's PDFs stay as they were)."""
    from caseapp.report.context import Ctx
    from tests.report.conftest import JOURNAL_HEAD
    from tests.report.fixtures import GENERATED_AT

    case, lookup = sample
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        c = Ctx(case, sample_findings(case), "zh", GENERATED_AT, "0" * 64, lookup, JOURNAL_HEAD)
        for f in c.findings.findings:
            for b in f.basis:
                c.basis_text(b, with_text=True)
    assert c.law.gaps == [] and not c.law.unavailable
    assert not caplog.records


def test_built_sample_has_no_gap_note(built: dict[str, tuple[object, PdfReader]]) -> None:
    for lang, (_, reader) in built.items():
        pdf = _squash("".join(page_texts(reader)))
        for key in ("lawgap.unavailable",):
            assert _note(key, lang) not in pdf
        for reason in ("unavailable", "not_in_data", "no_article", "failed"):
            why = _squash(text(f"report.lawgap.reason.{reason}", lang))  # type: ignore[arg-type]
            assert why not in pdf, (lang, reason)
