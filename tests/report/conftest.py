"""Shared report builds: the sample case rendered once per language."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.casefile.codec import case_to_document
from caseapp.domain.findings import FindingsReport
from caseapp.domain.model import Case, Evidence, EvidenceFile
from caseapp.domain.vocab import EvidenceKind, OriginalStatus, Proves
from caseapp.report import ReportResult, build_report
from tests.report.fixtures import GENERATED_AT, install_test_messages, sample_case, sample_findings

JOURNAL_HEAD = (42, "4f" * 32)


@pytest.fixture(scope="session", autouse=True)
def _test_messages() -> None:
    install_test_messages()


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Callable[[str], Path | None]]:
    directory = tmp_path_factory.mktemp("evidence")
    return sample_case(directory)


def render(
    case: Case,
    findings: FindingsReport,
    out: Path,
    lookup: Callable[[str], Path | None],
    **kw: object,
) -> ReportResult:
    options: dict[str, object] = {
        "part": "both",
        "lang": "zh",
        "mask": False,
        "generated_at": GENERATED_AT,
        "evidence_path": lookup,
        "journal_head": JOURNAL_HEAD,
    }
    options.update(kw)
    return build_report(case, findings, out, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def built(
    tmp_path_factory: pytest.TempPathFactory,
    sample: tuple[Case, Callable[[str], Path | None]],
) -> dict[str, tuple[ReportResult, PdfReader]]:
    case, lookup = sample
    findings = sample_findings(case)
    out: dict[str, tuple[ReportResult, PdfReader]] = {}
    directory = tmp_path_factory.mktemp("reports")
    for lang in ("zh", "en"):
        result = render(case, findings, directory / f"sample-{lang}.pdf", lookup, lang=lang)
        out[lang] = (result, PdfReader(str(result.path)))
    return out


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


@pytest.fixture()
def case_file(tmp_path: Path) -> Path:
    """The sample case written as a case file (no evidence files)."""
    case, _ = sample_case(None)
    path = tmp_path / "sample.caseapp.json"
    path.write_text(json.dumps(case_to_document(case), ensure_ascii=False), encoding="utf-8")
    return path


def photo_evidence(
    tmp: Path, name: str, data: bytes, eid: str, *, title: str = "照片"
) -> tuple[Evidence, Path]:
    """An evidence item with one file `name` holding `data`, stored in `tmp`
    under its SHA-256; returns the item and the stored file's path."""
    sha = hashlib.sha256(data).hexdigest()
    path = tmp / sha
    path.write_bytes(data)
    item = Evidence(
        eid,
        f"{title} {name}",
        EvidenceKind.PHOTO,
        OriginalStatus.KEPT,
        files=(EvidenceFile(f"evidence/{sha}", sha, len(data), original_name=name),),
        proves=(Proves.OTHER,),
    )
    return item, path
